/**
 * The numbered sources of an entry (issue 16, knowledge contract "Numbered sources"):
 * what the front matter lists (`links`, an example's `source`, a document's `fullText`)
 * and what the body cites (GFM footnotes `[^id]`, inline links) must agree.
 *
 * - No source is a home page or a listing (source-url.ts), wherever a source URL is
 *   written: `links`, `source`, `fullText`. An organization's `contact` is the one
 *   exception — a body's own portal is its channel, home page included — and is not read.
 * - Source ids are unique in a file; a source with an `id` keeps its `excerpt`.
 * - Every footnote `[^x]` in the body has its definition, `x` is a source's `id`, and the
 *   definition links to that source's very URL; a definition is cited at least once.
 * - A source with an `id` is cited: by a footnote in the body, or by `[^id]` in a field
 *   that cites sources (a lesson's script, model answers, cues). An id exists only to be
 *   cited, so one never cited is a source listed but never used — an error. A link
 *   *without* an id is fine: it is listed, not numbered (a further reading, or the
 *   skeleton `npm run new` writes before the editor numbers it); the per-kind content
 *   tests require ids where a kind must cite.
 * - Every external URL in the body is one the entry lists: a page the body links to is a
 *   source, and the reader and the reviewer find it, with its excerpt, among the sources.
 *
 * The body rules apply to an entry that lists sources (a `links` item or a `source`). An
 * entry that lists none has nothing to compare its body with; the body policy
 * (mdx-policy.ts) still holds for it, and the per-kind content tests require sources of
 * every kind that answers a reader's question. This keeps valid what the hostile-input
 * table keeps valid ("what editors write, and must keep writing": a footnote in an entry
 * with no `links`).
 *
 * The body is the tree the checker already parsed with the build's parser (mdx-policy.ts):
 * no second parser.
 */
import type { MdastNode } from 'satteri';
import { closest } from '../format/closest.ts';
import { urlKind } from '../format/url.ts';
import { sourceUrlFault, type SourceUrlFault } from './source-url.ts';

/** A source as the schemas parse it (`publicLink`). */
interface Source {
  id?: string;
  url: string;
  title: string;
  excerpt?: string;
}

/** A problem found: at a field of the front matter, or at a line of the body. */
export type SourceFault = { path: PropertyKey[]; message: string } | { line: number; message: string };

/** A footnote label in the body: where it is referenced and defined, and what its definitions link to. */
interface Label {
  references: number[];
  /** References written as text because no definition exists (`[^x]` stays literal then). */
  undefinedAt: number[];
  definitions: { line: number; urls: string[] }[];
}

/** A URL as the browser resolves it, so `“` and `%E2%80%9C`, or a trailing space, compare equal. */
function normalUrl(url: string): string {
  try {
    return new URL(url.trim()).href;
  } catch {
    return url.trim();
  }
}

const FAULT_WORDS: Record<SourceUrlFault, string> = {
  homepage: 'trang chủ của một trang web',
  listing: 'trang danh sách (chuyên mục, thẻ, chủ đề, tìm kiếm hay lưu trữ theo ngày)',
};

/** The message for a source URL that names a site or a list rather than a page. */
function urlFaultMessage(url: string, fault: SourceUrlFault): string {
  return `"${url}" là ${FAULT_WORDS[fault]}, không phải trang nguồn: trang đó không nói điều mục này viết, và đổi nội dung mỗi ngày. Hãy thay bằng địa chỉ của chính bài viết hoặc văn bản chứng minh điều mục này viết (mở bài đó rồi chép địa chỉ trên thanh địa chỉ).`;
}

/** Every `[^id]` written in a string of the data (lessons cite sources in their trainer's fields). */
export function citedInData(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string')
    for (const match of value.matchAll(/\[\^([^\]\s]+)\]/g)) found.add(match[1]!);
  else if (Array.isArray(value)) for (const item of value) citedInData(item, found);
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) citedInData(item, found);
  return found;
}

/** The footnote labels of a body, and every external link outside a footnote definition. */
function readBody(tree: MdastNode): {
  labels: Map<string, Label>;
  links: { url: string; line: number }[];
} {
  const labels = new Map<string, Label>();
  const links: { url: string; line: number }[] = [];
  const label = (name: string) => {
    let entry = labels.get(name);
    if (!entry) labels.set(name, (entry = { references: [], undefinedAt: [], definitions: [] }));
    return entry;
  };
  const walk = (node: MdastNode, definition?: { line: number; urls: string[] }) => {
    const record = node as unknown as Record<string, unknown>;
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'footnoteReference':
        label(String(record['label'])).references.push(line);
        break;
      case 'footnoteDefinition': {
        const own = { line, urls: [] as string[] };
        label(String(record['label'])).definitions.push(own);
        for (const child of (record['children'] as MdastNode[] | undefined) ?? []) walk(child, own);
        return;
      }
      case 'text':
        for (const match of String(record['value']).matchAll(/\[\^([^\]\s]+)\]/g))
          label(match[1]!).undefinedAt.push(line);
        break;
      case 'link':
      case 'definition': {
        const url = String(record['url'] ?? '');
        if (urlKind(url) === 'external') {
          if (definition) definition.urls.push(url);
          else links.push({ url, line });
        }
        break;
      }
    }
    for (const child of (record['children'] as MdastNode[] | undefined) ?? []) walk(child, definition);
  };
  walk(tree);
  return { labels, links };
}

/**
 * What is wrong with an entry's sources: its parsed data (after its schema) and, for an
 * MDX entry, the body's tree. Front-matter faults carry the field's path, body faults
 * the line.
 */
export function sourceFaults(data: Record<string, unknown>, tree: MdastNode | undefined): SourceFault[] {
  const faults: SourceFault[] = [];
  const listed: { source: Source; path: PropertyKey[] }[] = [
    ...((data['links'] as Source[] | undefined) ?? []).map((source, index) => ({
      source,
      path: ['links', index] as PropertyKey[],
    })),
    ...(data['source'] ? [{ source: data['source'] as Source, path: ['source'] as PropertyKey[] }] : []),
  ];

  for (const { source, path } of listed) {
    const fault = sourceUrlFault(source.url);
    if (fault) faults.push({ path: [...path, 'url'], message: urlFaultMessage(source.url, fault) });
  }
  const fullText = data['fullText'];
  if (typeof fullText === 'string') {
    const fault = sourceUrlFault(fullText);
    if (fault) faults.push({ path: ['fullText'], message: urlFaultMessage(fullText, fault) });
  }

  const byId = new Map<string, { source: Source; path: PropertyKey[] }>();
  for (const item of listed) {
    const id = item.source.id;
    if (id === undefined) continue;
    if (byId.has(id)) {
      faults.push({
        path: [...item.path, 'id'],
        message: `mã nguồn "${id}" đã dùng cho một nguồn khác trong tệp này: mỗi nguồn một mã, vì chú thích [^${id}] chỉ trỏ được tới một nguồn. Hãy đổi mã của nguồn này, rồi sửa các chú thích dẫn nó.`,
      });
      continue;
    }
    byId.set(id, item);
    if (item.source.excerpt === undefined)
      faults.push({
        path: [...item.path, 'excerpt'],
        message: `nguồn "${id}" chưa có đoạn trích: nguồn được đánh số thì giữ nguyên văn câu của trang nguồn chứng minh điều mục này viết, để người rà soát đối chiếu. Hãy thêm excerpt: "…" (một, hai câu chép đúng từ trang ${item.source.url}).`,
      });
  }

  if (!tree || listed.length === 0) return faults;
  const ids = [...byId.keys()];
  const { labels, links } = readBody(tree);
  for (const [name, label] of labels) {
    const first = Math.min(
      ...label.references,
      ...label.undefinedAt,
      ...label.definitions.map((d) => d.line),
    );
    const item = byId.get(name);
    if (!item) {
      const guess = closest(name, ids);
      faults.push({
        line: first,
        message: `chú thích [^${name}] không trỏ tới nguồn nào: không có nguồn nào trong links mang id "${name}".${guess ? ` Có phải ý bạn là [^${guess}]?` : ''} Hãy sửa nhãn cho trùng id của một nguồn, hoặc thêm nguồn đó vào links (kèm id: ${name}, tiêu đề, đoạn trích).`,
      });
      continue;
    }
    const [definition, ...again] = label.definitions;
    if (!definition) {
      faults.push({
        line: first,
        message: `chú thích [^${name}] chưa có định nghĩa nên hiện ra nguyên chữ, không thành số nguồn. Hãy thêm ở cuối bài dòng: [^${name}]: [${item.source.title}](${item.source.url})`,
      });
      continue;
    }
    const expected = normalUrl(item.source.url);
    if (!definition.urls.some((url) => normalUrl(url) === expected)) {
      faults.push({
        line: definition.line,
        message: `định nghĩa chú thích [^${name}] phải dẫn đúng địa chỉ của nguồn "${name}" trong links (${item.source.url}), nhưng ${definition.urls.length > 0 ? `dẫn ${definition.urls.join(', ')}` : 'không có liên kết nào'}. Hãy viết: [^${name}]: [${item.source.title}](${item.source.url})`,
      });
    } else {
      // Beside its own source, a definition may name another page: that one must be listed too.
      for (const url of definition.urls.filter((url) => normalUrl(url) !== expected))
        links.push({ url, line: definition.line });
    }
    for (const duplicate of again)
      faults.push({
        line: duplicate.line,
        message: `chú thích [^${name}] được định nghĩa lần nữa (lần đầu ở dòng ${definition.line}); chỉ định nghĩa đầu tiên được dùng. Hãy xoá định nghĩa thừa này.`,
      });
    if (label.references.length === 0 && label.undefinedAt.length === 0)
      faults.push({
        line: definition.line,
        message: `chú thích [^${name}] có định nghĩa nhưng không được dẫn ở câu nào, nên không hiện trên trang. Hãy thêm [^${name}] sau câu mà nguồn này chứng minh, hoặc xoá định nghĩa.`,
      });
  }

  const cited = citedInData(data);
  for (const [id, item] of byId) {
    if (labels.has(id) || cited.has(id)) continue;
    faults.push({
      path: [...item.path, 'id'],
      message: `nguồn "${id}" có trong danh sách nhưng không được dẫn ở đâu: nguồn được đánh số thì phải chứng minh một câu của bài. Hãy thêm [^${id}] sau câu mà nguồn này chứng minh (kèm định nghĩa [^${id}]: [${item.source.title}](${item.source.url}) ở cuối bài), hoặc xoá nguồn khỏi links.`,
    });
  }

  const known = new Set(listed.map(({ source }) => normalUrl(source.url)));
  for (const { url, line } of links) {
    if (known.has(normalUrl(url))) continue;
    faults.push({
      line,
      message: `liên kết "${url}" dẫn tới một trang mà mục này không liệt kê trong nguồn: mọi trang bên ngoài bài dẫn tới là một nguồn, người đọc và người rà soát tìm thấy nó, kèm đoạn trích, trong danh sách nguồn. Hãy thêm trang đó vào links (id, tiêu đề, nơi đăng, đoạn trích) và dẫn bằng [^id], hoặc xoá liên kết.`,
    });
  }
  return faults;
}
