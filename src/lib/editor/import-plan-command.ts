/**
 * `npm run import-plan -- <file> [--year N] [--issuer "…"] [--force]` (scripts/import-plan.ts)
 * as a function: imports a year's plan from its original, a .txt or Word .docx file, into
 * content/plans/<year>.yaml, and resolves with the exit status. It reports what it
 * recognised and stops, naming each line, on text it cannot place. With a prompter it asks
 * for what it cannot read (the file, the issuer, the year); otherwise flags give them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parse } from 'yaml';
import type { Plan } from '../../schemas/plan.ts';
import { planToYaml } from '../plan/plan-yaml.ts';
import { IMPORT_PLAN_OPTIONS, parseCommandLine } from './command-line.ts';
import { runCommand, stop, type CommandContext } from './command.ts';
import {
  describePlan,
  forceImpact,
  importPlan,
  latestPlan,
  onlyYearMissing,
  planFile,
} from './import-plan.ts';
import { readPlanSource } from './plan-source.ts';

const USAGE = `Cách dùng: npm run import-plan -- <tệp .txt hoặc .docx> [--year 2023] [--issuer "…"] [--force]
  --year    năm của kế hoạch, khi trích yếu không ghi "… năm 2023"
  --issuer  cơ quan ban hành (mặc định: như kế hoạch mới nhất đã có)
  --force   ghi đè content/plans/<năm>.yaml nếu đã có`;

function parseYear(value: string): number | undefined {
  return /^\d{4}$/.test(value.trim()) ? Number(value) : undefined;
}

function parseArguments(argv: string[]) {
  try {
    return parseCommandLine(IMPORT_PLAN_OPTIONS, argv);
  } catch (error) {
    return stop(`${(error as Error).message}\n${USAGE}`);
  }
}

/** Runs `npm run import-plan` with these arguments; resolves with the exit status (0 written or unchanged, 1 refused). */
export function importPlanCommand(
  argv: string[],
  { root, output, prompter }: CommandContext,
): Promise<number> {
  return runCommand(output, async () => {
    const args = parseArguments(argv);
    if (args.values.help) {
      output.log(USAGE);
      return;
    }
    output.intro('Nhập kế hoạch năm mới');

    let file = args.positionals[0];
    if (!file && prompter) {
      file = await prompter.text({
        message: 'Đường dẫn tệp kế hoạch (.txt hoặc .docx)?',
        validate: (value) => (existsSync(value) ? undefined : `Không thấy tệp "${value}".`),
      });
    }
    if (!file) stop(`Thiếu tệp kế hoạch.\n${USAGE}`);
    if (!existsSync(file)) stop(`Không thấy tệp "${file}".`);

    let year: number | undefined;
    if (args.values.year !== undefined) {
      year = parseYear(args.values.year);
      if (year === undefined)
        stop(`--year cần một năm bốn chữ số (ví dụ 2023), nhưng gặp "${args.values.year}".`);
    }

    const latest = latestPlan(root);
    let issuer = args.values.issuer?.trim();
    if (!issuer && prompter) {
      issuer = await prompter.text({
        message: 'Cơ quan ban hành kế hoạch?',
        initialValue: latest?.issuer,
        validate: (value) => (value ? undefined : 'Cần tên cơ quan ban hành.'),
      });
    }
    issuer ||= latest?.issuer;
    if (!issuer) stop('Chưa có kế hoạch nào để lấy cơ quan ban hành: hãy cho biết bằng --issuer "…".');

    const { text, warnings } = await readPlanSource(file).catch((error: Error) => stop(error.message));
    for (const warning of warnings) output.warn(`Lưu ý khi đọc tệp Word: ${warning}`);

    const build = (withYear: number | undefined) =>
      importPlan(text, { issuer, ...(withYear === undefined ? {} : { year: withYear }) });
    let plan: Plan;
    try {
      plan = build(year);
    } catch (error) {
      if (!onlyYearMissing(error)) stop((error as Error).message);
      if (!prompter)
        stop('Trích yếu của kế hoạch không ghi năm ("… năm 2023"): hãy cho biết năm bằng --year 2023.');
      year = parseYear(
        await prompter.text({
          message: 'Trích yếu không ghi năm. Kế hoạch này của năm nào?',
          placeholder: '2023',
          validate: (value) => (parseYear(value) ? undefined : 'Cần một năm bốn chữ số, ví dụ 2023.'),
        }),
      );
      try {
        plan = build(year);
      } catch (retryError) {
        stop((retryError as Error).message);
      }
    }

    output.note(describePlan(plan).join('\n'), 'Đã nhận ra');

    const target = planFile(root, plan.year);
    const yaml = planToYaml(plan);
    const existing = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    if (existing !== undefined) {
      if (existing === yaml) {
        output.outro(`${target} đã đúng như bản gốc này; không có gì thay đổi.`);
        return;
      }
      const impact = forceImpact(parse(existing) as Plan, plan, root);
      if (!args.values.force)
        stop(
          [
            `Đã có ${target} và nội dung khác bản vừa đọc. Kiểm tra lại năm; nếu muốn thay bằng bản này, chạy lại với --force.`,
            ...(impact.length > 0 ? ['Thay thì:', ...impact.map((line) => `  • ${line}`)] : []),
          ].join('\n'),
        );
      if (impact.length > 0)
        output.warn(['--force: thay kế hoạch thì', ...impact.map((line) => `  • ${line}`)].join('\n'));
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, yaml);

    output.outro(
      [
        `Đã ghi ${target}.`,
        'Tiếp theo:',
        `  • tạo chủ đề cho từng tiểu mục của mục II: npm run new -- --kind themes --plan ${plan.year}`,
        '  • kiểm tra nội dung: npm run check:content',
        `  • xem thử: npm run dev, rồi mở /ke-hoach/${plan.year}/`,
      ].join('\n'),
    );
  });
}
