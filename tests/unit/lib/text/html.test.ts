import { describe, expect, it } from 'vitest';
import { parseAttributes, startTags, textOf } from '../../../../src/lib/text/html.ts';

describe('parseAttributes', () => {
  it('đọc giá trị có ngoặc kép, ngoặc đơn, không ngoặc và thuộc tính rỗng', () => {
    const attributes = parseAttributes(` href="/a/?q=1&amp;b=2" class='x y' data-n=3 hidden ID="Muc"`);
    expect(Object.fromEntries(attributes)).toEqual({
      href: '/a/?q=1&b=2',
      class: 'x y',
      'data-n': '3',
      hidden: '',
      id: 'Muc',
    });
  });
});

describe('startTags', () => {
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
});

it('textOf bỏ thẻ, giải mã và gộp khoảng trắng (cả khoảng trắng không ngắt)', () => {
  expect(textOf('<p>Mặt  trận\n<strong>Tổ&nbsp;quốc</strong></p>')).toBe('Mặt trận Tổ quốc');
});
