/**
 * Imports a year's plan from its original, a .txt or Word .docx file, into
 * content/plans/<year>.yaml: `npm run import-plan -- <file> [--year N] [--issuer "…"] [--force]`.
 * Reports what it recognised; stops, naming each line, on text it cannot place. In a
 * terminal it asks for what it cannot read (the year, the issuer); otherwise flags give them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as clack from '@clack/prompts';
import {
  describePlan,
  forceImpact,
  importPlan,
  latestPlan,
  onlyYearMissing,
  planFile,
} from '../src/lib/editor/import-plan.ts';
import { readPlanSource } from '../src/lib/editor/plan-source.ts';
import { IMPORT_PLAN_OPTIONS, parseCommandLine } from '../src/lib/editor/command-line.ts';
import { clackPrompter, isInteractive } from '../src/lib/editor/prompter.ts';
import { contentRoot } from '../src/lib/content-root.ts';
import { planToYaml } from '../src/lib/plan/plan-yaml.ts';
import type { Plan } from '../src/schemas/plan.ts';
import { parse } from 'yaml';

const USAGE = `Cách dùng: npm run import-plan -- <tệp .txt hoặc .docx> [--year 2023] [--issuer "…"] [--force]
  --year    năm của kế hoạch, khi trích yếu không ghi "… năm 2023"
  --issuer  cơ quan ban hành (mặc định: như kế hoạch mới nhất đã có)
  --force   ghi đè content/plans/<năm>.yaml nếu đã có`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function parseYear(value: string): number | undefined {
  return /^\d{4}$/.test(value.trim()) ? Number(value) : undefined;
}

const args = (() => {
  try {
    return parseCommandLine(IMPORT_PLAN_OPTIONS, process.argv.slice(2));
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
})();
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}

const interactive = isInteractive();
const root = contentRoot();
if (interactive) clack.intro('Nhập kế hoạch năm mới');

let file = args.positionals[0];
if (!file && interactive) {
  file = await clackPrompter.text({
    message: 'Đường dẫn tệp kế hoạch (.txt hoặc .docx)?',
    validate: (value) => (existsSync(value) ? undefined : `Không thấy tệp "${value}".`),
  });
}
if (!file) fail(`Thiếu tệp kế hoạch.\n${USAGE}`);
if (!existsSync(file)) fail(`Không thấy tệp "${file}".`);

let year: number | undefined;
if (args.values.year !== undefined) {
  year = parseYear(args.values.year);
  if (year === undefined)
    fail(`--year cần một năm bốn chữ số (ví dụ 2023), nhưng gặp "${args.values.year}".`);
}

const latest = latestPlan(root);
let issuer = args.values.issuer?.trim();
if (!issuer && interactive) {
  issuer = await clackPrompter.text({
    message: 'Cơ quan ban hành kế hoạch?',
    initialValue: latest?.issuer,
    validate: (value) => (value ? undefined : 'Cần tên cơ quan ban hành.'),
  });
}
issuer ||= latest?.issuer;
if (!issuer) fail('Chưa có kế hoạch nào để lấy cơ quan ban hành: hãy cho biết bằng --issuer "…".');

const { text, warnings } = await readPlanSource(file).catch((error: Error) => fail(error.message));
for (const warning of warnings) console.warn(`Lưu ý khi đọc tệp Word: ${warning}`);

const build = (withYear: number | undefined) =>
  importPlan(text, { issuer: issuer!, ...(withYear === undefined ? {} : { year: withYear }) });
let plan;
try {
  plan = build(year);
} catch (error) {
  if (!onlyYearMissing(error)) fail((error as Error).message);
  if (!interactive)
    fail('Trích yếu của kế hoạch không ghi năm ("… năm 2023"): hãy cho biết năm bằng --year 2023.');
  year = parseYear(
    await clackPrompter.text({
      message: 'Trích yếu không ghi năm. Kế hoạch này của năm nào?',
      placeholder: '2023',
      validate: (value) => (parseYear(value) ? undefined : 'Cần một năm bốn chữ số, ví dụ 2023.'),
    }),
  );
  try {
    plan = build(year);
  } catch (retryError) {
    fail((retryError as Error).message);
  }
}

const report = describePlan(plan);
if (interactive) clack.note(report.join('\n'), 'Đã nhận ra');
else console.log(report.join('\n'));

const target = planFile(root, plan.year);
const yaml = planToYaml(plan);
if (existsSync(target)) {
  if (readFileSync(target, 'utf8') === yaml) {
    console.log(`${target} đã đúng như bản gốc này; không có gì thay đổi.`);
    process.exit(0);
  }
  const impact = forceImpact(parse(readFileSync(target, 'utf8')) as Plan, plan, root);
  if (!args.values.force)
    fail(
      [
        `Đã có ${target} và nội dung khác bản vừa đọc. Kiểm tra lại năm; nếu muốn thay bằng bản này, chạy lại với --force.`,
        ...(impact.length > 0 ? ['Thay thì:', ...impact.map((line) => `  • ${line}`)] : []),
      ].join('\n'),
    );
  if (impact.length > 0)
    console.warn(['--force: thay kế hoạch thì', ...impact.map((line) => `  • ${line}`)].join('\n'));
}
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, yaml);

const next = [
  `Đã ghi ${target}.`,
  'Tiếp theo:',
  `  • tạo chủ đề cho từng tiểu mục của mục II: npm run new -- --kind themes --plan ${plan.year}`,
  '  • kiểm tra nội dung: npm run check:content',
  `  • xem thử: npm run dev, rồi mở /ke-hoach/${plan.year}/`,
].join('\n');
if (interactive) clack.outro(next);
else console.log(next);
