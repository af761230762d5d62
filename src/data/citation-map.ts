/** The citation map of the latest plan: its graph from the collections, laid out once per build. */
import { getCollection } from 'astro:content';
import { buildCitationGraph, drawnPart, type CitationGraph } from '../lib/citation-map/graph.ts';
import { layoutCitationMap, type MapLayout } from '../lib/citation-map/layout.ts';
import { entryHref } from '../lib/site.ts';
import { themesInOrder } from './collections.ts';
import { entryTitle, plansNewestFirst } from './entries.ts';

/**
 * The map of the plan of `year`: themes, the documents they cite, the campaigns they
 * promote — the whole graph, for the lists, and the part the map draws, laid out.
 */
export async function citationMap(
  year: string,
): Promise<{ graph: CitationGraph; drawn: CitationGraph; layout: MapLayout }> {
  const themes = (await themesInOrder()).filter((theme) => theme.data.plan.id === year);
  // Context documents (not cited by the plan) are kept apart from the plan's citations.
  const documents = await getCollection(
    'documents',
    (document) => document.data.citedByPlan && document.data.plan?.id === year,
  );
  const campaigns = await getCollection('campaigns', (campaign) => campaign.data.plan.id === year);
  const graph = buildCitationGraph(
    themes.map((theme) => ({
      id: theme.id,
      label: `${theme.data.order}. ${theme.data.shortTitle}`,
      href: entryHref('themes', theme.id),
      documents: theme.data.documents.map((document) => document.id),
      campaigns: theme.data.campaigns.map((campaign) => campaign.id),
    })),
    documents.map((document) => ({
      id: document.id,
      label: entryTitle(document),
      href: entryHref('documents', document.id),
    })),
    campaigns.map((campaign) => ({
      id: campaign.id,
      label: campaign.data.name,
      href: entryHref('campaigns', campaign.id),
      themes: campaign.data.themes.map((theme) => theme.id),
      documents: campaign.data.documents.map((document) => document.id),
    })),
  );
  const drawn = drawnPart(graph);
  return { graph, drawn, layout: await layoutCitationMap(drawn) };
}

/** The year of the latest plan, as its id. */
export async function latestPlanYear(): Promise<string> {
  const [latest] = await plansNewestFirst();
  return latest ? String(latest.data.year) : '';
}
