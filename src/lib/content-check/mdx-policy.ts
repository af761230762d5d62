/**
 * What an MDX body may contain (SPEC §6, "content is data, not code"): Markdown (GFM
 * tables and footnotes included), the registered components with literal string
 * attributes, comments `{/* … *\/}` — and nothing else: no HTML, SVG or MathML element,
 * no `import`/`export`, no JavaScript expression, no link or image outside the one URL
 * rule (src/lib/format/url.ts), no image from another site, no body over a size cap.
 *
 * One policy, two callers, on the same parser with the same options:
 * - the content checker (`npm run check:content`, and the build's first step) parses each
 *   body with Sätteri's MDX parser (`parseBody`) and reports every fault;
 * - `contentPolicy` is a Sätteri mdast plugin registered in astro.config.mjs, so the
 *   build's own MDX pipeline (dev, preview, build, a future web editor) throws on the tree
 *   it is about to compile, whatever ran before it.
 * Messages are Vietnamese, `file:line — trường "nội dung": …`, each with how to fix it.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mdxToMdast, type Features, type MdastNode, type MdastPluginEntry } from 'satteri';
import { urlKind } from '../format/url.ts';
import { VIETNAMESE_GFM } from '../markdown/footnotes.ts';
import { closest } from '../format/closest.ts';
import { formatReport, type ContentProblem } from './problem.ts';

/**
 * The parser features the build compiles MDX with, and the checker parses with: GFM, whose
 * footnotes are the numbered sources, labelled in Vietnamese (src/lib/markdown/footnotes.ts),
 * and typographic quotes. astro.config.mjs passes this object to `satteri({ features })`,
 * which lays it over Astro's `markdown.gfm` and `smartypants` (a test holds them equal).
 */
export const MDX_FEATURES = { gfm: VIETNAMESE_GFM, smartPunctuation: true } as const satisfies Features;

/** The largest body the site takes, in characters: far above any real entry (≈ 5 KB), far below what breaks offline reading. */
export const MAX_BODY_CHARACTERS = 200_000;

/** What an attribute of a component accepts. */
interface AttributeRule {
  required?: boolean;
  /** The values it may take, if it is a choice. */
  values?: readonly string[];
  /** An example value, for messages. */
  example: string;
}

/** The components editors may use without importing them, and their attributes (src/components/mdx/). */
export const MDX_COMPONENTS = {
  PlanQuote: {
    plan: { required: true, example: '2022' },
    paragraph: { required: true, example: 'II.1.4' },
    text: { example: 'câu trích nguyên văn' },
  },
  Callout: {
    kind: { values: ['note', 'tip', 'warning'], example: 'tip' },
    title: { example: 'Gợi ý' },
  },
} as const satisfies Record<string, Record<string, AttributeRule>>;

/** The name of a component editors may use. */
export type MdxComponentName = keyof typeof MDX_COMPONENTS;

/** The component names, in the order messages list them. */
export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as MdxComponentName[];

/** A component used in a body: its name, line and (literal) attributes. */
export interface ComponentUse {
  name: MdxComponentName;
  line: number;
  attributes: Record<string, string>;
}

/** A fault in a body, at a line of its file. */
export interface PolicyFault {
  line: number;
  message: string;
}

/** The node types of Markdown (and GFM) that carry nothing but text and structure. */
const MARKDOWN_NODES = new Set([
  'root',
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'code',
  'text',
  'emphasis',
  'strong',
  'inlineCode',
  'break',
  'delete',
  'table',
  'tableRow',
  'tableCell',
  'footnoteDefinition',
  'footnoteReference',
  'linkReference',
  'imageReference',
]);

const KNOWN = MDX_COMPONENT_NAMES.map((name) => `<${name}>`).join(', ');
const HOW_TO_LINK =
  'chỉ nhận địa chỉ https:// hoặc http:// của trang khác, đường dẫn trong sổ tay bắt đầu bằng một dấu / (ví dụ /van-ban/01-kl-tw/), hoặc neo #…. Hãy sửa địa chỉ.';

/** A short, one-line excerpt of code for a message. */
function excerpt(code: string): string {
  const line = code.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

/** True for an expression that holds only comments: `{/* … *\/}`, which `npm run new` writes. */
function isCommentOnly(code: string): boolean {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';
}

/** A tag that is not one of the registered components. */
function unknownElementMessage(name: string): string {
  if (/^[a-z]/.test(name)) {
    return `thẻ HTML <${name}> không được dùng trong nội dung: nội dung chỉ gồm Markdown và các thành phần ${KNOWN}, không có HTML, SVG hay MathML (không script, style, iframe, form, ảnh hay liên kết viết bằng thẻ). Hãy viết bằng Markdown (ví dụ **đậm**, [liên kết](https://…)), hoặc xoá thẻ này.`;
  }
  const guess = closest(name, MDX_COMPONENT_NAMES);
  const hint = guess ? ` Có phải ý bạn là <${guess}>?` : '';
  return `không có thành phần <${name}>.${hint} Chỉ dùng được ${KNOWN} (cách viết: docs/huong-dan-bien-tap.md); sửa hoặc xoá thẻ này.`;
}

/** What is wrong with the attributes of a registered component, and its literal attributes. */
function componentFaults(
  name: MdxComponentName,
  attributes: readonly { type: string; name?: string; value?: unknown }[],
): { messages: string[]; literal: Record<string, string> } {
  const rules: Record<string, AttributeRule> = MDX_COMPONENTS[name];
  const messages: string[] = [];
  const literal: Record<string, string> = {};
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      messages.push(
        `<${name}> không nhận {${excerpt(String(attribute.value ?? ''))}}: hãy viết từng thuộc tính dạng tên="giá trị", ví dụ ${example(name)}.`,
      );
      continue;
    }
    const rule = rules[attribute.name];
    if (!rule) {
      messages.push(
        `<${name}> không có thuộc tính ${attribute.name}. Các thuộc tính dùng được: ${Object.keys(rules).join(', ')}; hãy sửa hoặc xoá thuộc tính này.`,
      );
    } else if (typeof attribute.value !== 'string') {
      messages.push(
        `thuộc tính ${attribute.name} của <${name}> phải là chữ đặt trong dấu ngoặc kép, ví dụ ${attribute.name}="${rule.example}"; không dùng {…} (nội dung là dữ liệu, không phải mã). Hãy sửa thành dạng đó.`,
      );
    } else if (rule.values && !rule.values.includes(attribute.value)) {
      messages.push(
        `${attribute.name}="${attribute.value}" của <${name}> không có: chỉ dùng ${rule.values.join(', ')}. Hãy sửa giá trị, ví dụ ${attribute.name}="${rule.example}".`,
      );
    } else if (attribute.value.trim() === '') {
      messages.push(
        `thuộc tính ${attribute.name} của <${name}> không được để trống. Hãy điền, hoặc xoá thuộc tính đó.`,
      );
    } else {
      literal[attribute.name] = attribute.value;
    }
  }
  const missing = Object.entries(rules).filter(
    ([key, rule]) => rule.required && !attributes.some((a) => 'name' in a && a.name === key),
  );
  if (missing.length > 0) {
    const names = missing.map(([key]) => key);
    messages.push(
      `<${name}> cần ${['', '', 'hai ', 'ba '][names.length] ?? ''}thuộc tính ${names.join(' và ')}. Hãy thêm thuộc tính còn thiếu, ví dụ ${example(name)}.`,
    );
  }
  return { messages, literal };
}

/** An example of a component with its required attributes. */
function example(name: MdxComponentName): string {
  const rules: Record<string, AttributeRule> = MDX_COMPONENTS[name];
  const required = Object.entries(rules).filter(([, rule]) => rule.required);
  const attributes = (required.length > 0 ? required : Object.entries(rules).slice(0, 1))
    .map(([key, rule]) => ` ${key}="${rule.example}"`)
    .join('');
  return `<${name}${attributes} />`;
}

/** Walks a body's tree: every fault, and every registered component used (for the checker's cross-checks). */
export function inspectTree(root: MdastNode): { faults: PolicyFault[]; components: ComponentUse[] } {
  const faults: PolicyFault[] = [];
  const components: ComponentUse[] = [];
  const walk = (node: MdastNode) => {
    const line = node.position?.start.line ?? 1;
    const fault = (message: string) => faults.push({ line, message });
    const record = node as unknown as Record<string, unknown>;
    switch (node.type) {
      case 'link':
      case 'definition': {
        const url = String(record['url'] ?? '');
        if (urlKind(url) === 'refused') fault(`liên kết "${url}" không dùng được: ${HOW_TO_LINK}`);
        break;
      }
      case 'image': {
        const url = String(record['url'] ?? '');
        const kind = urlKind(url);
        if (kind === 'external')
          fault(
            `ảnh "${url}" là ảnh từ trang khác: trang không tải gì từ trang khác. Hãy lưu ảnh vào public/ và viết đường dẫn bắt đầu bằng / (ví dụ ![mô tả](/anh/ten-anh.jpg)), hoặc thay bằng liên kết [tên ảnh](${url}).`,
          );
        else if (kind !== 'internal' || !url.startsWith('/'))
          fault(
            `ảnh "${url}" không dùng được: ảnh phải là tệp của sổ tay, đường dẫn bắt đầu bằng / (ví dụ ![mô tả](/anh/ten-anh.jpg)). Hãy sửa đường dẫn.`,
          );
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = record['name'] as string | null;
        if (name === null) {
          fault(
            `thẻ rỗng <>…</> không được dùng trong nội dung. Hãy xoá hai thẻ <> và </>, giữ phần chữ ở giữa.`,
          );
        } else if (!(name in MDX_COMPONENTS)) {
          fault(unknownElementMessage(name));
          return;
        } else {
          const component = name as MdxComponentName;
          const attributes = record['attributes'] as { type: string; name?: string; value?: unknown }[];
          const { messages, literal } = componentFaults(component, attributes);
          messages.forEach(fault);
          components.push({ name: component, line, attributes: literal });
        }
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const code = String(record['value'] ?? '');
        if (!isCommentOnly(code))
          fault(
            `biểu thức JavaScript {${excerpt(code)}} không được dùng trong nội dung: nội dung là dữ liệu, không phải mã. Chỉ dùng được chú thích {/* … */}; muốn viết dấu ngoặc nhọn, hãy viết \\{ và \\}.`,
          );
        return;
      }
      case 'mdxjsEsm': {
        const keyword = /^\s*export\b/.test(String(record['value'] ?? '')) ? 'export' : 'import';
        fault(
          `dòng ${keyword} không được dùng trong nội dung: nội dung là dữ liệu, không phải mã, và ${KNOWN} dùng được mà không cần import. Hãy xoá dòng này.`,
        );
        return;
      }
      default:
        if (!MARKDOWN_NODES.has(node.type)) {
          fault(
            `cú pháp "${node.type}" không được dùng trong nội dung: chỉ dùng Markdown và ${KNOWN}. Hãy viết lại bằng Markdown.`,
          );
          return;
        }
    }
    for (const child of (record['children'] as MdastNode[] | undefined) ?? []) walk(child);
  };
  walk(root);
  return { faults, components };
}

/** A body over the size cap, as a fault on its first line. */
function sizeFault(source: string): PolicyFault | undefined {
  if (source.length <= MAX_BODY_CHARACTERS) return undefined;
  return {
    line: 1,
    message: `nội dung quá lớn: ${Math.round(source.length / 1000)} nghìn ký tự, tối đa ${MAX_BODY_CHARACTERS / 1000} nghìn (một trang lớn như vậy không đọc ngoại tuyến được). Hãy chia thành nhiều mục, hoặc rút gọn.`,
  };
}

/** Vietnamese for the parser's syntax errors, by what its English message says. */
const SYNTAX_HINTS: [RegExp, (match: RegExpExecArray) => string][] = [
  [
    /Expected a closing tag for `<([^>]*)>`/,
    ([, tag]) =>
      `thẻ <${tag}> chưa được đóng. Hãy thêm </${tag}> sau phần nội dung của nó, hoặc viết <${tag} … /> nếu thẻ không có nội dung.`,
  ],
  [
    /Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/,
    ([, closing, opening]) =>
      `thẻ đóng </${closing}> không khớp với thẻ mở <${opening}>. Hãy sửa cho hai thẻ cùng tên.`,
  ],
  [
    /expected a corresponding closing brace|Unexpected end of file in expression/,
    () =>
      'dấu { chưa được đóng. Trong nội dung, dấu ngoặc nhọn mở một biểu thức, thứ không được dùng; muốn viết dấu ngoặc nhọn, hãy viết \\{ và \\}.',
  ],
  [
    /create a comment in MDX/,
    () => 'chú thích viết bằng {/* … */}, không dùng <!-- … -->. Hãy sửa lại chú thích.',
  ],
  [
    /Unexpected character .*(?:after `<`|before name)/,
    () =>
      'sau dấu < phải là tên một thành phần. Muốn viết dấu "nhỏ hơn", hãy viết \\< (ví dụ: Số người \\< 5).',
  ],
  [
    /Could not parse expression/,
    () =>
      'biểu thức JavaScript {…} không được dùng trong nội dung. Chỉ dùng được chú thích {/* … */}; muốn viết dấu ngoặc nhọn, hãy viết \\{ và \\}.',
  ],
];

/** A parser error as a fault: its line, and what to do in Vietnamese. */
function syntaxFault(error: Error): PolicyFault {
  const [, line] = /^(\d+):(\d+):/.exec(error.message) ?? [];
  const text = error.message.replace(/^\d+:\d+:\s*/, '');
  for (const [pattern, hint] of SYNTAX_HINTS) {
    const match = pattern.exec(text);
    if (match) return { line: Number(line ?? 1), message: `lỗi cú pháp MDX: ${hint(match)}` };
  }
  return {
    line: Number(line ?? 1),
    message: `lỗi cú pháp MDX ở dòng này (trình đọc báo: ${text}). Hãy xem lại dấu <, {, } và các thẻ trên dòng này.`,
  };
}

/**
 * Parses an MDX file's source (front matter blanked, as Astro hands it to the processor,
 * so lines are the file's) with the build's parser and features, and inspects it.
 */
export function inspectSource(source: string): {
  faults: PolicyFault[];
  components: ComponentUse[];
  tree?: MdastNode;
} {
  const tooLarge = sizeFault(source);
  if (tooLarge) return { faults: [tooLarge], components: [] };
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source, { features: MDX_FEATURES });
  } catch (error) {
    return { faults: [syntaxFault(error as Error)], components: [] };
  }
  return { ...inspectTree(tree), tree };
}

/** The faults as the checker's problems in a file. */
export function faultProblems(file: string, faults: readonly PolicyFault[]): ContentProblem[] {
  return faults.map(({ line, message }) => ({ file, line, field: 'nội dung', message }));
}

/** An error that stops the build, with the checker's report of the file. */
function refuse(fileURL: URL | undefined, faults: readonly PolicyFault[]): Error {
  const file = fileURL ? relative(process.cwd(), fileURLToPath(fileURL)) : '(tệp MDX)';
  const error = new Error(formatReport(faultProblems(file, faults)));
  error.name = 'ContentPolicyError';
  return error;
}

/**
 * The policy as a Sätteri mdast plugin, for astro.config.mjs. Before parsing (the factory
 * sees the source) it refuses a body over the size cap and, in Vietnamese, a body the
 * parser cannot read; then it inspects the very tree the build compiles and throws on any
 * fault. Markdown documents (the site's own docs/*.md) are not content and pass through.
 */
export const contentPolicy: MdastPluginEntry = (context) => {
  if (context.sourceFormat !== 'mdx') return null;
  const early = sizeFault(context.source);
  if (early) throw refuse(context.fileURL, [early]);
  try {
    mdxToMdast(context.source, { features: MDX_FEATURES, position: false });
  } catch (error) {
    throw refuse(context.fileURL, [syntaxFault(error as Error)]);
  }
  return {
    name: 'so-tay:content-policy',
    options: { position: true },
    before(root, ctx) {
      const { faults } = inspectTree(root as unknown as MdastNode);
      if (faults.length > 0) throw refuse(ctx.fileURL, faults);
    },
  };
};
