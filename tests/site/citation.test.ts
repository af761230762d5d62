/**
 * "Cite it right" (issue 17) on the built pages: every document page has a "Trích dẫn"
 * line (số hiệu, ngày ban hành, cơ quan ban hành; "chưa xác minh" where the data marks a
 * field unverified or lacks it) with a "Sao chép" button; every theme and campaign page
 * has "Văn bản cần dẫn", each with its line; the plan page shows the plan's identity.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collapseWhiteSpace } from '../../src/lib/text/html.ts';
import { classesOf, elementsIn, elementsOf } from './built-site.ts';
import { builtPages } from './dist-pages.ts';

/** The section of a page under the h2 with this id: its text, its links and its citation lines, as text. */
function section(html: string, id: string) {
  const element = elementsOf(html).find(
    (tag) => tag.name === 'section' && tag.attributes.get('aria-labelledby') === id,
  );
  if (!element) return undefined;
  const inside = elementsIn(html, element);
  return {
    text: collapseWhiteSpace(element.text),
    hrefs: inside.flatMap((tag) => tag.attributes.get('href') ?? []),
    lines: inside
      .filter((tag) => tag.name === 'p' && classesOf(tag).includes('citation-line'))
      .map((tag) => collapseWhiteSpace(tag.text)),
  };
}

const pages = builtPages();
const read = (path: string) => readFileSync(pages.find((page) => page.path === path)!.file, 'utf8');
const entryPages = (prefix: string) =>
  pages
    .filter((page) => page.path.startsWith(prefix) && page.path.split('/').length === 4)
    .map((page) => page.path);

describe('trang văn bản: dòng "Trích dẫn" và nút "Sao chép"', () => {
  const documents = entryPages('/van-ban/');
  it('có đủ các trang văn bản', () => expect(documents.length).toBeGreaterThan(15));

  it.each(documents)('%s', (path) => {
    const cite = section(read(path), 'trich-dan');
    expect(cite, 'thiếu mục "Trích dẫn"').toBeDefined();
    expect(cite!.text).toMatch(/^Trích dẫn /);
    expect(cite!.text).toContain('Sao chép');
    const { lines } = cite!;
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      / — số hiệu \S.*, ngày ban hành (\d{1,2}\/\d{1,2}\/\d{4}|chưa xác minh), cơ quan ban hành: \S.*\.$/,
    );
  });

  it('ghi đúng số hiệu, ngày và cơ quan đã xác minh (01-KL/TW)', () => {
    const [line] = section(read('/van-ban/01-kl-tw/'), 'trich-dan')!.lines;
    expect(line).toContain('số hiệu 01-KL/TW, ngày ban hành 18/5/2021, cơ quan ban hành: Bộ Chính trị');
  });

  it('ghi "chưa xác minh" cho trường dữ liệu đánh dấu chưa xác minh hoặc để trống (Nghị quyết Đại hội XIII)', () => {
    const [line] = section(read('/van-ban/nq-dai-hoi-xiii/'), 'trich-dan')!.lines;
    expect(line).toContain('số hiệu chưa xác minh, ngày ban hành chưa xác minh');
    expect(line).toContain(
      'cơ quan ban hành: Đại hội đại biểu toàn quốc lần thứ XIII của Đảng Cộng sản Việt Nam',
    );
  });
});

describe('trang chủ đề và cuộc vận động: "Văn bản cần dẫn"', () => {
  const entries = [...entryPages('/chu-de/'), ...entryPages('/cuoc-van-dong/')];
  it('có đủ 5 chủ đề và các cuộc vận động', () => expect(entries.length).toBeGreaterThanOrEqual(13));

  it.each(entries)('%s', (path) => {
    const cite = section(read(path), 'van-ban-can-dan');
    expect(cite, 'thiếu mục "Văn bản cần dẫn"').toBeDefined();
    expect(cite!.text).toContain('Sao chép');
    const { lines } = cite!;
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines)
      expect(line).toMatch(/ — số hiệu .+, ngày ban hành .+, cơ quan ban hành: .+\.$/);
  });

  it('chủ đề 3 dẫn các văn bản của các cuộc vận động thuộc chủ đề (264-TB/TW, 10-CT/TW, 666/QĐ-TTg)', () => {
    const cite = section(read('/chu-de/thi-dua-yeu-nuoc-va-cuoc-van-dong/'), 'van-ban-can-dan')!;
    for (const href of ['/van-ban/264-tb-tw/', '/van-ban/10-ct-tw/', '/van-ban/666-qd-ttg/'])
      expect(cite.hrefs).toContain(href);
  });

  it('cuộc vận động không có văn bản riêng thì dẫn chính kế hoạch, đến đoạn', () => {
    const [line] = section(read('/cuoc-van-dong/doan-ket-sang-tao/'), 'van-ban-can-dan')!.lines;
    expect(line).toMatch(/^Kế hoạch Tuyên truyền, vận động, xây dựng khối đại đoàn kết toàn dân năm 2022 — /);
    expect(line).toMatch(/, Mục II\.\d, đoạn \d\.$/);
  });
});

it('trang kế hoạch ghi danh tính của kế hoạch: số hiệu, ngày, cơ quan ban hành', () => {
  const cite = section(read('/ke-hoach/2022/'), 'trich-dan-ke-hoach')!;
  expect(cite.lines).toEqual([
    'Kế hoạch Tuyên truyền, vận động, xây dựng khối đại đoàn kết toàn dân năm 2022 — số hiệu chưa xác minh, ngày ban hành chưa xác minh, cơ quan ban hành: Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hải Phòng.',
  ]);
});
