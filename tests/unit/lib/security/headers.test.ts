import { describe, expect, it } from 'vitest';
import { headersFile, IMMUTABLE, SECURITY_HEADERS } from '../../../../src/lib/security/headers.ts';

describe('tệp _headers cho máy chủ tĩnh', () => {
  const rules = headersFile()
    .trim()
    .split('\n\n')
    .map((block) => {
      const [path, ...lines] = block.split('\n');
      return { path, headers: Object.fromEntries(lines.map((line) => line.trim().split(': '))) };
    });

  it('mọi đường dẫn nhận các tiêu đề bảo mật', () => {
    expect(rules[0]).toEqual({ path: '/*', headers: SECURITY_HEADERS });
  });

  it('Cache-Control chỉ ở các quy tắc không chồng nhau (máy chủ nối giá trị của mọi quy tắc khớp)', () => {
    expect(rules[0]!.headers).not.toHaveProperty('Cache-Control');
    expect(
      rules.filter((rule) => rule.headers['Cache-Control'] === IMMUTABLE).map((rule) => rule.path),
    ).toEqual(['/_astro/*', '/pagefind/index/*', '/pagefind/fragment/*', '/pagefind/filter/*']);
    expect(rules.at(-1)).toEqual({ path: '/sw.js', headers: { 'Cache-Control': 'no-cache' } });
  });

  it('CSP của tiêu đề cấm nhúng trang vào khung', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });
});
