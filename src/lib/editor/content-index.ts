/**
 * What `npm run new` needs to know about the content already there: which slugs and
 * document symbols are taken, the plans and their paragraphs, the themes, campaigns and
 * organizations an entry can refer to, and which plan items already have a theme.
 */
import { loadContent } from '../content-check/load.ts';
import { formatProblem } from '../content-check/problem.ts';
import { planParagraphs, type PlanParagraph } from '../plan/plan-paragraphs.ts';
import { symbolKey } from '../format/vietnamese.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/registry.ts';
import { planSchema, type Plan } from '../../schemas/plan.ts';

/** An entry another entry can refer to: its slug and the name editors know it by. */
export interface NamedEntry {
  id: string;
  name: string;
}

/** The existing content, as read by `indexContent`. */
export interface ContentIndex {
  /** The content folder. */
  root: string;
  /** Every slug taken, by collection, with the file that holds it. */
  files: Map<CollectionName, Map<string, string>>;
  /** Document symbols in use (normalised, upper case), with the file that holds each. */
  symbols: Map<string, string>;
  /** The valid plans, newest first. */
  plans: Plan[];
  /** Entries that other entries refer to, by collection, in their files' order. */
  named: Record<'themes' | 'campaigns' | 'organizations', NamedEntry[]>;
  /** Plan items of section II that already have a theme: `2022/1`. */
  themeItems: Set<string>;
  /** The display order numbers organizations use. */
  organizationOrders: number[];
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** Reads the content folder into what `npm run new` asks about and checks against. */
export function indexContent(root: string): ContentIndex {
  const { entries, problems } = loadContent([root]);
  // A broken plan is not "no plan": say which file to fix, rather than to import one (audit N4).
  const brokenPlans = problems.filter(
    (problem) => problem.file.includes(`plans`) && problem.file.endsWith('.yaml'),
  );
  if (brokenPlans.length > 0)
    throw new Error(
      [
        'Không đọc được kế hoạch: hãy sửa các lỗi này trước (npm run check:content cho biết thêm):',
        ...brokenPlans.map((problem) => `  ${formatProblem(problem)}`),
      ].join('\n'),
    );
  const files = new Map(COLLECTIONS.map((c) => [c, new Map<string, string>()]));
  const index: ContentIndex = {
    root,
    files,
    symbols: new Map(),
    plans: [],
    named: { themes: [], campaigns: [], organizations: [] },
    themeItems: new Set(),
    organizationOrders: [],
  };
  for (const entry of entries) {
    files.get(entry.collection)!.set(entry.id, entry.file);
    const data = record(entry.data);
    const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : entry.id);
    switch (entry.collection) {
      case 'plans': {
        const plan = planSchema.safeParse(data);
        if (plan.success) index.plans.push(plan.data);
        break;
      }
      case 'documents':
        if (typeof data['symbol'] === 'string') index.symbols.set(symbolKey(data['symbol']), entry.file);
        break;
      case 'themes':
        index.named.themes.push({ id: entry.id, name: text('shortTitle') });
        index.themeItems.add(`${String(data['plan'])}/${String(data['order'])}`);
        break;
      case 'campaigns':
        index.named.campaigns.push({ id: entry.id, name: text('name') });
        break;
      case 'organizations':
        index.named.organizations.push({ id: entry.id, name: text('name') });
        if (typeof data['order'] === 'number') index.organizationOrders.push(data['order']);
        break;
    }
  }
  index.plans.sort((a, b) => b.year - a.year);
  return index;
}

/** The plan of a year, if the content has it. */
export function planOf(index: ContentIndex, year: string | undefined): Plan | undefined {
  return index.plans.find((plan) => String(plan.year) === year);
}

/** The paragraphs of the plan of a year (none when there is no such plan). */
export function paragraphsOf(index: ContentIndex, year: string | undefined): PlanParagraph[] {
  const plan = planOf(index, year);
  return plan ? planParagraphs(plan) : [];
}
