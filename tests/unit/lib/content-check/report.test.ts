/** The per-entry report of issue 16's closing note (report.ts), on the checker's valid fixtures. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../src/lib/content-check/load.ts';
import { formatReportTable, reportRows } from '../../../../src/lib/content-check/report.ts';

const { entries } = loadContent(['tests/unit/fixtures/content/valid']);
const rows = reportRows(entries);

describe('bảng số liệu từng mục', () => {
  it('mỗi mục một dòng, theo thứ tự loại, bỏ kế hoạch, thuật ngữ, sự kiện', () => {
    expect(rows.map((row) => row.key)).toEqual([
      'documents/01-kl-tw',
      'campaigns/nguoi-viet-nam-uu-tien-dung-hang-viet-nam',
      'examples/mo-hinh-thu',
      'organizations/ban-thuong-truc-thanh-pho',
      'pages/trang-thu',
      'themes/doan-ket-toan-dan',
      'lessons/bai-giang-thu',
      'changes/thay-doi-thu',
    ]);
  });

  it('đếm lời riêng và nguồn được dẫn; loại không có bài thì đếm nguồn có mã', () => {
    expect(rows.find((row) => row.key === 'pages/trang-thu')).toMatchObject({ ownWords: 8, references: 1 });
    expect(rows.find((row) => row.key === 'changes/thay-doi-thu')).toEqual({
      key: 'changes/thay-doi-thu',
      collection: 'changes',
      references: 1,
    });
  });

  it('văn bản và đơn vị có cột tình trạng, dấu — khi chưa ghi', () => {
    expect(rows.find((row) => row.key === 'documents/01-kl-tw')?.status).toBe('—');
    expect(rows.find((row) => row.key === 'pages/trang-thu')?.status).toBeUndefined();
  });

  it('in thành bảng Markdown, so lời riêng với mục tiêu của loại', () => {
    const table = formatReportTable(rows).split('\n');
    expect(table[0]).toBe('| Mục | Lời riêng (âm tiết) | Mục tiêu | Nguồn dẫn | Hiệu lực / tình trạng |');
    expect(table).toHaveLength(rows.length + 2);
    expect(table).toContain('| documents/01-kl-tw | 8 | 400 dưới | 0 | — |');
  });
});
