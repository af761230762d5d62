/**
 * Reads the collection schemas as a list of fields an editor can write: name, whether it
 * is required, its kind in plain Vietnamese and its `.describe()` text. One reading
 * serves the field tables of the editor's guide, the comments of `npm run new` skeletons
 * and the "missing field" messages of the content checker, so the three never disagree.
 */
import { z } from 'astro/zod';
import { isoDate, paragraphId, partialDate } from './common.ts';
import type { CollectionName } from './collections.ts';
import { collectionSchemas } from './index.ts';

/** One field of a collection, as the editor's guide lists it. */
export interface FieldInfo {
  /** The field as messages name it: `planQuotes › text` (no list positions). */
  name: string;
  /** Whether an entry must have it. */
  required: boolean;
  /** The value used when the field is left out, for optional fields that have one. */
  defaultValue?: unknown;
  /** What to write, in Vietnamese (may contain `code` spans). */
  type: string;
  /** The schema's description, written for editors. */
  description: string;
}

/** The parts of zod's internal definition this module reads (zod 4 `_zod.def`). */
interface Def {
  type: string;
  innerType?: Schema;
  defaultValue?: unknown;
  out?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  entries?: Record<string, string>;
  format?: string;
  checks?: { _zod: { def: { check: string; minimum?: number; value?: number } } }[];
}

interface Schema {
  _zod: { def: Def; parent?: Schema };
  description?: string;
  meta(): Record<string, unknown> | undefined;
}

/** A reference that only records its target collection, for reading (not parsing) schemas. */
const taggedReference = (collection: CollectionName) => z.string().meta({ reference: collection });

/** The collection schemas, built for reading their fields. */
export const editorSchemas = collectionSchemas({
  reference: taggedReference as unknown as Parameters<typeof collectionSchemas>[0]['reference'],
});

const KNOWN_TYPES: [base: unknown, label: string][] = [
  [isoDate, 'ngày `YYYY-MM-DD`'],
  [partialDate, 'ngày `YYYY-MM-DD`, tháng `YYYY-MM` hoặc năm `YYYY`'],
  [paragraphId, 'mã đoạn của kế hoạch (`II.1.4`, `preamble`)'],
];

function derivesFrom(schema: Schema, base: unknown): boolean {
  for (let current: Schema | undefined = schema; current; current = current._zod.parent) {
    if (current === base) return true;
  }
  return false;
}

function checkValue(schema: Schema, check: string): number | undefined {
  const found = schema._zod.def.checks?.find((c) => c._zod.def.check === check)?._zod.def;
  return found?.minimum ?? found?.value;
}

/** Unwraps optional/default wrappers, noting whether the field may be left out and its default. */
function unwrap(schema: Schema): { inner: Schema; required: boolean; defaultValue?: unknown } {
  let inner = schema;
  let required = true;
  let defaultValue: unknown;
  while (['optional', 'default', 'nullable'].includes(inner._zod.def.type) && inner._zod.def.innerType) {
    required = false;
    if (inner._zod.def.type === 'default') defaultValue = inner._zod.def.defaultValue;
    inner = inner._zod.def.innerType;
  }
  return defaultValue === undefined ? { inner, required } : { inner, required, defaultValue };
}

function typeLabel(schema: Schema): string {
  for (const [base, label] of KNOWN_TYPES) if (derivesFrom(schema, base)) return label;
  const reference = schema.meta()?.['reference'];
  if (typeof reference === 'string') return `mã (tên tệp) của một mục trong \`content/${reference}/\``;
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
      return def.format === 'url' ? 'địa chỉ web đầy đủ (`https://…`)' : 'văn bản';
    case 'number': {
      const min = checkValue(schema, 'greater_than');
      const max = checkValue(schema, 'less_than');
      const range =
        min !== undefined && max !== undefined
          ? ` từ ${min} đến ${max}`
          : min !== undefined
            ? ` từ ${min}`
            : '';
      return `số${def.format === 'safeint' ? ' nguyên' : ''}${range}`;
    }
    case 'boolean':
      return '`true` hoặc `false`';
    case 'enum':
      return `một trong: ${Object.values(def.entries ?? {})
        .map((value) => `\`${value}\``)
        .join(', ')}`;
    case 'object':
      return 'nhóm trường (các dòng bên dưới)';
    case 'array': {
      const element = unwrap(def.element!).inner;
      const min = checkValue(schema, 'min_length');
      const count = min ? ` (ít nhất ${min})` : '';
      const of =
        element._zod.def.type === 'object'
          ? 'mỗi mục là một nhóm trường (các dòng bên dưới)'
          : `mỗi mục là ${typeLabel(element)}`;
      return `danh sách${count}, ${of}`;
    }
    case 'pipe':
      return typeLabel(def.out!);
    default:
      return 'giá trị';
  }
}

function descriptionOf(...schemas: Schema[]): string {
  return schemas.map((schema) => schema.description).find((text) => text !== undefined) ?? '';
}

function fieldsOf(shape: Record<string, Schema>, prefix: string): FieldInfo[] {
  return Object.entries(shape).flatMap(([key, field]) => {
    const name = prefix ? `${prefix} › ${key}` : key;
    const { inner, required, defaultValue } = unwrap(field);
    const info: FieldInfo = {
      name,
      required,
      type: typeLabel(inner),
      description: descriptionOf(field, inner),
      ...(defaultValue === undefined ? {} : { defaultValue }),
    };
    const element = inner._zod.def.type === 'array' ? unwrap(inner._zod.def.element!).inner : inner;
    const children = element._zod.def.type === 'object' ? fieldsOf(element._zod.def.shape!, name) : [];
    return [info, ...children];
  });
}

/** Every field of a collection, nested fields after their parent (`planQuotes › text`). */
export function collectionFields(collection: CollectionName): FieldInfo[] {
  return fieldsOf((editorSchemas[collection] as unknown as { shape: Record<string, Schema> }).shape, '');
}

/**
 * The field at a checker path (`['planQuotes', 0, 'text']`), list positions ignored,
 * or `undefined` when the schema has no such field.
 */
export function fieldAt(collection: CollectionName, path: readonly PropertyKey[]): FieldInfo | undefined {
  const name = path.filter((part) => typeof part === 'string').join(' › ');
  return collectionFields(collection).find((field) => field.name === name);
}

/** What kind of control edits a field in the web editor (`npm run editor`). */
export type FormFieldKind =
  'text' | 'url' | 'number' | 'boolean' | 'enum' | 'reference' | 'date' | 'paragraph' | 'list' | 'group';

/** A field as the web editor's form shows it: one control, or a list or group of them. */
export interface FormField {
  /** The key in the entry's data (empty for a list's items). */
  key: string;
  required: boolean;
  kind: FormFieldKind;
  /** What to write, in Vietnamese, as the editor's guide says it. */
  type: string;
  /** The schema's description, shown as help. */
  description: string;
  /** The allowed values of an `enum`. */
  options?: string[];
  /** The collection a `reference` points into. */
  collection?: CollectionName;
  /** What each item of a `list` is. */
  item?: FormField;
  /** The fields of a `group`. */
  fields?: FormField[];
}

function formKind(schema: Schema): FormFieldKind {
  if (derivesFrom(schema, isoDate) || derivesFrom(schema, partialDate)) return 'date';
  if (derivesFrom(schema, paragraphId)) return 'paragraph';
  if (typeof schema.meta()?.['reference'] === 'string') return 'reference';
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
      return def.format === 'url' ? 'url' : 'text';
    case 'number':
    case 'boolean':
    case 'enum':
      return def.type;
    case 'array':
      return 'list';
    case 'object':
      return 'group';
    case 'pipe':
      return formKind(def.out!);
    default:
      return 'text';
  }
}

function formField(key: string, field: Schema): FormField {
  const { inner, required } = unwrap(field);
  const kind = formKind(inner);
  const result: FormField = {
    key,
    required,
    kind,
    type: typeLabel(inner).replaceAll('`', ''),
    description: descriptionOf(field, inner),
  };
  const reference = inner.meta()?.['reference'];
  if (typeof reference === 'string') result.collection = reference as CollectionName;
  if (kind === 'enum') result.options = Object.values(inner._zod.def.entries ?? {});
  if (kind === 'list') result.item = formField('', inner._zod.def.element!);
  if (kind === 'group') result.fields = formFields(inner._zod.def.shape!);
  return result;
}

function formFields(shape: Record<string, Schema>): FormField[] {
  return Object.entries(shape).map(([key, field]) => formField(key, field));
}

/** The form of a collection for the web editor, read from the same schemas as the guide. */
export function collectionForm(collection: CollectionName): FormField[] {
  return formFields((editorSchemas[collection] as unknown as { shape: Record<string, Schema> }).shape);
}
