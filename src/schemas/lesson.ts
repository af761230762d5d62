/**
 * A ready training lesson built on one or more themes (`content/lessons/<slug>.mdx`): what
 * the learners get (objectives, outline, discussion questions, a self-check quiz) and what
 * only the trainer gets (a script per section, model answers and cues for the discussion).
 */
import { z } from 'astro/zod';
import { citedSources, linkTargets } from '../lib/format/trainer-text.ts';
import { optionalText, provenance, text, textList, type SchemaContext } from './common.ts';

/** A path inside the site, with an optional anchor: `/chu-de/doan-ket-toan-dan/#thong-diep`. */
const SITE_PATH = /^\/[a-z0-9\-/]*(?:#[A-Za-z0-9\-_]+)?$/;

const sitePath = z.string().regex(SITE_PATH, {
  error:
    'cần đường dẫn trong sổ tay, bắt đầu bằng "/". Hãy viết như /chu-de/doan-ket-toan-dan/ hoặc /ke-hoach/2022/#II-1-4.',
});

const TRAINER_TEXT_MARKS =
  'Mỗi dòng là một đoạn; `[chữ](/duong-dan/)` dẫn đến một trang của sổ tay; `[^ma-nguon]` dẫn một nguồn trong links.';

/** Text only the trainer sees, with the marks of `src/lib/format/trainer-text.ts`. */
function trainerText(description: string) {
  return text(`${description} ${TRAINER_TEXT_MARKS}`);
}

const outlineSection = z.strictObject({
  title: text('Tiêu đề phần, trùng với một tiêu đề ## trong bài, theo đúng thứ tự.'),
  minutes: z.int().min(1).describe('Số phút dành cho phần này.'),
  keyPoints: textList('Ý chính cần nhấn mạnh (hiện trên trang chiếu và trong tài liệu phát tay).'),
  script: trainerText(
    'Lời giảng của báo cáo viên cho phần này: nói gì, hỏi lớp gì, chuyển sang hoạt động nào, tính theo số phút của phần (khoảng 40–60 chữ cho mỗi phút, vì hoạt động và thảo luận chiếm thời gian). Chỉ hiện ở trang lời giảng, không in cho học viên, không lên trang chiếu.',
  ),
});

const discussionItem = z.strictObject({
  question: text('Câu hỏi thảo luận (hiện cho học viên và trên trang chiếu).'),
  modelAnswer: trainerText(
    'Gợi ý trả lời: những ý một câu trả lời tốt cần có, dựa vào sổ tay, kèm đường dẫn đến trang có nội dung đó. Chỉ dành cho báo cáo viên.',
  ),
  cues: textList(
    'Gợi ý dẫn dắt: hỏi mở thế nào, hỏi tiếp gì khi lớp im lặng hay lạc đề, dành bao nhiêu phút. Chỉ dành cho báo cáo viên.',
  ),
});

const quizOption = z.strictObject({
  text: text('Một phương án trả lời. Các phương án của một câu nên dài xấp xỉ nhau (chênh không quá 30 %).'),
  correct: z.boolean().default(false).describe('true cho phương án đúng (đúng một phương án).'),
});

const quizQuestion = z
  .strictObject({
    kind: z
      .enum(['recall', 'scenario'], {
        error: (issue) =>
          `loại câu hỏi chỉ là recall (nhớ lại nội dung) hoặc scenario (vận dụng vào một tình huống), nhưng gặp "${String(issue.input)}".`,
      })
      .default('recall')
      .describe(
        'Loại câu hỏi: recall — hỏi lại điều sổ tay nói (mặc định); scenario — nêu một tình huống, hỏi cách vận dụng.',
      ),
    situation: optionalText(
      'Tình huống của câu hỏi scenario, kể như một ví dụ giả định ("Giả sử…", "Một khu dân cư…"), không nêu tên người, nơi có thật. Chỉ dùng với kind: scenario.',
    ),
    question: text('Câu hỏi.'),
    options: z
      .array(quizOption)
      .min(2, { error: 'cần ít nhất 2 phương án.' })
      .describe('Các phương án trả lời; đặt phương án đúng ở những vị trí khác nhau trong bài.'),
    explanation: text('Giải thích vì sao phương án đúng là đúng.'),
    see: sitePath.describe('Nơi trong sổ tay có nội dung trả lời (đường dẫn, có thể kèm #neo).'),
  })
  .superRefine((question, ctx) => {
    const correct = question.options.filter((option) => option.correct).length;
    if (correct !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `cần đúng một phương án đúng (correct: true), nhưng có ${correct}. Ghi correct: true ở đúng một phương án, bỏ ở các phương án còn lại.`,
      });
    }
    if (question.kind === 'scenario' && question.situation === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['situation'],
        message:
          'câu hỏi tình huống (kind: scenario) cần trường situation: kể tình huống giả định mà câu hỏi yêu cầu vận dụng.',
      });
    }
    if (question.kind === 'recall' && question.situation !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['situation'],
        message:
          'chỉ câu hỏi tình huống mới có situation. Hãy ghi kind: scenario, hoặc bỏ situation nếu đây là câu hỏi nhớ lại.',
      });
    }
  });

/** A question of a lesson's self-check quiz, as the site reads it. */
export type QuizQuestion = z.infer<typeof quizQuestion>;

/** A discussion question with what only the trainer sees. */
export type DiscussionItem = z.infer<typeof discussionItem>;

/** The fewest scenario questions a quiz may have. */
export const MIN_SCENARIO_QUESTIONS = 2;

/** The schema of a `lessons` entry. */
export function lessonSchema(context: SchemaContext) {
  const { reference } = context;
  return z
    .strictObject({
      title: text('Tên bài giảng.'),
      themes: z.array(reference('themes')).min(1).describe('Các chủ đề mà bài giảng dựa vào.'),
      duration: z.int().min(30).max(180).describe('Thời lượng, tính bằng phút (bài chuẩn 45–90 phút).'),
      audience: text('Đối tượng học viên (ví dụ "cán bộ Mặt trận cấp xã, phường").'),
      summary: text('Giới thiệu ngắn bài giảng (1–2 câu).'),
      objectives: textList('Mục tiêu: sau buổi học, học viên nắm được / làm được gì.'),
      outline: z
        .array(outlineSection)
        .min(2)
        .describe('Dàn ý theo từng phần ## của bài; mỗi phần là một trang chiếu và có lời giảng riêng.'),
      discussion: z
        .array(discussionItem)
        .min(1, { error: 'cần ít nhất 1 câu hỏi thảo luận.' })
        .describe('Câu hỏi thảo luận, mỗi câu kèm gợi ý trả lời và gợi ý dẫn dắt cho báo cáo viên.'),
      quiz: z
        .array(quizQuestion)
        .min(5, { error: 'cần ít nhất 5 câu hỏi tự kiểm tra.' })
        .describe(
          `Câu hỏi tự kiểm tra; ít nhất ${MIN_SCENARIO_QUESTIONS} câu là câu hỏi tình huống (kind: scenario).`,
        ),
      trainerNotes: textList('Ghi chú cho báo cáo viên: chuẩn bị, cách dẫn dắt, lưu ý.'),
      ...provenance(context),
    })
    .superRefine((lesson, ctx) => {
      const scenarios = lesson.quiz.filter((question) => question.kind === 'scenario').length;
      if (scenarios < MIN_SCENARIO_QUESTIONS) {
        ctx.addIssue({
          code: 'custom',
          path: ['quiz'],
          message: `cần ít nhất ${MIN_SCENARIO_QUESTIONS} câu hỏi tình huống (kind: scenario, kèm situation) để học viên tập vận dụng, nhưng có ${scenarios}.`,
        });
      }
      const sourceIds = new Set(lesson.links.flatMap((link) => (link.id ? [link.id] : [])));
      const trainerTexts = [
        ...lesson.outline.map((section, index) => ({
          path: ['outline', index, 'script'],
          value: section.script,
        })),
        ...lesson.discussion.flatMap((item, index) => [
          { path: ['discussion', index, 'modelAnswer'], value: item.modelAnswer },
          ...item.cues.map((cue, cueIndex) => ({
            path: ['discussion', index, 'cues', cueIndex],
            value: cue,
          })),
        ]),
      ];
      for (const { path, value } of trainerTexts) {
        for (const id of citedSources(value).filter((cited) => !sourceIds.has(cited))) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `dẫn nguồn [^${id}] nhưng links không có nguồn nào mang id: ${id}. Thêm nguồn đó vào links, hoặc sửa mã cho khớp.`,
          });
        }
        for (const href of linkTargets(value).filter((target) => !SITE_PATH.test(target))) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `liên kết "${href}" không phải đường dẫn trong sổ tay. Lời giảng chỉ dẫn trang của sổ tay, như [đoạn II.4.2](/ke-hoach/2022/#II-4-2); nguồn bên ngoài thì dẫn bằng [^ma-nguon].`,
          });
        }
      }
    });
}
