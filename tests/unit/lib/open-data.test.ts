import { describe, expect, it } from 'vitest';
import {
  apiFile,
  apiItem,
  apiJsonSchema,
  apiPath,
  apiSchemaPath,
  describeValueType,
  entryFields,
  referencesToUrls,
} from '../../../src/lib/open-data.ts';

const site = new URL('https://so-tay.example/');

describe('tham chiếu thành địa chỉ trang', () => {
  it('ở mọi độ sâu, kể cả trong danh sách và nhóm trường', () => {
    expect(
      referencesToUrls(
        {
          plan: { collection: 'plans', id: '2022' },
          documents: [{ collection: 'documents', id: '01-kl-tw' }],
          levelTasks: [
            { organization: { collection: 'organizations', id: 'to-chuc-thanh-vien' }, tasks: ['x'] },
          ],
          events: [{ collection: 'events', id: 'quoc-khanh-2022' }],
        },
        site,
      ),
    ).toEqual({
      plan: 'https://so-tay.example/ke-hoach/2022/',
      documents: ['https://so-tay.example/van-ban/01-kl-tw/'],
      levelTasks: [{ organization: 'https://so-tay.example/don-vi/to-chuc-thanh-vien/', tasks: ['x'] }],
      events: ['https://so-tay.example/lich/#quoc-khanh-2022'],
    });
  });

  it('nhóm trường khác không bị đụng tới', () => {
    const meeting = { from: '2021-01-25', to: '2021-02-01' };
    expect(referencesToUrls({ meeting, note: { collection: 'khong-phai', id: 'x' } }, site)).toEqual({
      meeting,
      note: { collection: 'khong-phai', id: 'x' },
    });
  });

  it('mỗi mục có mã và địa chỉ trang trước các trường', () => {
    const item = apiItem({ collection: 'glossary', id: 'mttq', data: { term: 'MTTQ' } }, site);
    expect(Object.keys(item)).toEqual(['id', 'url', 'term']);
    expect(item['url']).toBe('https://so-tay.example/thuat-ngu/#mttq');
  });

  it('tệp dữ liệu trỏ tới lược đồ và trang danh mục', () => {
    expect(apiFile('documents', [{ id: 'a' }], site)).toEqual({
      $schema: 'https://so-tay.example/api/schema/documents.json',
      collection: 'documents',
      title: 'Văn bản',
      url: 'https://so-tay.example/van-ban/',
      count: 1,
      items: [{ id: 'a' }],
    });
    expect(apiPath('events')).toBe('/api/events.json');
    expect(apiSchemaPath('events')).toBe('/api/schema/events.json');
  });
});

describe('lược đồ JSON sinh từ lược đồ nội dung', () => {
  const schema = apiJsonSchema('documents', site) as {
    $id: string;
    properties: {
      items: { items: { properties: Record<string, Record<string, unknown>>; required: string[] } };
    };
  };
  const fields = schema.properties.items.items;

  it('mục có mã, địa chỉ và các trường bắt buộc của văn bản', () => {
    expect(schema.$id).toBe('https://so-tay.example/api/schema/documents.json');
    expect(fields.required).toEqual(
      expect.arrayContaining(['id', 'url', 'kind', 'title', 'issuer', 'updated']),
    );
    expect(fields.required).not.toContain('symbol');
  });

  it('ngày có định dạng date, tham chiếu là địa chỉ URL', () => {
    expect(fields.properties['issued']).toMatchObject({ type: 'string', format: 'date' });
    expect(fields.properties['plan']).toMatchObject({ type: 'string', format: 'uri' });
    expect(String(fields.properties['plan']!['description'])).toContain('địa chỉ (URL) trang');
  });

  it('ngày có thể chỉ ghi tháng hoặc năm: theo mẫu', () => {
    const campaigns = apiJsonSchema('campaigns', site) as typeof schema;
    expect(campaigns.properties.items.items.properties['launched']).toMatchObject({
      pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
    });
  });

  it('bảng trường cho trang mô tả định dạng', () => {
    const rows = entryFields(schema as unknown as Record<string, unknown>);
    expect(rows[0]).toEqual({
      name: 'id',
      type: 'văn bản',
      required: true,
      description: 'Mã của mục (tên tệp, cũng là phần cuối địa chỉ trang).',
    });
    expect(rows.find((row) => row.name === 'symbol')).toMatchObject({ required: false, type: 'văn bản' });
  });
});

describe('kiểu giá trị, bằng lời', () => {
  it.each([
    [{ type: 'string', format: 'uri' }, 'địa chỉ URL'],
    [{ type: 'string', format: 'date' }, 'ngày YYYY-MM-DD'],
    [
      { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
      'ngày YYYY-MM-DD, tháng YYYY-MM hoặc năm YYYY',
    ],
    [{ type: 'integer' }, 'số nguyên'],
    [{ type: 'boolean' }, 'true hoặc false'],
    [{ type: 'array', items: { type: 'string' } }, 'danh sách: văn bản'],
    [{ type: 'object', properties: { from: {}, to: {} } }, 'nhóm trường (from, to)'],
    [{ type: 'string', enum: ['a', 'b'] }, 'một trong: "a", "b"'],
  ])('%j → %s', (property, words) => expect(describeValueType(property)).toBe(words));
});
