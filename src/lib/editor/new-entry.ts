/**
 * `npm run new`: asks for an entry's key fields (or takes them from flags), proposes its
 * slug, refuses a duplicate, and writes a skeleton file that passes the content checker.
 *
 * The skeleton holds only what the editor answered. Optional fields are listed as YAML
 * comments with their description, and the page text is an MDX comment listing the
 * usual sections: both are visible to the editor in the file and invisible on the site,
 * so a half-finished entry builds and publishes no placeholder text.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { checkContent } from '../content-check/check.ts';
import { formatProblem } from '../content-check/problem.ts';
import type { ContentIndex } from './content-index.ts';
import type { Answers, EntryKind, Question } from './entry-kinds.ts';
import { slugProblem } from './entry-kinds.ts';
import type { Prompter } from './prompter.ts';
import { collectionFields } from '../../schemas/fields.ts';
import { extensionOf } from '../../schemas/registry.ts';

/** Problems with the answers, each a Vietnamese sentence naming the flag concerned. */
export class NewEntryError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(['Chưa tạo được mục mới:', ...problems.map((problem) => `  • ${problem}`)].join('\n'));
    this.name = 'NewEntryError';
    this.problems = problems;
  }
}

/** The flag of an answer, as typed on the command line. */
export function flagOf(key: string): string {
  return `--${key}`;
}

function listOf(value: string | string[] | undefined): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.map((item) => item.trim()).filter((item) => item !== '');
}

/** Checks one answer against its question; returns the stored value or a problem. */
function checkAnswer(
  question: Question,
  raw: string | string[],
  answers: Answers,
  index: ContentIndex,
): { value: string | string[] } | { problem: string } {
  switch (question.type) {
    case 'text': {
      const typed = (Array.isArray(raw) ? raw.join(' ') : raw).trim();
      // A field of one line: a line break or control character would end up in titles and YAML (audit N1).
      // eslint-disable-next-line no-control-regex -- control characters are what it finds.
      if (/[\u0000-\u001f\u007f]/.test(typed))
        return { problem: 'Cần viết trên một dòng, không xuống dòng và không có ký tự điều khiển.' };
      const value = typed && question.normalize ? question.normalize(typed) : typed;
      const problem = question.validate?.(value, answers, index);
      return problem ? { problem } : { value };
    }
    case 'list': {
      const value = listOf(raw);
      return value.length > 0 ? { value } : { problem: `Cần ít nhất một dòng: ${question.message}.` };
    }
    case 'select': {
      const value = (Array.isArray(raw) ? (raw[0] ?? '') : raw).trim();
      const choices = question.choices(answers, index).map((choice) => choice.value);
      if (choices.length === 0)
        return { problem: question.none ?? `Không có lựa chọn nào cho: ${question.message}` };
      return choices.includes(value)
        ? { value }
        : { problem: `"${value}" không phải một lựa chọn. Chọn một trong: ${choices.join(', ')}.` };
    }
    case 'multiselect': {
      const value = listOf(raw).flatMap((item) => item.split(',').map((part) => part.trim()));
      const choices = question.choices(answers, index).map((choice) => choice.value);
      const unknown = value.filter((item) => !choices.includes(item));
      if (unknown.length > 0)
        return {
          problem: `Không có ${unknown.map((u) => `"${u}"`).join(', ')}. Chọn trong: ${choices.join(', ')}.`,
        };
      return value.length === 0 && question.required(answers)
        ? { problem: `Cần chọn ít nhất một: ${question.message}` }
        : { value };
    }
  }
}

/** Asks one question at the terminal, repeating a list question until an empty line. */
async function ask(question: Question, answers: Answers, index: ContentIndex, prompter: Prompter) {
  switch (question.type) {
    case 'text':
      return prompter.text({
        message: question.message,
        initialValue: question.initial?.(answers, index),
        validate: (value) => {
          const checked = checkAnswer(question, value, answers, index);
          return 'problem' in checked ? checked.problem : undefined;
        },
      });
    case 'list': {
      const lines: string[] = [];
      for (;;) {
        const line = await prompter.text({
          message: `${question.message} — dòng ${lines.length + 1}${lines.length > 0 ? ' (để trống để thôi)' : ''}?`,
          validate: (value) => (value === '' && lines.length === 0 ? 'Cần ít nhất một dòng.' : undefined),
        });
        if (line === '') return lines;
        lines.push(line);
      }
    }
    case 'select': {
      const choices = question.choices(answers, index);
      if (choices.length === 0) {
        const checked = checkAnswer(question, '', answers, index);
        throw new NewEntryError(['problem' in checked ? checked.problem : question.message]);
      }
      return prompter.select({
        message: question.message,
        choices,
        initialValue: question.initial?.(answers, index),
      });
    }
    case 'multiselect':
      return prompter.multiselect({
        message: question.message,
        choices: question.choices(answers, index),
        required: question.required(answers),
      });
  }
}

/**
 * The answers to a kind's questions, then the slug: each taken from `given` (the flags)
 * when there, else asked with `prompter` when there is one, else its proposed value
 * (listed in `proposed` so the command can say which it used). Without a prompter,
 * every missing or unusable answer is reported at once.
 */
export async function collectAnswers(
  kind: EntryKind,
  given: Answers,
  index: ContentIndex,
  prompter?: Prompter,
): Promise<{ answers: Answers; slug: string; proposed: string[] }> {
  const answers: Answers = {};
  const problems: string[] = [];
  const used: string[] = [];
  for (const question of kind.questions) {
    if (question.when && !question.when(answers)) continue;
    const flag = given[question.key];
    if (flag !== undefined) {
      const checked = checkAnswer(question, flag, answers, index);
      // A refused answer is still kept, so the questions after it are checked against it.
      answers[question.key] = 'value' in checked ? checked.value : flag;
      if ('problem' in checked) problems.push(`${flagOf(question.key)}: ${checked.problem}`);
      continue;
    }
    if (prompter) {
      const typed = await ask(question, answers, index, prompter);
      const checked = checkAnswer(question, typed, answers, index);
      answers[question.key] = 'value' in checked ? checked.value : typed;
      continue;
    }
    const proposed = 'initial' in question ? question.initial?.(answers, index) : undefined;
    const checked = checkAnswer(question, proposed ?? '', answers, index);
    if ('value' in checked) {
      answers[question.key] = checked.value;
      if (proposed) used.push(`${flagOf(question.key)} "${proposed}"`);
    } else problems.push(`thiếu ${flagOf(question.key)} (${question.message})`);
  }
  if (problems.length > 0) throw new NewEntryError(problems);

  const proposed = kind.slug(answers, index);
  const flagSlug = typeof given['slug'] === 'string' ? given['slug'].trim() : undefined;
  const slug =
    flagSlug ??
    (prompter
      ? await prompter.text({
          message: 'Mã của mục (tên tệp, cũng là địa chỉ trang)?',
          initialValue: proposed,
          validate: (value) => slugProblem(kind, value, index),
        })
      : proposed);
  const problem = slugProblem(kind, slug, index);
  if (problem) throw new NewEntryError([`${flagOf('slug')}: ${problem}`]);
  if (!prompter && flagSlug === undefined) used.push(`${flagOf('slug')} "${slug}"`);
  return { answers, slug, proposed: used };
}

const FILE_NOTE = [
  'Tệp do "npm run new" tạo: các trường dưới đây là câu trả lời của bạn, hãy đọc lại.',
  'Hướng dẫn: docs/huong-dan-bien-tap.md · Kiểm tra: npm run check:content · Xem thử: npm run dev',
];

/** Whether a kind's entries are pure data (YAML) rather than MDX pages. */
function isDataOnly(kind: EntryKind): boolean {
  return extensionOf(kind.collection) === '.yaml';
}

/** The file name of an entry: YAML for pure-data collections, MDX for the others. */
export function entryFileName(kind: EntryKind, slug: string): string {
  return `${slug}${extensionOf(kind.collection)}`;
}

/** The optional fields the entry leaves out, as comments an editor can fill in and uncomment. */
function optionalFieldComments(kind: EntryKind, data: Record<string, unknown>): string[] {
  const left = collectionFields(kind.collection).filter(
    (field) => !field.required && !field.name.includes(' › ') && !(field.name in data),
  );
  if (left.length === 0) return [];
  const width = Math.max(...left.map((field) => field.name.length)) + 2;
  return [
    'Trường không bắt buộc: khi cần, bỏ dấu # ở đầu dòng và điền (dữ kiện chỉ ghi khi có nguồn công khai).',
    ...left.map((field) => `${`${field.name}:`.padEnd(width)}${field.description}`),
  ];
}

/** The full text of the skeleton file of an entry. */
export function entryFileText(kind: EntryKind, data: Record<string, unknown>, sections: string[]): string {
  const order = collectionFields(kind.collection).map((field) => field.name);
  const ordered = Object.fromEntries(
    Object.entries(data).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)),
  );
  const comment = (lines: string[]) => lines.map((line) => `# ${line}`.trimEnd()).join('\n');
  const yaml = stringify(ordered, { lineWidth: 0 });
  const optional = optionalFieldComments(kind, data);
  const frontMatter = [
    comment(FILE_NOTE),
    yaml.trimEnd(),
    ...(optional.length ? [comment(optional)] : []),
  ].join('\n');
  if (isDataOnly(kind)) return `${frontMatter}\n`;

  const body = [
    '{/*',
    '  Viết nội dung trang ở đây, thay cho chú thích này (chú thích không hiện trên trang).',
    ...(sections.length
      ? ['  Các mục cùng loại thường có các phần:', ...sections.map((section) => `    ## ${section}`)]
      : []),
    '  Trích nguyên văn kế hoạch bằng PlanQuote, thêm hộp ghi chú bằng Callout:',
    '  xem cách viết trong docs/huong-dan-bien-tap.md.',
    '*/}',
  ];
  return `---\n${frontMatter}\n---\n\n${body.join('\n')}\n`;
}

/**
 * Checks a skeleton the way the build will, before it is written: laid over the content
 * in a temporary folder, it must give the content checker nothing to report.
 */
export function checkNewEntry(
  index: ContentIndex,
  kind: EntryKind,
  fileName: string,
  text: string,
): string[] {
  const overlay = mkdtempSync(join(tmpdir(), 'so-tay-muc-moi-'));
  try {
    mkdirSync(join(overlay, kind.collection));
    writeFileSync(join(overlay, kind.collection, fileName), text);
    return checkContent([index.root, overlay])
      .filter((problem) => problem.file.endsWith(join(kind.collection, fileName)))
      .map((problem) => formatProblem({ ...problem, file: join(index.root, kind.collection, fileName) }));
  } finally {
    rmSync(overlay, { recursive: true, force: true });
  }
}

/** Today's date where the editor is, as `YYYY-MM-DD`. */
export function today(): string {
  return new Date().toLocaleDateString('sv-SE');
}

/**
 * Makes the skeleton of a new entry from the answers, checks it, and writes it to
 * `<content>/<collection>/<slug>.<ext>`. Throws `NewEntryError` if the checker objects.
 */
export function writeNewEntry(
  kind: EntryKind,
  answers: Answers,
  slug: string,
  index: ContentIndex,
  date: string,
): string {
  const { data, sections } = kind.build(answers, index, date);
  const fileName = entryFileName(kind, slug);
  const text = entryFileText(kind, data, sections);
  const problems = checkNewEntry(index, kind, fileName, text);
  if (problems.length > 0) throw new NewEntryError(problems);
  const file = join(index.root, kind.collection, fileName);
  mkdirSync(join(index.root, kind.collection), { recursive: true });
  writeFileSync(file, text, { flag: 'wx' });
  return file;
}
