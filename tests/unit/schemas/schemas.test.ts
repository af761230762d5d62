import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { loadContent } from '../../../src/lib/content-check/load.ts';
import { type ReferenceFactory } from '../../../src/schemas/common.ts';
import { COLLECTIONS } from '../../../src/schemas/registry.ts';
import { collectionSchemas } from '../../../src/schemas/index.ts';

const reference: ReferenceFactory = (collection) =>
  z.preprocess((v) => String(v), z.string()).transform((id) => ({ collection, id }));
const schemas = collectionSchemas({ reference });
const { entries } = loadContent(['tests/unit/fixtures/content/valid']);

describe('lược đồ của từng bộ sưu tập', () => {
  it.each(COLLECTIONS)('%s: mỗi trường có lời mô tả cho biên tập viên', (collection) => {
    const schema = schemas[collection] as unknown as { shape: Record<string, z.ZodType> };
    const undescribed = Object.entries(schema.shape).filter(([, field]) => !field.description);
    expect(undescribed.map(([key]) => key)).toEqual([]);
  });

  it.each(COLLECTIONS)('%s: mục mẫu hợp lệ', (collection) => {
    const entry = entries.find((e) => e.collection === collection);
    expect(entry, `cần một mục mẫu cho ${collection}`).toBeDefined();
    expect(schemas[collection].safeParse(entry!.data).error).toBeUndefined();
  });

  it('tham chiếu thành cặp bộ sưu tập và mã', () => {
    const theme = entries.find((e) => e.collection === 'themes')!;
    const data = schemas.themes.parse(theme.data);
    expect(data.documents).toEqual([{ collection: 'documents', id: '01-kl-tw' }]);
    expect(data.plan).toEqual({ collection: 'plans', id: '2022' });
  });

  it('ngày YAML đọc thành Date được đưa về dạng YYYY-MM-DD', () => {
    const document = entries.find((e) => e.collection === 'documents')!;
    const data = schemas.documents.parse({
      ...(document.data as object),
      issued: new Date('2021-05-18T00:00:00Z'),
    });
    expect(data.issued).toBe('2021-05-18');
  });

  it('giá trị mặc định: links rỗng, bullet true, markInText true', () => {
    const glossary = schemas.glossary.parse({ term: 'TP', kind: 'viet-tat', explanation: 'Thành phố.' });
    expect(glossary.markInText).toBe(true);
    expect(glossary.aliases).toEqual([]);
    const example = entries.find((e) => e.collection === 'examples')!;
    expect(schemas.examples.parse(example.data).links).toEqual([]);
  });

  it('mô hình phải gắn với một cuộc vận động hoặc chủ đề', () => {
    const example = entries.find((e) => e.collection === 'examples')!;
    const result = schemas.examples.safeParse({ ...(example.data as object), campaigns: [], themes: [] });
    expect(result.error?.issues[0]?.message).toMatch(/ít nhất một cuộc vận động/);
  });

  it('kế hoạch: mã đoạn phải khớp vị trí', () => {
    const plan = entries.find((e) => e.collection === 'plans')!.data as {
      sections: { items: { paragraphs: { id: string }[] }[] }[];
    };
    const broken = structuredClone(plan);
    broken.sections[1]!.items[0]!.paragraphs[1]!.id = 'II.1.3';
    const result = schemas.plans.safeParse(broken);
    expect(result.error?.issues[0]?.message).toMatch(/phải có mã II\.1\.2/);
  });
});
