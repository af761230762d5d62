import browserslist from 'browserslist';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import packageJson from '../../../../package.json' with { type: 'json' };
import {
  dropPropertyFallback,
  pageCanMatch,
  pageTokens,
  classesInScripts,
  elementsInScripts,
  inlineScripts,
  staticSelector,
  stylePruner,
} from '../../../../src/lib/css/prune.ts';

describe('staticSelector: bộ chọn đem so với trang, bỏ các trạng thái', () => {
  it.each([
    ['.a:hover', '.a'],
    ['.group:hover .x', '.group .x'],
    ['.focus\\:ring-2:focus-visible', '.focus\\:ring-2'],
    ['.target\\:ring-2:target', '.target\\:ring-2'],
    ['input::placeholder', 'input'],
    [':focus-visible', '*'],
    ['::backdrop', '*'],
    // Beasties searches inside <html>: the root itself stands for any element.
    [':root[data-theme=dark]', '*'],
    ['html[data-theme=dark] .x', '* .x'],
    [':root:not(.x) body', '*:not(.x) body'],
    ['.aria-disabled\\:opacity-60[aria-disabled=true]', '.aria-disabled\\:opacity-60'],
    ['details[open] > summary', 'details > summary'],
    // Structure stays: only a page that has the element keeps the rule.
    [
      '.prose :where(kbd):not(:where([class~=not-prose],[class~=not-prose] *))',
      '.prose :where(kbd):not(:where([class~=not-prose],[class~=not-prose] *))',
    ],
    [':where(.space-y-2>:not(:last-child))', ':where(.space-y-2>:not(:last-child))'],
    [':is(:where(.group):hover .group-hover\\:text-brand)', ':is(:where(.group) .group-hover\\:text-brand)'],
    // A :not() that lost a state would exclude too much: it goes whole.
    ['.a:not(.b:hover) .c', '.a .c'],
    ['.has-\\[\\:target\\]\\:bg-brand-soft:has(:target)', '.has-\\[\\:target\\]\\:bg-brand-soft'],
    ['.x:has(> p, :focus)', '.x:has(> p)'],
    ['.a>:hover', '.a> *'],
    ['.\\[\\&_form\\]\\:flex-1 form', '.\\[\\&_form\\]\\:flex-1 form'],
  ])('%s → %s', (selector, expected) => {
    expect(staticSelector(selector)).toBe(expected);
  });

  it('bộ chọn hỏng thì báo rõ', () => {
    expect(() => staticSelector('.a:not(.b')).toThrow('Bộ chọn CSS thiếu dấu đóng “)”: .a:not(.b');
  });
});

describe('pageCanMatch: trang có đủ lớp, mã, thẻ mà bộ chọn cần không', () => {
  const tokens = pageTokens(
    '<main id="noi-dung" class="prose md:mt-0 [&amp;_form]:flex-1"><table><tbody><tr><td>1</td></tr></tbody></table></main><script>x("<kbd>")</script>',
  );

  it('đọc lớp (kể cả lớp có ký tự đặc biệt), mã và thẻ của trang, không đọc trong mã script', () => {
    expect([...tokens].sort()).toEqual(
      ['#noi-dung', '.[&_form]:flex-1', '.md:mt-0', '.prose', 'main', 'table', 'tbody', 'td', 'tr'].sort(),
    );
  });

  it.each([
    ['.prose', true],
    ['.md\\:mt-0', true],
    ['.\\[\\&_form\\]\\:flex-1 form', false],
    ['main#noi-dung', true],
    ['#khac', false],
    ['.prose :where(kbd)', false],
    ['.prose :where(tbody td,tfoot td):not(:where([class~=not-prose] *))', true],
    ['.prose :where(thead th,tfoot td)', false],
    ['.prose:not(.khong-co)', true],
    ['.khong-co, .prose', true],
    ['* table > tbody', true],
    ['.x:has(> p)', false],
    ['li:nth-child(2n+1)', false],
  ])('%s → %s', (selector, expected) => {
    expect(pageCanMatch(selector, tokens)).toBe(expected);
  });
});

describe('những gì mã JavaScript tạo ra', () => {
  const css = '.mt-2{}.quiz-verdict-right{}.md\\:mt-0{}.ring{}.unused{}';

  it('lớp có tên trong mã, nguyên từ (không lấy “ring” trong “string”)', () => {
    expect(
      classesInScripts(css, 'el.className = "mt-2 quiz-verdict-right"; const string = 1; x="md:mt-0"'),
    ).toEqual(['mt-2', 'quiz-verdict-right', 'md\\:mt-0']);
  });

  it('thẻ HTML tạo bằng createElement hoặc viết trong khuôn mẫu', () => {
    expect(elementsInScripts('document.createElement("mark"); x.innerHTML = `<li class="a"><kbd>`;')).toEqual(
      ['kbd', 'li', 'mark'],
    );
  });

  it('mã chạy trong trang, không tính JSON-LD hay tệp ngoài', () => {
    const html =
      '<script type="module">a()</script><script src="/x.js"></script><script type="application/ld+json">{"b":1}</script><script>c()</script>';
    expect(inlineScripts(html)).toEqual(['a()', 'c()']);
  });
});

describe('stylePruner: mỗi trang chỉ mang CSS nó dùng', () => {
  const stylesheet = [
    '*,:before{box-sizing:border-box}',
    ':focus-visible{outline:3px solid blue}',
    ':root[data-theme=dark]{color-scheme:dark}',
    '.used{color:red}',
    '.unused{color:green}',
    '.hover\\:used:hover{color:blue}',
    '@media (width>=48rem){.md\\:unused{display:none}.md\\:used{display:block}}',
    '.prose :where(table):not(:where([class~=not-prose] *)){width:100%}',
    '.prose :where(kbd):not(:where([class~=not-prose] *)){font-family:monospace}',
    ':where(.space-y-2>:not(:last-child)){margin-top:.5rem}',
    '.scripted{font-weight:600}',
    'mark{background:yellow}',
  ].join('');
  const page = (body: string) =>
    `<!doctype html><html lang="vi"><head><style>${stylesheet}</style></head><body>${body}</body></html>`;
  const prune = stylePruner(stylesheet, 'el.className="scripted"; document.createElement("mark")');
  const cssOf = (body: string) => /<style>([\s\S]*)<\/style>/.exec(prune(page(body)))![1]!;

  it('bỏ quy tắc của lớp không có trên trang, giữ của lớp có', () => {
    const css = cssOf('<p class="used hover:used md:used">x</p>');
    expect(css).toContain('.used{');
    expect(css).toContain('.hover\\:used:hover');
    expect(css).toContain('.md\\:used');
    expect(css).not.toContain('.unused');
    expect(css).not.toContain('.md\\:unused');
  });

  it('giữ tiêu điểm, giao diện tối, và những gì mã tạo ra', () => {
    const css = cssOf('<p>x</p>');
    expect(css).toContain(':focus-visible');
    expect(css).toContain(':root[data-theme=dark]');
    expect(css).toContain('.scripted');
    expect(css).toContain('mark{');
  });

  it('kiểu “prose” chỉ cho phần tử có mặt; khoảng cách space-y chỉ khi dùng', () => {
    const withTable = cssOf(
      '<div class="prose space-y-2"><table><tr><td>1</td></tr></table><p>a</p><p>b</p></div>',
    );
    expect(withTable).toContain(':where(table)');
    expect(withTable).not.toContain(':where(kbd)');
    expect(withTable).toContain('.space-y-2');
    const plain = cssOf('<p>x</p>');
    expect(plain).not.toContain(':where(table)');
    expect(plain).not.toContain('.space-y-2');
  });

  it('phần còn lại của trang giữ nguyên từng byte', () => {
    const body = '<p class="used" data-x=\'1\'>a &amp; b<br></p>\n  <script>if (a < b) {}</script>';
    const pruned = prune(page(body));
    expect(pruned.replace(/<style>[\s\S]*<\/style>/, '')).toBe(
      page(body).replace(/<style>[\s\S]*<\/style>/, ''),
    );
  });

  it('chỉ cắt bảng kiểu của trang (thẻ <style> cuối), không đụng @font-face của phông chữ đứng trước', () => {
    const fonts = '<style>@font-face{font-family:x;src:url(/a.woff2)}.unused{color:green}</style>';
    const pruned = prune(page('<p class="used">x</p>').replace('<head>', `<head>${fonts}`));
    expect(pruned).toContain(fonts);
    expect(/<style>([^<]*)<\/style><\/head>/.exec(pruned)![1]).not.toContain('.unused');
  });

  it('trang không có <style> thì không đổi', () => {
    expect(prune('<p>x</p>')).toBe('<p>x</p>');
  });
});

describe('stylePruner: phần riêng của từng loại ô nhập', () => {
  const stylesheet = [
    '::file-selector-button{margin-inline-end:4px}',
    '::-webkit-search-decoration{-webkit-appearance:none}',
    '::-webkit-datetime-edit-year-field{padding-block:0}',
    '::-webkit-inner-spin-button{height:auto}',
    '::placeholder{opacity:1}',
  ].join('');
  const prune = stylePruner(stylesheet, '');
  const cssOf = (body: string) =>
    /<style>([\s\S]*)<\/style>/.exec(
      prune(`<html><head><style>${stylesheet}</style></head><body>${body}</body></html>`),
    )![1]!;

  it('ô tìm kiếm giữ kiểu của ô tìm kiếm, bỏ kiểu của ô ngày, ô số, ô chọn tệp', () => {
    const css = cssOf('<input type="search" placeholder="Tìm">');
    expect(css).toContain('::-webkit-search-decoration');
    expect(css).toContain('::placeholder');
    expect(css).not.toContain('datetime-edit');
    expect(css).not.toContain('spin-button');
    expect(css).not.toContain('file-selector');
  });

  it('ô ngày giữ kiểu các phần của ngày và nút tăng giảm; ô chọn tệp giữ nút chọn tệp', () => {
    expect(cssOf('<input type="date">')).toContain('::-webkit-datetime-edit-year-field');
    expect(cssOf("<input type='DATE'>")).toContain('::-webkit-inner-spin-button');
    expect(cssOf('<input type=file>')).toContain('::file-selector-button');
  });

  it('trang không có ô nhập nào không mang kiểu nào của ô nhập', () => {
    const css = cssOf('<p>x</p>');
    expect(css).not.toContain('search-decoration');
    expect(css).not.toContain('file-selector');
  });
});

describe('dropPropertyFallback: khối dự phòng @property của Tailwind', () => {
  const fallback =
    '@layer properties{@supports (((-webkit-hyphens:none)) and (not (margin-trim:block))) or ((-moz-orient:inline) and (not (color:rgb(from red r g b)))){*{--tw-border-style:solid}}}';
  const rest =
    '@property --tw-border-style{syntax:"*";inherits:false;initial-value:solid}.b{border-style:var(--tw-border-style)}';

  it('bỏ khối dự phòng, giữ các quy tắc @property và phần còn lại', () => {
    const root = postcss.parse(fallback + rest);
    dropPropertyFallback(root);
    expect(root.toString()).toBe(rest);
  });

  it('không bỏ một @layer properties có nội dung khác', () => {
    const other = '@layer properties{.x{color:red}}';
    const root = postcss.parse(other);
    dropPropertyFallback(root);
    expect(root.toString()).toBe(other);
  });

  // Where @property arrived (MDN browser-compat-data): the block is only for browsers before these.
  const PROPERTY_SINCE: Record<string, number> = {
    chrome: 85,
    edge: 85,
    opera: 71,
    and_chr: 85,
    samsung: 14,
    safari: 16.4,
    ios_saf: 16.4,
    firefox: 128,
    and_ff: 128,
  };

  it('mọi trình duyệt trong browserslist của dự án đều có @property, nên khối dự phòng không dùng đến', () => {
    const targets = browserslist(packageJson.browserslist);
    expect(targets.length).toBeGreaterThan(5);
    for (const target of targets) {
      const [name, version] = target.split(' ') as [string, string];
      expect(PROPERTY_SINCE, target).toHaveProperty(name);
      expect(Number.parseFloat(version.split('-')[0]!), target).toBeGreaterThanOrEqual(PROPERTY_SINCE[name]!);
    }
  });
});
