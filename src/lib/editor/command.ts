/**
 * What the editor's commands (`npm run new`, `npm run import-plan`) share besides their
 * questions: where their messages go and how they stop. Each command is a function of its
 * flags and a context that returns the exit status, so tests run it in-process with
 * scripted answers and recorded messages; the script in scripts/ only wires it to the
 * terminal (terminalContext) and exits with the status.
 */
import * as clack from '@clack/prompts';
import { clackPrompter, isInteractive, type Prompter } from './prompter.ts';

/** Where a command's messages go. */
export interface CommandOutput {
  /** Opens the command's frame (a person at the terminal only). */
  intro(title: string): void;
  /** A block of what the command recognised, under a title. */
  note(text: string, title: string): void;
  /** The last message of a command that succeeded. */
  outro(text: string): void;
  /** A line of information. */
  log(text: string): void;
  /** A warning: the command goes on. */
  warn(text: string): void;
  /** Why the command stopped: its exit status is 1. */
  fail(text: string): void;
}

/** What a command runs with: the content folder, its messages and, when a person answers, its questions. */
export interface CommandContext {
  root: string;
  output: CommandOutput;
  /** Absent when no one is at the keyboard: every answer must then come from the flags. */
  prompter?: Prompter | undefined;
}

/** Plain lines, for a pipe, a file or CI: results to `out`, warnings and failures to `err`. */
export function plainOutput(
  out: (text: string) => void = console.log,
  err: (text: string) => void = console.error,
): CommandOutput {
  return { intro: () => {}, note: out, outro: out, log: out, warn: err, fail: err };
}

/** @clack/prompts' frame around the questions, for a person at the terminal. */
const clackOutput: CommandOutput = {
  intro: clack.intro,
  note: clack.note,
  outro: clack.outro,
  log: console.log,
  warn: console.warn,
  fail: clack.cancel,
};

/** The context of a command started from a terminal: questions and clack's frame for a person, plain lines otherwise. */
export function terminalContext(root: string): CommandContext {
  return isInteractive()
    ? { root, output: clackOutput, prompter: clackPrompter }
    : { root, output: plainOutput() };
}

/** Stops a command: its message is what the person reads, and the exit status is 1. */
export class CommandStop extends Error {
  override name = 'CommandStop';
}

/** Throws the message that stops the command. */
export function stop(message: string): never {
  throw new CommandStop(message);
}

/** Runs a command's body: 0 when it returns, 1 (with its message) when it stops. */
export async function runCommand(output: CommandOutput, body: () => Promise<void>): Promise<number> {
  try {
    await body();
    return 0;
  } catch (error) {
    if (!(error instanceof CommandStop)) throw error;
    output.fail(error.message);
    return 1;
  }
}
