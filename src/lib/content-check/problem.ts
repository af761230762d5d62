/** A content problem, and how it is shown to an editor. */

/** One problem in one file: where, which field, and what is wrong (in Vietnamese). */
export interface ContentProblem {
  /** File path relative to the working directory, e.g. `content/documents/01-kl-tw.mdx`. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** The field, as editors write it (`issued`, `quiz › câu 2 › options`); empty for the whole file. */
  field: string;
  /** What was expected and what was found, and how to fix it. */
  message: string;
}

/** Formats a zod-style path for editors: `['quiz', 1, 'options']` → `quiz › mục 2 › options`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `mục ${part + 1}` : String(part))).join(' › ');
}

/** One problem as a line of the build's output. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` — trường "${problem.field}"` : '';
  return `${where}${field}: ${problem.message}`;
}

/** The whole report: a count, then one line per problem. */
export function formatReport(problems: readonly ContentProblem[]): string {
  return [
    `Nội dung có ${problems.length} lỗi cần sửa trước khi dựng trang:`,
    ...problems.map((problem) => `  • ${formatProblem(problem)}`),
  ].join('\n');
}
