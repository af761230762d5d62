/** `/tim-kiem/tu-dien.json`: the search dictionary (glossary forms, document symbols), built from the content. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildSearchDictionary } from '../../lib/search/dictionary.ts';
import { entryHref } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const glossary = await getCollection('glossary');
  const documents = await getCollection('documents');
  const dictionary = buildSearchDictionary(
    glossary.map(({ id, data }) => ({ id, href: entryHref('glossary', id), ...data })),
    documents.map(({ id, data }) => ({ ...data, href: entryHref('documents', id) })),
  );
  return new Response(JSON.stringify(dictionary), { headers: { 'Content-Type': 'application/json' } });
};
