/**
 * Marks the glossary's abbreviations in content: the first use of each on a page becomes
 * `<a href="/thuat-ngu/#mttq" class="glossary-term"><abbr title="Mặt trận Tổ quốc">MTTQ</abbr></a>`,
 * so a reader sees the expansion on hover and reaches the explanation in one click.
 *
 * Only abbreviations are marked (glossary entries with an `expansion`, and `markInText`
 * not turned off): a term without an expansion has nothing for `<abbr title>` to expand.
 * Headings, links, code and quotations are left alone, and a match must be a whole word
 * (Vietnamese letters, tone marks included, count as word characters). The glossary is
 * read when the site's configuration loads, so a change to it needs a restart of `astro dev`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Parents, Text } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { parse } from 'yaml';
import { entryHref } from '../site.ts';

/** A glossary abbreviation, as the markup needs it. */
export interface GlossaryAbbreviation {
  /** The glossary entry's id: its anchor on the glossary page. */
  id: string;
  /** The abbreviation exactly as written in text, e.g. "MTTQ". */
  term: string;
  expansion: string;
}

/**
 * Reads the abbreviations to mark from a glossary folder (`content/glossary/*.yaml`).
 * Files that do not parse are skipped here: the content check reports them.
 */
export function loadGlossaryAbbreviations(dir: string): GlossaryAbbreviation[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
  } catch {
    return [];
  }
  return names.sort().flatMap((name) => {
    let data: unknown;
    try {
      data = parse(readFileSync(join(dir, name), 'utf8'));
    } catch {
      return [];
    }
    const { term, expansion, markInText } = (data ?? {}) as Record<string, unknown>;
    if (typeof term !== 'string' || typeof expansion !== 'string' || markInText === false) return [];
    return [{ id: name.replace(/\.ya?ml$/, ''), term: term.trim(), expansion: expansion.trim() }];
  });
}

/** A piece of text: plain, or one use of an abbreviation. */
export type Segment = string | { abbreviation: GlossaryAbbreviation; text: string };

const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Builds a function that splits a text into plain runs and the first use of each
 * abbreviation not yet in `used` (which it updates). Longer terms win where two start
 * at the same place ("UBMTTQVNTP" before "UBMTTQ").
 */
export function createAbbreviationFinder(
  abbreviations: readonly GlossaryAbbreviation[],
): (text: string, used: Set<string>) => Segment[] {
  const byTerm = new Map(abbreviations.map((abbreviation) => [abbreviation.term, abbreviation]));
  const terms = [...byTerm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern =
    terms.length > 0
      ? new RegExp(`(?<!${WORD_CHAR})(?:${terms.join('|')})(?!${WORD_CHAR})`, 'gu')
      : undefined;
  return (raw, used) => {
    if (!pattern) return [raw];
    const text = raw.normalize('NFC');
    const segments: Segment[] = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      const abbreviation = byTerm.get(match[0])!;
      if (used.has(abbreviation.id)) continue;
      used.add(abbreviation.id);
      if (match.index > last) segments.push(text.slice(last, match.index));
      segments.push({ abbreviation, text: match[0] });
      last = match.index + match[0].length;
    }
    if (last === 0) return [raw];
    if (last < text.length) segments.push(text.slice(last));
    return segments;
  };
}

/** Elements whose text is never marked: headings, links, code, quotations, embedded graphics. */
const SKIPPED_ELEMENTS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'abbr',
  'code',
  'pre',
  'kbd',
  'samp',
  'blockquote',
  'q',
  'script',
  'style',
  'svg',
  'math',
]);

/** MDX components whose children are never marked: the verbatim quote of the plan. */
const SKIPPED_COMPONENTS = new Set(['PlanQuote']);

/** The hast of one marked use: a link to the glossary entry around an `<abbr>`. */
export function abbreviationNode(abbreviation: GlossaryAbbreviation, text: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: entryHref('glossary', abbreviation.id), className: ['glossary-term'] },
    children: [
      {
        type: 'element',
        tagName: 'abbr',
        properties: { title: abbreviation.expansion },
        children: [{ type: 'text', value: text }],
      },
    ],
  };
}

/** The Sätteri hast plugin; a factory, so that "first use" starts afresh on each page. */
export function glossaryInText(abbreviations: readonly GlossaryAbbreviation[]): HastPluginEntry {
  const find = createAbbreviationFinder(abbreviations);
  return () => {
    const used = new Set<string>();
    return {
      name: 'glossary-in-text',
      text(node, ctx) {
        for (
          let parent: Readonly<Parents> | undefined = ctx.parent(node);
          parent;
          parent = ctx.parent(parent)
        ) {
          if (parent.type === 'element' && SKIPPED_ELEMENTS.has(parent.tagName)) return;
          if (
            (parent.type === 'mdxJsxFlowElement' || parent.type === 'mdxJsxTextElement') &&
            SKIPPED_COMPONENTS.has(parent.name ?? '')
          )
            return;
        }
        const segments = find(node.value, used);
        if (segments.length === 1 && typeof segments[0] === 'string') return;
        const replacement: ElementContent[] = segments.map((segment): Text | Element =>
          typeof segment === 'string'
            ? { type: 'text', value: segment }
            : abbreviationNode(segment.abbreviation, segment.text),
        );
        ctx.replaceNode(node, replacement);
      },
    };
  };
}
