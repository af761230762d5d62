import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/content-check/check.ts';
import { loadContent } from '../../../../src/lib/content-check/load.ts';
import { formatProblem, formatReport } from '../../../../src/lib/content-check/problem.ts';
import { sourceUrlFault } from '../../../../src/lib/content-check/source-url.ts';

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

/** The source rules of issue 16 ("Sources", knowledge contract), and the fixtures that break each. */
const SOURCE_RULES: [rule: string, fixtures: string[]][] = [
  ['nguồn là trang chủ', ['source-homepage']],
  [
    'nguồn là trang danh sách (links, source, fullText)',
    ['source-listing', 'source-fulltext-listing', 'change-listing'],
  ],
  ['chú thích không trỏ tới nguồn nào trong links', ['footnote-not-a-source']],
  ['chú thích chưa có định nghĩa', ['footnote-undefined']],
  ['định nghĩa dẫn địa chỉ khác địa chỉ của nguồn', ['footnote-wrong-url']],
  ['định nghĩa không được dẫn, định nghĩa hai lần', ['footnote-not-cited', 'footnote-defined-twice']],
  ['nguồn có mã mà không được dẫn', ['source-not-cited']],
  ['nguồn có mã mà thiếu đoạn trích, hai nguồn cùng mã', ['source-without-excerpt', 'source-duplicate-id']],
  ['liên kết trong bài tới trang không có trong nguồn', ['body-unlisted-url']],
  [
    'hiệu lực: văn bản thay thế không có, thiếu, là chính nó; nguồn hiệu lực không có',
    [
      'status-replaced-by-unknown',
      'status-replaced-without-successor',
      'status-replaced-by-itself',
      'status-source-unknown',
    ],
  ],
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

  it.each(SOURCE_RULES)('mỗi quy tắc về nguồn có kiểm thử: %s', (_, fixtures) => {
    for (const fixture of fixtures) expect(BAD).toContain(fixture);
  });

  it('trang chủ của chính đơn vị dùng được làm kênh liên hệ (contact), vì contact không phải nguồn', () => {
    const organization = loadContent([VALID]).entries.find((entry) => entry.collection === 'organizations');
    const [contact] = (organization?.data as { contact: { url: string }[] }).contact;
    expect(sourceUrlFault(contact!.url)).toBe('homepage');
    expect(checkContent([VALID])).toEqual([]);
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
