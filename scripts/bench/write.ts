/**
 * Writes a generated corpus twice: as this site's content folder (MDX and YAML, exactly
 * what editors write), and as Starlight's docs with the same text on the same URLs, so
 * that the two builds index and ship the same words.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { COLLECTION_PATHS, COLLECTION_TITLES, entryHref, SITE_NAME } from '../../src/lib/site.ts';
import { REGISTRY, type CollectionName } from '../../src/schemas/registry.ts';
import { isDataCollection, type Corpus, type GeneratedEntry } from './corpus.ts';

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const yaml = (data: unknown) => stringify(data, { lineWidth: 0 });

/** Writes the corpus as `<dir>/<collection>/<id>.mdx|yaml`, with the real plan in plans/. */
export function writeSiteContent(corpus: Corpus, dir: string): void {
  write(join(dir, 'plans/2022.yaml'), corpus.planYaml);
  for (const entry of corpus.entries) {
    const { folder, extension } = REGISTRY[entry.collection];
    const file = join(dir, folder, `${entry.id}${extension}`);
    if (extension === '.yaml') write(file, yaml(entry.data));
    else write(file, `---\n${yaml(entry.data)}---\n\n${entry.body}\n`);
  }
}

/** Field lists a page shows besides its body, with the heading each is shown under. */
const LIST_FIELDS: Record<string, string> = {
  keyMessages: 'Thông điệp chính',
  audiences: 'Đối tượng',
  goals: 'Mục tiêu',
  howToTakePart: 'Tham gia thế nào?',
  objectives: 'Mục tiêu bài giảng',
  discussion: 'Câu hỏi thảo luận',
  trainerNotes: 'Ghi chú cho báo cáo viên',
};

function bullets(items: string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

/** The Markdown of an entry's page for Starlight: summary, fields as lists, then the body. */
function starlightPage(entry: GeneratedEntry, corpus: Corpus, titles: Map<string, string>): string {
  const data = entry.data;
  const paragraphText = new Map(corpus.paragraphs.map((p) => [p.id, p.text]));
  const link = (collection: CollectionName, id: string) =>
    `[${titles.get(`${collection}/${id}`) ?? id}](${entryHref(collection, id)})`;
  const blocks: string[] = [String(data['summary'] ?? '')];
  for (const [field, heading] of Object.entries(LIST_FIELDS)) {
    const value = data[field];
    // Discussion items are objects; Starlight's page shows their questions, as the handbook's does.
    const items = Array.isArray(value)
      ? value.map((item) =>
          typeof item === 'object' ? (item as { question: string }).question : String(item),
        )
      : [];
    if (items.length > 0) blocks.push(`## ${heading}`, bullets(items));
  }
  // Lists of references, as the schema declares them (lists of objects are shown below).
  for (const { field, target: collection } of REGISTRY[entry.collection].references.filter(
    (reference) => reference.list && reference.key === undefined,
  )) {
    const value = data[field];
    if (Array.isArray(value) && value.length > 0)
      blocks.push(
        `## ${COLLECTION_TITLES[collection]}`,
        bullets((value as string[]).map((id) => link(collection, id))),
      );
  }
  for (const quote of (data['planQuotes'] as { paragraph: string; text: string }[] | undefined) ?? [])
    blocks.push(`> ${quote.text}\n>\n> — Kế hoạch 2022, đoạn ${quote.paragraph}`);
  for (const task of (data['responsibilities'] as { task: string; paragraph: string }[] | undefined) ?? [])
    blocks.push(`- ${task.task} (đoạn ${task.paragraph})`);
  for (const level of (data['levelTasks'] as { organization: string; tasks: string[] }[] | undefined) ?? [])
    blocks.push(`### ${link('organizations', level.organization)}`, bullets(level.tasks));
  for (const question of (data['quiz'] as { question: string; options: { text: string }[] }[] | undefined) ??
    [])
    blocks.push(`**${question.question}**`, bullets(question.options.map((option) => option.text)));
  const body = entry.body
    .replace(
      /<PlanQuote plan="2022" paragraph="([^"]+)" \/>/g,
      (_, id: string) => `> ${paragraphText.get(id)}\n>\n> — Kế hoạch 2022, đoạn ${id}`,
    )
    .replace(/<Callout kind="tip" title="([^"]+)">\n([\s\S]*?)\n<\/Callout>/g, ':::tip[$1]\n$2\n:::');
  blocks.push(body);
  const front = yaml({
    title: entry.title,
    description: String(data['summary'] ?? entry.title).slice(0, 160),
  });
  return `---\n${front}---\n\n${blocks.join('\n\n')}\n`;
}

/**
 * Writes the corpus as Starlight docs under `<dir>` (its src/content/docs): a page per
 * entry on the same URL as this site's, an index page per collection, one page for the
 * glossary and one for the calendar, and a home page.
 */
export function writeStarlightDocs(corpus: Corpus, dir: string): void {
  const titles = new Map(corpus.entries.map((entry) => [`${entry.collection}/${entry.id}`, entry.title]));
  const collections = [...new Set(corpus.entries.map((entry) => entry.collection))];
  write(
    join(dir, 'index.md'),
    `---\n${yaml({ title: SITE_NAME })}---\n\n${bullets(collections.map((c) => `[${COLLECTION_TITLES[c]}](${COLLECTION_PATHS[c]})`))}\n`,
  );
  for (const collection of collections) {
    const entries = corpus.entries.filter((entry) => entry.collection === collection);
    const index = join(dir, COLLECTION_PATHS[collection], 'index.md');
    const front = `---\n${yaml({ title: COLLECTION_TITLES[collection] })}---\n\n`;
    if (isDataCollection(collection)) {
      const sections = entries.map((entry) => {
        const data = entry.data;
        const lead = data['expansion'] ?? data['date'];
        return `## ${entry.title}\n\n${lead ? `${String(lead)}. ` : ''}${String(data['explanation'] ?? data['description'])}`;
      });
      write(index, `${front}${sections.join('\n\n')}\n`);
      continue;
    }
    write(
      index,
      `${front}${bullets(entries.map((entry) => `[${entry.title}](${entryHref(collection, entry.id)})`))}\n`,
    );
    for (const entry of entries) {
      write(join(dir, COLLECTION_PATHS[collection], `${entry.id}.md`), starlightPage(entry, corpus, titles));
    }
  }
}
