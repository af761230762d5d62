/**
 * Reads the raw content files of every collection: MDX front matter and body, or YAML
 * data. Syntax errors are returned as problems, not thrown, so that an editor sees all of
 * them at once.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { isNode, parseDocument } from 'yaml';
import { extensionOf, COLLECTIONS, type CollectionName } from '../../schemas/registry.ts';
import type { ContentProblem } from './problem.ts';

/** One content file, read but not yet validated. */
export interface RawEntry {
  collection: CollectionName;
  /** The entry's id (its slug): the file name without extension. */
  id: string;
  /** The file's path as editors see it, relative to the working directory. */
  file: string;
  /** The parsed front matter (MDX) or document (YAML). */
  data: unknown;
  /** The MDX body, empty for YAML entries. */
  body: string;
  /**
   * An MDX file's text with its front matter blanked, lines kept: what Astro hands the
   * MDX processor, so that the checker parses what the build parses, at the same lines.
   */
  mdxSource?: string;
  /** The YAML source of the data, to find the line of a field. */
  dataSource: string;
  /** The line in the file where `dataSource` starts (1 for YAML, 2 for front matter). */
  dataLine: number;
}

/** Front matter between two `---` lines; it may be empty (`---` right after `---`). */
const FRONT_MATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---(?:\r?\n|$)/;
/** Files at the top of a content folder that look like content, though no collection reads them. */
const CONTENT_LIKE = /\.(mdx?|ya?ml|json)$/i;
/** The collections the site cannot do without: every entry rests on a plan, the home page lists the themes. */
const REQUIRED: Partial<Record<CollectionName, string>> = {
  plans:
    'chưa có kế hoạch nào. Mọi mục đều dựa vào một kế hoạch: hãy nhập kế hoạch bằng npm run import-plan -- <tệp>',
  themes:
    'chưa có chủ đề nào. Trang chủ và mọi kế hoạch cần chủ đề: hãy tạo bằng npm run new -- --kind themes',
};
const TO_UTF8 =
  'Hãy mở tệp và lưu lại dạng UTF-8: trong Notepad chọn Tệp > Lưu thành…, Mã hoá: UTF-8; trong VS Code bấm tên bảng mã ở góc phải dưới > Save with Encoding > UTF-8.';

/** Vietnamese hints for the YAML mistakes editors make most (codes of the `yaml` package). */
const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'một trường được khai báo hai lần. Hãy giữ lại một.',
  BAD_INDENT:
    'thụt lề không đều. Hãy cho các trường cùng cấp thẳng cột, thụt bằng dấu cách (không dùng Tab).',
  TAB_AS_INDENT: 'thụt lề bằng phím Tab. Hãy thụt bằng dấu cách.',
  MISSING_CHAR: 'thiếu dấu đóng. Hãy thêm dấu ngoặc kép " hoặc ngoặc vuông ] còn thiếu.',
  BLOCK_AS_IMPLICIT_KEY:
    'dòng này thụt lề sai, hoặc một giá trị có chứa ": " mà chưa đặt trong dấu ngoặc kép. Hãy cho các trường cùng cấp thẳng cột, và đặt giá trị có ": " trong dấu ngoặc kép.',
};

/**
 * The line where a quoted value that never closes was opened: the parser reports the
 * place it gave up, often the end of the file (audit P13).
 */
function openingQuoteLine(source: string, errorLine: number): number {
  const lines = source.split(/\r?\n/).slice(0, errorLine);
  for (let index = lines.length - 1; index >= 0; index--) {
    const value = /^\s*(?:-\s+)?[^:#]*:\s+(["'])(.*)$/.exec(lines[index]!);
    if (value && !value[2]!.includes(value[1]!)) return index + 1;
  }
  return errorLine;
}

function parseYaml(source: string, file: string, lineOffset: number, problems: ContentProblem[]): unknown {
  const document = parseDocument(source, { uniqueKeys: true });
  const reported = new Set<number>();
  for (const error of document.errors) {
    const at = error.linePos?.[0]?.line ?? 1;
    const quoted = error.code === 'MISSING_CHAR' && /quote/i.test(error.message);
    const line = (quoted ? openingQuoteLine(source, at) : at) + lineOffset - 1;
    if (reported.has(line)) continue;
    reported.add(line);
    const hint =
      YAML_HINTS[error.code] ??
      'Hãy kiểm tra: giá trị có dấu hai chấm ":" hoặc dấu "#" phải đặt trong dấu ngoặc kép, và các trường cùng cấp phải thẳng cột.';
    problems.push({ file, line, field: '', message: `lỗi cú pháp YAML ở dòng này: ${hint}` });
  }
  if (document.errors.length > 0) return undefined;
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch {
    // The yaml package stops expanding aliases past the limit ("Excessive alias count").
    problems.push({
      file,
      line: lineOffset,
      field: '',
      message:
        'tệp dùng quá nhiều bí danh YAML (&tên và *tên lồng nhau): đọc hết sẽ làm treo máy dựng. Hãy viết các giá trị ra, không dùng & và *.',
    });
    return undefined;
  }
}

/** A file's text, or a problem when it is not UTF-8; a UTF-8 BOM (Notepad writes one) is dropped. */
function readText(path: string, file: string, problems: ContentProblem[]): string | undefined {
  const bytes = readFileSync(path);
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    bytes.subarray(0, 200).includes(0);
  if (utf16) {
    problems.push({
      file,
      line: 1,
      field: '',
      message: `tệp được lưu dạng UTF-16 (Notepad gọi là "Unicode"), không phải UTF-8. ${TO_UTF8}`,
    });
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    problems.push({
      file,
      line,
      field: '',
      message: `tệp không phải UTF-8 (có lẽ lưu bằng bảng mã Windows-1258 hoặc TCVN3), nên chữ có dấu sẽ hiện sai từ dòng này. ${TO_UTF8}`,
    });
    return undefined;
  }
}

/** Why a file in a collection folder will not be built, and what to rename it to. */
function unloadedMessage(collection: CollectionName, name: string): string {
  const expected = extensionOf(collection);
  const extension = extname(name);
  const stem = name.slice(0, name.length - extension.length);
  if (extension.toLowerCase() === expected)
    return `tệp ${name} sẽ không được dựng: đuôi tệp phải viết chữ thường. Hãy đổi tên thành ${stem}${expected}.`;
  if (
    /^\.(mdx?|ya?ml)$/i.test(extension) &&
    extension.toLowerCase().startsWith('.y') === (expected === '.yaml')
  )
    return `tệp ${name} sẽ không được dựng. Hãy đổi đuôi thành ${expected} (đổi tên thành ${stem}${expected}).`;
  return `tệp ${name} sẽ không được dựng: thư mục content/${collection}/ chỉ đọc tệp ${expected}. Hãy chuyển tệp ra khỏi content/, hoặc chép nội dung vào một tệp ${expected}.`;
}

/** Every file under a folder, recursively, hidden ones (.DS_Store, .gitkeep) left out. */
function filesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) =>
      statSync(join(dir, name)).isDirectory() ? filesIn(join(dir, name)) : [join(dir, name)],
    );
}

/**
 * Everything under a content root that no collection will load: folders that are not a
 * collection, files in sub-folders, files of another extension (SPEC §6: nothing is
 * dropped silently). Returns the collection files that will be loaded.
 */
function scanRoot(root: string, problems: ContentProblem[]): Map<CollectionName, string[]> {
  const loaded = new Map<CollectionName, string[]>();
  const report = (path: string, message: string) =>
    problems.push({ file: relative(process.cwd(), path), field: '', message });
  for (const name of readdirSync(root)
    .filter((n) => !n.startsWith('.'))
    .sort()) {
    const path = join(root, name);
    const collection = COLLECTIONS.find((c) => c === name);
    if (!statSync(path).isDirectory()) {
      if (CONTENT_LIKE.test(name))
        report(
          path,
          `tệp ${name} nằm ngoài các thư mục bộ sưu tập nên sẽ không được dựng. Hãy chuyển vào đúng thư mục (${COLLECTIONS.join(', ')}).`,
        );
      continue;
    }
    if (!collection) {
      for (const file of filesIn(path))
        report(
          file,
          `thư mục ${name}/ không phải thư mục của bộ sưu tập nào, nên tệp này sẽ không được dựng. Hãy chuyển tệp vào đúng thư mục: ${COLLECTIONS.join(', ')}.`,
        );
      continue;
    }
    const files: string[] = [];
    for (const entry of readdirSync(path)
      .filter((n) => !n.startsWith('.'))
      .sort()) {
      const file = join(path, entry);
      if (statSync(file).isDirectory()) {
        for (const inner of filesIn(file))
          report(
            inner,
            `tệp nằm trong thư mục con ${entry}/ nên sẽ không được dựng: mỗi bộ sưu tập chỉ đọc các tệp nằm ngay trong content/${collection}/. Hãy chuyển tệp lên thư mục đó.`,
          );
      } else if (entry.endsWith(extensionOf(collection))) {
        files.push(entry);
      } else {
        report(file, unloadedMessage(collection, entry));
      }
    }
    loaded.set(collection, files);
  }
  return loaded;
}

/**
 * Reads every entry under `<root>/<collection>/` for each root in order; a later root's
 * file replaces an earlier root's file of the same collection and name (tests use this
 * to lay a bad file over valid content).
 */
export function loadContent(roots: string[]): { entries: RawEntry[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const byPath = new Map<string, RawEntry>();
  for (const root of roots) {
    if (!existsSync(root) || !statSync(root).isDirectory()) {
      problems.push({
        file: root,
        field: '',
        message: `không có thư mục nội dung ${root}. Kiểm tra biến CONTENT_DIR (bỏ trống để đọc content/), hoặc chạy lệnh từ thư mục của dự án.`,
      });
      continue;
    }
    for (const [collection, names] of scanRoot(root, problems)) {
      const dir = join(root, collection);
      for (const name of names) {
        const path = join(dir, name);
        const file = relative(process.cwd(), path);
        const source = readText(path, file, problems);
        if (source === undefined) continue;
        const id = name.slice(0, -extensionOf(collection).length);
        let entry: RawEntry;
        if (name.endsWith('.mdx')) {
          const match = FRONT_MATTER.exec(source);
          if (!match) {
            problems.push({
              file,
              line: 1,
              field: '',
              message:
                'tệp MDX phải bắt đầu bằng phần khai báo giữa hai dòng "---". Hãy thêm phần đó ở đầu tệp (chép từ một mục cùng loại), hoặc tạo mục bằng npm run new.',
            });
            continue;
          }
          const dataSource = match[1] ?? '';
          entry = {
            collection,
            id,
            file,
            // Empty front matter is an entry with no fields: each required one is reported.
            data: dataSource.trim() === '' ? {} : parseYaml(dataSource, file, 2, problems),
            body: source.slice(match[0].length),
            mdxSource: match[0].replace(/[^\r\n]/g, ' ') + source.slice(match[0].length),
            dataSource,
            dataLine: 2,
          };
        } else {
          entry = {
            collection,
            id,
            file,
            data: parseYaml(source, file, 1, problems),
            body: '',
            dataSource: source,
            dataLine: 1,
          };
        }
        byPath.set(`${collection}/${name}`, entry);
      }
    }
  }
  const entries = [...byPath.values()];
  if (problems.every((problem) => !problem.message.startsWith('không có thư mục nội dung'))) {
    for (const [collection, message] of Object.entries(REQUIRED)) {
      if (!entries.some((entry) => entry.collection === collection))
        problems.push({
          file: join(roots.at(-1) ?? '', collection),
          field: '',
          message: `${message} (đang đọc ${roots.join(', ')}).`,
        });
    }
  }
  return { entries, problems };
}

/** The line of a top-level field in an entry's file, or the first line of its data. */
export function lineOfField(entry: RawEntry, field: PropertyKey | undefined): number {
  if (typeof field !== 'string') return entry.dataLine;
  const index = entry.dataSource.split(/\r?\n/).findIndex((line) => line.startsWith(`${field}:`));
  return index === -1 ? entry.dataLine : entry.dataLine + index;
}

/**
 * The line of a field at any depth (`['links', 2, 'excerpt']`) in an entry's file: the
 * value's own line when it is written, else its parent's, up to the first line of the data.
 */
export function lineOfPath(entry: RawEntry, path: readonly PropertyKey[]): number {
  const document = parseDocument(entry.dataSource);
  for (let depth = path.length; depth > 0; depth--) {
    const node = document.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) {
      return entry.dataLine + entry.dataSource.slice(0, node.range[0]).split('\n').length - 1;
    }
  }
  return entry.dataLine;
}
