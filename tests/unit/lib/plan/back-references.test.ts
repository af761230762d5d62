import { describe, expect, it } from 'vitest';
import { entriesByParagraph, type ProvenanceEntry } from '../../../../src/lib/plan/back-references.ts';

const entries: ProvenanceEntry[] = [
  {
    collection: 'documents',
    id: '01-kl-tw',
    title: 'Kết luận 01-KL/TW',
    plan: '2022',
    paragraphs: ['II.1.4', 'II.1.4'],
  },
  {
    collection: 'themes',
    id: 'doan-ket-toan-dan',
    title: 'Đoàn kết toàn dân',
    plan: '2022',
    paragraphs: ['II.1.4', 'II.1.1'],
  },
  { collection: 'lessons', id: 'bai-giang', title: 'Bài giảng', plan: '2022', paragraphs: ['II.1.1'] },
  { collection: 'themes', id: 'khac', title: 'Chủ đề năm khác', plan: '2023', paragraphs: ['II.1.1'] },
];

describe('entriesByParagraph', () => {
  const map = entriesByParagraph(entries, '2022');

  it('liệt kê mỗi mục một lần, chủ đề trước', () => {
    expect(map.get('II.1.4')?.map((e) => e.id)).toEqual(['doan-ket-toan-dan', '01-kl-tw']);
  });

  it('chỉ lấy các mục của đúng kế hoạch', () => {
    expect(map.get('II.1.1')?.map((e) => e.id)).toEqual(['doan-ket-toan-dan', 'bai-giang']);
  });

  it('sắp các đoạn theo thứ tự của kế hoạch', () => {
    expect([...map.keys()]).toEqual(['II.1.1', 'II.1.4']);
  });
});
