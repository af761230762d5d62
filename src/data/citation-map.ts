/** The citation map of the latest plan: its graph from the collections, laid out once per build. */
import { getCollection } from 'astro:content';
import { buildCitationGraph, drawnPart, type CitationGraph } from '../lib/citation-map/graph.ts';
import { layoutCitationMap, type MapLayout } from '../lib/citation-map/layout.ts';
import { entryHref } from '../lib/site.ts';
import { themesInOrder } from './collections.ts';
import { citingEntries, entryTitle, plansNewestFirst, type EntrySummary } from './entries.ts';

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

/** A context document, and the themes and campaigns of a plan that name it. */
export interface ContextDocument {
  label: string;
  href: string;
  namedBy: EntrySummary[];
}

/**
 * The context documents (`citedByPlan: false`) — kept off the map and out of its counts,
 * since the plan does not cite them — with the themes and campaigns of the plan of
 * `year` that name them.
 */
export async function contextDocuments(year: string): Promise<ContextDocument[]> {
  const documents = await getCollection('documents', (document) => !document.data.citedByPlan);
  return Promise.all(
    documents
      .sort((a, b) => (a.data.issued ?? '9999').localeCompare(b.data.issued ?? '9999'))
      .map(async (document) => ({
        label: entryTitle(document),
        href: entryHref('documents', document.id),
        namedBy: (await citingEntries({ collection: 'documents', id: document.id })).filter(
          (entry) =>
            (entry.collection === 'themes' || entry.collection === 'campaigns') && entry.plan === year,
        ),
      })),
  );
}

/** The year of the latest plan, as its id. */
export async function latestPlanYear(): Promise<string> {
  const [latest] = await plansNewestFirst();
  return latest ? String(latest.data.year) : '';
}
