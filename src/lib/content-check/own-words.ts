/**
 * How much of an entry's body is its own text (issue 16: "words of own text, Vietnamese
 * syllables, counted as the audit counts: body without plan quotes, tags and link
 * targets"), read from the tree the checker parses (mdx-policy.ts).
 *
 * Counted: the text of headings, paragraphs, lists, tables, callouts, link texts and
 * inline code. Not counted: `<PlanQuote>` (the plan's words, not the site's), a
 * component's tags and attributes, link targets (URLs are attributes of a link, not its
 * text), footnote definitions (the source list, not the text) and code blocks. Words are
 * counted as a lesson's script is (src/lib/format/trainer-text.ts): a run of non-space
 * characters holding a letter or a digit — Vietnamese writes one syllable per run, so this
 * counts syllables, and a lone dash is no word.
 */
import type { MdastNode } from 'satteri';
import { countWords } from '../format/trainer-text.ts';

/** Nodes whose content is not the site's own text. */
const NOT_OWN = new Set(['footnoteDefinition', 'code', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
/** Nodes that end a run of text: their neighbours are separate words even without a space. */
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'blockquote', 'break']);

/** The site's own text in a body, blocks separated by a space. */
export function ownText(tree: MdastNode): string {
  const parts: string[] = [];
  const walk = (node: MdastNode) => {
    const record = node as unknown as { name?: string | null; value?: unknown; children?: MdastNode[] };
    if (NOT_OWN.has(node.type)) return;
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      record.name === 'PlanQuote'
    )
      return;
    if (node.type === 'text' || node.type === 'inlineCode') parts.push(String(record.value ?? ''));
    if (BLOCKS.has(node.type)) parts.push(' ');
    for (const child of record.children ?? []) walk(child);
    if (BLOCKS.has(node.type)) parts.push(' ');
  };
  walk(tree);
  return parts.join('');
}

/** The own words of a body: its own text (`ownText`), counted (`countWords`). */
export function ownWordCount(tree: MdastNode): number {
  return countWords(ownText(tree));
}
