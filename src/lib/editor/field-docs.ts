/**
 * The field tables of the editors' guide (docs/cac-truong.md), generated from the
 * schemas' `.describe()` texts so that the guide never drifts from what the build checks.
 * Each table sits between two markers: `<!-- bang-truong:documents -->` and
 * `<!-- /bang-truong:documents -->`; `npm run docs:fields` rewrites what is between them.
 */
import { format, resolveConfig } from 'prettier';
import { COLLECTIONS, type CollectionName } from '../../schemas/registry.ts';
import { collectionFields, type FieldInfo } from '../../schemas/fields.ts';

const MARKERS = new RegExp(
  `(<!-- bang-truong:(${COLLECTIONS.join('|')}) -->)[\\s\\S]*?(<!-- /bang-truong:\\2 -->)`,
  'g',
);

/** Escapes what Markdown would read as a table border or an HTML tag (`/ke-hoach/<năm>/`). */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('<', '\\<');
}

/** What to write, with what an optional field takes when left out. */
function typeCell(field: FieldInfo): string {
  if (field.defaultValue === undefined) return cell(field.type);
  const empty = Array.isArray(field.defaultValue) && field.defaultValue.length === 0;
  return `${cell(field.type)}; bỏ trống là ${empty ? 'danh sách rỗng' : `\`${String(field.defaultValue)}\``}`;
}

/** The Markdown table of a collection's fields: field, required, what to write, meaning. */
export function fieldTable(collection: CollectionName): string {
  const rows = collectionFields(collection).map(
    (field) =>
      `| \`${field.name}\` | ${field.required ? 'có' : 'không'} | ${typeCell(field)} | ${cell(field.description)} |`,
  );
  return ['| Trường | Bắt buộc | Viết gì | Ý nghĩa |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The collections whose tables a guide has markers for, in the order they appear. */
export function markedCollections(guide: string): CollectionName[] {
  return [...guide.matchAll(MARKERS)].map((match) => match[2] as CollectionName);
}

/**
 * The guide with every marked table regenerated and the whole file formatted as the
 * repository's Prettier would (so that `npm run format` leaves it unchanged).
 */
export async function updateFieldTables(guide: string, file: string): Promise<string> {
  const replaced = guide.replace(
    MARKERS,
    (_, open: string, collection: CollectionName, close: string) =>
      `${open}\n\n${fieldTable(collection)}\n\n${close}`,
  );
  return formatAsRepository(replaced, file);
}

/** A file's text formatted as the repository's Prettier would, so that `npm run format` leaves it unchanged. */
export async function formatAsRepository(text: string, file: string): Promise<string> {
  const options = (await resolveConfig(file)) ?? {};
  return format(text, { ...options, filepath: file });
}
