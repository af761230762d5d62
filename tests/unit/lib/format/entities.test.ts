import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../../src/lib/format/entities.ts';

describe('decodeHtml', () => {
  it.each([
    ['Đoàn &amp; kết', 'Đoàn & kết'],
    ['&lt;b&gt; &quot;x&quot; &#39;y&#39;', `<b> "x" 'y'`],
    ['&#x110;o&#224;n', 'Đoàn'],
    ['Tổ&nbsp;quốc', 'Tổ\u00a0quốc'],
    ['javascript&colon;alert(1)', 'javascript:alert(1)'],
    ['&khongbiet; giữ nguyên', '&khongbiet; giữ nguyên'],
  ])('%s', (input, expected) => expect(decodeHtml(input)).toBe(expected));
});
