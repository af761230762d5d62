/**
 * The hostile-input table (issue 13, audit reliability-2026-12): every case of the audit,
 * and what a security reviewer tries next, as one row — the input, the outcome expected
 * (refused or accepted) and a fragment of the Vietnamese message. A body row runs twice:
 * through the content checker (`npm run check:content`) and through the build's own MDX
 * pipeline (the Sätteri processor of astro.config.mjs, with its policy plugin), because
 * both must refuse what the other refuses. Rows that need a whole build (atomic dist/,
 * empty content, the CSP in a browser) are in tests/integration/hostile-build.test.ts.
 *
 * Fixtures are small files under hostile/; one-line bodies stand in the table itself.
 * Modules are imported inside the rows, so that a row whose fix is missing fails alone.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content-check/check.ts';
import { formatProblem } from '../../../src/lib/content-check/problem.ts';

const VALID = 'tests/unit/fixtures/content/valid';
const HOSTILE = 'tests/unit/content/hostile';
const CAMPAIGN = 'campaigns/nguoi-viet-nam-uu-tien-dung-hang-viet-nam.mdx';
const FRONT_MATTER = readFileSync(join(VALID, CAMPAIGN), 'utf8').replace(/\n---\n[\s\S]*$/, '\n---\n');
/** The line of the body's first line in a campaign written by `withBody`. */
const BODY_LINE = FRONT_MATTER.split('\n').length + 1;

/** Rows still waiting for their fix: they must fail (the table lands before the fixes). */
const EXPECTED_FAILURES = new Set<string>([]);

const workdir = mkdtempSync(join(tmpdir(), 'so-tay-hostile-'));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));
let folders = 0;

/** Writes files into a fresh folder and returns its path. */
function folderWith(files: Record<string, string | Uint8Array>): string {
  const root = join(workdir, String(++folders));
  mkdirSync(root, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** The checker's report lines for the valid fixture content with `roots` laid over it. */
function checked(...roots: string[]): string[] {
  return checkContent([VALID, ...roots]).map(formatProblem);
}

/** A campaign entry (valid front matter) with the given body. */
function withBody(body: string): string {
  return `${FRONT_MATTER}\n${body}\n`;
}

let renderer: Promise<{ process(content: string, file: string, frontmatter: object): Promise<unknown> }>;

/** Compiles an MDX file the way `astro build` does: the processor of astro.config.mjs, policy plugin included. */
async function compiledByBuild(source: string): Promise<string[]> {
  renderer ??= (async () => {
    const { default: config } = await import('../../../astro.config.mjs');
    const markdown = config.markdown!;
    const processor = markdown.processor as unknown as {
      createMdxRenderer(shared: object, mdx: object): Promise<Awaited<typeof renderer>>;
    };
    return processor.createMdxRenderer(
      { syntaxHighlight: 'shiki', shikiConfig: markdown.shikiConfig, gfm: true, smartypants: true },
      { optimize: false, srcDir: new URL('../../../src/', import.meta.url), sourcemap: false },
    );
  })();
  // Astro blanks the front matter, keeping its lines, before the MDX processor sees the file.
  const content = source.replace(/^---\n[\s\S]*?\n---/, (block) => block.replace(/[^\n]/g, ' '));
  try {
    await (await renderer).process(content, resolve('content', CAMPAIGN), {});
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}

type Outcome = { refused: string } | { accepted: true };

interface Row {
  id: string;
  /** The audit case (or reviewer's try) the row belongs to; a body case has two rows. */
  base: string;
  /** The input, as a reader of the table needs to see it. */
  input: string;
  outcome: Outcome;
  /** Runs the input through the tool under test and returns what it reported. */
  run: () => string[] | Promise<string[]>;
}

const refused = (message: string): Outcome => ({ refused: message });
const accepted: Outcome = { accepted: true };

/** A line of an MDX body: the checker and the build must agree on it. */
function body(id: string, input: string, outcome: Outcome, options: { build?: Outcome } = {}): Row[] {
  return [
    {
      id: `${id}/kiểm tra`,
      base: id,
      input: input,
      outcome,
      run: () => checked(folderWith({ [CAMPAIGN]: withBody(input) })),
    },
    {
      id: `${id}/dựng`,
      base: id,
      input: input,
      outcome: options.build ?? outcome,
      run: () => compiledByBuild(withBody(input)),
    },
  ];
}

/** Files laid over the valid fixture content, from a fixture folder under hostile/. */
function files(id: string, input: string, folder: string, outcome: Outcome): Row {
  return { id, base: id, input, outcome, run: () => checked(join(HOSTILE, folder)) };
}

const FIVE_MB = `${'Một câu rất dài của một bài viết quá cỡ. '.repeat(130_000)}\n`;

const BODY_ROWS: Row[] = [
  ...body('P1a', '<script>window.__XSS_SCRIPT=1</script>', refused('thẻ HTML <script>')),
  ...body('P1b', '<style>{`.x{color:red}`}</style>', refused('thẻ HTML <style>')),
  ...body('P2a', 'import fs from "node:fs";', refused('import')),
  ...body('P2b', 'Máy dựng: {process.env.HOME}', refused('biểu thức JavaScript')),
  ...body('P2c', 'export const x = 1;', refused('export')),
  ...body(
    'P3',
    '<meta http-equiv="refresh" content="4;url=https://evil.example/" />',
    refused('thẻ HTML <meta>'),
  ),
  ...body('P4a', '<img src="x" onerror="alert(1)" />', refused('thẻ HTML <img>')),
  ...body('P4b', '[bấm](javascript:alert(1))', refused('"javascript:alert(1)"')),
  ...body('P4c', '<a href="javascript:alert(1)">bấm</a>', refused('thẻ HTML <a>')),
  ...body('P4d', '<iframe src="https://evil.example/"></iframe>', refused('thẻ HTML <iframe>')),
  ...body('P4e', '![ảnh](https://tracker.example/pixel.png)', refused('ảnh từ trang khác')),
  ...body('P4f', '<form action="https://evil.example/collect"></form>', refused('thẻ HTML <form>')),
  ...body('P6a', '<Callout kind="tip">\n\nChưa đóng thẻ.', refused('lỗi cú pháp MDX')),
  ...body('P6b', 'Một đoạn có dấu { mở mà không đóng.', refused('lỗi cú pháp MDX')),
  ...body('P6c', 'Số người < 5 và a<b tại đây.', refused('lỗi cú pháp MDX')),
  ...body('P7a', '<Foo count={3} />', refused('không có thành phần <Foo>')),
  ...body(
    'P7b',
    '<Foo\n  kind="tip"\n/>',
    refused(`${CAMPAIGN}:${BODY_LINE} — trường "nội dung": không có thành phần <Foo>`),
  ),
  // Whether the paragraph exists is a question for the checker, which knows every plan.
  ...body(
    'P7c',
    '<PlanQuote\n  plan="2022"\n  paragraph="II.9.9"\n/>',
    refused('không có đoạn này trong kế hoạch 2022'),
    {
      build: accepted,
    },
  ),
  ...body(
    'P7d',
    '<PlanQuote plan={"2022"} paragraph={"II.9.9"} />',
    refused('phải là chữ đặt trong dấu ngoặc kép'),
  ),
  ...body('P20a', '<Callout kind="bogus">Chữ.</Callout>', refused('"bogus"')),
  ...body('P20b', '<PlanQuote plan="2022" paragraph="II.1.2" text="" />', refused('không được để trống')),
  ...body('P21a', FIVE_MB, refused('quá lớn')),
  // What a security reviewer tries next.
  ...body('R1', '[bấm](jav&#x61;script:alert(1))', refused('"javascript:alert(1)"')),
  ...body('R2', '[bấm]( JAVASCRIPT:alert(1))', refused('JAVASCRIPT:alert(1)')),
  ...body('R3', '<img srcset="https://evil.example/a.png 1x" alt="" />', refused('thẻ HTML <img>')),
  ...body('R4', '<base href="https://evil.example/" />', refused('thẻ HTML <base>')),
  ...body('R5', '<div style="background:url(https://evil.example/x.png)">x</div>', refused('thẻ HTML <div>')),
  ...body('R6', '<object data="https://evil.example/x.swf"></object>', refused('thẻ HTML <object>')),
  ...body(
    'R7',
    '<Callout title={process.env.HOME}>x</Callout>',
    refused('phải là chữ đặt trong dấu ngoặc kép'),
  ),
  ...body('R8', '<Callout {...props}>x</Callout>', refused('{...props}')),
  ...body(
    'R9',
    '<PlanQuote plan="2022" paragraph="II.1.2" text={`x`} />',
    refused('phải là chữ đặt trong dấu ngoặc kép'),
  ),
  ...body(
    'R10',
    '[tệp](data:text/html;base64,PHNjcmlwdD4=)',
    refused('"data:text/html;base64,PHNjcmlwdD4="'),
  ),
  ...body('R11', '[bấm][x]\n\n[x]: javascript:alert(1)', refused('"javascript:alert(1)"')),
  ...body('R12', '<svg><circle onload="alert(1)" /></svg>', refused('thẻ HTML <svg>')),
  ...body('R13', '<math><mi>x</mi></math>', refused('thẻ HTML <math>')),
  ...body('R14', '[bấm](//evil.example/)', refused('"//evil.example/"')),
  ...body('R15', '<Callout onClick="alert(1)">x</Callout>', refused('<Callout> không có thuộc tính onClick')),
  ...body('R16', '<>x</>', refused('thẻ rỗng <>')),
  ...body('R17', '<callout kind="tip">x</callout>', refused('thẻ HTML <callout>')),
  ...body('R18', '{/* a */ alert(1) /* b */}', refused('biểu thức JavaScript')),
  ...body('R19', '[bấm](/\\evil.example/)', refused('"/\\evil.example/"')),
  ...body(
    'R20',
    '<Callout kind="tip" title="Gợi ý">{/* x */}Chữ.</Callout>\n\n<PlanQuote plan="2022" paragraph="II.1.2" text={"x"} />',
    refused('phải là chữ đặt trong dấu ngoặc kép'),
  ),
  // What editors write, and must keep writing.
  ...body('A1', '{/* Ghi chú của người soạn: không hiện trên trang. */}', accepted),
  ...body('A2', 'Một ý có nguồn.[^1]\n\n[^1]: [Báo Nhân Dân](https://nhandan.vn/bai-viet)', accepted),
  ...body('A3', '| Cột | Giá trị |\n| --- | --- |\n| a | 1 |', accepted),
  ...body(
    'A4',
    '[Văn bản](/van-ban/01-kl-tw/#noi-dung) và [mục](#muc) và [nguồn](HTTPS://nhandan.vn/)',
    accepted,
  ),
  ...body(
    'A5',
    '<Callout kind="warning" title="Lưu ý">**Chữ đậm** và [liên kết](/lich/).</Callout>',
    accepted,
  ),
  ...body(
    'A6',
    '<PlanQuote plan="2022" paragraph="II.1.2" text="Người Việt Nam ưu tiên dùng hàng Việt Nam" />',
    accepted,
  ),
  ...body('A7', '```html\n<script>alert(1)</script>\n```\n\nMã `<b>` trong dòng.', accepted),
];

/** A public link (`links[].url`) as an editor writes it in front matter. */
function withLink(url: string): string {
  return FRONT_MATTER.replace(
    'plan: 2022',
    `links:\n  - url: ${JSON.stringify(url)}\n    title: Nguồn\nplan: 2022`,
  );
}

/** Validates one item of the published `documents.json` against the published JSON Schema. */
async function publishedSchemaErrors(url: string): Promise<string[]> {
  const { apiJsonSchema } = await import('../../../src/lib/open-data.ts');
  const { default: Ajv } = await import('ajv/dist/2020.js');
  const { default: addFormats } = await import('ajv-formats');
  const ajv = new Ajv({ strict: false });
  addFormats(ajv);
  const validate = ajv.compile(apiJsonSchema('documents', new URL('https://so-tay.example/')));
  const { apiFile, apiItem } = await import('../../../src/lib/open-data.ts');
  const { collectionSchemas } = await import('../../../src/schemas/index.ts');
  const { loadContent } = await import('../../../src/lib/content-check/load.ts');
  const { z } = await import('astro/zod');
  const reference = ((collection: string) =>
    z.preprocess(String, z.string()).transform((id) => ({ collection, id }))) as never;
  const raw = loadContent([VALID]).entries.find((entry) => entry.collection === 'documents')!;
  const data = collectionSchemas({ reference }).documents.parse(raw.data);
  data.links = [{ url: 'https://nhandan.vn/', title: 'Nguồn' }];
  const site = new URL('https://so-tay.example/');
  const file = JSON.parse(
    JSON.stringify(
      apiFile('documents', [apiItem({ collection: 'documents', id: raw.id, data }, site)], site),
    ),
  ) as { items: { links: { url: string }[] }[] };
  file.items[0]!.links[0]!.url = url;
  return validate(file)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

const URL_ROWS: Row[] = [
  {
    id: 'P5a',
    base: 'P5a',
    input: 'links[].url: javascript:window.__XSS_LINKFIELD=1',
    outcome: refused('"javascript:window.__XSS_LINKFIELD=1"'),
    run: () => checked(folderWith({ [CAMPAIGN]: withLink('javascript:window.__XSS_LINKFIELD=1') })),
  },
  {
    id: 'P5b',
    base: 'P5b',
    input: 'links[].url: data:text/html,<script>…',
    outcome: refused('cần địa chỉ web đầy đủ'),
    run: () => checked(folderWith({ [CAMPAIGN]: withLink('data:text/html,<script>alert(1)</script>') })),
  },
  {
    id: 'P5c',
    base: 'P5c',
    input: 'links[].url: jav&#x61;script:alert(1)',
    outcome: refused('cần địa chỉ web đầy đủ'),
    run: () => checked(folderWith({ [CAMPAIGN]: withLink('jav&#x61;script:alert(1)') })),
  },
  {
    id: 'J1a',
    base: 'J1a',
    input: '/api/schema/documents.json, links[].url = javascript:alert(1)',
    outcome: refused('must match pattern'),
    run: () => publishedSchemaErrors('javascript:alert(1)'),
  },
  {
    id: 'J1b',
    base: 'J1b',
    input: '/api/schema/documents.json, links[].url = data:text/html,x',
    outcome: refused('must match pattern'),
    run: () => publishedSchemaErrors('data:text/html,x'),
  },
  {
    id: 'J1c',
    base: 'J1c',
    input: '/api/schema/documents.json, links[].url = https://nhandan.vn/bai',
    outcome: accepted,
    run: () => publishedSchemaErrors('https://nhandan.vn/bai'),
  },
  {
    id: 'U1',
    base: 'U1',
    input: 'npm run new --source-url " JAVASCRIPT:alert(1)"',
    outcome: refused('bắt đầu bằng https://'),
    run: async () => {
      const { sourceUrlProblem } = await import('../../../src/lib/editor/entry-kinds.ts');
      return [sourceUrlProblem(' JAVASCRIPT:alert(1)')].filter((m): m is string => m !== undefined);
    },
  },
  {
    id: 'U2',
    base: 'U2',
    input: 'the one URL rule: what is external, internal, refused',
    outcome: accepted,
    run: async () => {
      const { urlKind } = await import('../../../src/lib/format/url.ts');
      const cases: [string, string][] = [
        ['https://nhandan.vn/', 'external'],
        [' HTTP://nhandan.vn/a?b#c ', 'external'],
        ['&#x68;ttps://nhandan.vn/', 'external'],
        ['/van-ban/01-kl-tw/', 'internal'],
        ['#II-1-4', 'internal'],
        ['javascript:alert(1)', 'refused'],
        ['jav&#x61;script:alert(1)', 'refused'],
        ['jav&#x61script:alert(1)', 'refused'],
        ['java\tscript:alert(1)', 'refused'],
        ['data:text/html,x', 'refused'],
        ['vbscript:x', 'refused'],
        ['//evil.example/', 'refused'],
        ['/\\evil.example/', 'refused'],
        ['https:evil.example', 'refused'],
        ['ftp://x.example/', 'refused'],
        ['duong-dan-tuong-doi', 'refused'],
      ];
      return cases
        .filter(([url, kind]) => urlKind(url) !== kind)
        .map(([url, kind]) => `${url} không phải ${kind}`);
    },
  },
];

const FILE_ROWS: Row[] = [
  files(
    'P9a',
    'content/campaigns/muc-thu-duoi-md.md',
    'p9a-md',
    refused('sẽ không được dựng. Hãy đổi đuôi thành .mdx'),
  ),
  files(
    'P9b',
    'content/glossary/muc-thu-duoi-yml.yml',
    'p9b-yml',
    refused('sẽ không được dựng. Hãy đổi đuôi thành .yaml'),
  ),
  files('P9c', 'content/campaigns/thu-muc-con/….mdx', 'p9c-subfolder', refused('thư mục con')),
  files(
    'P9d',
    'content/campaigns/muc-thu-duoi-hoa.MDX',
    'p9d-uppercase',
    refused('đổi tên thành muc-thu-duoi-hoa.mdx'),
  ),
  files(
    'P9e',
    'content/bai-viet/bai.mdx (no such collection)',
    'p9e-unknown-folder',
    refused('không phải thư mục của bộ sưu tập nào'),
  ),
  {
    id: 'P10a',
    base: 'P10a',
    input: 'content/ with no entry at all',
    outcome: refused('chưa có kế hoạch nào'),
    run: () => checkContent([join(HOSTILE, 'empty-content')]).map(formatProblem),
  },
  {
    id: 'P10b',
    base: 'P10b',
    input: 'CONTENT_DIR=/khong-co',
    outcome: refused('không có thư mục nội dung'),
    run: () => checkContent(['/khong-co']).map(formatProblem),
  },
  files(
    'P11',
    'content/glossary/mttqvn.yaml saved as Windows-1258',
    'p11-cp1258',
    refused('không phải UTF-8'),
  ),
  {
    id: 'P11b',
    base: 'P11b',
    input: 'a campaign body saved as Windows-1258',
    outcome: refused('lưu lại dạng UTF-8'),
    run: () => checked(folderWith({ [CAMPAIGN]: Buffer.from(withBody('Th\xf4ng \xf0i\xeap'), 'latin1') })),
  },
  files('U16', 'content/glossary/mttqvn.yaml saved as UTF-16', 'utf16', refused('UTF-16')),
  files('P12', 'content/documents/01-kl-tw.mdx with a UTF-8 BOM (Notepad)', 'p12-bom', accepted),
  files(
    'P13',
    'issuer: "Bộ Chính trị (line 5, quote never closed)',
    'p13-unclosed-quote',
    refused('01-kl-tw.mdx:5: lỗi cú pháp YAML'),
  ),
  {
    id: 'P14',
    base: 'P14',
    input: 'a copy of 01-kl-tw.mdx as 01-kl-tw-ban-sao.mdx, in the same folder',
    outcome: refused('01-kl-tw-ban-sao.mdx:3 — trường "symbol": số hiệu "01-KL/TW" đã dùng cho'),
    run: () => {
      // One folder, so that the copy sorts first (as in the audit), not an overlay.
      const root = folderWith({});
      cpSync(VALID, root, { recursive: true });
      cpSync(join(HOSTILE, 'p14-duplicate-symbol'), root, { recursive: true });
      return checkContent([root]).map(formatProblem);
    },
  },
  files('P14b', 'symbol: 01 KL-TW in a second file', 'p14b-symbol-spacing', refused('đã dùng cho')),
  files('P15', 'a YAML alias bomb in content/glossary/bom.yaml', 'p15-alias-bomb', refused('bom.yaml')),
  files(
    'P16',
    'content/plans/2023.yaml holding year: 2022',
    'p16-plan-year',
    refused('2023.yaml:1 — trường "year"'),
  ),
  files('P18', 'order: "bốn"', 'p18-order-word', refused('gặp "bốn"')),
  files('P19', 'a file holding only ---\\n---', 'p19-empty-front-matter', refused('thiếu trường bắt buộc')),
  {
    id: 'P21b',
    base: 'P21b',
    input: 'a 5 MB MDX body',
    outcome: refused('quá lớn'),
    run: () => checked(folderWith({ [CAMPAIGN]: withBody(FIVE_MB) })),
  },
  {
    id: 'P21c',
    base: 'P21c',
    input: 'a built file the service worker would not precache (over its size limit)',
    outcome: refused('không lưu được để đọc ngoại tuyến'),
    run: async () => {
      const { precacheProblems } = await import('../../../src/lib/offline/precache.ts');
      return precacheProblems([
        "van-ban/qua-lon/index.html is 5.4 MB, and won't be precached. Configure maximumFileSizeToCacheInBytes to change this limit.",
      ]);
    },
  },
];

/** An error's message, or nothing when the call succeeds. */
async function messageOf(call: () => unknown): Promise<string[]> {
  try {
    await call();
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}

const planText = (name: string) => readFileSync(join(HOSTILE, 'import', name), 'utf8');

async function importText(text: string): Promise<unknown> {
  const { importPlan } = await import('../../../src/lib/editor/import-plan.ts');
  return importPlan(text, { issuer: 'Ban Thường trực' });
}

async function readSource(path: string): Promise<unknown> {
  const { readPlanSource } = await import('../../../src/lib/editor/plan-source.ts');
  return readPlanSource(path);
}

const IMPORT_ROWS: Row[] = [
  {
    id: 'I1a',
    base: 'I1a',
    input: 'a truncated .docx (head -c 5000)',
    outcome: refused('Không đọc được tệp Word'),
    run: async () => {
      const { planDocx } = await import('../../fixtures/plan-docx.ts');
      const docx = await planDocx(
        readFileSync('tests/fixtures/ke-hoach-2023.txt', 'utf8').split('\n'),
        'typed',
      );
      return messageOf(() => readSource(folderWith({ 'cat.docx': docx.subarray(0, 5000) }) + '/cat.docx'));
    },
  },
  {
    id: 'I1b',
    base: 'I1b',
    input: 'a PNG renamed .docx',
    outcome: refused('Không đọc được tệp Word'),
    run: () =>
      messageOf(() =>
        readSource(
          folderWith({ 'anh.docx': Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex') }) + '/anh.docx',
        ),
      ),
  },
  {
    id: 'I1c',
    base: 'I1c',
    input: 'a zip that is not a Word file, named .docx',
    outcome: refused('Không đọc được tệp Word'),
    run: () => messageOf(() => readSource(join(HOSTILE, 'import', 'khong-phai-word.docx'))),
  },
  {
    id: 'I2',
    base: 'I2',
    input: 'the 2023 plan as Windows-1258 .txt',
    outcome: refused('không phải UTF-8'),
    run: () => messageOf(() => readSource(join(HOSTILE, 'import', 'ke-hoach-2023-cp1258.txt'))),
  },
  {
    id: 'I3',
    base: 'I3',
    input: 'propaganda content in section III (I MỤC ĐÍCH, II NHIỆM VỤ, III NỘI DUNG, IV TỔ CHỨC)',
    outcome: refused('II. NHIỆM VỤ TRỌNG TÂM'),
    run: () => messageOf(() => importText(planText('muc-tuyen-truyen-o-muc-iii.txt'))),
  },
  {
    id: 'I4a',
    base: 'I4a',
    input: 'an unnumbered heading PHỤ LỤC THAM KHẢO before section III',
    outcome: refused('PHỤ LỤC THAM KHẢO'),
    run: () => messageOf(() => importText(planText('tieu-de-khong-so.txt'))),
  },
  {
    id: 'I4b',
    base: 'I4b',
    input: 'a plan with no section III (TỔ CHỨC THỰC HIỆN)',
    outcome: refused('TỔ CHỨC THỰC HIỆN'),
    run: () => messageOf(() => importText(planText('thieu-muc-iii.txt'))),
  },
  {
    id: 'I5',
    base: 'I5',
    input: '--force with items II.3–II.5 removed',
    outcome: refused('II.1.2'),
    run: async () => {
      const { forceImpact } = await import('../../../src/lib/editor/import-plan.ts');
      const { parse } = await import('yaml');
      const old = parse(readFileSync(join(VALID, 'plans/2022.yaml'), 'utf8'));
      const shorter = structuredClone(old);
      shorter.sections[1].items[0].paragraphs.pop();
      return forceImpact(old, shorter, VALID);
    },
  },
  {
    id: 'I6a',
    base: 'I6a',
    input: 'a folder named adir.docx',
    outcome: refused('là một thư mục'),
    run: () => {
      const root = folderWith({});
      mkdirSync(join(root, 'adir.docx'));
      return messageOf(() => readSource(join(root, 'adir.docx')));
    },
  },
  {
    id: 'I6b',
    base: 'I6b',
    input: 'a folder named adir',
    outcome: refused('là một thư mục'),
    run: () => {
      const root = folderWith({});
      mkdirSync(join(root, 'adir'));
      return messageOf(() => readSource(join(root, 'adir')));
    },
  },
  {
    id: 'I7',
    base: 'I7',
    input: 'an existing plan with a YAML syntax error, then import another year',
    outcome: refused('2022.yaml'),
    run: async () => {
      const { latestPlan } = await import('../../../src/lib/editor/import-plan.ts');
      const root = folderWith({ 'plans/2022.yaml': 'year: 2022\nissuer: "Ban Thường trực\n' });
      return messageOf(() => latestPlan(root));
    },
  },
  {
    id: 'I8a',
    base: 'I8a',
    input: 'npm run import-plan -- --yeer 2023 ke-hoach.txt',
    outcome: refused('không có tùy chọn --yeer'),
    run: async () => {
      const { parseCommandLine, IMPORT_PLAN_OPTIONS } =
        await import('../../../src/lib/editor/command-line.ts');
      return messageOf(() => parseCommandLine(IMPORT_PLAN_OPTIONS, ['--yeer', '2023', 'ke-hoach.txt']));
    },
  },
  {
    id: 'I8b',
    base: 'I8b',
    input: 'Ctrl+D (end of input) at the first question',
    outcome: refused('Đã dừng; chưa ghi tệp nào.'),
    run: async () => {
      const { answerOrStop } = await import('../../../src/lib/editor/prompter.ts');
      const { PassThrough } = await import('node:stream');
      const input = new PassThrough();
      const never = new Promise<string>(() => {});
      const answer = answerOrStop(never, input);
      input.resume(); // read, as the prompt reads the terminal
      input.end();
      return messageOf(() => answer);
    },
  },
];

const NEW_ROWS: Row[] = [
  {
    id: 'N1',
    base: 'N1',
    input: "--name $'Ngày A\\nplan: 2099\\n---'",
    outcome: refused('một dòng'),
    run: async () => {
      const { collectAnswers } = await import('../../../src/lib/editor/new-entry.ts');
      const { entryKind } = await import('../../../src/lib/editor/entry-kinds.ts');
      const { indexContent } = await import('../../../src/lib/editor/content-index.ts');
      return messageOf(() =>
        collectAnswers(
          entryKind('events')!,
          { name: 'Ngày A\nplan: 2099\n---', date: '2022-05-19', plan: '2022', sources: ['II.1.1'] },
          indexContent(VALID),
          undefined,
        ),
      );
    },
  },
  {
    id: 'N2',
    base: 'N2',
    input: 'Ctrl+D at the first question of npm run new',
    outcome: refused('Đã dừng; chưa ghi tệp nào.'),
    run: async () => {
      const { answerOrStop } = await import('../../../src/lib/editor/prompter.ts');
      const { PassThrough } = await import('node:stream');
      const input = new PassThrough();
      const answer = answerOrStop(new Promise(() => {}), input);
      input.resume(); // read, as the prompt reads the terminal
      input.end();
      return messageOf(() => answer);
    },
  },
  {
    id: 'N3',
    base: 'N3',
    input: '--kind events --kind glossary',
    outcome: refused('--kind được cho hai lần'),
    run: async () => {
      const { parseCommandLine } = await import('../../../src/lib/editor/command-line.ts');
      return messageOf(() =>
        parseCommandLine({ kind: { type: 'string' } }, ['--kind', 'events', '--kind', 'glossary']),
      );
    },
  },
  {
    id: 'N4',
    base: 'N4',
    input: 'npm run new with a syntax error in content/plans/2022.yaml',
    outcome: refused('2022.yaml'),
    run: async () => {
      const { indexContent } = await import('../../../src/lib/editor/content-index.ts');
      const root = folderWith({ 'plans/2022.yaml': 'year: 2022\nissuer: "Ban Thường trực\n' });
      return messageOf(() => indexContent(root));
    },
  },
];

const SEARCH_ROWS: Row[] = [
  {
    id: 'S1',
    base: 'S1',
    input: '10,000 characters typed in /tim-kiem/',
    outcome: accepted,
    run: async () => {
      const { searchStateToQueryString } = await import('../../../src/lib/search/url-state.ts');
      const query = new URLSearchParams(
        searchStateToQueryString({ query: 'a'.repeat(10_000), filters: {} }),
      ).get('q');
      return query !== null && query.length <= 200 ? [] : [`q dài ${query?.length} ký tự`];
    },
  },
];

const ROWS = [...BODY_ROWS, ...URL_ROWS, ...FILE_ROWS, ...IMPORT_ROWS, ...NEW_ROWS, ...SEARCH_ROWS];

describe('bảng đầu vào xấu', () => {
  for (const row of ROWS) {
    const test = EXPECTED_FAILURES.has(row.id) || EXPECTED_FAILURES.has(row.base) ? it.fails : it;
    test(`${row.id}: ${row.input.length > 120 ? `${row.input.slice(0, 60)}… (${row.input.length} ký tự)` : row.input}`, async () => {
      const reported = await row.run();
      if ('accepted' in row.outcome) expect(reported).toEqual([]);
      else expect(reported.join('\n')).toContain(row.outcome.refused);
    }, 60_000);
  }

  it('mọi hàng còn chờ sửa đều có trong bảng', () => {
    const ids = new Set(ROWS.flatMap((row) => [row.id, row.base]));
    expect([...EXPECTED_FAILURES].filter((id) => !ids.has(id))).toEqual([]);
  });
});
