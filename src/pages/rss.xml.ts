/** `/rss.xml`: an RSS feed of the entries, most recently reviewed first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { entryTitle } from '../data/entries.ts';
import { FEED_COLLECTIONS, feedItems } from '../lib/feed.ts';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  // A feed's links must be absolute: no feed without a site address (src/lib/site-config.ts).
  if (!site) return new Response(null, { status: 404 });
  const lists = await Promise.all(FEED_COLLECTIONS.map((name) => getCollection(name)));
  const entries = lists.flat().map((entry) => ({
    collection: entry.collection,
    id: entry.id,
    // A change is not an entry listed among others (src/lib/site.ts): its title is its own.
    title: entry.collection === 'changes' ? entry.data.title : entryTitle(entry),
    summary: 'summary' in entry.data ? entry.data.summary : entry.data.description,
    updated: entry.data.updated,
  }));
  return rss({
    title: SITE_NAME,
    description: SITE_TAGLINE,
    site,
    items: feedItems(entries),
    customData: '<language>vi</language>',
  });
};
