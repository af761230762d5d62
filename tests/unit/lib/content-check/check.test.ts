import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/content-check/check.ts';
import { formatProblem, formatReport } from '../../../../src/lib/content-check/problem.ts';

const FIXTURES = 'tests/unit/fixtures/content';
const VALID = `${FIXTURES}/valid`;

/**
 * Each folder of bad/ lays one faulty file over the valid content; its expected.txt
 * holds, word for word, the lines the checker must print for it (file, line, field,
 * what was expected, what was found, how to fix it) — and no other line.
 */
const BAD = readdirSync(`${FIXTURES}/bad`).sort();

/** The content errors SPEC §6 names, and the fixtures that make each of them. */
const SPEC_ERRORS: [error: string, fixtures: string[]][] = [
  ['ngày sai dạng', ['bad-date', 'bad-date-yaml', 'impossible-date']],
  ['mã đoạn không có trong kế hoạch', ['unknown-paragraph', 'bad-paragraph-id', 'planquote-paragraph']],
  ['tham chiếu đến mục không có', ['dangling-reference', 'unknown-plan']],
  ['trùng tên tệp (mã)', ['duplicate-slug', 'wrong-slug']],
  ['trùng số hiệu văn bản', ['duplicate-symbol']],
  ['thiếu trường bắt buộc', ['missing-field', 'missing-field-yaml', 'missing-nested-field', 'empty-list']],
  ['thành phần MDX không có', ['unknown-component', 'planquote-attributes']],
];

/** Every message ends by telling the editor what to do. */
const HOW_TO_FIX =
  /(Hãy |Có phải ý bạn là |Sửa |Xoá |Ghi |Gộp |Kiểm tra |Đổi tên |Chỉ dùng được |Các mã hợp lệ: )[^.]*[.?:]/;

describe('kiểm tra nội dung', () => {
  it('không báo lỗi nào với nội dung hợp lệ', () => {
    expect(checkContent([VALID])).toEqual([]);
  });

  it.each(SPEC_ERRORS)('mỗi lỗi SPEC §6 có kiểm thử: %s', (_, fixtures) => {
    for (const fixture of fixtures) expect(BAD).toContain(fixture);
  });

  describe.each(BAD)('%s', (name) => {
    const problems = checkContent([VALID, `${FIXTURES}/bad/${name}`]);

    it('báo đúng từng chữ các lỗi trong expected.txt, và chỉ các lỗi đó', () => {
      const expected = readFileSync(`${FIXTURES}/bad/${name}/expected.txt`, 'utf8').trimEnd().split('\n');
      expect(problems.map(formatProblem)).toEqual(expected);
    });

    it('mỗi thông báo nêu tệp hỏng và cách sửa', () => {
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) {
        expect(problem.file.startsWith(`${FIXTURES}/bad/${name}/`)).toBe(true);
        expect(problem.message).toMatch(HOW_TO_FIX);
      }
    });
  });

  it('ghi số dòng của trường trong tệp', () => {
    const [problem] = checkContent([VALID, `${FIXTURES}/bad/bad-date`]);
    expect(problem?.line).toBe(7);
  });

  it('báo cáo đếm số lỗi và liệt kê từng lỗi', () => {
    const problems = checkContent([VALID, `${FIXTURES}/bad/wrong-slug`, `${FIXTURES}/bad/bad-date`]);
    const report = formatReport(problems);
    expect(report.split('\n')).toEqual([
      'Nội dung có 2 lỗi cần sửa trước khi dựng trang:',
      ...problems.map((problem) => `  • ${formatProblem(problem)}`),
    ]);
  });
});
