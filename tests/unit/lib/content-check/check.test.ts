import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/content-check/check.ts';
import { formatProblem, formatReport } from '../../../../src/lib/content-check/problem.ts';

const FIXTURES = 'tests/unit/fixtures/content';
const VALID = `${FIXTURES}/valid`;

/** Each bad fixture lays one faulty file over the valid content; the checker must name file, field and fault. */
const CASES: [name: string, file: string, field: string, message: RegExp][] = [
  [
    'bad-date',
    'documents/01-kl-tw.mdx',
    'issued',
    /cần ngày dạng YYYY-MM-DD.*nhưng gặp "18\/5\/2021"\. Hãy viết: 2021-05-18\./,
  ],
  ['impossible-date', 'events/ngay-thu.yaml', 'date', /cần ngày dạng YYYY-MM-DD.*nhưng gặp "2022-02-30"/],
  [
    'unknown-paragraph',
    'documents/01-kl-tw.mdx',
    'sources › mục 2',
    /không có đoạn "II\.9\.9" trong kế hoạch 2022/,
  ],
  [
    'dangling-reference',
    'themes/doan-ket-toan-dan.mdx',
    'documents › mục 2',
    /tham chiếu đến "99-kl-tw".*content\/documents\//,
  ],
  ['duplicate-slug', 'themes/doan-ket-toan-dan.md', '', /trùng mã "doan-ket-toan-dan"/],
  [
    'duplicate-symbol',
    'documents/01-kl-tw-ban-sao.mdx',
    'symbol',
    /số hiệu "01-KL\/TW" đã dùng cho .*valid\/documents\/01-kl-tw\.mdx/,
  ],
  ['missing-field', 'themes/doan-ket-toan-dan.mdx', 'summary', /thiếu trường bắt buộc này/],
  [
    'unknown-component',
    'campaigns/nguoi-viet-nam-uu-tien-dung-hang-viet-nam.mdx',
    'nội dung',
    /không có thành phần <Slideshow>/,
  ],
  ['unknown-key', 'organizations/ban-thuong-truc-thanh-pho.mdx', 'sumary', /Có phải ý bạn là "summary"\?/],
  ['yaml-syntax', 'glossary/mttq.yaml', '', /lỗi cú pháp YAML/],
  [
    'quote-not-verbatim',
    'documents/01-kl-tw.mdx',
    'planQuotes › mục 1 › text',
    /không có nguyên văn trong đoạn II\.1\.1/,
  ],
  [
    'quiz-two-correct',
    'lessons/bai-giang-thu.mdx',
    'quiz › mục 1 › options',
    /cần đúng một phương án đúng \(correct: true\), nhưng có 2/,
  ],
  [
    'unverified-filled',
    'documents/01-kl-tw.mdx',
    'issued',
    /chưa xác minh \(unverified\) nên phải để trống, nhưng đang có "2021-05-18"/,
  ],
  [
    'bad-url',
    'examples/mo-hinh-thu.mdx',
    'source › url',
    /cần địa chỉ web đầy đủ \(https:\/\/…\), nhưng gặp "nhandan\.vn\/bai-thu"/,
  ],
  [
    'theme-title',
    'themes/doan-ket-toan-dan.mdx',
    'title',
    /nguyên văn như tiểu mục II\.1 của kế hoạch: "Tuyên truyền đoàn kết toàn dân"/,
  ],
  ['lesson-outline', 'lessons/bai-giang-thu.mdx', 'outline', /tiêu đề ## trong bài: "Mở đầu", "Phần chính"/],
  ['wrong-slug', 'documents/Ket Luan 01.mdx', '', /chỉ được dùng chữ thường không dấu/],
  [
    'planquote-paragraph',
    'themes/doan-ket-toan-dan.mdx',
    'nội dung',
    /<PlanQuote paragraph="II\.1\.3">: không có đoạn này trong kế hoạch 2022/,
  ],
];

describe('kiểm tra nội dung', () => {
  it('không báo lỗi nào với nội dung hợp lệ', () => {
    expect(checkContent([VALID])).toEqual([]);
  });

  describe.each(CASES)('%s', (name, file, field, message) => {
    const problems = checkContent([VALID, `${FIXTURES}/bad/${name}`]);
    const path = `${FIXTURES}/bad/${name}/${file}`;

    it('báo lỗi ở đúng tệp và trường, bằng tiếng Việt', () => {
      const problem = problems.find((p) => p.file === path && p.field === field && message.test(p.message));
      expect(problem, formatReport(problems)).toBeDefined();
      expect(formatProblem(problem!)).toContain(path);
    });

    it('chỉ báo lỗi cho tệp hỏng', () => {
      expect(problems.filter((p) => !p.file.startsWith(`${FIXTURES}/bad/${name}/`))).toEqual([]);
    });
  });

  it('ghi số dòng của trường trong tệp', () => {
    const [problem] = checkContent([VALID, `${FIXTURES}/bad/bad-date`]);
    expect(problem?.line).toBe(7);
  });

  it('báo cáo đếm số lỗi và liệt kê từng lỗi', () => {
    const problems = checkContent([VALID, `${FIXTURES}/bad/duplicate-symbol`]);
    const report = formatReport(problems);
    expect(report).toMatch(new RegExp(`^Nội dung có ${problems.length} lỗi`));
    expect(report.split('\n')).toHaveLength(problems.length + 1);
  });
});
