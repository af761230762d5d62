/**
 * Reading the HTML the site builds: attributes, entities and text. The markup is Astro's
 * own output (attributes quoted, well nested), so a small scanner is enough; it serves
 * the table of contents (headings of a rendered page) and the link checker.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the character references Astro writes: named basics and numeric ones. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The attributes of a start tag's inside (`a href="/x" hidden`), names lower-cased, values decoded. */
export function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = match[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/** A start tag met while scanning a page. */
export interface StartTag {
  name: string;
  attributes: Map<string, string>;
}

/**
 * The start tags of a page in document order, skipping comments and the insides of
 * `<script>` and `<style>` (whose text may look like markup).
 */
export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  const pattern =
    /<!--[\s\S]*?-->|<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  for (const match of html.matchAll(pattern)) {
    if (match[1]) tags.push({ name: match[1].toLowerCase(), attributes: parseAttributes(match[2] ?? '') });
    else if (match[3])
      tags.push({ name: match[3].toLowerCase(), attributes: parseAttributes(match[4] ?? '') });
  }
  return tags;
}

/** The text of a piece of markup: tags removed, entities decoded, white space collapsed. */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}
