/** `/api/<collection>.json`: every entry of a collection as open data (format: /du-lieu-mo/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { apiFile, apiItem, OPEN_DATA_COLLECTIONS } from '../../lib/open-data.ts';
import type { CollectionName } from '../../schemas/registry.ts';

export const getStaticPaths = (() =>
  OPEN_DATA_COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const collection = params['collection'] as CollectionName;
  const entries = (await getCollection(collection)).sort((a, b) => a.id.localeCompare(b.id));
  const items = entries.map((entry) => apiItem(entry, site));
  return new Response(JSON.stringify(apiFile(collection, items, site), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
