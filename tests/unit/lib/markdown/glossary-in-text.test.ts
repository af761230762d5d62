import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import {
  createAbbreviationFinder,
  glossaryInText,
  loadGlossaryAbbreviations,
  type GlossaryAbbreviation,
} from '../../../../src/lib/markdown/glossary-in-text.ts';
import { contentDir, idsOf } from '../../content/real-content.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/glossary-in-text');
const abbreviations = loadGlossaryAbbreviations(join(fixtures, 'glossary'));
const render = async (markdown: string) =>
  (await markdownToHtml(markdown, { hastPlugins: [glossaryInText(abbreviations)] })).html;
const html = await render(readFileSync(join(fixtures, 'page.md'), 'utf8'));
const MTTQ =
  '<a href="/thuat-ngu/#mttq" class="glossary-term"><abbr title="Mặt trận Tổ quốc">MTTQ</abbr></a>';

describe('loadGlossaryAbbreviations', () => {
  it('chỉ lấy chữ viết tắt có dạng đầy đủ và không tắt markInText', () => {
    expect(abbreviations.map((a) => a.id)).toEqual(['5k', 'mttq', 'ubmttq']);
  });

  it('bỏ qua tệp YAML hỏng (kiểm tra nội dung báo lỗi đó), vẫn đọc các tệp khác', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thuat-ngu-'));
    try {
      writeFileSync(join(dir, 'hong.yaml'), 'term: [không đóng ngoặc\n');
      writeFileSync(join(dir, 'ubnd.yaml'), 'term: UBND\nkind: viet-tat\nexpansion: Ủy ban nhân dân\n');
      expect(loadGlossaryAbbreviations(dir)).toEqual([
        { id: 'ubnd', term: 'UBND', expansion: 'Ủy ban nhân dân' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('đọc được bảng thuật ngữ thật, mỗi mục có trên trang thuật ngữ', () => {
    const real = loadGlossaryAbbreviations(join(contentDir, 'glossary'));
    expect(real.map((a) => a.term)).toEqual(expect.arrayContaining(['MTTQ', 'UBMTTQ', '5K', 'BTT', 'UBND']));
    expect(real.map((a) => a.term)).not.toContain('TW');
    for (const abbreviation of real) expect(idsOf('glossary')).toContain(abbreviation.id);
  });

  it('tìm được mọi chữ viết tắt thật, kể cả chữ có dấu chấm, gạch ngang, gạch chéo', () => {
    const real = loadGlossaryAbbreviations(join(contentDir, 'glossary'));
    const find = createAbbreviationFinder(real);
    for (const abbreviation of real) {
      const segments = find(`(${abbreviation.term})`, new Set());
      expect(segments, abbreviation.term).toContainEqual({ abbreviation, text: abbreviation.term });
    }
  });

  it('thư mục không có thì không có gì để đánh dấu', () => {
    expect(loadGlossaryAbbreviations(join(fixtures, 'khong-co'))).toEqual([]);
  });
});

describe('createAbbreviationFinder', () => {
  const find = createAbbreviationFinder(abbreviations);
  const marked = (text: string) =>
    find(text, new Set()).flatMap((segment) => (typeof segment === 'string' ? [] : [segment.text]));

  it.each([
    ['MTTQ các cấp', ['MTTQ']],
    ['UBMTTQ thành phố', ['UBMTTQ']],
    ['MTTQVN và UBMTTQVNTP', []],
    ['đMTTQ, MTTQđ, MTTQ_x, ẤMTTQ', []],
    ['MTTQ-Việt Nam (MTTQ)', ['MTTQ']],
    ['15K hay 5K?', ['5K']],
    ['mttq viết thường', []],
  ] as const)('%s', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it('giữ nguyên văn bản quanh chữ được đánh dấu', () => {
    const used = new Set<string>();
    const segments = find('Ban Thường trực UBMTTQ và MTTQ.', used);
    expect(segments.map((s) => (typeof s === 'string' ? s : `[${s.text}]`)).join('')).toBe(
      'Ban Thường trực [UBMTTQ] và [MTTQ].',
    );
    expect([...used].sort()).toEqual(['mttq', 'ubmttq']);
    expect(find('MTTQ lần nữa', used)).toEqual(['MTTQ lần nữa']);
  });

  it('nhận cả văn bản dạng tổ hợp (NFD)', () => {
    const nfd: GlossaryAbbreviation = { id: 'dc', term: 'Đ/c', expansion: 'đồng chí' };
    const segments = createAbbreviationFinder([nfd])('Đ/c Chủ tịch'.normalize('NFD'), new Set());
    expect(segments[0]).toEqual({ abbreviation: nfd, text: 'Đ/c' });
  });
});

describe('glossaryInText trên cây hast', () => {
  it('đánh dấu lần dùng đầu tiên trong đoạn văn, có title và liên kết đến thuật ngữ', () => {
    expect(html).toContain(`<p>Đoạn đầu nhắc ${MTTQ}, rồi lại MTTQ, cùng <a href="/thuat-ngu/#ubmttq"`);
    expect(html.match(/<abbr/g)).toHaveLength(3);
  });

  it('không đụng đến tiêu đề, liên kết, mã và khối trích dẫn', () => {
    expect(html).toContain('MTTQ trong tiêu đề</h2>');
    expect(html).toContain('<a href="/van-ban/">MTTQ trong liên kết</a>');
    expect(html).toContain('<code>MTTQ</code>');
    expect(html).toContain('<blockquote>\n<p>Trích dẫn: 5K trong khối trích.</p>');
  });

  it('sau khối trích dẫn, lần dùng đầu tiên ngoài trích dẫn vẫn được đánh dấu', () => {
    expect(html).toContain('Phòng dịch theo <a href="/thuat-ngu/#5k" class="glossary-term"><abbr');
  });

  it('bỏ qua mục tắt markInText và thuật ngữ không phải chữ viết tắt', () => {
    expect(html).toContain('số hiệu 01-KL/TW; xây dựng nông thôn mới.');
  });

  it('mỗi trang bắt đầu lại: lần đầu trên trang sau cũng được đánh dấu', async () => {
    expect((await render('Trang hai: MTTQ.')).trim()).toBe(`<p>Trang hai: ${MTTQ}.</p>`);
  });

  it('trong MDX: đánh dấu trong Callout, không đụng đến PlanQuote', async () => {
    const { code } = await mdxToJs(
      '<PlanQuote plan="2022" paragraph="II.1.1">MTTQ</PlanQuote>\n\n<Callout>Vai trò của MTTQ.</Callout>\n',
      { hastPlugins: [glossaryInText(abbreviations)] },
    );
    expect(code.match(/title: "Mặt trận Tổ quốc"/g)).toHaveLength(1);
    expect(code.indexOf('title: "Mặt trận Tổ quốc"')).toBeGreaterThan(code.indexOf('Callout, {'));
  });
});
