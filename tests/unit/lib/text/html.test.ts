import { describe, expect, it } from 'vitest';
import { decodeEntities, parseAttributes, startTags, textOf } from '../../../../src/lib/text/html.ts';

describe('decodeEntities', () => {
  it.each([
    ['Đoàn &amp; kết', 'Đoàn & kết'],
    ['&lt;b&gt; &quot;x&quot; &#39;y&#39;', `<b> "x" 'y'`],
    ['&#x110;o&#224;n', 'Đoàn'],
    ['&khongbiet; giữ nguyên', '&khongbiet; giữ nguyên'],
  ])('%s', (input, expected) => expect(decodeEntities(input)).toBe(expected));
});

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
});

it('textOf bỏ thẻ, giải mã và gộp khoảng trắng (cả khoảng trắng không ngắt)', () => {
  expect(textOf('<p>Mặt  trận\n<strong>Tổ&nbsp;quốc</strong></p>')).toBe('Mặt trận Tổ quốc');
});
