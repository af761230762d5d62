/**
 * What the checker reads in an MDX body besides the policy (mdx-policy.ts): its headings,
 * from the tree the build's own parser makes, so that code blocks and comments never count.
 */
import type { MdastNode } from 'satteri';

/** The plain text of a node: its text, inline code and children, without markup. */
function textOf(node: MdastNode): string {
  const record = node as unknown as { value?: unknown; children?: MdastNode[] };
  if (node.type === 'text' || node.type === 'inlineCode') return String(record.value ?? '');
  return (record.children ?? []).map(textOf).join('');
}

/** The text of every heading of the given depth (`##` is 2), in order. */
export function findHeadings(tree: MdastNode, depth: number): string[] {
  const headings: string[] = [];
  const walk = (node: MdastNode) => {
    if (node.type === 'heading' && (node as unknown as { depth: number }).depth === depth) {
      headings.push(textOf(node).trim());
      return;
    }
    for (const child of (node as unknown as { children?: MdastNode[] }).children ?? []) walk(child);
  };
  walk(tree);
  return headings;
}
