import { describe, expect, it } from 'vitest';
import {
  printedLength,
  SUMMARY_CAPS,
  summaryLengthFaults,
} from '../../../../src/lib/content-check/summary-length.ts';

describe('printedLength', () => {
  it.each([
    ['một đoạn văn, bỏ khoảng trắng hai đầu', '  Mặt trận  ', 8],
    ['danh sách dòng', ['ab', 'cde'], 5],
    [
      'việc từng cấp',
      [
        { organization: 'x', tasks: ['ab', 'c'] },
        { organization: 'y', tasks: ['de'] },
      ],
      5,
    ],
    ['câu trích kế hoạch', [{ paragraph: 'II.3.1', text: 'abcd' }], 4],
    ['trường không có', undefined, 0],
  ])('%s', (_, value, expected) => {
    expect(printedLength(value)).toBe(expected);
  });
});

describe('summaryLengthFaults', () => {
  const long = (n: number) => 'a'.repeat(n);

  it.each([
    ['themes', 'keyMessages', [long(SUMMARY_CAPS.themes.keyMessages + 1)]],
    ['themes', 'levelTasks', [{ organization: 'x', tasks: [long(SUMMARY_CAPS.themes.levelTasks + 1)] }]],
    ['campaigns', 'howToTakePart', [long(SUMMARY_CAPS.campaigns.howToTakePart), 'b']],
    ['campaigns', 'summary', long(SUMMARY_CAPS.campaigns.summary + 1)],
  ] as const)(
    '%s: %s quá giới hạn được báo, bằng tiếng Việt, kèm độ dài và giới hạn',
    (collection, field, value) => {
      const faults = summaryLengthFaults(collection, { [field]: value });
      expect(faults).toHaveLength(1);
      expect(faults[0]!.path).toEqual([field]);
      expect(faults[0]!.message).toMatch(/bản tóm tắt 1 trang.*quá giới hạn \d+ ký tự/);
    },
  );

  it('đúng giới hạn thì không báo', () => {
    expect(summaryLengthFaults('themes', { keyMessages: [long(SUMMARY_CAPS.themes.keyMessages)] })).toEqual(
      [],
    );
  });

  it('loại mục không có bản tóm tắt thì không xét', () => {
    expect(summaryLengthFaults('documents', { summary: long(10_000) })).toEqual([]);
  });
});
