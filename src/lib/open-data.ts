/**
 * The open data files `/api/<collection>.json`: every entry of a collection with its
 * fields as the content schema defines them, each cross-reference turned into the
 * absolute URL of the page it points to, and a JSON Schema per file generated from the
 * same zod schemas, so that the published format cannot drift from the content's.
 */
import { z } from 'astro/zod';
import { type ReferenceFactory } from '../schemas/common.ts';
import { COLLECTIONS, isCollection, type CollectionName } from '../schemas/registry.ts';
import { collectionSchemas } from '../schemas/index.ts';
import { siteHref } from './site-config.ts';
import { COLLECTION_PATHS, COLLECTION_TITLES, entryHref, SITE_NAME } from './site.ts';
import { EXTERNAL_URL } from './format/url.ts';
import { isIsoDate, isPartialDate } from './format/date.ts';

/** The collections published as open data: all of them. */
export const OPEN_DATA_COLLECTIONS: readonly CollectionName[] = COLLECTIONS;

/** The URL path of a collection's data file. */
export function apiPath(collection: CollectionName): string {
  return `/api/${collection}.json`;
}

/** The URL path of the JSON Schema of a collection's data file. */
export function apiSchemaPath(collection: CollectionName): string {
  return `/api/schema/${collection}.json`;
}

function isReference(value: unknown): value is { collection: CollectionName; id: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    isCollection(String((value as { collection?: unknown }).collection)) &&
    typeof (value as { id?: unknown }).id === 'string'
  );
}

/** Entry data with every reference (`{ collection, id }`, as Astro gives it) replaced by its page's absolute URL. */
export function referencesToUrls(value: unknown, site: URL | undefined): unknown {
  if (isReference(value)) return siteHref(entryHref(value.collection, value.id), site);
  if (Array.isArray(value)) return value.map((item) => referencesToUrls(item, site));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, referencesToUrls(item, site)]),
    );
  }
  return value;
}

/** One entry as published: its id, the URL of its page, then its fields. */
export function apiItem(
  entry: { collection: CollectionName; id: string; data: object },
  site: URL | undefined,
): Record<string, unknown> {
  return {
    id: entry.id,
    url: siteHref(entryHref(entry.collection, entry.id), site),
    ...(referencesToUrls(entry.data, site) as Record<string, unknown>),
  };
}

/** A whole data file: what it holds, where its schema and its pages are, and the entries. */
export function apiFile(
  collection: CollectionName,
  items: readonly Record<string, unknown>[],
  site: URL | undefined,
) {
  return {
    $schema: siteHref(apiSchemaPath(collection), site),
    collection,
    title: COLLECTION_TITLES[collection],
    url: siteHref(COLLECTION_PATHS[collection], site),
    count: items.length,
    items,
  };
}

/**
 * The definitions of reference fields. A field's own `.describe()` clones its schema but
 * shares the definition, which is how the JSON Schema below recognises references.
 */
const referenceDefinitions = new WeakSet<object>();

/** References become URL strings in the published data: the schemas are built with this factory. */
const urlReference = (() => {
  const schema = z.url();
  referenceDefinitions.add(schema._zod.def);
  return schema;
}) as unknown as ReferenceFactory;

const PARTIAL_DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

function hasCheck(schema: z.core.$ZodType, fn: (value: string) => boolean): boolean {
  const checks = (schema._zod.def as { checks?: z.core.$ZodCheck[] }).checks ?? [];
  return checks.some((check) => (check._zod.def as { fn?: unknown }).fn === fn);
}

/** The JSON Schema (draft 2020-12) of a collection's data file. */
export function apiJsonSchema(collection: CollectionName, site: URL | undefined): Record<string, unknown> {
  const entrySchema = collectionSchemas({ reference: urlReference })[collection] as z.ZodType;
  const fields = z.toJSONSchema(entrySchema, {
    io: 'output',
    // Dates are checked by refinements, which JSON Schema cannot carry: say it as a format or pattern.
    override: ({ zodSchema, jsonSchema }) => {
      const inner = (zodSchema._zod.def as { innerType?: z.core.$ZodType }).innerType;
      // An optional reference (a context document's plan) is described on its wrapper.
      const isReference = (schema: z.core.$ZodType | undefined) =>
        schema !== undefined && referenceDefinitions.has(schema._zod.def);
      if (isReference(zodSchema) || isReference(inner)) {
        // The field's description is written for editors, who type an id; readers of the data get a URL.
        jsonSchema.description =
          `${jsonSchema.description ?? ''} Trong dữ liệu mở: địa chỉ (URL) trang của mục đó.`.trim();
      } else if (hasCheck(zodSchema, isIsoDate)) jsonSchema.format = 'date';
      else if (hasCheck(zodSchema, isPartialDate)) jsonSchema.pattern = PARTIAL_DATE_PATTERN;
    },
  }) as { properties: Record<string, unknown>; required?: string[] } & Record<string, unknown>;
  const item = {
    ...Object.fromEntries(Object.entries(fields).filter(([key]) => key !== '$schema')),
    properties: {
      id: { type: 'string', description: 'Mã của mục (tên tệp, cũng là phần cuối địa chỉ trang).' },
      url: { type: 'string', format: 'uri', description: 'Địa chỉ trang của mục trong sổ tay.' },
      ...fields.properties,
    },
    required: ['id', 'url', ...(fields.required ?? [])],
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: siteHref(apiSchemaPath(collection), site),
    title: `${COLLECTION_TITLES[collection]} — dữ liệu mở của ${SITE_NAME}`,
    type: 'object',
    properties: {
      $schema: { type: 'string', format: 'uri', description: 'Địa chỉ của lược đồ này.' },
      collection: { const: collection, description: 'Tên bộ sưu tập.' },
      title: { type: 'string', description: 'Tên bộ sưu tập, tiếng Việt.' },
      url: { type: 'string', format: 'uri', description: 'Trang danh mục của bộ sưu tập.' },
      count: { type: 'integer', minimum: 0, description: 'Số mục trong tệp.' },
      items: { type: 'array', items: item, description: 'Các mục của bộ sưu tập.' },
    },
    required: ['$schema', 'collection', 'title', 'url', 'count', 'items'],
    additionalProperties: false,
  };
}

/** A JSON Schema property, as far as the format page reads it. */
interface JsonSchemaProperty {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchemaProperty;
  properties?: Record<string, JsonSchemaProperty>;
  description?: string;
}

/** What kind of value a JSON Schema property holds, in words (Vietnamese). */
export function describeValueType(property: JsonSchemaProperty): string {
  if (property.enum) return `một trong: ${property.enum.map((value) => JSON.stringify(value)).join(', ')}`;
  if (property.const !== undefined) return JSON.stringify(property.const);
  switch (property.type) {
    case 'array':
      return `danh sách: ${property.items ? describeValueType(property.items) : 'giá trị bất kỳ'}`;
    case 'object':
      return `nhóm trường (${Object.keys(property.properties ?? {}).join(', ')})`;
    case 'integer':
      return 'số nguyên';
    case 'number':
      return 'số';
    case 'boolean':
      return 'true hoặc false';
    case 'string':
      if (property.format === 'uri') return 'địa chỉ URL';
      if (property.pattern === EXTERNAL_URL.source) return 'địa chỉ web https:// hoặc http://';
      if (property.format === 'date') return 'ngày YYYY-MM-DD';
      if (property.pattern === PARTIAL_DATE_PATTERN) return 'ngày YYYY-MM-DD, tháng YYYY-MM hoặc năm YYYY';
      return 'văn bản';
    default:
      return 'giá trị bất kỳ';
  }
}

/** One field of an entry, for the format page. */
export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

/** The fields of one entry of a data file, read from its JSON Schema. */
export function entryFields(schema: Record<string, unknown>): FieldRow[] {
  const items = (schema as { properties: { items: { items: JsonSchemaProperty & { required: string[] } } } })
    .properties.items.items;
  return Object.entries(items.properties ?? {}).map(([name, property]) => ({
    name,
    type: describeValueType(property),
    required: items.required.includes(name),
    description: property.description ?? '',
  }));
}
