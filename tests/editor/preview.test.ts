import { describe, expect, it } from 'vitest';
import { inspectSource } from '../../src/lib/content-check/mdx-policy.ts';
import { previewBody, type ParagraphText } from '../../src/lib/editor/web/preview.ts';

const PARAGRAPH = 'Mặt trận các cấp tuyên truyền, vận động Nhân dân.';
const paragraphText: ParagraphText = (plan, id) =>
  plan === '2022' && id === 'II.1.2' ? PARAGRAPH : undefined;
const html = (body: string) => {
  const preview = previewBody(body, paragraphText);
  if (!preview.ok) throw new Error(JSON.stringify(preview.problems));
  return preview.html;
};

describe('previewBody: Markdown and the registered components, as the site marks them up', () => {
  it('renders headings, emphasis, internal and external links, tables and footnotes', () => {
    const out = html(
      '## Đã làm gì\n\nChữ **đậm** và [văn bản](/van-ban/01-kl-tw/)[^a].\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n[^a]: [Nguồn](https://baohaiphong.vn/bai-123456.html)\n',
    );
    expect(out).toContain('<h2>Đã làm gì</h2>');
    expect(out).toContain('<strong>đậm</strong>');
    expect(out).toContain('<a href="/van-ban/01-kl-tw/">văn bản</a>');
    expect(out).toContain('<table>');
    expect(out).toMatch(/<section[^>]*data-footnotes/);
    expect(out).toContain('href="https://baohaiphong.vn/bai-123456.html"');
  });

  it('renders <Callout> and <PlanQuote> with the plan paragraph’s text and its link', () => {
    const out = html(
      '<Callout kind="warning" title="Chú ý">\n\nBên trong\n\n</Callout>\n\n<PlanQuote plan="2022" paragraph="II.1.2" />\n',
    );
    expect(out).toContain('<aside class="not-prose callout callout-warning" aria-label="Chú ý">');
    expect(out).toContain('<p>Bên trong</p>');
    expect(out).toContain(`<p>“${PARAGRAPH}”</p>`);
    expect(out).toContain('<a href="/ke-hoach/2022/#II-1-2">');
  });

  it('keeps text typed as text: escaped < { and & stay characters', () => {
    expect(html('a \\< b \\{c} & d\n')).toBe('<p>a &lt; b {c} &amp; d</p>');
  });
});

describe.each([
  ['a script', '<script>alert(1)</script>\n'],
  ['a style', '<style>{`body{}`}</style>\n'],
  ['raw HTML', '<div onclick="x()">chữ</div>\n'],
  ['an expression', 'Tổng {1 + 1}\n'],
  ['an import', "import X from './x.js'\n\nChữ\n"],
  ['a javascript: link', '[bấm](javascript:alert(1))\n'],
  ['an image from another site', '![ảnh](https://example.com/a.png)\n'],
  ['an unknown component', '<Video src="/a.mp4" />\n'],
])('previewBody refuses %s, with the checker’s message', (_, body) => {
  it('refuses it and renders nothing', () => {
    const preview = previewBody(body, paragraphText);
    expect(preview.ok).toBe(false);
    const expected = inspectSource(body).faults.map((fault) => fault.message);
    expect(expected.length).toBeGreaterThan(0);
    if (!preview.ok) expect(preview.problems.map((p) => p.message)).toEqual(expected);
  });
});

it('refuses a quote of a paragraph the plan does not have, as the build does', () => {
  const preview = previewBody('<PlanQuote plan="2022" paragraph="II.9.9" />\n', paragraphText);
  expect(preview).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/II\.9\.9/) }] });
});
