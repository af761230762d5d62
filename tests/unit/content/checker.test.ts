/** The content checker passes the real content: schemas, references, paragraph ids, quotes. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content-check/check.ts';
import { formatProblem } from '../../../src/lib/content-check/problem.ts';
import { contentDir } from './real-content.ts';

describe('nội dung thật qua bộ kiểm tra nội dung', () => {
  it('không có lỗi nào', () => {
    const problems = checkContent([contentDir]);
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
