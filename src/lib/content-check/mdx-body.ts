/**
 * What the checker reads in an MDX body: the components it uses, its `##` headings and
 * its quotes of the plan. Code blocks and comments are skipped so that examples in them
 * (and the notes `npm run new` leaves in a skeleton) do not count.
 */

/** The MDX components editors may use without importing them (see src/components/mdx/). */
export const MDX_COMPONENT_NAMES = ['PlanQuote', 'Callout'] as const;

/** One of the components editors may use. */
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

/** A component used in a body, with its 1-based line in the body. */
export interface ComponentUse {
  name: string;
  line: number;
  attributes: Record<string, string>;
}

/** Removes the parts of a line inside MDX comments; `open` says whether one runs on from before. */
function withoutComments(line: string, open: boolean): { text: string; open: boolean } {
  let text = '';
  let rest = line;
  if (open) {
    const end = rest.indexOf('*/}');
    if (end === -1) return { text, open: true };
    rest = rest.slice(end + 3);
  }
  for (;;) {
    const start = rest.indexOf('{/*');
    if (start === -1) return { text: text + rest, open: false };
    text += rest.slice(0, start);
    const end = rest.indexOf('*/}', start + 3);
    if (end === -1) return { text, open: true };
    rest = rest.slice(end + 3);
  }
}

/**
 * The body's lines with what the page will not show blanked out — fenced code blocks,
 * inline code and MDX comments — keeping line numbers.
 */
function proseLines(body: string): string[] {
  let fence: string | undefined;
  let inComment = false;
  return body.split(/\r?\n/).map((line) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (!inComment && marker && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      return '';
    }
    if (fence !== undefined) return '';
    const prose = withoutComments(line, inComment);
    inComment = prose.open;
    return prose.text.replace(/`[^`]*`/g, '');
  });
}

/** Every capitalised JSX tag opened in the body, with its string attributes. */
export function findComponents(body: string): ComponentUse[] {
  const uses: ComponentUse[] = [];
  proseLines(body).forEach((line, index) => {
    for (const match of line.matchAll(/<([A-Z][A-Za-z0-9]*)((?:\s+[a-zA-Z-]+(?:="[^"]*")?)*)\s*\/?>/g)) {
      const attributes: Record<string, string> = {};
      for (const attribute of (match[2] ?? '').matchAll(/([a-zA-Z-]+)="([^"]*)"/g)) {
        attributes[attribute[1]!] = attribute[2]!;
      }
      uses.push({ name: match[1]!, line: index + 1, attributes });
    }
  });
  return uses;
}

/** The text of every heading of the given depth (`##` is 2), in order. */
export function findHeadings(body: string, depth: number): string[] {
  const marker = '#'.repeat(depth);
  return proseLines(body).flatMap((line) => {
    const match = new RegExp(`^${marker}\\s+(.+?)\\s*#*\\s*$`).exec(line);
    return match ? [match[1]!] : [];
  });
}
