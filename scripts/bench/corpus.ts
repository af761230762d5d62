/**
 * The benchmark's generated corpora: `size` entries of every collection, in the shares a
 * grown handbook would have, written in realistic Vietnamese (see vietnamese-text.ts),
 * all referring to the real 2022 plan so that they pass the content checker: real
 * paragraph ids, verbatim quotes, the five themes titled as the plan's items II.1–II.5,
 * references that resolve, unique slugs and document symbols. Seeded: the same size
 * gives the same corpus every time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { printedLength, SUMMARY_CAPS } from '../../src/lib/content-check/summary-length.ts';
import { planParagraphs, type PlanParagraph } from '../../src/lib/plan/plan-paragraphs.ts';
import { entryHref } from '../../src/lib/site.ts';
import { foldDiacritics, normalizeText, slugify, symbolToSlug } from '../../src/lib/format/vietnamese.ts';
import { CAMPAIGN_KINDS } from '../../src/schemas/campaign.ts';
import { REGISTRY, type CollectionName } from '../../src/schemas/registry.ts';
import { DOCUMENT_KINDS } from '../../src/schemas/document.ts';
import { ORGANIZATION_LEVELS } from '../../src/schemas/organization.ts';
import type { Plan } from '../../src/schemas/plan.ts';
import { Random } from './random.ts';
import { capitalise, readSentences, TextGenerator } from './vietnamese-text.ts';

/** One generated entry, ready to be written as a content file. */
export interface GeneratedEntry {
  collection: Exclude<CollectionName, 'plans' | 'changes' | 'pages'>;
  id: string;
  /** The front matter (MDX) or the whole document (YAML). */
  data: Record<string, unknown>;
  /** The MDX body (empty for YAML collections). */
  body: string;
  /** What the entry is listed under. */
  title: string;
}

/** A corpus: the real plan and the generated entries. */
export interface Corpus {
  /** The plan file as it is in content/plans/. */
  planYaml: string;
  paragraphs: PlanParagraph[];
  entries: GeneratedEntry[];
}

/** Whether a collection is written as YAML, with no body and no page of its own (the registry says). */
export function isDataCollection(collection: CollectionName): boolean {
  return REGISTRY[collection].extension === '.yaml';
}

/** How a grown handbook's entries split between collections (the five themes come first). */
const SHARES = {
  documents: 0.25,
  campaigns: 0.15,
  organizations: 0.08,
  lessons: 0.07,
  glossary: 0.06,
  events: 0.04,
} as const;

const ISSUERS = [
  ['Bộ Chính trị', 'TW'],
  ['Ban Chấp hành Trung ương Đảng', 'TW'],
  ['Ban Bí thư', 'TW'],
  ['Ban Thường vụ Thành ủy Hải Phòng', 'TU'],
  ['Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam', 'MTTW-ĐCT'],
  ['Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hải Phòng', 'MTTQ-BTT'],
  ['Ủy ban nhân dân thành phố Hải Phòng', 'UBND'],
] as const;
const KIND_ABBREVIATIONS: Record<(typeof DOCUMENT_KINDS)[number], string> = {
  'Nghị quyết': 'NQ',
  'Kết luận': 'KL',
  'Quy định': 'QĐ',
  'Quyết định': 'QĐ',
  'Chỉ thị': 'CT',
  'Thông báo': 'TB',
  'Hướng dẫn': 'HD',
  'Chương trình': 'CTr',
  Luật: 'L',
  'Nghị định': 'NĐ',
};
const DISTRICTS = [
  'quận Hồng Bàng',
  'quận Lê Chân',
  'quận Ngô Quyền',
  'quận Kiến An',
  'quận Hải An',
  'quận Dương Kinh',
  'quận Đồ Sơn',
  'huyện Thủy Nguyên',
  'huyện An Dương',
  'huyện An Lão',
  'huyện Kiến Thụy',
  'huyện Tiên Lãng',
  'huyện Vĩnh Bảo',
  'huyện Cát Hải',
];
const PUBLISHERS = ['Báo Hải Phòng', 'Báo Đại đoàn kết', 'Cổng thông tin điện tử thành phố', 'Báo Nhân Dân'];
const AUDIENCES = [
  'Cán bộ Mặt trận cấp xã, phường, thị trấn',
  'Ban Công tác Mặt trận khu dân cư',
  'Đoàn viên, hội viên các tổ chức thành viên',
  'Báo cáo viên, tuyên truyền viên cơ sở',
];

/** How many entries of each collection a corpus of `size` entries has. */
export function corpusShape(size: number): Record<GeneratedEntry['collection'], number> {
  const rest = Math.max(size - 5, 0);
  const counts = Object.fromEntries(
    Object.entries(SHARES).map(([collection, share]) => [collection, Math.max(2, Math.floor(rest * share))]),
  ) as Record<keyof typeof SHARES, number>;
  const taken = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return { themes: 5, ...counts, examples: Math.max(2, rest - taken) };
}

/** Generates a corpus of `size` entries from the project at `root` (its plan and vocabulary). */
/**
 * Keeps what a theme or campaign prints in its one-page summary within the checker's caps
 * (src/lib/content-check/summary-length.ts): generated lists lose their last items until
 * they fit, as an editor would shorten them.
 */
function fitOnePage(entry: GeneratedEntry): GeneratedEntry {
  const caps: Record<string, number> | undefined =
    entry.collection === 'themes' || entry.collection === 'campaigns'
      ? SUMMARY_CAPS[entry.collection]
      : undefined;
  for (const [field, cap] of Object.entries(caps ?? {})) {
    const value = entry.data[field];
    while (Array.isArray(value) && value.length > 1 && printedLength(value) > cap) value.pop();
  }
  return entry;
}

export function generateCorpus(root: string, size: number): Corpus {
  const random = new Random(size);
  const text = new TextGenerator(readSentences(root), random);
  const planYaml = readFileSync(join(root, 'content/plans/2022.yaml'), 'utf8');
  const plan = parse(planYaml) as Plan;
  const paragraphs = planParagraphs(plan);
  const shape = corpusShape(size);
  const entries: GeneratedEntry[] = [];
  const ids = new Set<string>();

  const uniqueId = (collection: string, title: string) => {
    const base = slugify(title).split('-').slice(0, 8).join('-') || collection;
    let id = base;
    for (let n = 2; ids.has(`${collection}/${id}`); n++) id = `${base}-${n}`;
    ids.add(`${collection}/${id}`);
    return id;
  };
  const date = (from: number, to: number) =>
    `${random.int(from, to)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
  const link = (id: string) => ({
    url: `https://tin.example.vn/bai-viet/${id}`,
    title: text.phrase(6, 12),
    publisher: random.pick(PUBLISHERS),
  });
  const provenance = (id: string, sources: string[]) => ({
    plan: 2022,
    sources,
    links: random.next() < 0.6 ? [link(id)] : [],
    updated: date(2022, 2022),
  });
  const someSources = () => random.sample(paragraphs, random.int(1, 3)).map((p) => p.id);
  const quote = () => {
    const paragraph = random.pick(paragraphs);
    const words = normalizeText(paragraph.text).split(' ');
    const length = Math.min(words.length, random.int(8, 20));
    const start = random.int(0, words.length - length);
    return { paragraph: paragraph.id, text: words.slice(start, start + length).join(' ') };
  };
  const sentences = (min: number, max: number) =>
    Array.from({ length: random.int(min, max) }, () => text.sentence());
  const phrases = (min: number, max: number) =>
    Array.from({ length: random.int(min, max) }, () => text.phrase());
  const add = (entry: GeneratedEntry) => entries.push(fitOnePage(entry));

  for (let i = 0; i < shape.organizations; i++) {
    const name = `${random.pick(['Ban Thường trực Ủy ban MTTQ Việt Nam', 'Ban Công tác Mặt trận', 'Hội Cựu chiến binh', 'Hội Liên hiệp Phụ nữ', 'Đoàn Thanh niên'])} ${random.pick(DISTRICTS)}`;
    const id = uniqueId('organizations', name);
    add({
      collection: 'organizations',
      id,
      title: name,
      body: '',
      data: {
        name,
        level: random.pick(ORGANIZATION_LEVELS),
        order: i + 1,
        summary: text.paragraph(1, 2),
        responsibilities: Array.from({ length: random.int(2, 5) }, () => ({
          task: text.sentence(),
          paragraph: random.pick(paragraphs).id,
        })),
        partners: [],
        ...provenance(id, someSources()),
      },
    });
  }
  const organizations = entries.filter((e) => e.collection === 'organizations');
  for (const organization of organizations) {
    const others = organizations.filter((other) => other !== organization);
    organization.data['partners'] = random.sample(others, random.int(0, 3)).map((other) => other.id);
  }

  for (let i = 0; i < shape.documents; i++) {
    const kind = random.pick(DOCUMENT_KINDS);
    const [issuer, issuerCode] = random.pick(ISSUERS);
    const symbol = `${100 + i}-${KIND_ABBREVIATIONS[kind]}/${issuerCode}`;
    const id = symbolToSlug(symbol);
    ids.add(`documents/${id}`);
    add({
      collection: 'documents',
      id,
      title: `${kind} ${symbol}`,
      body: '',
      data: {
        kind,
        symbol,
        title: `${kind} về ${text.phrase(6, 14).toLocaleLowerCase('vi')}`,
        issuer,
        issuerGroup: issuer.replace(/ thành phố Hải Phòng$/, ''),
        issued: date(2010, 2021),
        unverified: [],
        summary: text.sentence(),
        planQuotes: Array.from({ length: random.int(1, 2) }, quote),
        ...provenance(id, someSources()),
      },
    });
  }
  const documents = entries.filter((e) => e.collection === 'documents');

  const themeItems = plan.sections.find((section) => section.number === 'II')!.items.slice(0, 5);
  const themeIds = themeItems.map(() => uniqueId('themes', text.phrase(2, 4)));

  for (let i = 0; i < shape.campaigns; i++) {
    const name = capitalise(text.phrase(4, 10));
    const id = uniqueId('campaigns', name);
    add({
      collection: 'campaigns',
      id,
      title: name,
      body: '',
      data: {
        kind: random.pick(CAMPAIGN_KINDS),
        name,
        launched: String(random.int(1995, 2021)),
        launchedBy: random.pick(ISSUERS)[0],
        facts: [],
        unverified: [],
        summary: text.sentence(),
        goals: sentences(2, 4),
        howToTakePart: sentences(3, 5),
        themes: random.sample(themeIds, random.int(1, 2)),
        documents: random.sample(documents, random.int(0, 2)).map((d) => d.id),
        planQuotes: Array.from({ length: random.int(1, 2) }, quote),
        ...provenance(id, someSources()),
      },
    });
  }
  const campaigns = entries.filter((e) => e.collection === 'campaigns');

  themeItems.forEach((item, index) => {
    const id = themeIds[index]!;
    const own = paragraphs.filter((p) => p.id.startsWith(`II.${item.number}.`)).map((p) => p.id);
    add({
      collection: 'themes',
      id,
      title: item.title,
      body: '',
      data: {
        title: item.title,
        shortTitle: text.phrase(2, 4),
        order: item.number,
        summary: text.paragraph(2, 4),
        keyMessages: sentences(4, 7),
        audiences: phrases(3, 5),
        levelTasks: random.sample(organizations, random.int(2, 4)).map((organization) => ({
          organization: organization.id,
          tasks: sentences(2, 4),
        })),
        documents: random.sample(documents, random.int(3, 8)).map((d) => d.id),
        campaigns: random.sample(campaigns, random.int(2, 5)).map((c) => c.id),
        ...provenance(id, own),
      },
    });
  });

  for (let i = 0; i < shape.examples; i++) {
    const title = capitalise(text.phrase(5, 10));
    const id = uniqueId('examples', title);
    const linked = random.sample(campaigns, random.int(0, 2)).map((c) => c.id);
    add({
      collection: 'examples',
      id,
      title,
      body: '',
      data: {
        title,
        place: `${random.pick(DISTRICTS)}, Hải Phòng`,
        province: 'Hải Phòng',
        year: random.int(2019, 2022),
        summary: text.paragraph(1, 2),
        result: text.sentence(),
        campaigns: linked,
        themes: linked.length === 0 ? [random.pick(themeIds)] : [],
        source: link(id),
        ...provenance(id, someSources()),
      },
    });
  }

  for (let i = 0; i < shape.lessons; i++) {
    const title = capitalise(text.phrase(6, 12));
    const id = uniqueId('lessons', title);
    const themes = random.sample(themeIds, random.int(1, 2));
    const outline = Array.from({ length: random.int(3, 5) }, (_, n) => ({
      title: `${n + 1}. ${text.phrase(3, 7)}`,
      minutes: random.int(5, 25),
      keyPoints: phrases(2, 4),
      script: sentences(4, 8).join(' '),
    }));
    add({
      collection: 'lessons',
      id,
      title,
      body: '',
      data: {
        title,
        themes,
        duration: random.pick([45, 60, 90]),
        audience: random.pick(AUDIENCES),
        summary: text.sentence(),
        objectives: sentences(3, 4),
        outline,
        discussion: sentences(3, 4).map((s) => ({
          question: s.replace(/\.$/, '?'),
          modelAnswer: text.sentence(),
          cues: sentences(1, 3),
        })),
        quiz: Array.from({ length: 5 }, (_, n) => {
          const correct = random.int(0, 2);
          return {
            ...(n >= 3 ? { kind: 'scenario', situation: text.sentence() } : {}),
            question: text.sentence(8, 16).replace(/\.$/, '?'),
            options: Array.from({ length: 3 }, (_, n) => ({
              text: text.phrase(3, 8),
              correct: n === correct,
            })),
            explanation: text.sentence(),
            see: `/chu-de/${random.pick(themes)}/`,
          };
        }),
        trainerNotes: sentences(2, 3),
        ...provenance(id, someSources()),
      },
    });
  }

  for (let i = 0; i < shape.glossary; i++) {
    const expansion = capitalise(text.phrase(2, 5));
    const initials = foldDiacritics(expansion)
      .split(' ')
      .map((word) => word.charAt(0).toUpperCase())
      .join('');
    const term = `${initials}${i + 1}`;
    const id = uniqueId('glossary', term);
    add({
      collection: 'glossary',
      id,
      title: term,
      body: '',
      data: { term, kind: 'viet-tat', expansion, explanation: text.paragraph(1, 2) },
    });
  }

  for (let i = 0; i < shape.events; i++) {
    const name = capitalise(text.phrase(4, 9));
    const id = uniqueId('events', name);
    add({
      collection: 'events',
      id,
      title: name,
      body: '',
      data: {
        name,
        date: date(2022, 2022),
        description: text.paragraph(1, 3),
        themes: [random.pick(themeIds)],
        campaigns: random.sample(campaigns, random.int(0, 1)).map((c) => c.id),
        ...provenance(id, someSources()),
      },
    });
  }

  const pages = entries.filter((entry) => !isDataCollection(entry.collection));
  for (const entry of pages) {
    const sections =
      entry.collection === 'lessons'
        ? (entry.data['outline'] as { title: string }[]).map((section) => section.title)
        : Array.from({ length: entry.collection === 'themes' ? 4 : random.int(2, 3) }, () =>
            text.phrase(3, 7),
          );
    entry.body = mdxBody(sections, text, random, pages, paragraphs);
  }
  return { planYaml, paragraphs, entries };
}

/** An MDX body: `##` sections of prose, with links to other entries, lists, plan quotes and notes. */
function mdxBody(
  sections: string[],
  text: TextGenerator,
  random: Random,
  pages: GeneratedEntry[],
  paragraphs: PlanParagraph[],
): string {
  return sections
    .map((heading) => {
      const blocks = [`## ${heading}`];
      for (let n = random.int(1, 3); n > 0; n--) {
        const other = random.pick(pages);
        blocks.push(
          random.next() < 0.5
            ? `${text.paragraph()} Xem thêm [${other.title}](${entryHref(other.collection, other.id)}).`
            : text.paragraph(),
        );
      }
      const extra = random.next();
      if (extra < 0.3) blocks.push(`<PlanQuote plan="2022" paragraph="${random.pick(paragraphs).id}" />`);
      else if (extra < 0.55)
        blocks.push(Array.from({ length: random.int(3, 5) }, () => `- ${text.sentence(6, 16)}`).join('\n'));
      else if (extra < 0.65)
        blocks.push(`<Callout kind="tip" title="Gợi ý">\n${text.paragraph(1, 2)}\n</Callout>`);
      return blocks.join('\n\n');
    })
    .join('\n\n');
}
