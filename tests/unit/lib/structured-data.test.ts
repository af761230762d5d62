import { describe, expect, it } from 'vitest';
import {
  breadcrumbJsonLd,
  eventJsonLd,
  jsonLdDocument,
  legislationJsonLd,
  organizationJsonLd,
  serializeJsonLd,
  websiteJsonLd,
  type DocumentFacts,
} from '../../../src/lib/structured-data.ts';

const site = new URL('https://so-tay.example/');
const url = 'https://so-tay.example/van-ban/x/';

const verified: DocumentFacts = {
  kind: 'Kết luận',
  symbol: '01-KL/TW',
  title: 'Kết luận về tiếp tục thực hiện Chỉ thị 05-CT/TW',
  issuer: 'Bộ Chính trị khóa XIII',
  issued: '2021-05-18',
  summary: 'Tóm tắt.',
  unverified: [],
};

describe('Legislation chỉ mang dữ kiện đã xác minh', () => {
  it('văn bản đủ dữ kiện: tên, số hiệu, ngày, cơ quan ban hành', () => {
    expect(legislationJsonLd(verified, url)).toEqual({
      '@type': 'Legislation',
      name: verified.title,
      legislationType: 'Kết luận',
      legislationIdentifier: '01-KL/TW',
      legislationDate: '2021-05-18',
      legislationPassedBy: { '@type': 'Organization', name: 'Bộ Chính trị khóa XIII' },
      author: { '@type': 'Organization', name: 'Bộ Chính trị khóa XIII' },
      description: 'Tóm tắt.',
      inLanguage: 'vi',
      url,
    });
  });

  it.each([
    [
      'tên chưa xác minh, có số hiệu: gọi bằng loại và số hiệu',
      { ...verified, unverified: ['title', 'issued'], issued: undefined },
      'Kết luận 01-KL/TW',
    ],
    [
      'tên và số hiệu chưa xác minh: không có tên',
      { ...verified, symbol: undefined, issued: undefined, unverified: ['symbol', 'issued', 'title'] },
      undefined,
    ],
  ])('%s', (_, document, name) => {
    const node = legislationJsonLd(document, url);
    expect(node['name']).toBe(name);
    expect(node).not.toHaveProperty('legislationDate');
    if (!document.symbol) expect(node).not.toHaveProperty('legislationIdentifier');
    expect(JSON.stringify(node)).not.toContain(verified.title);
  });
});

describe('các nút JSON-LD khác', () => {
  it('WebSite có SearchAction trỏ tới trang tìm kiếm', () => {
    const node = websiteJsonLd({ name: 'Sổ tay', description: 'Mô tả', url: site.href });
    expect(node['potentialAction']).toEqual({
      '@type': 'SearchAction',
      target: {
        '@type': 'EntryPoint',
        urlTemplate: 'https://so-tay.example/tim-kiem/?q={search_term_string}',
      },
      'query-input': 'required name=search_term_string',
    });
  });

  it('BreadcrumbList đánh số từ 1, địa chỉ tuyệt đối', () => {
    const node = breadcrumbJsonLd(
      [
        { href: '/', label: 'Trang chủ' },
        { href: '/van-ban/', label: 'Văn bản' },
      ],
      site,
    );
    expect(node['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://so-tay.example/' },
      { '@type': 'ListItem', position: 2, name: 'Văn bản', item: 'https://so-tay.example/van-ban/' },
    ]);
  });

  it('Organization bỏ tên ngắn khi không có', () => {
    expect(organizationJsonLd({ name: 'Ban Thường trực', summary: 'Vai trò.' }, url)).toEqual({
      '@type': 'Organization',
      name: 'Ban Thường trực',
      description: 'Vai trò.',
      url,
    });
  });

  it('Event có ngày bắt đầu', () => {
    expect(eventJsonLd({ name: 'Quốc khánh', date: '2022-09-02', description: 'Mô tả.' }, url)).toMatchObject(
      {
        '@type': 'Event',
        startDate: '2022-09-02',
      },
    );
  });

  it('không chữ nào trong nội dung đóng được thẻ <script> sớm', () => {
    const json = serializeJsonLd(
      jsonLdDocument([{ '@type': 'Thing', name: '</script><script>alert(1)</script>' }]),
    );
    expect(json).not.toContain('<');
    expect(JSON.parse(json)['@graph'][0].name).toBe('</script><script>alert(1)</script>');
  });
});
