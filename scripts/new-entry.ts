/**
 * Starts a new content entry: `npm run new`. In a terminal it asks which kind of entry
 * and its key fields; flags give the same answers without questions, e.g.
 *   npm run new -- --kind documents --symbol 01-KL/TW --title "…" --issuer "…" …
 * It proposes the slug (SPEC §2), refuses a duplicate, and writes a skeleton that the
 * content checker accepts. `npm run new -- --help` lists every flag.
 */
import type { ParseArgsConfig } from 'node:util';
import { parseCommandLine } from '../src/lib/editor/command-line.ts';
import * as clack from '@clack/prompts';
import { indexContent } from '../src/lib/editor/content-index.ts';
import { ENTRY_KINDS, entryKind, type Answers } from '../src/lib/editor/entry-kinds.ts';
import { collectAnswers, flagOf, NewEntryError, today, writeNewEntry } from '../src/lib/editor/new-entry.ts';
import { clackPrompter, isInteractive } from '../src/lib/editor/prompter.ts';
import { contentRoot } from '../src/lib/content-root.ts';

const questions = new Map(ENTRY_KINDS.flatMap((kind) => kind.questions).map((q) => [q.key, q]));
const options: NonNullable<ParseArgsConfig['options']> = {
  kind: { type: 'string' },
  slug: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};
for (const question of questions.values()) {
  options[question.key] =
    question.type === 'list' || question.type === 'multiselect'
      ? { type: 'string', multiple: true }
      : { type: 'string' };
}

function usage(): string {
  return [
    'Cách dùng: npm run new                      (hỏi từng câu)',
    '          npm run new -- --kind <loại> --<trường> "…" …   (không hỏi)',
    '',
    ...ENTRY_KINDS.flatMap((kind) => [
      `--kind ${kind.collection}: ${kind.label}`,
      ...kind.questions.map(
        (q) =>
          `    ${flagOf(q.key)}${q.type === 'list' || q.type === 'multiselect' ? ' (lặp lại được)' : ''}  ${q.message}`,
      ),
      `    ${flagOf('slug')}  mã của mục (mặc định: đề xuất theo quy tắc)`,
    ]),
    '',
    'Bài giảng (lessons) có nhiều phần bắt buộc: hãy chép một bài có sẵn trong content/lessons/.',
  ].join('\n');
}

function fail(message: string): never {
  if (isInteractive()) clack.cancel(message);
  else console.error(message);
  process.exit(1);
}

const { values } = (() => {
  try {
    const parsed = parseCommandLine(options, process.argv.slice(2));
    if (parsed.positionals.length > 0)
      throw new Error(
        `Không hiểu "${parsed.positionals.join(' ')}": mỗi giá trị cần đi sau một tùy chọn, ví dụ --name "…".`,
      );
    return parsed;
  } catch (error) {
    return fail(`${(error as Error).message}\nXem các tùy chọn: npm run new -- --help`);
  }
})();
if (values['help']) {
  console.log(usage());
  process.exit(0);
}

const interactive = isInteractive();
const index = (() => {
  try {
    return indexContent(contentRoot());
  } catch (error) {
    return fail((error as Error).message);
  }
})();
if (interactive) clack.intro('Tạo mục mới cho sổ tay');

let collection = typeof values['kind'] === 'string' ? values['kind'] : undefined;
if (collection === undefined) {
  if (!interactive) fail(`Thiếu --kind (${ENTRY_KINDS.map((kind) => kind.collection).join(', ')}).`);
  collection = await clackPrompter.select({
    message: 'Tạo mục loại nào?',
    choices: ENTRY_KINDS.map((kind) => ({
      value: kind.collection,
      label: kind.label,
      hint: kind.collection,
    })),
  });
}
const kind = entryKind(collection);
if (!kind) {
  fail(
    collection === 'lessons'
      ? 'Bài giảng có nhiều phần bắt buộc (dàn ý, câu hỏi tự kiểm tra…): hãy chép một bài có sẵn trong content/lessons/ rồi sửa.'
      : `Không có loại "${collection}". Chọn một trong: ${ENTRY_KINDS.map((k) => k.collection).join(', ')}.`,
  );
}
if (index.plans.length === 0 && kind.questions.some((q) => q.key === 'plan'))
  fail('Chưa có kế hoạch nào trong content/plans/: hãy nhập kế hoạch trước (npm run import-plan -- <tệp>).');

const given: Answers = {};
for (const [key, value] of Object.entries(values)) {
  if (key !== 'kind' && key !== 'help' && (typeof value === 'string' || Array.isArray(value))) {
    given[key] = value as string | string[];
  }
}
const unknown = Object.keys(given).filter(
  (key) => key !== 'slug' && !kind.questions.some((q) => q.key === key),
);
if (unknown.length > 0)
  fail(`Loại ${kind.collection} không dùng ${unknown.map(flagOf).join(', ')}. Xem: npm run new -- --help`);

try {
  const { answers, slug, proposed } = await collectAnswers(
    kind,
    given,
    index,
    interactive ? clackPrompter : undefined,
  );
  const file = writeNewEntry(kind, answers, slug, index, today());
  const next = [
    `Đã tạo ${file}.`,
    ...(proposed.length ? [`Đã dùng giá trị đề xuất: ${proposed.join(', ')}.`] : []),
    'Tiếp theo: mở tệp, đọc lại các trường, điền các trường không bắt buộc nếu có nguồn,',
    'viết phần nội dung; rồi npm run check:content và npm run dev để xem trang.',
  ].join('\n');
  if (interactive) clack.outro(next);
  else console.log(next);
} catch (error) {
  if (error instanceof NewEntryError) fail(error.message);
  throw error;
}
