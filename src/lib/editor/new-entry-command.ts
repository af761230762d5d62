/**
 * `npm run new` (scripts/new-entry.ts) as a function: the flags in, the entry written,
 * the messages out, the exit status back. With a prompter it asks which kind of entry and
 * each key field not given; without one, flags give the same answers, e.g.
 *   npm run new -- --kind documents --symbol 01-KL/TW --title "…" --issuer "…" …
 * It proposes the slug (SPEC §2), refuses a duplicate, and writes a skeleton that the
 * content checker accepts. `--help` lists every flag.
 */
import { parseCommandLine, type CommandOptions } from './command-line.ts';
import { runCommand, stop, type CommandContext } from './command.ts';
import { indexContent } from './content-index.ts';
import { ENTRY_KINDS, entryKind, type Answers } from './entry-kinds.ts';
import { collectAnswers, flagOf, NewEntryError, today, writeNewEntry } from './new-entry.ts';

const QUESTIONS = new Map(ENTRY_KINDS.flatMap((kind) => kind.questions).map((q) => [q.key, q]));

/** The flags of `npm run new`: --kind, --slug, --help and one per question of any kind. */
const OPTIONS: CommandOptions = {
  kind: { type: 'string' },
  slug: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  ...Object.fromEntries(
    [...QUESTIONS.values()].map((question) => [
      question.key,
      question.type === 'list' || question.type === 'multiselect'
        ? { type: 'string', multiple: true }
        : { type: 'string' },
    ]),
  ),
};

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

function parseArguments(argv: string[]) {
  try {
    const parsed = parseCommandLine(OPTIONS, argv);
    if (parsed.positionals.length > 0)
      throw new Error(
        `Không hiểu "${parsed.positionals.join(' ')}": mỗi giá trị cần đi sau một tùy chọn, ví dụ --name "…".`,
      );
    return parsed.values;
  } catch (error) {
    return stop(`${(error as Error).message}\nXem các tùy chọn: npm run new -- --help`);
  }
}

/** Runs `npm run new` with these flags; resolves with the exit status (0 written, 1 refused). */
export function newEntryCommand(argv: string[], { root, output, prompter }: CommandContext): Promise<number> {
  return runCommand(output, async () => {
    const values = parseArguments(argv);
    if (values['help']) {
      output.log(usage());
      return;
    }

    const index = (() => {
      try {
        return indexContent(root);
      } catch (error) {
        return stop((error as Error).message);
      }
    })();
    output.intro('Tạo mục mới cho sổ tay');

    let collection = typeof values['kind'] === 'string' ? values['kind'] : undefined;
    if (collection === undefined) {
      if (!prompter) stop(`Thiếu --kind (${ENTRY_KINDS.map((kind) => kind.collection).join(', ')}).`);
      collection = await prompter.select({
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
      stop(
        collection === 'lessons'
          ? 'Bài giảng có nhiều phần bắt buộc (dàn ý, câu hỏi tự kiểm tra…): hãy chép một bài có sẵn trong content/lessons/ rồi sửa.'
          : `Không có loại "${collection}". Chọn một trong: ${ENTRY_KINDS.map((k) => k.collection).join(', ')}.`,
      );
    }
    if (index.plans.length === 0 && kind.questions.some((q) => q.key === 'plan'))
      stop(
        'Chưa có kế hoạch nào trong content/plans/: hãy nhập kế hoạch trước (npm run import-plan -- <tệp>).',
      );

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
      stop(
        `Loại ${kind.collection} không dùng ${unknown.map(flagOf).join(', ')}. Xem: npm run new -- --help`,
      );

    try {
      const { answers, slug, proposed } = await collectAnswers(kind, given, index, prompter);
      const file = writeNewEntry(kind, answers, slug, index, today());
      output.outro(
        [
          `Đã tạo ${file}.`,
          ...(proposed.length ? [`Đã dùng giá trị đề xuất: ${proposed.join(', ')}.`] : []),
          'Tiếp theo: mở tệp, đọc lại các trường, điền các trường không bắt buộc nếu có nguồn,',
          'viết phần nội dung; rồi npm run check:content và npm run dev để xem trang.',
        ].join('\n'),
      );
    } catch (error) {
      if (error instanceof NewEntryError) stop(error.message);
      throw error;
    }
  });
}
