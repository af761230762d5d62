/**
 * What the checker reads in an MDX body besides the policy (mdx-policy.ts): its headings and sections,
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

/**
 * The nodes of the section under a heading of the given depth (`## Kết quả`): everything
 * after it up to the next heading of that depth or higher; empty when there is no such heading.
 */
export function sectionNodes(tree: MdastNode, title: string, depth = 2): MdastNode[] {
  const children = (tree as unknown as { children?: MdastNode[] }).children ?? [];
  const isHeading = (node: MdastNode, upTo: number) =>
    node.type === 'heading' && (node as unknown as { depth: number }).depth <= upTo;
  const start = children.findIndex((node) => isHeading(node, depth) && textOf(node).trim() === title);
  if (start === -1) return [];
  const end = children.findIndex((node, index) => index > start && isHeading(node, depth));
  return children.slice(start + 1, end === -1 ? undefined : end);
}
