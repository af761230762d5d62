/**
 * The real content of the site and the facts it must agree with, read once for the
 * content tests. Paths are taken from the repository root, so the tests run the same
 * from any working directory; `CONTENT_DIR` (as for the build) points them at another
 * copy of the content, e.g. a deliberately broken one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastNode } from 'satteri';
import { parse, parseDocument } from 'yaml';
import { loadContent, type RawEntry } from '../../../src/lib/content-check/load.ts';
import { sectionNodes } from '../../../src/lib/content-check/mdx-body.ts';
import { inspectSource } from '../../../src/lib/content-check/mdx-policy.ts';
import { planParagraphs } from '../../../src/lib/plan/plan-paragraphs.ts';
import type { CollectionName } from '../../../src/schemas/registry.ts';
import type { Plan } from '../../../src/schemas/plan.ts';

/** The repository root, with a trailing separator. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The content folder under test. */
export const contentDir = process.env['CONTENT_DIR']
  ? resolve(process.env['CONTENT_DIR'])
  : join(repoRoot, 'content');

/** A content entry's front matter or YAML data, as written (not yet validated). */
export type EntryData = Record<string, unknown>;

const { entries } = loadContent([contentDir]);

/** Every entry of one collection. */
export function entriesOf(collection: CollectionName): RawEntry[] {
  return entries.filter((entry) => entry.collection === collection);
}

/** The ids (slugs) of one collection, sorted. */
export function idsOf(collection: CollectionName): string[] {
  return entriesOf(collection)
    .map((entry) => entry.id)
    .sort();
}

/** The data of one entry, or undefined when the file is missing or does not parse. */
export function dataOf(collection: CollectionName, id: string): EntryData | undefined {
  const data = entriesOf(collection).find((entry) => entry.id === id)?.data;
  return typeof data === 'object' && data !== null ? (data as EntryData) : undefined;
}

/** All entries of every collection but plans, with their parsed data. */
export function allEntryData(): { entry: RawEntry; data: EntryData }[] {
  return entries.flatMap((entry) =>
    entry.collection !== 'plans' && typeof entry.data === 'object' && entry.data !== null
      ? [{ entry, data: entry.data as EntryData }]
      : [],
  );
}

/** The paragraph ids an entry rests on: its sources, its responsibilities and its quotes of the plan. */
export function citedParagraphs(data: EntryData): string[] {
  const ids = (list: unknown, key?: string): string[] =>
    Array.isArray(list)
      ? list.flatMap((item: unknown) => {
          const value =
            key === undefined
              ? item
              : typeof item === 'object' && item !== null
                ? (item as EntryData)[key]
                : undefined;
          return typeof value === 'string' ? [value] : [];
        })
      : [];
  return [
    ...ids(data['sources']),
    ...ids(data['responsibilities'], 'paragraph'),
    ...ids(data['planQuotes'], 'paragraph'),
  ];
}

function readYaml(path: string): unknown {
  return parse(readFileSync(path, 'utf8'));
}

/** The 2022 plan, as stored in content/plans/2022.yaml. */
export const plan2022 = readYaml(join(contentDir, 'plans', '2022.yaml')) as Plan;

/** The paragraphs of the 2022 plan in reading order. */
export const paragraphs2022 = planParagraphs(plan2022);

/** A document as sources/facts/cited.yaml records it. */
export interface DocumentFact {
  key: string;
  symbol: string | null;
  title: string;
  verified: Record<string, unknown>;
  unverified?: string[];
}

/** A campaign as sources/facts/cited.yaml records it. */
export interface CampaignFact {
  key: string;
  name: string;
}

/** A model example as sources/facts/examples.yaml records it. */
export interface ExampleFact {
  key: string;
  source: string;
}

const cited = readYaml(join(repoRoot, 'sources', 'facts', 'cited.yaml')) as {
  documents: DocumentFact[];
  campaigns: CampaignFact[];
};

/** The documents of the facts file. */
export const documentFacts = cited.documents;

/** The campaigns of the facts file. */
export const campaignFacts = cited.campaigns;

/**
 * The model examples of the facts file. Read leniently: one `fact:` line of that file
 * opens a quoted string and goes on after it, which is not valid YAML; the parser still
 * recovers every `key` and `source`, the only fields these tests need (and check).
 */
export const exampleFacts = parseDocument(
  readFileSync(join(repoRoot, 'sources', 'facts', 'examples.yaml'), 'utf8'),
).toJS() as ExampleFact[];

/** Every file under a folder, recursively, as absolute paths. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** The parsed body of an MDX entry, as the checker and the build parse it. */
export function bodyTree(entry: RawEntry): MdastNode {
  const { tree, faults } = inspectSource(entry.mdxSource ?? entry.body);
  if (!tree) throw new Error(`${entry.file}: ${faults.map((fault) => fault.message).join('; ')}`);
  return tree;
}

/** A section of a body (`## title`) as a tree of its own, for what the section says. */
export function section(entry: RawEntry, title: string): MdastNode {
  return { type: 'root', children: sectionNodes(bodyTree(entry), title) } as unknown as MdastNode;
}

/** True when a tree holds a footnote reference (a numbered source). */
export function citesSource(tree: MdastNode): boolean {
  const node = tree as unknown as { type: string; children?: MdastNode[] };
  return node.type === 'footnoteReference' || (node.children ?? []).some(citesSource);
}
