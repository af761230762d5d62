/**
 * What the checker reads in an MDX body: the components it uses, its `##` headings and
 * its quotes of the plan. Code blocks are skipped so that examples in them do not count.
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

/** The body's lines, with fenced code blocks blanked out (line numbers are kept). */
function proseLines(body: string): string[] {
  let fence: string | undefined;
  return body.split(/\r?\n/).map((line) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      return '';
    }
    return fence === undefined ? line.replace(/`[^`]*`/g, '') : '';
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
