/**
 * Reads the raw content files of every collection: MDX front matter and body, or YAML
 * data. Syntax errors are returned as problems, not thrown, so that an editor sees all of
 * them at once.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../../schemas/common.ts';
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

const EXTENSIONS = /\.(mdx|md|ya?ml)$/;
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

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

function parseYaml(source: string, file: string, lineOffset: number, problems: ContentProblem[]): unknown {
  const document = parseDocument(source, { uniqueKeys: true });
  const reported = new Set<number>();
  for (const error of document.errors) {
    const line = (error.linePos?.[0]?.line ?? 1) + lineOffset - 1;
    if (reported.has(line)) continue;
    reported.add(line);
    const hint =
      YAML_HINTS[error.code] ??
      'Hãy kiểm tra: giá trị có dấu hai chấm ":" hoặc dấu "#" phải đặt trong dấu ngoặc kép, và các trường cùng cấp phải thẳng cột.';
    problems.push({ file, line, field: '', message: `lỗi cú pháp YAML ở dòng này: ${hint}` });
  }
  return document.errors.length > 0 ? undefined : document.toJS();
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => EXTENSIONS.test(name) && statSync(join(dir, name)).isFile())
      .sort();
  } catch {
    return [];
  }
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
    for (const collection of COLLECTIONS) {
      const dir = join(root, collection);
      for (const name of listFiles(dir)) {
        const path = join(dir, name);
        const file = relative(process.cwd(), path);
        const source = readFileSync(path, 'utf8');
        const id = name.replace(EXTENSIONS, '');
        let entry: RawEntry;
        if (name.endsWith('.mdx') || name.endsWith('.md')) {
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
            data: parseYaml(dataSource, file, 2, problems),
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
  return { entries: [...byPath.values()], problems };
}

/** The line of a top-level field in an entry's file, or the first line of its data. */
export function lineOfField(entry: RawEntry, field: PropertyKey | undefined): number {
  if (typeof field !== 'string') return entry.dataLine;
  const index = entry.dataSource.split(/\r?\n/).findIndex((line) => line.startsWith(`${field}:`));
  return index === -1 ? entry.dataLine : entry.dataLine + index;
}
