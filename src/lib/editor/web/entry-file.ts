/**
 * An entry's file as the web editor reads and writes it. Opening and saving an unchanged
 * entry gives back the file's bytes; a changed field is written into the parsed YAML
 * document at its own path, so the other lines, their comments and quoting stay as they
 * were; text is stored NFC; the result is laid out by Prettier, like `npm run format`.
 */
import { format } from 'prettier';
import { isMap, isSeq, parseDocument, stringify, type Document } from 'yaml';

/** The data and body of an entry, as the editor shows them. */
export interface EntryContent {
  data: Record<string, unknown>;
  /** The MDX body after the front matter, as written (empty for YAML entries). */
  body: string;
}

/** Front matter between two `---` lines, as the content checker reads it (load.ts). */
const FRONT_MATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---(?:\r?\n|$)/;

/** An entry file split into its YAML text and its body. */
export function splitEntry(source: string, extension: '.mdx' | '.yaml'): { yaml: string; body: string } {
  if (extension === '.yaml') return { yaml: source, body: '' };
  const match = FRONT_MATTER.exec(source);
  if (!match) return { yaml: '', body: source };
  return { yaml: match[1] ?? '', body: source.slice(match[0].length) };
}

/** Reads an entry file into what the editor's form and body show. */
export function readEntry(source: string, extension: '.mdx' | '.yaml'): EntryContent {
  const { yaml, body } = splitEntry(source, extension);
  const data: unknown = parseDocument(yaml).toJS();
  return { data: isRecord(data) ? data : {}, body };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether two values read from YAML or JSON are the same. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return a === b;
}

/** Empty values a form sends for a field left blank: they mean "not written". */
function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/**
 * The data a form sent, made to agree with what the file had: a value the form can only
 * send as text (`plan: 2022` picked in a list) keeps the file's type when it reads the
 * same, and a blank optional field that the file did not have stays absent.
 */
export function reconcile(before: unknown, after: unknown): unknown {
  if (Array.isArray(after)) {
    return after.map((item, index) => reconcile(Array.isArray(before) ? before[index] : undefined, item));
  }
  if (isRecord(after)) {
    const old = isRecord(before) ? before : {};
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(after)) {
      if (isBlank(value) && !(key in old && sameValue(old[key], value))) continue;
      result[key] = reconcile(old[key], value);
    }
    return result;
  }
  if (before !== undefined && after !== undefined && String(before) === String(after)) return before;
  return after;
}

/** Every string in a value in NFC, the form Vietnamese text is stored in. */
export function toNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(toNfc) as T;
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNfc(v)])) as T;
  return value;
}

/**
 * Text typed where MDX reads Markdown: `<` and `{` would open a tag or an expression, so
 * each is written escaped (`\<`, `\{`) unless it already is.
 */
export function escapeMdxText(text: string): string {
  return text.replace(/(\\*)([<{])/g, (match, slashes: string, char: string) =>
    slashes.length % 2 === 1 ? match : `${slashes}\\${char}`,
  );
}

/** Writes the differences between two data values into a YAML document, path by path. */
function applyChanges(document: Document, path: (string | number)[], before: unknown, after: unknown) {
  if (sameValue(before, after)) return;
  if (after === undefined) {
    document.deleteIn(path);
    return;
  }
  const node = path.length === 0 ? document.contents : document.getIn(path, true);
  if (isRecord(before) && isRecord(after) && isMap(node)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)]))
      applyChanges(document, [...path, key], before[key], after[key]);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && isSeq(node) && before.length === after.length) {
    after.forEach((item, index) => applyChanges(document, [...path, index], before[index], item));
    return;
  }
  if (path.length === 0) document.contents = document.createNode(after);
  else document.setIn(path, document.createNode(after));
}

/** YAML as the project's Prettier lays it out. */
async function prettyYaml(text: string): Promise<string> {
  return format(text, { parser: 'yaml', printWidth: 110, singleQuote: true, proseWrap: 'preserve' });
}

/**
 * The file text for an entry: `original` is the file as it was (absent for a new entry).
 * Unchanged content returns `original` itself, byte for byte.
 */
export async function writeEntry(
  original: string | undefined,
  extension: '.mdx' | '.yaml',
  content: EntryContent,
): Promise<string> {
  const before = original === undefined ? undefined : splitEntry(original, extension);
  const oldData = before ? readEntry(original!, extension).data : {};
  const data = toNfc(reconcile(oldData, content.data) as Record<string, unknown>);
  const crlf = original?.includes('\r\n') ?? false;
  let body = content.body.normalize('NFC');
  if (crlf) body = body.replace(/\r?\n/g, '\r\n');
  if (before && sameValue(oldData, data) && body === before.body) return original!;

  let yaml: string;
  if (before && sameValue(oldData, data)) {
    yaml = before.yaml;
  } else if (before) {
    const document = parseDocument(before.yaml);
    applyChanges(document, [], oldData, data);
    yaml = await prettyYaml(document.toString({ lineWidth: 0 }));
  } else {
    yaml = await prettyYaml(stringify(data, { lineWidth: 0 }));
  }
  if (extension === '.yaml') return yaml;
  const frontMatter = yaml.endsWith('\n') ? yaml : `${yaml}\n`;
  const text = `---\n${frontMatter}---\n${original === undefined && !body.startsWith('\n') ? '\n' : ''}${body}`;
  return text.endsWith('\n') ? text : `${text}\n`;
}
