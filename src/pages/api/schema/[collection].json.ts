/** `/api/schema/<collection>.json`: the JSON Schema of a data file, generated from the content schema. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { apiJsonSchema, OPEN_DATA_COLLECTIONS } from '../../../lib/open-data.ts';
import type { CollectionName } from '../../../schemas/registry.ts';

export const getStaticPaths = (() =>
  OPEN_DATA_COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(JSON.stringify(apiJsonSchema(params['collection'] as CollectionName, site), null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
