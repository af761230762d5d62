import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldTable, markedCollections, updateFieldTables } from '../../../../src/lib/editor/field-docs.ts';
import { collectionFields } from '../../../../src/schemas/fields.ts';
import { COLLECTIONS } from '../../../../src/schemas/registry.ts';
import { editorSchemas } from '../../../../src/schemas/fields.ts';

const GUIDE = 'docs/cac-truong.md';
const guide = readFileSync(GUIDE, 'utf8');

describe('bảng trường trong hướng dẫn biên tập', { timeout: 60_000 }, () => {
  it('khớp với lược đồ (nếu không: chạy npm run docs:fields rồi commit)', async () => {
    expect(await updateFieldTables(guide, GUIDE)).toBe(guide);
  });

  it('có bảng cho mọi bộ sưu tập', () => {
    expect([...markedCollections(guide)].sort()).toEqual([...COLLECTIONS].sort());
  });

  it('bảng cũ (thiếu một dòng) được viết lại đầy đủ', async () => {
    const row = guide.split('\n').find((line) => line.startsWith('| `issued`'))!;
    const stale = guide.replace(`${row}\n`, '');
    expect(stale).not.toBe(guide);
    expect(await updateFieldTables(stale, GUIDE)).toBe(guide);
  });
});

describe('đọc trường từ lược đồ', () => {
  it.each(COLLECTIONS)('%s: mỗi trường cấp một có một dòng, kèm lời mô tả', (collection) => {
    const shape = (editorSchemas[collection] as unknown as { shape: Record<string, unknown> }).shape;
    const fields = collectionFields(collection);
    expect(fields.filter((f) => !f.name.includes(' › ')).map((f) => f.name)).toEqual(Object.keys(shape));
    for (const field of fields) expect(field.description, field.name).not.toBe('');
  });

  it('nói rõ bắt buộc hay không, kiểu giá trị và giá trị mặc định', () => {
    const documents = new Map(collectionFields('documents').map((field) => [field.name, field]));
    expect(documents.get('title')).toMatchObject({ required: true, type: 'văn bản' });
    expect(documents.get('issued')).toMatchObject({ required: false, type: 'ngày `YYYY-MM-DD`' });
    expect(documents.get('unverified')).toMatchObject({ required: false, defaultValue: [] });
    expect(documents.get('plan')?.type).toBe('mã (tên tệp) của một mục trong `content/plans/`');
    expect(documents.get('planQuotes › paragraph')?.type).toBe('mã đoạn của kế hoạch (`II.1.4`, `preamble`)');
    // A context document has no plan provenance, so its sources may be empty; a theme's may not.
    expect(documents.get('sources')).toMatchObject({ required: false, defaultValue: [] });
    expect(collectionFields('themes').find((field) => field.name === 'sources')?.type).toBe(
      'danh sách (ít nhất 1), mỗi mục là mã đoạn của kế hoạch (`II.1.4`, `preamble`)',
    );
    const lessons = new Map(collectionFields('lessons').map((field) => [field.name, field]));
    expect(lessons.get('duration')?.type).toBe('số nguyên từ 30 đến 180');
    expect(lessons.get('quiz › options › correct')).toMatchObject({ required: false, defaultValue: false });
  });

  it('thoát ký tự | và < trong ô bảng', () => {
    expect(fieldTable('plans')).toContain('/ke-hoach/\\<năm>/');
  });
});
