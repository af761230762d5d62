/**
 * Each page carries only the CSS it uses. Tailwind writes one stylesheet for the whole
 * site (every utility of every page, the typography plugin's rules for every element),
 * which the build inlines in every page. After the build, each page keeps the rules whose
 * selectors it can match, the way PurgeCSS does: a selector is kept when the page has
 * every class, id and element it names (outside `:not()`; for a list in `:is()`,
 * `:where()` or `:has()`, one of its alternatives). The stylesheet is parsed once with
 * PostCSS and compiled into rules and blocks of text, so a page costs its selector matching
 * and a string join (about 1 ms; copying and printing the PostCSS tree per page took 9 times
 * as long, and Beasties, which matches against a DOM, 25–40 ms a page).
 *
 * A rule is kept when the page could ever need it, not only as the HTML stands:
 * - selectors are read without the states the reader or the scripts change: `:hover`,
 *   `:focus-visible`, `:target`, `:checked`, pseudo-elements, and attribute selectors
 *   (`[data-theme=dark]`, `[aria-disabled=true]`, `[open]`, `[hidden]`);
 * - classes and elements that scripts create (search results, quiz marks, highlighted
 *   words) count as present on every page: any styled class whose name appears in the
 *   site's JavaScript, any element its code makes (`createElement('mark')`, `<li>` in a
 *   template).
 * Only the text of the <style> element changes; the rest of the page stays byte for byte.
 */
import { decodeHtml } from '../format/entities.ts';
import postcss, { type Container, type Root } from 'postcss';

/**
 * The page's stylesheet: the last <style> element, the one Astro writes from the bundled
 * CSS. The <style> elements before it hold the @font-face rules of the site's fonts
 * (BaseLayout's <Font>), which have no selectors to prune.
 */
const STYLE_ELEMENT = /(<style\b[^>]*>)((?:(?!<\/style)[\s\S])*)(<\/style\s*>)/iy;
const STYLE_START = /<style\b/gi;

/** The page's last <style> element: where it starts, its opening tag, its text and its closing tag. */
function lastStyleElement(
  html: string,
): { at: number; open: string; css: string; close: string } | undefined {
  let at = -1;
  for (const match of html.matchAll(STYLE_START)) at = match.index;
  if (at < 0) return undefined;
  STYLE_ELEMENT.lastIndex = at;
  const match = STYLE_ELEMENT.exec(html);
  return match ? { at, open: match[1]!, css: match[2]!, close: match[3]! } : undefined;
}
/** A class selector as written in CSS, escapes included (`.md\:mt-0`, `.\[\&_form\]\:flex-1`). */
const CLASS_SELECTOR = /\.(-?(?:\\.|[a-zA-Z_])(?:\\.|[\w-])*)/g;
/** Pseudo-classes that depend on the document's structure alone; every other is a state. */
const STRUCTURAL = new Set([
  'where',
  'is',
  'not',
  'has',
  'first-child',
  'last-child',
  'only-child',
  'first-of-type',
  'last-of-type',
  'only-of-type',
  'nth-child',
  'nth-last-child',
  'nth-of-type',
  'nth-last-of-type',
]);
const SELECTOR_LISTS = new Set(['where', 'is', 'not', 'has']);

const DATE_TYPES = ['date', 'time', 'datetime-local', 'month', 'week'];
/**
 * Pseudo-elements that exist only inside some kinds of <input> (Tailwind's reset styles
 * them all): matched as `:input-type(…)`, which a page matches when it has an input of one
 * of those types. Other pseudo-elements are states, as above.
 */
const INPUT_PARTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['file-selector-button', ['file']],
  ['-webkit-date-and-time-value', DATE_TYPES],
  ['-webkit-calendar-picker-indicator', DATE_TYPES],
  ['-webkit-inner-spin-button', ['number', ...DATE_TYPES]],
  ['-webkit-outer-spin-button', ['number', ...DATE_TYPES]],
  ['-webkit-search-decoration', ['search']],
  ['-webkit-search-cancel-button', ['search']],
  ['-webkit-search-results-button', ['search']],
  ['-webkit-search-results-decoration', ['search']],
]);

/** The input types a pseudo-element belongs to, if it is one of an input's parts. */
function inputPart(pseudoElement: string): readonly string[] | undefined {
  return pseudoElement.startsWith('-webkit-datetime-edit') ? DATE_TYPES : INPUT_PARTS.get(pseudoElement);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The index of the bracket closing the one at `start`, skipping escapes, quotes and nesting. */
function closing(text: string, start: number): number {
  const open = text[start]!;
  const close = open === '(' ? ')' : ']';
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '"' || char === "'") i = text.indexOf(char, i + 1);
    else if (char === open) depth++;
    else if (char === close && --depth === 0) return i;
    if (i < 0) break;
  }
  throw new Error(`Bộ chọn CSS thiếu dấu đóng “${close}”: ${text}`);
}

interface Stripped {
  text: string;
  /** Whether a state (pseudo-class, pseudo-element, attribute) was taken out. */
  changed: boolean;
}

function stripStates(selector: string): Stripped {
  let text = '';
  let changed = false;
  for (let i = 0; i < selector.length;) {
    const char = selector[i]!;
    if (char === '\\') {
      text += selector.slice(i, i + 2);
      i += 2;
    } else if (char === '[') {
      const end = closing(selector, i);
      const name = /^\s*([\w-]+)/.exec(selector.slice(i + 1, end))?.[1]?.toLowerCase();
      if (name === 'class') text += selector.slice(i, end + 1);
      else changed = true;
      i = end + 1;
    } else if (char === ':') {
      const pseudo = /^::?([\w-]+)/.exec(selector.slice(i))!;
      const name = pseudo[1]!.toLowerCase();
      let next = i + pseudo[0].length;
      let args: string | undefined;
      if (selector[next] === '(') {
        const end = closing(selector, next);
        args = selector.slice(next + 1, end);
        next = end + 1;
      }
      const types = pseudo[0].startsWith('::') ? inputPart(name) : undefined;
      // The root is the <html> every page has: nothing to require of it.
      if (name === 'root' && !pseudo[0].startsWith('::')) text += '*';
      else if (types) {
        text += `:input-type(${types.join(' ')})`;
        changed = true;
      } else if (pseudo[0].startsWith('::') || !STRUCTURAL.has(name)) changed = true;
      else if (args === undefined || !SELECTOR_LISTS.has(name)) text += selector.slice(i, next);
      else {
        const inner = stripStates(args);
        const list = inner.text.replace(/^\s*,|,\s*$/g, '').replace(/,\s*(?=,)/g, '');
        // :not(.a:hover) is not :not(.a): a :not() that lost a state is dropped whole.
        if ((name === 'not' && inner.changed) || !list.trim()) changed = true;
        else {
          text += `:${name}(${list})`;
          changed ||= inner.changed;
        }
      }
      i = next;
    } else {
      text += char;
      i++;
    }
  }
  return { text, changed };
}

/**
 * The selector matched against the page: `selector` without the states of the module
 * comment, `*` where nothing else is left (`:focus-visible`, `::placeholder`).
 */
export function staticSelector(selector: string): string {
  const text = stripStates(selector)
    .text.replace(/^html(?![\w-])/i, '*')
    .replace(/([>+~])\s*(?=[>+~])/g, '$1 * ')
    .replace(/([>+~])\s*$/, '$1 *')
    .trim();
  return text === '' ? '*' : text;
}

/** The class names (unescaped) of a stylesheet's class selectors, each with its CSS spelling. */
export function classSelectors(css: string): Map<string, string> {
  const classes = new Map<string, string>();
  for (const [, escaped] of css.matchAll(CLASS_SELECTOR)) {
    classes.set(escaped!.replace(/\\(.)/g, '$1'), escaped!);
  }
  return classes;
}

/** The words of `scripts` (runs of letters, digits, `_` and `-`), kept for the last scripts asked about. */
let scriptWords: { scripts: string; words: Set<string> } | undefined;

/** Of the stylesheet's classes, those whose names appear in the scripts as whole words. */
export function classesInScripts(css: string, scripts: string): string[] {
  if (scriptWords?.scripts !== scripts) scriptWords = { scripts, words: new Set(scripts.match(/[\w-]+/g)) };
  const { words } = scriptWords;
  return [...classSelectors(css)]
    .filter(([name]) =>
      // A name of word characters is a whole word exactly when it is one of the words; others
      // (`md:mt-0`) are looked for in the text.
      /^[\w-]+$/.test(name)
        ? words.has(name)
        : new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`).test(scripts),
    )
    .map(([, escaped]) => escaped);
}

/** The HTML elements scripts make: `createElement('li')`, `<mark>` in a template. */
export function elementsInScripts(scripts: string): string[] {
  const tags = [
    ...scripts.matchAll(/createElement(?:NS)?\(\s*(?:[^,()]+,\s*)?["'`]([a-zA-Z][\w-]*)["'`]/g),
    ...scripts.matchAll(/<([a-zA-Z][\w-]*)(?=[\s>/])/g),
  ].map((match) => match[1]!.toLowerCase());
  return [...new Set(tags)].sort();
}

/** The code of a page's inline scripts (not JSON-LD or other data blocks). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter(
      ([, attributes]) =>
        !/\bsrc\s*=/i.test(attributes!) && !/type\s*=\s*["']?application\/(?:ld\+)?json/i.test(attributes!),
    )
    .map((match) => match[2]!);
}

/** The page's inline stylesheet, or undefined when it has none. */
export function inlineStylesheet(html: string): string | undefined {
  return lastStyleElement(html)?.css;
}

/** Reads a name (class, id, element) at `start`, escapes included; returns it unescaped and its end. */
function readName(text: string, start: number): [string, number] {
  let end = start;
  while (end < text.length && (text[end] === '\\' || /[\w-]/.test(text[end]!)))
    end += text[end] === '\\' ? 2 : 1;
  return [text.slice(start, end).replace(/\\(.)/g, '$1'), end];
}

/** The top-level parts of a selector list (`a, b:is(c, d)` → `a`, `b:is(c, d)`). */
function splitList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const char = list[i];
    if (char === '\\') i++;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(list.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(list.slice(from));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** The classes (`.x`), ids (`#x`) and elements (`x`) present on a page, or counted as such. */
export type PageTokens = ReadonlySet<string>;

/**
 * Whether a page with `tokens` can match the static selector (list) `selector`: every
 * class, id and element it names is there, outside `:not()`; of a list inside `:is()`,
 * `:where()` or `:has()`, at least one alternative.
 */
export function pageCanMatch(selector: string, tokens: PageTokens): boolean {
  return splitList(selector).some((complex) => {
    for (let i = 0; i < complex.length;) {
      const char = complex[i]!;
      if (char === '.' || char === '#') {
        const [name, end] = readName(complex, i + 1);
        if (!tokens.has(char + name)) return false;
        i = end;
      } else if (char === '[') {
        i = closing(complex, i) + 1;
      } else if (char === ':') {
        const pseudo = /^::?([\w-]+)/.exec(complex.slice(i))!;
        let next = i + pseudo[0].length;
        if (complex[next] === '(') {
          const end = closing(complex, next);
          const name = pseudo[1]!.toLowerCase();
          if (name === 'input-type') {
            const types = complex.slice(next + 1, end).split(' ');
            if (!types.some((type) => tokens.has(`input[type=${type}]`))) return false;
          } else if (
            SELECTOR_LISTS.has(name) &&
            name !== 'not' &&
            !pageCanMatch(complex.slice(next + 1, end), tokens)
          )
            return false;
          next = end + 1;
        }
        i = next;
      } else if (/[a-zA-Z]/.test(char) && (i === 0 || /[\s>+~(,]/.test(complex[i - 1]!))) {
        const [name, end] = readName(complex, i);
        if (!tokens.has(name.toLowerCase())) return false;
        i = end;
      } else i++;
    }
    return true;
  });
}

/** The classes, ids and elements of a page's markup (its scripts' text left out). */
export function pageTokens(html: string): Set<string> {
  const markup = html.replace(/<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>/gi, '');
  const tokens = new Set<string>();
  for (const [, tag] of markup.matchAll(/<([a-zA-Z][\w-]*)/g)) tokens.add(tag!.toLowerCase());
  for (const [, value] of markup.matchAll(/\sclass=(?:"([^"]*)"|'([^']*)')/g)) {
    for (const name of decodeHtml(value ?? '').split(/\s+/)) if (name) tokens.add(`.${name}`);
  }
  for (const [, value] of markup.matchAll(/\sid=(?:"([^"]*)"|'([^']*)')/g))
    tokens.add(`#${decodeHtml(value ?? '')}`);
  // Each kind of <input> (`input[type=search]`), for the parts only some kinds have.
  for (const [tag] of markup.matchAll(/<input\b[^>]*>/gi)) {
    const type = /\stype=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    tokens.add(`input[type=${(type?.[1] ?? type?.[2] ?? type?.[3] ?? 'text').toLowerCase()}]`);
  }
  return tokens;
}

/**
 * The stylesheet compiled once for all pages: each rule's selector list in parts (as written,
 * and in the static form matched against a page) with the rest of its text; each block
 * (`@media`, `@supports`, `@layer`…) with its opening and its children; anything else
 * (`@property`, `@keyframes`, `@page`, `@font-face`…) kept whole. Printing a page's
 * stylesheet is then string joining, not a copy of the PostCSS tree per page.
 */
type Compiled = { before: string } & (
  | { kind: 'rule'; parts: { written: string; matched: string }[]; rest: string }
  | { kind: 'block'; open: string; close: string; children: Compiled[] }
  | { kind: 'whole'; text: string }
);

function compile(container: Container): Compiled[] {
  return (container.nodes ?? []).map((node): Compiled => {
    // The text between the node and the one before it, as PostCSS prints it.
    const before = node.raws.before ?? '';
    if (node.type === 'rule') {
      const text = node.toString();
      if (!text.startsWith(node.selector)) throw new Error(`CSS: không đọc được quy tắc ${node.selector}`);
      const parts = splitList(node.selector).map((written) => ({
        written,
        matched: staticSelector(written),
      }));
      return { kind: 'rule', before, parts, rest: text.slice(node.selector.length) };
    }
    if (node.type === 'atrule' && node.nodes && node.name !== 'keyframes' && node.name !== 'page') {
      const text = node.toString();
      const inner = node.nodes.map((child) => child.toString()).join('');
      const at = text.indexOf(inner, text.indexOf('{'));
      if (inner === '' || at < 0) return { kind: 'whole', before, text };
      return {
        kind: 'block',
        before,
        open: text.slice(0, at),
        close: text.slice(at + inner.length),
        children: compile(node),
      };
    }
    return { kind: 'whole', before, text: node.toString() };
  });
}

/**
 * The text of `nodes` for a page: rules it cannot match left out, blocks left empty dropped.
 * As PostCSS prints a tree, the first node of the stylesheet goes without the text before it.
 */
function print(nodes: readonly Compiled[], canMatch: (matched: string) => boolean, top = false): string {
  let css = '';
  const add = (node: Compiled, text: string) => {
    css += (top && css === '' ? '' : node.before) + text;
  };
  for (const node of nodes) {
    if (node.kind === 'whole') add(node, node.text);
    else if (node.kind === 'rule') {
      const kept = node.parts.filter(({ matched }) => canMatch(matched)).map(({ written }) => written);
      if (kept.length > 0) add(node, kept.join(',') + node.rest);
    } else {
      const children = print(node.children, canMatch);
      if (children !== '') add(node, node.open + children + node.close);
    }
  }
  return css;
}

/**
 * Removes Tailwind's `@layer properties`: initial values of its `--tw-*` variables behind an
 * `@supports` that only browsers without `@property` pass (Safari before 16.4, Firefox before
 * 128). Every browser of package.json's browserslist has `@property`, and the stylesheet's
 * own `@property` rules give those values: the block was some 400 B gzip of every page.
 */
export function dropPropertyFallback(root: Root): void {
  root.walkAtRules('layer', (rule) => {
    if (
      rule.params === 'properties' &&
      rule.nodes?.every((node) => node.type === 'atrule' && node.name === 'supports')
    )
      rule.remove();
  });
}

/**
 * A pruner for the pages of one site: `stylesheet` is the site's stylesheet (the same in
 * every page), `scripts` all of the site's JavaScript.
 */
export function stylePruner(stylesheet: string, scripts: string): (html: string) => string {
  const parsed: Root = postcss.parse(stylesheet);
  dropPropertyFallback(parsed);
  const compiled = compile(parsed);
  const scripted = [
    ...classesInScripts(stylesheet, scripts).map((escaped) => `.${escaped.replace(/\\(.)/g, '$1')}`),
    ...elementsInScripts(scripts),
  ];
  return (html) => {
    const style = lastStyleElement(html);
    if (style === undefined) return html;
    const tokens = pageTokens(html);
    for (const token of scripted) tokens.add(token);
    const css = print(compiled, (matched) => pageCanMatch(matched, tokens), true) + (parsed.raws.after ?? '');
    const end = style.at + style.open.length + style.css.length + style.close.length;
    return html.slice(0, style.at) + style.open + css + style.close + html.slice(end);
  };
}
