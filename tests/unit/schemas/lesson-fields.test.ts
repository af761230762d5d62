/**
 * The lesson schema's trainer-only fields and quiz rules (issue 16): a script per outline
 * section, discussion items with model answers and cues, scenario questions with their
 * situation (at least two per quiz), and the marks the trainer's text may carry.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { loadContent } from '../../../src/lib/content-check/load.ts';
import type { ReferenceFactory } from '../../../src/schemas/common.ts';
import { collectionSchemas } from '../../../src/schemas/index.ts';

const reference: ReferenceFactory = (collection) =>
  z.preprocess((v) => String(v), z.string()).transform((id) => ({ collection, id }));
const { lessons: schema } = collectionSchemas({ reference });
const { entries } = loadContent(['tests/unit/fixtures/content/valid']);

type Data = Record<string, unknown> & {
  outline: Record<string, unknown>[];
  discussion: Record<string, unknown>[];
  quiz: Record<string, unknown>[];
};
const sample = () => structuredClone(entries.find((e) => e.collection === 'lessons')!.data) as Data;

/** The messages of a failed parse, each prefixed with its path, or [] when it succeeds. */
function messages(data: unknown): string[] {
  return (
    schema.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? []
  );
}

describe('bài giảng: mục mẫu', () => {
  it('hợp lệ, và câu hỏi không ghi kind là câu hỏi nhớ lại', () => {
    const data = schema.parse(sample());
    expect(data.quiz.map((question) => question.kind)).toEqual([
      'recall',
      'recall',
      'recall',
      'scenario',
      'scenario',
    ]);
  });
});

describe('bài giảng: lời giảng từng phần', () => {
  it('thiếu lời giảng của một phần là lỗi', () => {
    const data = sample();
    delete data.outline[1]!['script'];
    expect(messages(data)).toEqual([expect.stringMatching(/^outline\.1\.script: thiếu trường bắt buộc/)]);
  });

  it('lời giảng để trống là lỗi', () => {
    const data = sample();
    data.outline[0]!['script'] = '  ';
    expect(messages(data)).toEqual([expect.stringMatching(/^outline\.0\.script: không được để trống/)]);
  });
});

describe('bài giảng: câu hỏi thảo luận', () => {
  it('câu hỏi chỉ là một dòng chữ (cách viết cũ) thì báo cần câu hỏi, gợi ý trả lời, gợi ý dẫn dắt', () => {
    const data = sample();
    data.discussion = ['Vì sao?'] as unknown as Data['discussion'];
    expect(messages(data)).toEqual([expect.stringMatching(/^discussion\.0: /)]);
  });

  it.each(['modelAnswer', 'cues'])('thiếu %s là lỗi', (key) => {
    const data = sample();
    data.discussion[0] = Object.fromEntries(
      Object.entries(data.discussion[0]!).filter(([name]) => name !== key),
    );
    expect(messages(data)).toEqual([expect.stringMatching(new RegExp(`^discussion\\.0\\.${key}: `))]);
  });

  it('gợi ý dẫn dắt phải có ít nhất một mục', () => {
    const data = sample();
    data.discussion[0]!['cues'] = [];
    expect(messages(data)).toEqual([expect.stringMatching(/^discussion\.0\.cues: cần ít nhất 1 mục/)]);
  });
});

describe('bài giảng: câu hỏi tình huống', () => {
  it('câu hỏi tình huống thiếu situation là lỗi', () => {
    const data = sample();
    delete data.quiz[3]!['situation'];
    expect(messages(data)).toEqual([
      expect.stringMatching(
        /^quiz\.3\.situation: câu hỏi tình huống \(kind: scenario\) cần trường situation/,
      ),
    ]);
  });

  it('câu hỏi nhớ lại có situation là lỗi', () => {
    const data = sample();
    data.quiz[0]!['situation'] = 'Giả sử…';
    expect(messages(data)).toEqual([expect.stringMatching(/^quiz\.0\.situation: chỉ câu hỏi tình huống/)]);
  });

  it('kind chỉ nhận recall hoặc scenario', () => {
    const data = sample();
    data.quiz[0]!['kind'] = 'tinh-huong';
    expect(messages(data)).toEqual([expect.stringMatching(/^quiz\.0\.kind: loại câu hỏi chỉ là recall/)]);
  });

  it('mỗi bài cần ít nhất hai câu hỏi tình huống', () => {
    const data = sample();
    data.quiz[4] = { ...data.quiz[4]!, kind: 'recall' };
    delete data.quiz[4]['situation'];
    expect(messages(data)).toEqual([
      'quiz: cần ít nhất 2 câu hỏi tình huống (kind: scenario, kèm situation) để học viên tập vận dụng, nhưng có 1.',
    ]);
  });
});

describe('bài giảng: dấu trong lời giảng', () => {
  const SOURCE = {
    id: 'nguon-thu',
    url: 'https://example.org/bai.html',
    title: 'Bài thử',
    excerpt: 'Trích.',
  };

  it('dẫn một nguồn có trong links thì hợp lệ', () => {
    const data = sample();
    data['links'] = [SOURCE];
    data.outline[0]!['script'] = 'Ngày 12/12/2013[^nguon-thu].';
    expect(messages(data)).toEqual([]);
  });

  it('dẫn một nguồn không có trong links là lỗi, nêu đúng mã', () => {
    const data = sample();
    data.discussion[0]!['modelAnswer'] = 'Như nguồn nói[^khong-co].';
    expect(messages(data)).toEqual([
      expect.stringMatching(/^discussion\.0\.modelAnswer: dẫn nguồn \[\^khong-co\] nhưng links không có/),
    ]);
  });

  it('liên kết ra ngoài sổ tay trong lời giảng là lỗi: nguồn ngoài phải dẫn bằng [^mã]', () => {
    const data = sample();
    data.discussion[0]!['cues'] = ['Xem [bài báo](https://example.org/bai.html).'];
    expect(messages(data)).toEqual([
      expect.stringMatching(
        /^discussion\.0\.cues\.0: liên kết "https:\/\/example\.org\/bai\.html" không phải/,
      ),
    ]);
  });
});
