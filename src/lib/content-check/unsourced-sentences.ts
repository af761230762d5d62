/**
 * Sentences that hold a fact a reader may want to check — a date, a figure or a document
 * symbol — and carry no numbered source (issue 16: "every sentence outside plan quotes
 * that holds a date, figure or symbol carries one"). A practical reading, from the tree
 * the checker parses (mdx-policy.ts):
 *
 * - A sentence is cut from a paragraph or table cell (in a list or a callout too) at `.`,
 *   `!`, `?` or `…` followed by a space; a footnote marker right after the stop belongs to
 *   the sentence it closes (`…năm 2021.[^a]` and `…năm 2021[^a].` both count).
 * - It holds a fact when, once what is not a fact is set aside, a digit remains: dates
 *   (`1/7/2025`), figures (`10 tỷ đồng`), symbols (`01-KL/TW`) all have one.
 * - Set aside: headings and run-in headings (a bold lead ending in a stop or colon: titles,
 *   not claims); `<PlanQuote>` and footnote definitions; the
 *   text of a link within the handbook (`[Kết luận 01-KL/TW](/van-ban/01-kl-tw/)`: the page
 *   linked carries the sources); a paragraph id of the plan (`III.2.1`); the plan's year
 *   and the reader's, as bare years (`kế hoạch năm 2022`, `tên gọi năm 2022`, `người nghe
 *   năm 2026` — not `1/2026`); the day the handbook checked its facts (`ngày kiểm tra
 *   7/12/2026`); names that hold a digit (`Covid-19`, `5K`); on a document's own page, its
 *   symbol (sourced at the top of the page).
 * - Sourced: a sentence with a footnote, or with a link to a paragraph of the plan
 *   (`[đoạn II.3.1](/ke-hoach/2022/#II-3-1)`: the plan is the source, shown in full). A
 *   list after a sourced sentence ending in a colon continues that sentence, and shares
 *   its footnote.
 * - A sentence that says a fact is unverified ("chưa xác minh", "chưa tìm được", "chưa
 *   được sổ tay đối chiếu") asserts nothing a source could support and needs none.
 */
import type { MdastNode } from 'satteri';
import { urlKind } from '../format/url.ts';

/** A sentence holding a date, figure or symbol without a footnote. */
export interface UnsourcedSentence {
  line: number;
  sentence: string;
}

/** Stands for a footnote marker in the text of a block. */
const MARK = '\uE000';
/** Stands for the text of a link within the handbook. */
const INTERNAL = '\uE001';
/** Stands for a link to a paragraph of a plan: the plan is the source, quoted in full on the site. */
const PLAN_LINK = '\uE002';
/** Blocks of prose: each is cut into sentences on its own. */
const PROSE = new Set(['paragraph', 'tableCell']);
/** What is skipped whole: not claims (headings), not the site's words (plan quotes), the source list. */
const SKIPPED = new Set(['heading', 'footnoteDefinition', 'code', 'mdxjsEsm']);

/** A sentence saying a fact is not verified: `chưa xác minh`, `chưa tìm được`, `chưa được sổ tay đối chiếu`. */
const UNVERIFIED = /chưa (?:được (?:sổ tay )?)?(?:xác minh|xác nhận|tìm được|tìm thấy|đối chiếu|kiểm tra)/i;

/** The plan's own marks, the handbook's own dates and names with a digit, set aside before looking for one. */
const NOT_A_FACT: RegExp[] = [
  // A paragraph id of the plan: II.3.1, III.2.1.
  /\b(?:preamble|[IV]+\.\d+(?:\.\d+)*)\b/g,
  // The plan's year, the frame of the whole handbook (`kế hoạch năm 2022`, `tên gọi năm 2022`),
  // and the reader's present (`năm 2026`): a bare year, not a day or a month in it.
  /(?<![/\d])(?:năm |kế hoạch )(?:2022|2026)(?![/\d])/gi,
  // The day the handbook checked its facts, shown on every page.
  /ngày kiểm tra \d{1,2}\/\d{1,2}\/\d{4}/gi,
  // Names that hold a digit.
  /covid-19/gi,
  /\b\d+K\+?(?![\p{L}\d])/gu,
];

/** The text of an inline node, with footnote markers and handbook links replaced by stand-ins. */
function inlineText(node: MdastNode): string {
  const record = node as unknown as { value?: unknown; url?: unknown; children?: MdastNode[] };
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return String(record.value ?? '');
    case 'footnoteReference':
      return MARK;
    case 'break':
      return ' ';
    case 'link': {
      const url = String(record.url ?? '');
      if (url.startsWith('/ke-hoach/')) return PLAN_LINK;
      if (urlKind(url) === 'internal') return INTERNAL;
      break;
    }
    case 'mdxJsxTextElement':
      if ((node as unknown as { name?: string }).name === 'PlanQuote') return '';
  }
  return (record.children ?? []).map(inlineText).join('');
}

/**
 * The text of a paragraph or cell, without a run-in heading: a bold lead ending in a stop
 * or a colon (`**3 trụ cột và công thức 5K.** Kế hoạch nêu…`, `**Ai:** …`) is a title.
 */
function proseText(node: MdastNode): string {
  const [first, ...rest] = (node as unknown as { children?: MdastNode[] }).children ?? [];
  if (first?.type === 'strong' && /[.:]\s*$/.test(inlineText(first))) return rest.map(inlineText).join('');
  return inlineText(node);
}

/** A block's text cut into sentences, each with the markers that close it. */
export function splitSentences(text: string): string[] {
  return text
    .split(new RegExp(`(?<=[.!?…][”"’')\\]]*${MARK}*)\\s+`, 'u'))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** True when a sentence states a date, figure or symbol (see the module's comment); `subject` is the entry's own symbol. */
export function holdsFact(sentence: string, subject?: string): boolean {
  if (UNVERIFIED.test(sentence)) return false;
  const patterns = subject ? [...NOT_A_FACT, new RegExp(escapeRegExp(subject), 'g')] : NOT_A_FACT;
  const rest = patterns.reduce((text, pattern) => text.replace(pattern, ' '), sentence);
  return /\d/.test(rest);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True for a sentence that carries a footnote or links the plan's paragraph it rests on. */
const isSourced = (sentence: string) => sentence.includes(MARK) || sentence.includes(PLAN_LINK);

/**
 * Every sentence of a body that holds a date, figure or symbol and no footnote. A list
 * that a sourced sentence ending in a colon introduces is that sentence's continuation
 * (“…mục tiêu đến năm 2025[^a]:” then the items): its items share the footnote.
 * `subject` is the entry's own symbol (a document's page names it without a footnote;
 * its identity is sourced at the top of the page).
 */
export function unsourcedSentences(tree: MdastNode, subject?: string): UnsourcedSentence[] {
  const found: UnsourcedSentence[] = [];
  const walk = (node: MdastNode, continued: boolean) => {
    const record = node as unknown as { name?: string | null; children?: MdastNode[] };
    if (SKIPPED.has(node.type)) return;
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      record.name === 'PlanQuote'
    )
      return;
    if (PROSE.has(node.type)) {
      if (continued) return;
      const line = node.position?.start.line ?? 1;
      for (const sentence of splitSentences(proseText(node))) {
        if (!isSourced(sentence) && holdsFact(sentence.replaceAll(INTERNAL, ' '), subject))
          found.push({ line, sentence: sentence.replaceAll(INTERNAL, '[…]').replace(/[\uE000\uE002]/g, '') });
      }
      return;
    }
    let leadIn = false;
    for (const child of record.children ?? []) {
      walk(child, continued || (child.type === 'list' && leadIn));
      if (child.type === 'paragraph') {
        const last = splitSentences(inlineText(child)).at(-1) ?? '';
        leadIn = isSourced(last) && /:[\uE000\uE002]*$/.test(last);
      } else leadIn = false;
    }
  };
  walk(tree, false);
  return found;
}
