import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC_PAGES, docPageHref } from '../../../../src/lib/markdown/doc-links.ts';

describe('liên kết giữa các tài liệu trong docs/', () => {
  it('liên kết đến tệp thành liên kết đến trang của tệp, giữ phần neo', () => {
    expect(docPageHref('cac-truong.md')).toBe('/huong-dan-bien-tap/cac-truong/');
    expect(docPageHref('./huong-dan-bien-tap.md#nhap-ke-hoach-nam-moi')).toBe(
      '/huong-dan-bien-tap/#nhap-ke-hoach-nam-moi',
    );
  });

  it('để nguyên liên kết khác: trang của sổ tay, tệp không có trang, trang ngoài', () => {
    for (const href of [
      '/van-ban/01-kl-tw/',
      'README.md',
      '../README.md',
      'https://example.org/a.md',
      '#muc',
    ])
      expect(docPageHref(href), href).toBeUndefined();
  });

  it('mỗi tài liệu có trang đều là một tệp trong docs/, và mọi liên kết .md trong đó đều có trang', () => {
    for (const file of Object.keys(DOC_PAGES)) {
      const text = readFileSync(`docs/${file}`, 'utf8');
      const links = [...text.matchAll(/\]\(([^)\s]+\.md(?:#[^)\s]*)?)\)/g)].map((match) => match[1]!);
      for (const link of links) expect(docPageHref(link), `${file}: ${link}`).toBeDefined();
    }
  });
});
