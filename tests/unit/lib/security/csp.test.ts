import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspHash, findInlineCode, pagePolicy, withPolicy } from '../../../../src/lib/security/csp.ts';

const page = readFileSync(new URL('fixtures/page.html', import.meta.url), 'utf8');

describe('mã nội tuyến của một trang', () => {
  const code = findInlineCode(page);

  it('chỉ các script chạy được, không script ngoài, không khối dữ liệu JSON-LD', () => {
    expect(code.scripts).toEqual([
      "document.documentElement.dataset.theme = 'dark';",
      "customElements.define('x-a', class extends HTMLElement {});",
    ]);
  });

  it('mọi thẻ <style>, kể cả trong SVG', () => {
    expect(code.styles).toEqual(['body{color:red}', 'circle{fill:red}']);
  });

  it('thuộc tính style, đã giải mã ký tự; chữ trong văn bản không bị nhầm là thuộc tính', () => {
    expect(code.styleAttributes).toEqual(['color: "blue"']);
  });

  it('nhận ra ảnh data:', () => {
    expect(code.usesDataUrls).toBe(true);
    expect(findInlineCode('<p>data: x</p>').usesDataUrls).toBe(false);
  });
});

describe('chính sách của trang', () => {
  it('băm SHA-256 dạng base64, như trình duyệt tính', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(cspHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('chỉ cho phép đúng mã của trang, WebAssembly của Pagefind, không unsafe-inline', () => {
    const code = findInlineCode(page);
    const policy = pagePolicy(code);
    const directives = Object.fromEntries(
      policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]),
    );
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'", ...code.scripts.map(cspHash)]);
    expect(directives['style-src']).toEqual(["'self'", ...code.styles.map(cspHash)]);
    expect(directives['style-src-attr']).toEqual(["'unsafe-hashes'", cspHash('color: "blue"')]);
    expect(directives['img-src']).toEqual(["'self'", 'data:']);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('không thêm style-src-attr, img-src khi trang không cần', () => {
    const policy = pagePolicy({ scripts: [], styles: [], styleAttributes: [], usesDataUrls: false });
    expect(policy).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'",
    );
  });

  it('thẻ meta đứng ngay sau charset, trước mọi script', () => {
    const html = withPolicy(page, "default-src 'self'");
    const meta = html.indexOf('<meta http-equiv="content-security-policy"');
    expect(meta).toBe(html.indexOf('<meta charset="utf-8">') + '<meta charset="utf-8">'.length);
    expect(meta).toBeLessThan(html.indexOf('<script'));
  });

  it('trang không có <head> thì báo lỗi, không bỏ qua', () => {
    expect(() => withPolicy('<p>x</p>', "default-src 'self'")).toThrow(/<head>/);
  });
});
