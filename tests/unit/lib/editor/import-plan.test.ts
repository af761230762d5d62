import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import {
  describePlan,
  importPlan,
  latestPlan,
  onlyYearMissing,
} from '../../../../src/lib/editor/import-plan.ts';
import { readDocx, readPlanSource } from '../../../../src/lib/editor/plan-source.ts';
import { PlanParseError } from '../../../../src/lib/plan/parse-plan-text.ts';
import { planToYaml } from '../../../../src/lib/plan/plan-yaml.ts';
import { planDocx, type DocxLayout } from '../../../fixtures/plan-docx.ts';
import { importPlanCommand } from '../../../../src/lib/editor/import-plan-command.ts';
import { runInProcess, scriptedPrompter } from '../../../fixtures/editor-commands.ts';

const SEED = 'sources/seed/ke-hoach-2022.txt';
const seed = readFileSync(SEED, 'utf8');
const committed = readFileSync('content/plans/2022.yaml', 'utf8');
const ISSUER = 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hải Phòng';
const workdir = mkdtempSync(join(tmpdir(), 'so-tay-nhap-ke-hoach-'));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

/** Runs `npm run import-plan`'s command in-process on the content folder `content`, as from a pipe. */
function importCommand(content: string, ...args: string[]) {
  return runInProcess(importPlanCommand, content, args);
}

/** A content folder holding only the committed 2022 plan. */
function contentWith2022(name: string): string {
  const content = join(workdir, name);
  mkdirSync(join(content, 'plans'), { recursive: true });
  cpSync('content/plans/2022.yaml', join(content, 'plans', '2022.yaml'));
  return content;
}

describe('nhập kế hoạch từ bản gốc .txt', () => {
  it('tạo lại đúng từng byte tệp content/plans/2022.yaml', () => {
    expect(planToYaml(importPlan(seed, { issuer: ISSUER }))).toBe(committed);
  });

  it('báo cáo những gì nhận ra: mục, tiểu mục, số đoạn, nơi nhận', () => {
    const report = describePlan(importPlan(seed, { issuer: ISSUER }));
    expect(report).toContain('Mục II. NỘI DUNG TUYÊN TRUYỀN — 5 tiểu mục');
    expect(report).toContain('  2. Yêu cầu — 1 đoạn văn (I.2.1)');
    expect(report).toContain('  1. Mục đích — 2 gạch đầu dòng (I.1.1–I.1.2)');
    expect(report).toContain('Tổng cộng 31 đoạn có mã (kể cả đoạn mở đầu).');
    expect(report).toContain('Nơi nhận: 9 dòng; khối ký: TM. BAN THƯỜNG TRỰC');
  });

  it('từ chối năm cho sẵn khác năm trong trích yếu', () => {
    expect(() => importPlan(seed, { issuer: ISSUER, year: 2023 })).toThrow(
      'Trích yếu ghi năm 2022 nhưng năm được cho là 2023.',
    );
  });

  it('nhận ra khi chỉ thiếu năm, để hỏi biên tập viên', () => {
    const noYear = seed.replace('toàn dân năm 2022\n', 'toàn dân\n');
    const attempt = () => importPlan(noYear, { issuer: ISSUER });
    expect(attempt).toThrow(PlanParseError);
    expect(onlyYearMissing(catchError(attempt))).toBe(true);
    expect(importPlan(noYear, { issuer: ISSUER, year: 2022 }).year).toBe(2022);
    expect(onlyYearMissing(catchError(() => importPlan('KẾ HOẠCH\nMột dòng', { issuer: ISSUER })))).toBe(
      false,
    );
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('không có lỗi');
}

describe.each<DocxLayout>(['typed', 'word-lists', 'closing-table'])(
  'nhập từ tệp Word .docx (%s)',
  { timeout: 30_000 },
  (layout) => {
    it('cho đúng kế hoạch như bản .txt', async () => {
      const file = join(workdir, `ke-hoach-2022-${layout}.docx`);
      writeFileSync(file, await planDocx(seed.split('\n'), layout));
      const { text } = await readPlanSource(file);
      expect(planToYaml(importPlan(text, { issuer: ISSUER }))).toBe(committed);
    });
  },
);

describe('tệp Word: gạch đầu dòng và đánh số tự động thành chữ gõ', () => {
  it('gạch đầu dòng của Word thành "- ", số tự động thành I., 1. theo mục', async () => {
    const lines = [
      'KẾ HOẠCH',
      'Thử năm 2023',
      'Căn cứ…',
      'I. MỤC ĐÍCH',
      '1. Một',
      '- a',
      '2. Hai',
      '- b',
      'II. NỘI DUNG',
      '1. Ba',
      '- c',
    ];
    const docx = await planDocx(lines, 'word-lists');
    const { value: storedText } = await mammoth.extractRawText({ buffer: docx });
    expect(storedText).toContain('\n\nMỤC ĐÍCH\n\nMột\n\na\n\n');
    const { lines: read } = await readDocx(docx);
    expect(read).toEqual(lines);
  });
});

describe('lệnh npm run import-plan', { timeout: 60_000 }, () => {
  it('nhập bản gốc 2022 vào một thư mục trống, lấy cơ quan ban hành từ --issuer', async () => {
    const content = join(workdir, 'trong');
    const run = await importCommand(content, SEED, '--issuer', ISSUER);
    expect(run.status, run.output).toBe(0);
    expect(readFileSync(join(content, 'plans', '2022.yaml'), 'utf8')).toBe(committed);
    expect(run.output).toContain('Tổng cộng 31 đoạn có mã');
    expect(run.output).toContain(`Đã ghi ${join(content, 'plans', '2022.yaml')}.`);
  });

  it('nhập tệp .docx, lấy cơ quan ban hành của kế hoạch mới nhất đã có', async () => {
    const content = contentWith2022('docx');
    const file = join(workdir, 'ke-hoach-2023.docx');
    const lines = seed.replaceAll('năm 2022', 'năm 2023').split('\n');
    writeFileSync(file, await planDocx(lines, 'word-lists'));
    const run = await importCommand(content, file);
    expect(run.status, run.output).toBe(0);
    expect(latestPlan(content)).toEqual({ year: 2023, issuer: ISSUER });
    expect(run.output).toContain(
      'Kế hoạch năm 2023: KẾ HOẠCH — Tuyên truyền, vận động, xây dựng khối đại đoàn kết toàn dân năm 2023',
    );
  });

  it('không ghi đè kế hoạch đã có khi thiếu --force, ghi đè khi có', async () => {
    const content = contentWith2022('ghi-de');
    const changed = join(workdir, 'ke-hoach-2022-sua.txt');
    writeFileSync(changed, seed.replace('I. MỤC ĐÍCH, YÊU CẦU', 'I. MỤC ĐÍCH VÀ YÊU CẦU'));
    const refused = await importCommand(content, changed);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain(
      'và nội dung khác bản vừa đọc. Kiểm tra lại năm; nếu muốn thay bằng bản này, chạy lại với --force.',
    );
    expect(readFileSync(join(content, 'plans', '2022.yaml'), 'utf8')).toBe(committed);

    const forced = await importCommand(content, changed, '--force');
    expect(forced.status, forced.output).toBe(0);
    expect(readFileSync(join(content, 'plans', '2022.yaml'), 'utf8')).toContain('title: MỤC ĐÍCH VÀ YÊU CẦU');
  });

  it('nhập lại đúng bản gốc thì không cần --force và không đổi gì', async () => {
    const run = await importCommand(contentWith2022('nhap-lai'), SEED);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('đã đúng như bản gốc này; không có gì thay đổi.');
  });

  it('hỏi năm bằng --year khi trích yếu không ghi năm (không có người gõ)', async () => {
    const file = join(workdir, 'khong-nam.txt');
    writeFileSync(file, seed.replace('toàn dân năm 2022\n', 'toàn dân\n'));
    const content = contentWith2022('khong-nam');
    const refused = await importCommand(content, file);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain(
      'Trích yếu của kế hoạch không ghi năm ("… năm 2023"): hãy cho biết năm bằng --year 2023.',
    );
    const run = await importCommand(content, file, '--year', '2024');
    expect(run.status, run.output).toBe(0);
    expect(readFileSync(join(content, 'plans', '2024.yaml'), 'utf8')).toContain('year: 2024\n');
  });

  it('dừng và nêu đúng dòng không đặt được chỗ, không ghi tệp', async () => {
    const file = join(workdir, 'sai.txt');
    const lines = seed.split('\n');
    const at = lines.findIndex((line) => line.startsWith('2. Yêu cầu'));
    lines.splice(at, 0, 'Một dòng văn thường lạc giữa các gạch đầu dòng.');
    writeFileSync(file, lines.join('\n'));
    const content = join(workdir, 'sai');
    const run = await importCommand(content, file, '--issuer', ISSUER);
    expect(run.status).toBe(1);
    expect(run.output).toContain(
      `dòng ${at + 1}: đoạn văn thường đứng sau gạch đầu dòng trong tiểu mục I.1: hãy đưa nó thành một gạch đầu dòng, hoặc nối vào đoạn trước.\n    «Một dòng văn thường lạc giữa các gạch đầu dòng.»`,
    );
    expect(() => readFileSync(join(content, 'plans', '2022.yaml'))).toThrow();
  });

  it('--help in cách dùng, không ghi gì', async () => {
    const run = await importCommand(join(workdir, 'tro-giup'), '--help');
    expect(run.status).toBe(0);
    expect(run.output).toContain('Cách dùng: npm run import-plan -- <tệp .txt hoặc .docx>');
  });

  it.each([
    [['--nam', '2023'], 'Lệnh này không có tùy chọn --nam.'],
    [[], 'Thiếu tệp kế hoạch.\nCách dùng: npm run import-plan'],
    [['khong-co.txt'], 'Không thấy tệp "khong-co.txt".'],
    [[SEED, '--year', '23'], '--year cần một năm bốn chữ số (ví dụ 2023), nhưng gặp "23".'],
    [[SEED], 'Chưa có kế hoạch nào để lấy cơ quan ban hành: hãy cho biết bằng --issuer "…".'],
  ])('%j trong thư mục trống: dừng với lời báo, mã thoát 1', async (args, message) => {
    const content = join(workdir, 'trong-khong-ghi');
    const run = await importCommand(content, ...args);
    expect(run.status).toBe(1);
    expect(run.output).toContain(message);
    expect(existsSync(content)).toBe(false);
  });

  it('có người ở bàn phím: hỏi tệp, cơ quan ban hành (gợi ý theo kế hoạch mới nhất) và năm khi trích yếu không ghi', async () => {
    const file = join(workdir, 'hoi-khong-nam.txt');
    writeFileSync(file, seed.replace('toàn dân năm 2022\n', 'toàn dân\n'));
    const content = contentWith2022('hoi');
    const { prompter, asked } = scriptedPrompter([file, ISSUER, '2025']);
    const run = await runInProcess(importPlanCommand, content, [], prompter);
    expect(run.status, run.output).toBe(0);
    expect(asked).toEqual([
      { message: 'Đường dẫn tệp kế hoạch (.txt hoặc .docx)?', initial: undefined },
      { message: 'Cơ quan ban hành kế hoạch?', initial: ISSUER },
      { message: 'Trích yếu không ghi năm. Kế hoạch này của năm nào?', initial: undefined },
    ]);
    expect(readFileSync(join(content, 'plans', '2025.yaml'), 'utf8')).toContain('year: 2025\n');
  });

  it('--force thay kế hoạch mà các mục còn dẫn đoạn bị bỏ: cảnh báo, nêu mục', async () => {
    const content = join(workdir, 'ghi-de-co-muc');
    cpSync('content', content, { recursive: true });
    const shorter = join(workdir, 'ke-hoach-2022-ngan.txt');
    writeFileSync(
      shorter,
      seed.replace(/\n- Phát huy vai trò của cộng đồng người Việt Nam ở nước ngoài[^\n]*/, ''),
    );
    const refused = await importCommand(content, shorter);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('Thay thì:\n  • ');
    const forced = await importCommand(content, shorter, '--force');
    expect(forced.status, forced.output).toBe(0);
    expect(forced.output).toContain('--force: thay kế hoạch thì\n  • ');
  });

  it('chỉ nhận .txt và .docx', async () => {
    const file = join(workdir, 'ke-hoach.doc');
    writeFileSync(file, 'x');
    const run = await importCommand(join(workdir, 'doc'), file, '--issuer', ISSUER);
    expect(run.status).toBe(1);
    expect(run.output).toContain('chỉ nhận tệp văn bản .txt hoặc tệp Word .docx');
  });
});
