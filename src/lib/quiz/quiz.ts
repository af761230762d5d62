/**
 * The lesson self-check, as data: option letters, the right answer, the answer key printed
 * on a handout and the score line shown at the end. Used at build and in the browser.
 */

const LETTERS = 'ABCDEFGHIJ';

/** The letter an option is shown with: 0 → "A", 1 → "B"… */
export function optionLetter(index: number): string {
  const letter = LETTERS[index];
  if (letter === undefined) throw new RangeError(`Không có chữ cái cho phương án thứ ${index + 1}.`);
  return letter;
}

/** The index of the one right option (the lesson schema guarantees there is exactly one). */
export function correctOptionIndex(options: readonly { correct: boolean }[]): number {
  const indexes = options.flatMap((option, index) => (option.correct ? [index] : []));
  if (indexes.length !== 1) throw new Error(`Cần đúng một phương án đúng, nhưng có ${indexes.length}.`);
  return indexes[0]!;
}

/** The answer key of a quiz, one "number letter" pair per question: "1 A · 2 C · 3 B". */
export function answerKey(questions: readonly { options: readonly { correct: boolean }[] }[]): string {
  return questions
    .map((question, index) => `${index + 1} ${optionLetter(correctOptionIndex(question.options))}`)
    .join(' · ');
}

/** What the learner is told once every question has been checked. */
export function scoreMessage(correct: number, total: number): string {
  const score = `Bạn trả lời đúng ${correct}/${total} câu.`;
  if (correct === total) return `${score} Rất tốt: bạn đã nắm chắc nội dung bài.`;
  if (correct * 2 >= total)
    return `${score} Hãy xem lại những câu chưa đúng qua liên kết “Xem trong sổ tay”.`;
  return `${score} Nên đọc lại bài giảng, rồi làm lại bài tự kiểm tra.`;
}
