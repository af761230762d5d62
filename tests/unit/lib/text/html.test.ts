import { describe, expect, it } from 'vitest';
import { collapseWhiteSpace, readMarkup, startTags, textOf } from '../../../../src/lib/text/html.ts';

describe('startTags', () => {
  it('thuộc tính: ngoặc kép, ngoặc đơn, không ngoặc, rỗng; tên viết thường, giá trị đã giải mã', () => {
    const [link] = startTags(`<a href="/a/?q=1&amp;b=2" class='x y' data-n=3 hidden ID="Muc">a</a>`);
    expect(Object.fromEntries(link!.attributes)).toEqual({
      href: '/a/?q=1&b=2',
      class: 'x y',
      'data-n': '3',
      hidden: '',
      id: 'Muc',
    });
  });

  it('bỏ qua ghi chú và nội dung của script, style', () => {
    const tags = startTags(
      `<a href="/a/">a</a><!-- <a href="/b/"> --><script type="module">const s = '<a href="/c/">';</script><style>a>b{}</style><svg><a href="/d/"></a></svg>`,
    );
    expect(
      tags.map((tag) => `${tag.name} ${tag.attributes.get('href') ?? tag.attributes.get('type') ?? ''}`),
    ).toEqual(['a /a/', 'script module', 'style ', 'svg ', 'a /d/']);
  });

  it('đọc như trình duyệt: thuộc tính không ngoặc, tham chiếu ký tự, phần tử trong <template>, chữ của thẻ', () => {
    const tags = startTags(
      `<title>A &amp; B</title><a href=/x?a=1&amp;b=2 data-t='&quot;'>x</a><template><a href="/t/"></a></template>`,
    );
    expect(tags.map((tag) => [tag.name, Object.fromEntries(tag.attributes), tag.text])).toEqual([
      ['title', {}, 'A & B'],
      ['a', { href: '/x?a=1&b=2', 'data-t': '"' }, 'x'],
      ['template', {}, ''],
      ['a', { href: '/t/' }, ''],
    ]);
  });

  it('đọc cả phần <noscript> như người đọc tắt JavaScript thấy: phần tử, không phải chữ', () => {
    const tags = startTags(
      '<!doctype html><body><noscript><p class="warn"><a href="/n/">danh mục</a></p></noscript>',
    );
    expect(
      tags.map((tag) => `${tag.name} ${tag.attributes.get('class') ?? tag.attributes.get('href') ?? ''}`),
    ).toEqual(['html ', 'head ', 'body ', 'noscript ', 'p warn', 'a /n/']);
    expect(textOf('<noscript><p>Trình duyệt đang tắt JavaScript</p></noscript>')).toBe(
      'Trình duyệt đang tắt JavaScript',
    );
  });

  it('biết mỗi phần tử nằm trong những phần tử nào, ngoài cùng trước', () => {
    const tags = startTags(`<h2 id="a">Mục <a href="/x/">x</a></h2><p><a href="/y/">y</a></p>`);
    expect(
      tags.map((tag) => `${tag.ancestors.map((ancestor) => ancestor.name).join('>')}|${tag.name}`),
    ).toEqual(['|h2', 'h2|a', '|p', 'p|a']);
    expect(tags[1]!.ancestors[0]).toBe(tags[0]);
    expect(
      startTags('<!doctype html><title>t</title><p>x</p>')
        .at(-1)!
        .ancestors.map((tag) => tag.name),
    ).toEqual(['html', 'body']);
  });
});

describe('textOf: bỏ thẻ, giải mã và gộp khoảng trắng, như trình duyệt đọc', () => {
  it.each([
    ['<p>Mặt  trận\n<strong>Tổ&nbsp;quốc</strong></p>', 'Mặt trận Tổ quốc'],
    // A regex that strips `<[^>]*>` ends the tag at the `>` inside the attribute value.
    ['<abbr title="a > b">MTTQ</abbr>', 'MTTQ'],
    ['Mặt trận<!-- ghi chú > của biên tập viên --> Tổ quốc', 'Mặt trận Tổ quốc'],
    ['1 < 2 và 3 > 2', '1 < 2 và 3 > 2'],
    ['&amp;lt;b&amp;gt; giải mã một lần', '&lt;b&gt; giải mã một lần'],
  ])('%s → "%s"', (html, text) => expect(textOf(html)).toBe(text));

  it('collapseWhiteSpace gộp mọi khoảng trắng, cả khoảng trắng không ngắt, và bỏ ở hai đầu', () => {
    expect(collapseWhiteSpace('\n  Trích\u00a0 dẫn\t ')).toBe('Trích dẫn');
  });
});

describe('readMarkup', () => {
  it('cho đúng những gì startTags và textOf cho, chỉ phân tích một lần', () => {
    const html = '<h2 id="a">Mục <em>một</em></h2>\n<p>Chữ &amp; <a href="/x/">liên kết</a></p>';
    const { elements, text } = readMarkup(html);
    expect(text).toBe(textOf(html));
    expect(elements.map(({ name, attributes, text: inside }) => [name, [...attributes], inside])).toEqual(
      startTags(html).map(({ name, attributes, text: inside }) => [name, [...attributes], inside]),
    );
  });
});
