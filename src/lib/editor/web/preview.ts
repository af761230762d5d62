/**
 * The web editor's "Xem trước" (preview) of an MDX body: not a full Astro render (that
 * needs a build), but the same parser, features and content policy as the build
 * (src/lib/content-check/mdx-policy.ts), so a body the build would refuse is refused
 * here with the checker's messages; Markdown turned into HTML by Sätteri, and the two
 * registered components written as the markup of src/components/mdx/*.astro. The HTML is
 * serialized here from the tree, element by element from a fixed list, every text and
 * attribute escaped: nothing from content can run. The site's hast plugins (glossary
 * abbreviations, heading ids, the footnotes heading) are not applied.
 */
import { mdxToHast, type HastNode } from 'satteri';
import { faultProblems, inspectSource, MDX_FEATURES } from '../../content-check/mdx-policy.ts';
import type { ContentProblem } from '../../content-check/problem.ts';
import { urlKind } from '../../format/url.ts';
import { paragraphHref, paragraphLabel } from '../../format/paragraph-id.ts';

/** The text of a plan's paragraph, or `undefined` when the plan has no such paragraph. */
export type ParagraphText = (plan: string, paragraph: string) => string | undefined;

/** A preview: the body's HTML, or the problems that keep the build from taking it. */
export type Preview = { ok: true; html: string } | { ok: false; problems: ContentProblem[] };

/** The elements Markdown (GFM) produces: anything else is dropped, its text kept. */
const ELEMENTS = new Set(
  'a blockquote br code del em h1 h2 h3 h4 h5 h6 hr img input li ol p pre section strong sup table tbody td th thead tr ul'.split(
    ' ',
  ),
);
const VOID = new Set(['br', 'hr', 'img', 'input']);

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** hast's property names as HTML attributes: className → class, ariaDescribedBy → aria-describedby. */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  return property
    .replace(/^(aria|data)([A-Z])/, (_, prefix: string, c: string) => `${prefix}-${c}`)
    .toLowerCase();
}

function attributes(properties: Record<string, unknown>): string {
  return Object.entries(properties)
    .filter(([, value]) => value !== false && value !== null && value !== undefined)
    .filter(([name]) => !/^on/i.test(name) && name !== 'style')
    .filter(([name, value]) => !['href', 'src'].includes(name) || urlKind(String(value)) !== 'refused')
    .map(([name, value]) =>
      value === true
        ? ` ${attributeName(name)}`
        : ` ${attributeName(name)}="${escapeHtml(Array.isArray(value) ? value.join(' ') : String(value))}"`,
    )
    .join('');
}

interface Node {
  type: string;
  value?: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/** The literal attributes of a component use (the policy has refused any other kind). */
function componentAttributes(node: Node): Record<string, string> {
  return Object.fromEntries(
    (node.attributes ?? [])
      .filter((a) => a.type === 'mdxJsxAttribute' && typeof a.value === 'string')
      .map((a) => [a.name!, a.value as string]),
  );
}

const CALLOUT_LABELS: Record<string, string> = { note: 'Ghi chú', tip: 'Gợi ý', warning: 'Lưu ý' };

/** Serializes a tree; throws with the build's message for a quote of a paragraph that does not exist. */
function html(node: Node, paragraphText: ParagraphText): string {
  const children = () => (node.children ?? []).map((child) => html(child, paragraphText)).join('');
  switch (node.type) {
    case 'root':
      return children();
    case 'text':
      return escapeHtml(node.value ?? '');
    case 'element': {
      const tag = node.tagName ?? '';
      if (!ELEMENTS.has(tag)) return children();
      const open = `<${tag}${attributes(node.properties ?? {})}>`;
      return VOID.has(tag) ? open : `${open}${children()}</${tag}>`;
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const props = componentAttributes(node);
      if (node.name === 'Callout') {
        const kind = props['kind'] ?? 'note';
        const title = props['title'] ?? CALLOUT_LABELS[kind] ?? '';
        return `<aside class="not-prose callout callout-${escapeHtml(kind)}" aria-label="${escapeHtml(title)}"><p class="callout-title">${escapeHtml(title)}</p><div class="prose">${children()}</div></aside>`;
      }
      if (node.name === 'PlanQuote') {
        const plan = props['plan'] ?? '';
        const paragraph = props['paragraph'] ?? '';
        const text = paragraphText(plan, paragraph);
        if (text === undefined)
          throw new Error(`<PlanQuote>: không có đoạn ${paragraph} trong kế hoạch ${plan}`);
        const href = escapeHtml(paragraphHref(plan, paragraph));
        return `<figure class="not-prose plan-quote"><blockquote cite="${href}"><p>“${escapeHtml(props['text'] ?? text)}”</p></blockquote><figcaption>Kế hoạch ${escapeHtml(plan)}, <a href="${href}">${escapeHtml(paragraphLabel(paragraph))}</a></figcaption></figure>`;
      }
      return children();
    }
    default:
      // raw HTML, expressions, ESM: the policy refused them before; never written out.
      return '';
  }
}

/** The preview of a body, or the problems the checker and the build would report. */
export function previewBody(body: string, paragraphText: ParagraphText): Preview {
  const { faults } = inspectSource(body);
  if (faults.length > 0) return { ok: false, problems: faultProblems('nội dung', faults) };
  const tree = mdxToHast(body, { features: MDX_FEATURES }) as HastNode as unknown as Node;
  try {
    return { ok: true, html: html(tree, paragraphText) };
  } catch (error) {
    return {
      ok: false,
      problems: [{ file: 'nội dung', field: 'nội dung', message: (error as Error).message }],
    };
  }
}
