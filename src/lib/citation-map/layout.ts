/**
 * Lays out the citation map at build time with ELK's layered algorithm (elkjs): documents,
 * themes and campaigns in three columns, nodes ordered to keep lines from crossing, lines
 * routed at right angles between the columns. The result is plain geometry for a static SVG — no script runs
 * in the reader's browser.
 */
import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import { MAP_KINDS, type CitationGraph, type MapNode } from './graph.ts';

/** Text metrics the layout assumes: the SVG sets the same font size and line height. */
export const MAP_TEXT = {
  fontSize: 13,
  lineHeight: 17,
  /** Characters per line; the node width is set for this many at a wide estimate of their width. */
  lineChars: 24,
  maxLines: 4,
  /** A generous average advance of a Vietnamese letter, in ems, so that text never overflows. */
  charWidth: 0.58,
  paddingX: 10,
  paddingY: 8,
} as const;

/** A node with its place and its label broken into lines. */
export interface PlacedNode extends MapNode {
  /** Whether any line reaches the node. */
  linked: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

/** A link drawn as a polyline through these points. */
export interface PlacedEdge {
  from: string;
  to: string;
  points: { x: number; y: number }[];
}

/** The laid-out map. */
export interface MapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  /** The centre x of each column, for its heading. */
  columns: { kind: (typeof MAP_KINDS)[number]; x: number }[];
}

/**
 * Breaks a label into lines of at most `width` characters at spaces; a word longer than
 * a line stands alone. Past `maxLines`, the last line ends in "…".
 */
export function wrapLabel(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s,.;:–-]+$/, '')}…`;
  return kept;
}

/** The top margin left for the column headings. */
const HEADER = 28;

/** Lays the graph out; positions are in SVG user units (CSS pixels at scale 1). */
export async function layoutCitationMap(graph: CitationGraph): Promise<MapLayout> {
  const { fontSize, lineHeight, lineChars, maxLines, charWidth, paddingX, paddingY } = MAP_TEXT;
  const width = Math.ceil(lineChars * fontSize * charWidth + 2 * paddingX);
  const lines = new Map(graph.nodes.map((node) => [node.key, wrapLabel(node.label, lineChars, maxLines)]));
  const linked = new Set(graph.edges.flatMap((edge) => [edge.from, edge.to]));
  // ELK keeps to the given order where it costs no crossing: themes in the plan's order,
  // each document and campaign next to the first theme it links with, unlinked ones last.
  const themeRank = new Map(graph.nodes.filter((n) => n.kind === 'themes').map((n, index) => [n.key, index]));
  const rank = (node: MapNode) => {
    if (node.kind === 'themes') return themeRank.get(node.key)!;
    const ranks = graph.edges
      .flatMap((edge) => (edge.from === node.key ? [edge.to] : edge.to === node.key ? [edge.from] : []))
      .flatMap((key) => themeRank.get(key) ?? []);
    return ranks.length > 0 ? Math.min(...ranks) : Number.MAX_SAFE_INTEGER;
  };
  const ordered = graph.nodes
    .map((node, index) => ({ node, index, rank: rank(node) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ node }) => node);
  const elk = new ELK();
  const input: ElkNode = {
    id: 'ban-do',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.spacing.nodeNodeBetweenLayers': '90',
      'elk.spacing.nodeNode': '10',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.padding': `[top=${HEADER},left=2,bottom=2,right=2]`,
      // One column per kind, whatever the links say: documents, then themes, then campaigns.
      // Partitions only order the layers of one component, so the map is laid out as one.
      'elk.partitioning.activate': 'true',
      'elk.separateConnectedComponents': 'false',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: ordered.map((node) => ({
      id: node.key,
      width,
      height: lines.get(node.key)!.length * lineHeight + 2 * paddingY,
      layoutOptions: { 'elk.partitioning.partition': String(MAP_KINDS.indexOf(node.kind)) },
    })),
    edges: graph.edges.map((edge, index) => ({ id: `e${index}`, sources: [edge.from], targets: [edge.to] })),
  };
  const result = await elk.layout(input);

  const byKey = new Map(graph.nodes.map((node) => [node.key, node]));
  const nodes: PlacedNode[] = (result.children ?? []).map((child) => ({
    ...byKey.get(child.id)!,
    linked: linked.has(child.id),
    x: child.x ?? 0,
    y: child.y ?? 0,
    width: child.width ?? width,
    height: child.height ?? 0,
    lines: lines.get(child.id)!,
  }));
  const edges: PlacedEdge[] = (result.edges ?? []).map((edge) => {
    const section = edge.sections?.[0];
    return {
      from: edge.sources[0]!,
      to: edge.targets[0]!,
      points: section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [],
    };
  });
  const columns = MAP_KINDS.flatMap((kind) => {
    const node = nodes.find((n) => n.kind === kind);
    return node ? [{ kind, x: node.x + node.width / 2 }] : [];
  });
  return {
    width: Math.ceil(result.width ?? 0),
    height: Math.ceil(result.height ?? 0),
    nodes,
    edges,
    columns,
  };
}

/** An SVG path through a polyline's points, its corners rounded with radius `radius` (or less where a leg is short). */
export function roundedPath(points: readonly { x: number; y: number }[], radius = 6): string {
  const [first, ...rest] = points;
  if (!first) return '';
  const round = (n: number) => Math.round(n * 10) / 10;
  let d = `M${round(first.x)} ${round(first.y)}`;
  for (let i = 0; i < rest.length; i++) {
    const corner = rest[i]!;
    const next = rest[i + 1];
    if (!next) {
      d += `L${round(corner.x)} ${round(corner.y)}`;
      break;
    }
    const previous = i === 0 ? first : rest[i - 1]!;
    const r = Math.min(radius, distance(previous, corner) / 2, distance(corner, next) / 2);
    const before = towards(corner, previous, r);
    const after = towards(corner, next, r);
    d += `L${round(before.x)} ${round(before.y)}Q${round(corner.x)} ${round(corner.y)} ${round(after.x)} ${round(after.y)}`;
  }
  return d;
}

function distance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/** The point `length` away from `from` in the direction of `to`. */
function towards(from: { x: number; y: number }, to: { x: number; y: number }, length: number) {
  const total = distance(from, to) || 1;
  return { x: from.x + ((to.x - from.x) * length) / total, y: from.y + ((to.y - from.y) * length) / total };
}
