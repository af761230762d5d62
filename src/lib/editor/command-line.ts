/**
 * Reads the editor commands' flags with Node's parseArgs, in Vietnamese: an unknown flag
 * is named with the list of flags (Node says it in English, audit I8), and a flag given
 * twice that takes one value is refused rather than silently taking the last (audit N3).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The options of a command, as parseArgs takes them. */
export type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/** The flags of `npm run import-plan`. */
export const IMPORT_PLAN_OPTIONS = {
  year: { type: 'string' },
  issuer: { type: 'string' },
  force: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies CommandOptions;

/** Parses `argv`; throws an Error with a Vietnamese message for an unknown or repeated flag. */
export function parseCommandLine<O extends CommandOptions>(options: O, argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, tokens: true, strict: true });
  } catch (error) {
    const flag = /'(-{1,2}[^'\s]+)'/.exec((error as Error).message)?.[1] ?? '';
    const known = Object.keys(options)
      .map((name) => `--${name}`)
      .join(', ');
    throw new Error(
      /Unknown option/.test((error as Error).message)
        ? `Lệnh này không có tùy chọn ${flag}. Các tùy chọn: ${known}. Kiểm tra chính tả.`
        : `Tùy chọn ${flag} dùng chưa đúng (cần một giá trị ngay sau nó). Các tùy chọn: ${known}.`,
      { cause: error },
    );
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option' || options[token.name]?.multiple) continue;
    if (seen.has(token.name))
      throw new Error(`--${token.name} được cho hai lần: hãy cho một lần, với giá trị bạn muốn dùng.`);
    seen.add(token.name);
  }
  return { values: parsed.values, positionals: parsed.positionals };
}
