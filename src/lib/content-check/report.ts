/**
 * The per-entry figures of issue 16's closing note: for each entry that answers a
 * reader's question, its own words (own-words.ts: Vietnamese syllables, body without plan
 * quotes, tags, link targets and the source list), the sources it cites, and, where the
 * kind has one, its status now. Words are reported against the issue's aims, not
 * asserted: "the checklist decides".
 */
import type { MdastNode } from 'satteri';
import type { CollectionName } from '../../schemas/registry.ts';
import type { RawEntry } from './load.ts';
import { inspectSource } from './mdx-policy.ts';
import { ownWordCount } from './own-words.ts';
import { citedInData } from './sources.ts';

/** The words of own text issue 16 aims at, by kind. */
export const WORD_AIMS: Partial<Record<CollectionName, number>> = {
  documents: 400,
  campaigns: 350,
  organizations: 200,
  examples: 150,
};

/** The kinds reported, in the order of the report. */
const REPORTED: CollectionName[] = [
  'documents',
  'campaigns',
  'examples',
  'organizations',
  'pages',
  'themes',
  'lessons',
  'changes',
];

/** One line of the report. */
export interface ReportRow {
  /** `collection/id`. */
  key: string;
  collection: CollectionName;
  /** Own words of the body; undefined for a kind without one (changes). */
  ownWords?: number;
  /** Distinct sources cited: footnotes in the body and `[^id]` in front matter; for a kind without a body, its numbered sources. */
  references: number;
  /** The status now, as written (`replaced → 226-2025-qh15`), for kinds that have one. */
  status?: string;
}

/** The labels of every footnote reference in a tree. */
function footnoteLabels(tree: MdastNode, found = new Set<string>()): Set<string> {
  const node = tree as unknown as { type: string; label?: string; children?: MdastNode[] };
  if (node.type === 'footnoteReference' && node.label) found.add(node.label);
  for (const child of node.children ?? []) footnoteLabels(child, found);
  return found;
}

/** The status of a document or an organization, in a few words. */
function statusOf(data: Record<string, unknown>): string | undefined {
  const status = data['status'] as { state?: string; replacedBy?: unknown } | undefined;
  if (!status?.state) return undefined;
  return status.replacedBy ? `${status.state} → ${String(status.replacedBy)}` : status.state;
}

/** The report's rows for the entries given (as `loadContent` reads them), in report order. */
export function reportRows(entries: readonly RawEntry[]): ReportRow[] {
  return REPORTED.flatMap((collection) =>
    entries
      .filter(
        (entry) => entry.collection === collection && typeof entry.data === 'object' && entry.data !== null,
      )
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((entry): ReportRow => {
        const data = entry.data as Record<string, unknown>;
        const key = `${collection}/${entry.id}`;
        const status =
          collection === 'documents' || collection === 'organizations' ? (statusOf(data) ?? '—') : undefined;
        const tree = entry.mdxSource === undefined ? undefined : inspectSource(entry.mdxSource).tree;
        if (!tree) {
          const links = (data['links'] as { id?: string }[] | undefined) ?? [];
          return { key, collection, references: links.filter((link) => link.id).length };
        }
        const cited = citedInData(data, footnoteLabels(tree));
        return {
          key,
          collection,
          ownWords: ownWordCount(tree),
          references: cited.size,
          ...(status ? { status } : {}),
        };
      }),
  );
}

/** The rows as a Markdown table, with the aim of each kind beside its words. */
export function formatReportTable(rows: readonly ReportRow[]): string {
  const lines = [
    '| Mục | Lời riêng (âm tiết) | Mục tiêu | Nguồn dẫn | Hiệu lực / tình trạng |',
    '| --- | ---: | ---: | ---: | --- |',
  ];
  for (const row of rows) {
    const aim = WORD_AIMS[row.collection];
    const words = row.ownWords === undefined ? '—' : String(row.ownWords);
    const mark = aim === undefined || row.ownWords === undefined ? '' : row.ownWords >= aim ? ' ✓' : ' dưới';
    lines.push(
      `| ${row.key} | ${words} | ${aim === undefined ? '—' : `${aim}${mark}`} | ${row.references} | ${row.status ?? ''} |`,
    );
  }
  return lines.join('\n');
}
