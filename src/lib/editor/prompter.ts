/**
 * How the editor's commands ask questions. Behind an interface so that the questions
 * themselves (their order, defaults and checks) are plain logic a test can drive with
 * scripted answers; in a terminal they are asked with @clack/prompts.
 */
import * as clack from '@clack/prompts';

/** One choice of a select question. */
export interface Choice<T> {
  value: T;
  label: string;
  hint?: string;
}

/** A question answered with a line of text. */
export interface TextPrompt {
  message: string;
  initialValue?: string | undefined;
  placeholder?: string | undefined;
  /** A Vietnamese message when the answer cannot be used. */
  validate?: (value: string) => string | undefined;
}

/** A question answered by picking one choice. */
export interface SelectPrompt<T> {
  message: string;
  choices: Choice<T>[];
  initialValue?: T | undefined;
}

/** A question answered by picking any number of choices (at least one when `required`). */
export interface MultiSelectPrompt<T> {
  message: string;
  choices: Choice<T>[];
  required: boolean;
}

/** The questions a command can ask; each resolves with the editor's answer. */
export interface Prompter {
  text(question: TextPrompt): Promise<string>;
  select<T>(question: SelectPrompt<T>): Promise<T>;
  multiselect<T>(question: MultiSelectPrompt<T>): Promise<T[]>;
}

/** True when both ends of the terminal are a person (not a pipe, a file or CI). */
export function isInteractive(): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY) && !clack.isCI();
}

/** What a command says when the editor stops it before anything is written. */
const STOPPED = 'Đã dừng; chưa ghi tệp nào.';

/**
 * An answer, or an Error saying the command stopped when the input ends first (Ctrl+D):
 * the prompt's promise would otherwise never settle, and Node would end the command with
 * an English warning and exit code 13 (audit I8, N2).
 */
export function answerOrStop<T>(
  answer: Promise<T>,
  input: NodeJS.ReadableStream = process.stdin,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(new Error(STOPPED));
    input.once('end', stop);
    input.once('close', stop);
    answer.then(resolve, reject).finally(() => {
      input.off('end', stop);
      input.off('close', stop);
    });
  });
}

function answered<T>(value: T | symbol): T {
  if (clack.isCancel(value)) {
    clack.cancel(STOPPED);
    process.exit(1);
  }
  return value as T;
}

/** A prompt's answer; on end of input, the command stops with a Vietnamese message and exit code 1. */
async function untilInputEnds<T>(answer: Promise<T>): Promise<T> {
  try {
    return await answerOrStop(answer);
  } catch (error) {
    if ((error as Error).message !== STOPPED) throw error;
    clack.cancel(STOPPED);
    process.exit(1);
  }
}

/** Asks in the terminal with @clack/prompts; Ctrl+C stops the command without writing anything. */
export const clackPrompter: Prompter = {
  async text({ message, initialValue, placeholder, validate }) {
    const value = await untilInputEnds(
      clack.text({
        message,
        ...(initialValue === undefined ? {} : { initialValue }),
        ...(placeholder === undefined ? {} : { placeholder }),
        ...(validate ? { validate: (input: string | undefined) => validate((input ?? '').trim()) } : {}),
      }),
    );
    return answered<string>(value).trim();
  },
  async select<T>({ message, choices, initialValue }: SelectPrompt<T>) {
    // clack types options by a conditional type that a generic Choice<T> cannot satisfy.
    const options = choices as Parameters<typeof clack.select>[0]['options'];
    const value = await untilInputEnds(
      clack.select({
        message,
        options,
        maxItems: 12,
        ...(initialValue === undefined ? {} : { initialValue }),
      }),
    );
    return answered(value as T | symbol);
  },
  async multiselect<T>({ message, choices, required }: MultiSelectPrompt<T>) {
    const options = choices as Parameters<typeof clack.multiselect>[0]['options'];
    const value = await untilInputEnds(clack.multiselect({ message, options, required, maxItems: 12 }));
    return answered(value as T[] | symbol);
  },
};
