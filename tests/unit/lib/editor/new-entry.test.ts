import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/content-check/check.ts';
import { formatProblem } from '../../../../src/lib/content-check/problem.ts';
import { indexContent, type ContentIndex } from '../../../../src/lib/editor/content-index.ts';
import {
  documentKindFromSymbol,
  ENTRY_KINDS,
  entryKind,
  shortSlug,
  type Answers,
  type EntryKind,
} from '../../../../src/lib/editor/entry-kinds.ts';
import { importPlan } from '../../../../src/lib/editor/import-plan.ts';
import { collectAnswers, NewEntryError, writeNewEntry } from '../../../../src/lib/editor/new-entry.ts';
import { newEntryCommand } from '../../../../src/lib/editor/new-entry-command.ts';
import { runInProcess, scriptedPrompter } from '../../../fixtures/editor-commands.ts';
import { answerFlags, NEW_ENTRY_ANSWERS } from '../../../fixtures/new-entries.ts';
import { planToYaml } from '../../../../src/lib/plan/plan-yaml.ts';

const ANSWERS = NEW_ENTRY_ANSWERS;
const PLAN_2023 = readFileSync('tests/fixtures/ke-hoach-2023.txt', 'utf8');
const TODAY = '2026-01-15';
const workdir = mkdtempSync(join(tmpdir(), 'so-tay-muc-moi-'));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

/** A copy of the real content plus the small 2023 test plan, in a fresh folder. */
function contentCopy(name: string): string {
  const root = join(workdir, name);
  cpSync('content', root, { recursive: true });
  const issuer = 'Ban Thường trực Ủy ban MTTQ Việt Nam thành phố (kiểm thử)';
  writeFileSync(join(root, 'plans', '2023.yaml'), planToYaml(importPlan(PLAN_2023, { issuer })));
  return root;
}

function kind(collection: string): EntryKind {
  const found = entryKind(collection);
  if (!found) throw new Error(`không có loại ${collection}`);
  return found;
}

async function create(index: ContentIndex, collection: string, answers: Answers) {
  const { answers: collected, slug } = await collectAnswers(kind(collection), answers, index);
  return writeNewEntry(kind(collection), collected, slug, index, TODAY);
}

async function problemsOf(run: () => Promise<unknown>): Promise<string[]> {
  try {
    await run();
  } catch (error) {
    if (error instanceof NewEntryError) return error.problems;
    throw error;
  }
  throw new Error('không có lỗi');
}

describe('mỗi loại mục mới viết ra một tệp mà bộ kiểm tra nội dung chấp nhận', { timeout: 60_000 }, () => {
  const root = contentCopy('moi-loai');
  const written = new Map<string, string>();

  beforeAll(async () => {
    for (const { collection } of ENTRY_KINDS) {
      written.set(collection, await create(indexContent(root), collection, ANSWERS[collection]!));
    }
  }, 120_000);

  it('có câu trả lời mẫu cho mọi loại', () => {
    expect(Object.keys(ANSWERS).sort()).toEqual(ENTRY_KINDS.map((k) => k.collection).sort());
  });

  it('toàn bộ nội dung, kể cả các mục mới, không có lỗi nào', () => {
    expect(checkContent([root]).map(formatProblem)).toEqual([]);
  });

  it.each([
    ['documents', 'documents/99-kl-tw.mdx'],
    ['examples', 'examples/mo-hinh-dung-de-kiem-thu-lenh-tao-muc.mdx'],
    ['campaigns', 'campaigns/cuoc-van-dong-dung-de-kiem-thu.mdx'],
    ['organizations', 'organizations/don-vi-dung-de-kiem-thu.mdx'],
    ['events', 'events/ngay-dung-de-kiem-thu-2022.yaml'],
    ['glossary', 'glossary/ktth.yaml'],
    ['themes', 'themes/doan-ket-toan-dan-2023.mdx'],
  ])('%s: đặt tên tệp theo quy tắc mã (SPEC §2)', (collection, file) => {
    expect(written.get(collection)).toBe(join(root, file));
  });

  it('văn bản: ghi đúng câu trả lời, ngày đổi sang YYYY-MM-DD, loại đoán từ số hiệu', () => {
    const text = readFileSync(written.get('documents')!, 'utf8');
    const frontMatter = parse(text.split('---')[1]!) as Record<string, unknown>;
    expect(frontMatter).toEqual({
      kind: 'Kết luận',
      symbol: '99-KL/TW',
      title: 'Kết luận dùng để kiểm thử lệnh tạo mục',
      issuer: 'Bộ Chính trị khóa XIII',
      issuerGroup: 'Bộ Chính trị khóa XIII',
      issued: '2021-05-18',
      summary: 'Văn bản giả định, chỉ dùng trong kiểm thử.',
      planQuotes: [{ paragraph: 'II.1.4', text: ANSWERS['documents']!['quote'] }],
      plan: 2022,
      sources: ['II.1.4'],
      updated: TODAY,
    });
  });

  it('trường không bắt buộc và phần nội dung chỉ là chú thích, không thành chữ trên trang', () => {
    const text = readFileSync(written.get('documents')!, 'utf8');
    expect(text).toContain('\n# signer:      Người ký, nếu nguồn công khai ghi rõ.\n');
    const body = text.slice(text.lastIndexOf('---\n') + 4).trim();
    expect(body.startsWith('{/*')).toBe(true);
    expect(body.endsWith('*/}')).toBe(true);
    expect(body.slice(3, -3)).not.toMatch(/\*\/|\{|\}/);
    expect(body).toContain('    ## Văn bản này nói về điều gì');
  });

  it('chủ đề: tiêu đề chép nguyên văn tiểu mục II của kế hoạch, nguồn là mọi đoạn của tiểu mục', () => {
    const text = readFileSync(written.get('themes')!, 'utf8');
    expect(text).toContain('\ntitle: Tuyên truyền thử nghiệm về đoàn kết toàn dân\n');
    expect(text).toContain('\norder: 1\n');
    expect(text).toContain('\nsources:\n  - II.1.1\n  - II.1.2\n');
  });
});

describe('đề xuất mã (tên tệp)', () => {
  it.each([
    ['01-KL/TW', '01-kl-tw'],
    ['06/NQ-ĐCT', '06-nq-dct'],
  ])('văn bản %s → %s', async (symbol, slug) => {
    const index = indexContent(join(workdir, 'rong'));
    expect(kind('documents').slug({ symbol }, index)).toBe(slug);
  });

  it('văn bản không số hiệu: theo tên, cắt ở ranh giới từ khi quá dài', () => {
    expect(shortSlug('Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng')).toBe(
      'nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiii-cua-dang',
    );
    const long = shortSlug('Tuyên truyền, vận động, tập hợp các tầng lớp nhân dân; củng cố, tăng cường');
    expect(long).toBe('tuyen-truyen-van-dong-tap-hop-cac-tang-lop-nhan-dan-cung-co');
    expect(long.length).toBeLessThanOrEqual(60);
  });

  it.each([
    ['01-KL/TW', 'Kết luận'],
    ['45-NQ/TW', 'Nghị quyết'],
    ['06/NQ-ĐCT', 'Nghị quyết'],
    ['05-CT/TW', 'Chỉ thị'],
    ['217-QĐ/TW', undefined],
  ])('loại văn bản đoán từ số hiệu %s: %s', (symbol, expected) => {
    expect(documentKindFromSymbol(symbol)).toBe(expected);
  });
});

describe('từ chối trùng lặp và câu trả lời không dùng được', { timeout: 60_000 }, () => {
  const root = contentCopy('tu-choi');
  const index = indexContent(root);

  it('số hiệu văn bản đã có', async () => {
    const problems = await problemsOf(() =>
      create(index, 'documents', { ...ANSWERS['documents'], symbol: '01-kl/tw' }),
    );
    expect(problems).toEqual([
      `--symbol: Số hiệu 01-kl/tw đã có mục: ${relative('.', join(root, 'documents', '01-kl-tw.mdx'))}. Hãy sửa mục đó thay vì tạo mục mới.`,
    ]);
  });

  it('mã (tên tệp) đã có', async () => {
    const problems = await problemsOf(() =>
      create(index, 'campaigns', { ...ANSWERS['campaigns'], slug: 'doan-ket-sang-tao' }),
    );
    expect(problems).toEqual([
      `--slug: Đã có mục mang mã "doan-ket-sang-tao": ${relative('.', join(root, 'campaigns', 'doan-ket-sang-tao.mdx'))}. Hãy sửa mục đó, hoặc chọn mã khác (--slug).`,
    ]);
  });

  it('báo mọi câu trả lời còn thiếu hoặc sai một lượt, kèm tùy chọn cần dùng', async () => {
    const problems = await problemsOf(() =>
      create(index, 'examples', {
        title: 'Mô hình thử',
        year: '22',
        'source-url': 'example.org',
        plan: '2022',
        paragraph: 'II.9.9',
      }),
    );
    expect(problems).toEqual([
      'thiếu --place (Nơi thực hiện, như nguồn ghi (ví dụ "xã Thủy Sơn, huyện Thủy Nguyên, Hải Phòng")?)',
      'thiếu --province (Tỉnh, thành phố (hoặc "Toàn quốc")?)',
      '--year: Cần một năm bốn chữ số (ví dụ 2022); gặp "22".',
      'thiếu --summary (Việc đã làm, đúng như nguồn đưa tin (không thêm tên người, số liệu, lời trích)?)',
      '--source-url: Cần địa chỉ web đầy đủ, bắt đầu bằng https://; gặp "example.org".',
      'thiếu --source-title (Tiêu đề bài, trang nguồn, như trang đó ghi?)',
      'thiếu --theme (Mô hình minh họa chủ đề nào? (cần ít nhất một cuộc vận động hoặc một chủ đề))',
      `--paragraph: "II.9.9" không phải một lựa chọn. Chọn một trong: ${indexParagraphs(index)}.`,
    ]);
  });

  it('câu trích không nguyên văn, ngày không có thật', async () => {
    const problems = await problemsOf(() =>
      create(index, 'documents', {
        ...ANSWERS['documents'],
        issued: '30/2/2021',
        quote: 'Đẩy mạnh tuyên truyền học tập',
      }),
    );
    expect(problems).toEqual([
      '--issued: Cần một ngày có thật, viết YYYY-MM-DD (ví dụ 2021-05-18) hoặc 18/5/2021; gặp "30/2/2021".',
      '--quote: Câu này không có nguyên văn trong đoạn II.1.4; hãy chép đúng từng chữ.',
    ]);
  });

  it('chủ đề cho tiểu mục đã có chủ đề', async () => {
    const problems = await problemsOf(() => create(index, 'themes', { ...ANSWERS['themes'], plan: '2022' }));
    expect(problems).toEqual([
      '--order: Mọi tiểu mục của mục II trong kế hoạch này đã có chủ đề: hãy sửa chủ đề có sẵn trong content/themes/, hoặc chọn kế hoạch khác (--plan).',
    ]);
  });

  it('không ghi gì khi có lỗi', () => {
    expect(existsSync(join(root, 'documents', '99-kl-tw.mdx'))).toBe(false);
  });
});

function indexParagraphs(index: ContentIndex): string {
  const plan = index.plans.find((p) => p.year === 2022)!;
  return [
    'preamble',
    ...plan.sections.flatMap((s) => s.items.flatMap((i) => i.paragraphs.map((p) => p.id))),
  ].join(', ');
}

describe('hỏi từng câu khi có người ở bàn phím', { timeout: 60_000 }, () => {
  it('văn bản: gợi ý loại, cơ quan rút gọn, câu trích và mã từ các câu trả lời trước', async () => {
    const root = contentCopy('hoi');
    const index = indexContent(root);
    const { prompter, asked } = scriptedPrompter([
      '02-KL/TW',
      'Kết luận',
      'Kết luận thử',
      'Bộ Chính trị khóa XIII',
      'Bộ Chính trị',
      '',
      'Tóm tắt thử.',
      '2022',
      'II.1.3',
      'Tuyên truyền các hoạt động chào mừng kỷ niệm các ngày lễ lớn',
      '02-kl-tw',
    ]);
    const { answers, slug } = await collectAnswers(kind('documents'), {}, index, prompter);
    expect(asked.map((q) => q.initial)).toEqual([
      undefined,
      'Kết luận',
      undefined,
      undefined,
      'Bộ Chính trị khóa XIII',
      undefined,
      undefined,
      '2023',
      undefined,
      'Tuyên truyền các hoạt động chào mừng kỷ niệm các ngày lễ lớn, các sự kiện chính trị trọng đại của đất nước.',
      '02-kl-tw',
    ]);
    expect(asked[7]!.choices).toEqual(['2023', '2022']);
    writeNewEntry(kind('documents'), answers, slug, index, TODAY);
    expect(checkContent([root]).map(formatProblem)).toEqual([]);
  });

  it('chủ đề: báo rõ khi mọi tiểu mục đã có chủ đề, thay vì hỏi một danh sách rỗng', async () => {
    const index = indexContent(contentCopy('het-tieu-muc'));
    const { prompter, asked } = scriptedPrompter(['2022']);
    expect(await problemsOf(() => collectAnswers(kind('themes'), {}, index, prompter))).toEqual([
      'Mọi tiểu mục của mục II trong kế hoạch này đã có chủ đề: hãy sửa chủ đề có sẵn trong content/themes/, hoặc chọn kế hoạch khác (--plan).',
    ]);
    expect(asked).toHaveLength(1);
  });

  it('danh sách: hỏi từng dòng đến khi để trống', async () => {
    const index = indexContent(contentCopy('danh-sach'));
    const { prompter, asked } = scriptedPrompter([
      'Cuộc vận động',
      'Cuộc vận động thử',
      'Tóm tắt.',
      'Mục tiêu một.',
      'Mục tiêu hai.',
      '',
      'Việc làm.',
      '',
      ['doan-ket-toan-dan'],
      '2022',
      'II.3.1',
      'phong trào thi đua “Đoàn kết, sáng tạo”',
      'cuoc-van-dong-thu',
    ]);
    const { answers } = await collectAnswers(kind('campaigns'), {}, index, prompter);
    expect(answers['goal']).toEqual(['Mục tiêu một.', 'Mục tiêu hai.']);
    expect(asked.map((q) => q.message)).toContain('Mục tiêu — dòng 3 (để trống để thôi)?');
  });
});

describe('lệnh npm run new (không hỏi, chỉ dùng tùy chọn)', { timeout: 60_000 }, () => {
  const root = contentCopy('lenh');

  const newCommand = (...args: string[]) => runInProcess(newEntryCommand, root, args);

  it('tạo văn bản từ các tùy chọn và cho biết giá trị đề xuất đã dùng', async () => {
    const run = await newCommand('--kind', 'documents', ...answerFlags('documents'));
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain(`Đã tạo ${join(root, 'documents', '99-kl-tw.mdx')}.`);
    expect(run.output).toContain(
      'Đã dùng giá trị đề xuất: --document-kind "Kết luận", --issuer-group "Bộ Chính trị khóa XIII", --slug "99-kl-tw".',
    );
  });

  it('chạy lại cùng lệnh thì từ chối vì trùng', async () => {
    const run = await newCommand('--kind', 'documents', ...answerFlags('documents'));
    expect(run.status).toBe(1);
    expect(run.output).toContain('--symbol: Số hiệu 99-KL/TW đã có mục');
  });

  it('bài giảng: chỉ cách làm thay vì tạo tệp', async () => {
    const run = await newCommand('--kind', 'lessons');
    expect(run.status).toBe(1);
    expect(run.output).toContain('hãy chép một bài có sẵn trong content/lessons/ rồi sửa.');
  });

  it('tùy chọn không thuộc loại mục', async () => {
    const run = await newCommand('--kind', 'glossary', '--term', 'X', '--symbol', '01');
    expect(run.status).toBe(1);
    expect(run.output).toContain('Loại glossary không dùng --symbol. Xem: npm run new -- --help');
  });

  it('--help liệt kê mọi loại mục và tùy chọn của chúng, không ghi gì', async () => {
    const run = await newCommand('--help');
    expect(run.status).toBe(0);
    for (const { collection } of ENTRY_KINDS) expect(run.output).toContain(`--kind ${collection}: `);
    expect(run.output).toContain('    --campaign (lặp lại được)  ');
    expect(run.output).toContain('hãy chép một bài có sẵn trong content/lessons/.');
  });

  it.each([
    [['--kind', 'documents', 'thừa'], 'Không hiểu "thừa": mỗi giá trị cần đi sau một tùy chọn'],
    [['--kinds', 'documents'], 'Lệnh này không có tùy chọn --kinds.'],
    [[], 'Thiếu --kind (documents, examples, campaigns, themes, organizations, events, glossary).'],
    [['--kind', 'bai-viet'], 'Không có loại "bai-viet". Chọn một trong: documents, examples,'],
  ])('%j: dừng với lời báo, mã thoát 1', async (args, message) => {
    const run = await newCommand(...args);
    expect(run.status).toBe(1);
    expect(run.output).toContain(message);
  });

  it('chưa có kế hoạch: chỉ cách nhập kế hoạch trước; thuật ngữ (không cần kế hoạch) vẫn tạo được', async () => {
    const empty = join(workdir, 'chua-co-ke-hoach');
    const refused = await runInProcess(newEntryCommand, empty, [
      '--kind',
      'events',
      ...answerFlags('events'),
    ]);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('hãy nhập kế hoạch trước (npm run import-plan -- <tệp>).');
    const glossary = await runInProcess(newEntryCommand, empty, [
      '--kind',
      'glossary',
      ...answerFlags('glossary'),
    ]);
    expect(glossary.status, glossary.output).toBe(0);
    expect(existsSync(join(empty, 'glossary', 'ktth.yaml'))).toBe(true);
  });

  it('tệp kế hoạch hỏng: dừng, nêu tệp', async () => {
    const broken = join(workdir, 'ke-hoach-hong');
    cpSync(root, broken, { recursive: true });
    writeFileSync(join(broken, 'plans', '2022.yaml'), 'year: 2022\nissuer: "Ban Thường trực\n');
    const run = await runInProcess(newEntryCommand, broken, ['--kind', 'glossary']);
    expect(run.status).toBe(1);
    expect(run.output).toContain('2022.yaml');
  });

  it('có người ở bàn phím: hỏi loại mục trước, rồi từng câu, rồi ghi tệp', async () => {
    const { prompter, asked } = scriptedPrompter([
      'glossary',
      'KTHT',
      'viet-tat',
      'Kiểm thử hỏi từng câu',
      'Giải thích.',
      'ktht',
    ]);
    const run = await runInProcess(newEntryCommand, root, [], prompter);
    expect(run.status, run.output).toBe(0);
    expect(asked[0]).toEqual({
      message: 'Tạo mục loại nào?',
      initial: undefined,
      choices: ENTRY_KINDS.map((kind) => kind.collection),
    });
    expect(asked.at(-1)?.message).toBe('Mã của mục (tên tệp, cũng là địa chỉ trang)?');
    expect(run.output).toContain(`Đã tạo ${join(root, 'glossary', 'ktht.yaml')}.`);
    expect(run.output).not.toContain('Đã dùng giá trị đề xuất');
  });
});
