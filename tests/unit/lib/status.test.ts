import { describe, expect, it } from 'vitest';
import { DOCUMENT_STATE_LABELS, ORGANIZATION_STATE_LABELS, statusSource } from '../../../src/lib/status.ts';
import { DOCUMENT_STATES } from '../../../src/schemas/document.ts';
import { ORGANIZATION_STATES } from '../../../src/schemas/organization.ts';

const LINKS = [
  { id: 'mot', url: 'https://a.example/1', title: 'Nguồn một' },
  { url: 'https://a.example/khong-ma', title: 'Nguồn không mã' },
  { id: 'hai', url: 'https://a.example/2', title: 'Nguồn hai' },
];

describe('hiệu lực, tình trạng hiện nay', () => {
  it('mỗi trạng thái có lời tiếng Việt', () => {
    expect(Object.keys(DOCUMENT_STATE_LABELS).sort()).toEqual([...DOCUMENT_STATES].sort());
    expect(Object.keys(ORGANIZATION_STATE_LABELS).sort()).toEqual([...ORGANIZATION_STATES].sort());
    expect(DOCUMENT_STATE_LABELS['unverified']).toBe('chưa xác minh');
  });

  it.each([
    ['được bài dẫn: kèm số chú thích', 'Câu[^hai] và câu[^mot].', { number: 2 }],
    ['bài không dẫn: không có số', 'Không dẫn nguồn nào.', { number: undefined }],
  ])('nguồn của trạng thái %s', (_, body, expected) => {
    expect(statusSource(LINKS, 'mot', body)).toEqual({
      id: 'mot',
      url: 'https://a.example/1',
      title: 'Nguồn một',
      ...expected,
    });
  });

  it('không có nguồn, hoặc mã không có trong links: không có gì', () => {
    expect(statusSource(LINKS, undefined, '[^mot]')).toBeUndefined();
    expect(statusSource(LINKS, 'ba', '[^ba]')).toBeUndefined();
  });
});
