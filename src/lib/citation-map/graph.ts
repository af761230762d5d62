/**
 * The citation map's graph (`/ban-do-trich-dan/`): the themes of a plan, the documents
 * it cites and the campaigns it promotes, as nodes, linked as the entries' own reference
 * fields say, in both directions (a campaign naming a theme links them too).
 */

/** The three kinds of node, in the order of the map's columns. */
export const MAP_KINDS = ['documents', 'themes', 'campaigns'] as const;

/** One kind of node. */
export type MapKind = (typeof MAP_KINDS)[number];

/** A node of the map: an entry with its page. */
export interface MapNode {
  /** Unique in the map: `<kind>/<id>`. */
  key: string;
  kind: MapKind;
  id: string;
  /** The name shown in the node and read out as the link's name. */
  label: string;
  href: string;
}

/** A link between two nodes; `from` is on the left of `to` on the map. */
export interface MapEdge {
  from: string;
  to: string;
}

/** The graph the map draws. */
export interface CitationGraph {
  nodes: MapNode[];
  edges: MapEdge[];
}

/** What the map needs to know of a theme. */
export interface ThemeInput {
  id: string;
  label: string;
  href: string;
  documents: readonly string[];
  campaigns: readonly string[];
}

/** What the map needs to know of a campaign. */
export interface CampaignInput {
  id: string;
  label: string;
  href: string;
  themes: readonly string[];
  documents: readonly string[];
}

/** What the map needs to know of a document. */
export interface DocumentInput {
  id: string;
  label: string;
  href: string;
}

/** The key of a node. */
export function nodeKey(kind: MapKind, id: string): string {
  return `${kind}/${id}`;
}

/**
 * Builds the map of a plan from its themes, documents and campaigns: every one of them
 * is a node (the whole web, including what no theme names), and the edges run
 * documents → themes → campaigns, and documents → campaigns, each once. A reference to
 * an entry outside the given ones is left out.
 */
export function buildCitationGraph(
  themes: readonly ThemeInput[],
  documents: readonly DocumentInput[],
  campaigns: readonly CampaignInput[],
): CitationGraph {
  const nodes: MapNode[] = [
    ...documents.map((document) => ({ kind: 'documents' as const, ...document })),
    ...themes.map((theme) => ({
      kind: 'themes' as const,
      id: theme.id,
      label: theme.label,
      href: theme.href,
    })),
    ...campaigns.map((campaign) => ({
      kind: 'campaigns' as const,
      id: campaign.id,
      label: campaign.label,
      href: campaign.href,
    })),
  ].map((node) => ({ ...node, key: nodeKey(node.kind, node.id) }));
  const known = new Set(nodes.map((node) => node.key));
  const edges = new Map<string, MapEdge>();
  const link = (from: string, to: string) => {
    if (known.has(from) && known.has(to)) edges.set(`${from}>${to}`, { from, to });
  };
  for (const theme of themes) {
    for (const document of theme.documents) link(nodeKey('documents', document), nodeKey('themes', theme.id));
    for (const campaign of theme.campaigns) link(nodeKey('themes', theme.id), nodeKey('campaigns', campaign));
  }
  for (const campaign of campaigns) {
    for (const theme of campaign.themes) link(nodeKey('themes', theme), nodeKey('campaigns', campaign.id));
    for (const document of campaign.documents)
      link(nodeKey('documents', document), nodeKey('campaigns', campaign.id));
  }
  return { nodes, edges: [...edges.values()] };
}

/** The nodes linked with a node, by kind: what the accessible list beside the map shows. */
export function linkedNodes(graph: CitationGraph, key: string, kind: MapKind): MapNode[] {
  const keys = new Set(
    graph.edges.flatMap((edge) => (edge.from === key ? [edge.to] : edge.to === key ? [edge.from] : [])),
  );
  return graph.nodes.filter((node) => node.kind === kind && keys.has(node.key));
}

/**
 * Most documents, and most campaigns, the map draws. A plan cites a dozen or two; past
 * this many the boxes are too small a part of the page to read, and the layout's cost
 * grows faster than the graph (ELK: 0.3 s for 26 nodes, 4 s for 600, 35 s for 1,050 —
 * most of a 2,500-entry build). The list beside the map always holds every one.
 */
export const MAP_MOST_PER_SIDE = 40;

/**
 * The part of the graph the map draws: every theme, and on each side the documents and
 * campaigns with the most links, at most `limit` of each (ties in the graph's order);
 * the lines between the nodes kept. With no more than `limit` on a side, the graph itself.
 */
export function drawnPart(graph: CitationGraph, limit = MAP_MOST_PER_SIDE): CitationGraph {
  const degree = new Map<string, number>();
  for (const { from, to } of graph.edges) {
    degree.set(from, (degree.get(from) ?? 0) + 1);
    degree.set(to, (degree.get(to) ?? 0) + 1);
  }
  const kept = new Set<string>();
  for (const kind of MAP_KINDS) {
    const ofKind = graph.nodes
      .map((node, index) => ({ node, index }))
      .filter(({ node }) => node.kind === kind);
    const chosen =
      kind === 'themes'
        ? ofKind
        : ofKind
            .sort(
              (a, b) => (degree.get(b.node.key) ?? 0) - (degree.get(a.node.key) ?? 0) || a.index - b.index,
            )
            .slice(0, limit);
    for (const { node } of chosen) kept.add(node.key);
  }
  if (kept.size === graph.nodes.length) return graph;
  return {
    nodes: graph.nodes.filter((node) => kept.has(node.key)),
    edges: graph.edges.filter((edge) => kept.has(edge.from) && kept.has(edge.to)),
  };
}
