/**
 * Each page carries only the CSS it uses. Tailwind writes one stylesheet for the whole
 * site (every utility of every page, the typography plugin's rules for every element),
 * which the build inlines in every page. Beasties (the critical-CSS tool Nuxt and Angular
 * use) keeps, per page, the rules whose selectors match an element of that page.
 *
 * A rule is kept when the page could ever need it, not only as the HTML stands:
 * - selectors are matched without the states the reader or the scripts change: `:hover`,
 *   `:focus-visible`, `:target`, `:checked`, pseudo-elements, and attribute selectors
 *   other than `class` (`[data-theme=dark]`, `[aria-disabled=true]`, `[open]`, `[hidden]`).
 *   Beasties's own matching drops every pseudo-class, `:where()` and `:is()` included,
 *   which would keep every `.prose :where(kbd)` rule and lose `:where(.space-y-2>…)`;
 *   this one keeps the structure (`:where`, `:is`, `:not`, `:has`, `:first-child`…);
 * - classes and elements that scripts create (search results, quiz marks, highlighted
 *   words): the rules of any class whose name appears in the site's JavaScript; and the
 *   elements its code makes (`createElement('mark')`, `<li>` in a template) are matched
 *   as if the page held them, on their own.
 * Only the text of the <style> element changes; the rest of the page stays byte for byte.
 */
import Beasties from 'beasties';

const STYLE_ELEMENT = /(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/i;
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
      // Beasties looks inside <html>, where no element is the root: it stands for any.
      if (name === 'root' && !pseudo[0].startsWith('::')) text += '*';
      else if (pseudo[0].startsWith('::') || !STRUCTURAL.has(name)) changed = true;
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

/** Of the stylesheet's classes, those whose names appear in the scripts as whole words. */
export function classesInScripts(css: string, scripts: string): string[] {
  return [...classSelectors(css)]
    .filter(([name]) => new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`).test(scripts))
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

/** The rules kept whatever the page holds: those of the classes scripts may add. */
export function scriptedRules(css: string, scripts: string): RegExp[] {
  const classes = classesInScripts(css, scripts);
  if (classes.length === 0) return [];
  return [new RegExp(`\\.(?:${classes.map(escapeRegExp).join('|')})(?![\\w-]|\\\\.)`)];
}

const VOID_ELEMENTS = new Set([
  'area',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * The elements scripts make, as markup Beasties can match: `mark { … }` is kept when a
 * script makes a <mark>, `.prose p` only when the page has a .prose to hold one.
 */
export function scriptedElements(scripts: string): string {
  const elements = elementsInScripts(scripts).map((tag) =>
    VOID_ELEMENTS.has(tag) ? `<${tag}>` : `<${tag}></${tag}>`,
  );
  return `<div hidden>${elements.join('')}</div>`;
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
  return STYLE_ELEMENT.exec(html)?.[2];
}

/**
 * Beasties, matching selectors as `staticSelector` says. `normalizeCssSelector` is the
 * method Beasties calls on each selector before matching it (beasties 0.5; left out of
 * its type declarations). Should a new version stop calling it, the unit tests of
 * stylePruner fail: the `.prose :where(kbd)` rule would stay on a page without <kbd>.
 */
class StaticBeasties extends Beasties {
  normalizeCssSelector(selector: string): string {
    return staticSelector(selector);
  }
}

/**
 * A pruner for the pages of one site: `stylesheet` is the site's stylesheet (the same in
 * every page), `scripts` all of the site's JavaScript.
 */
export function stylePruner(stylesheet: string, scripts: string): (html: string) => Promise<string> {
  const beasties = new StaticBeasties({
    reduceInlineStyles: true,
    external: false,
    inlineFonts: false,
    preloadFonts: false,
    keyframes: 'critical',
    compress: true,
    allowRules: scriptedRules(stylesheet, scripts),
    logLevel: 'warn',
  });
  const elements = scriptedElements(scripts);
  return async (html) => {
    if (inlineStylesheet(html) === undefined) return html;
    // Only the stylesheet is taken from Beasties's copy; the added elements go with it.
    const withScripted = html.replace(/<\/body\s*>/i, (body) => elements + body);
    const pruned = inlineStylesheet(await beasties.process(withScripted)) ?? '';
    return html.replace(
      STYLE_ELEMENT,
      (_, open: string, _css: string, close: string) => open + pruned + close,
    );
  };
}
