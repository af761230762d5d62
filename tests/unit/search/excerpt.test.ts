import { describe, expect, it } from 'vitest';
import { parseExcerpt } from '../../../src/lib/search/excerpt.ts';

describe('parseExcerpt: chỉ <mark> được coi là thẻ', () => {
  it('tách chữ thường và chữ được đánh dấu', () => {
    expect(parseExcerpt('vận động <mark>hàng</mark> <mark>Việt</mark> Nam')).toEqual([
      { text: 'vận động ', marked: false },
      { text: 'hàng', marked: true },
      { text: ' ', marked: false },
      { text: 'Việt', marked: true },
      { text: ' Nam', marked: false },
    ]);
  });

  it('giải mã ký tự mà Pagefind đã mã hoá, thành chữ chứ không thành thẻ', () => {
    expect(parseExcerpt('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;a&#x27;')).toEqual([
      { text: '<script>alert("x")</script> & \'a\'', marked: false },
    ]);
  });

  it('thẻ khác, kể cả đã lọt vào, vẫn chỉ là chữ', () => {
    expect(parseExcerpt('<b>đậm</b><img src=x onerror=alert(1)>')).toEqual([
      { text: '<b>đậm</b><img src=x onerror=alert(1)>', marked: false },
    ]);
  });

  it('mã ký tự lạ giữ nguyên', () => {
    expect(parseExcerpt('&bogus; &#0; &#x110000;')).toEqual([
      { text: '&bogus; &#0; &#x110000;', marked: false },
    ]);
  });

  it('thẻ <mark> không đóng cũng không làm hỏng gì', () => {
    expect(parseExcerpt('a <mark>b')).toEqual([
      { text: 'a ', marked: false },
      { text: 'b', marked: true },
    ]);
    expect(parseExcerpt('')).toEqual([]);
  });
});
