/**
 * Every built page carries a Content-Security-Policy that allows exactly its own inline
 * code (hashed here independently of the build), Pagefind's WebAssembly and nothing
 * inline besides; static hosts get the security headers in dist/_headers.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/lib/security/headers.ts';
import { builtPages, decodeHtml } from './built-site.ts';

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe.each(builtPages().map((page) => [page.path, page.html] as const))('%s', (_, html) => {
  const meta =
    /<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html);

  it('chính sách là thẻ đầu tiên sau charset, trước mọi script và style', () => {
    expect(meta).not.toBeNull();
  });

  it('cho phép đúng script và style nội tuyến của trang, không unsafe-inline, có wasm cho Pagefind', () => {
    const policy = directives(decodeHtml(meta![1]!));
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(Object.values(policy).flat()).not.toContain("'unsafe-inline'");
    expect(Object.values(policy).flat()).not.toContain("'unsafe-eval'");
    expect(policy['script-src']).toContain("'wasm-unsafe-eval'");
    const inlineScripts = [
      ...html.matchAll(
        /<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g,
      ),
    ];
    const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)];
    expect([...new Set(inlineScripts.map((match) => sha256(match[1]!)))].sort()).toEqual(
      policy['script-src']!.filter((source) => source.startsWith("'sha256-")).sort(),
    );
    expect([...new Set(inlineStyles.map((match) => sha256(match[1]!)))].sort()).toEqual(
      policy['style-src']!.filter((source) => source.startsWith("'sha256-")).sort(),
    );
  });

  it('không thuộc tính style nào, nên chính sách không cho phép style nội tuyến trong thẻ', () => {
    expect(html.replace(/<script[\s\S]*?<\/script>/g, '')).not.toMatch(/<[a-z][^>]*\sstyle=/);
    expect(decodeHtml(meta![1]!)).not.toContain('style-src-attr');
  });
});

it('dist/_headers gửi các tiêu đề bảo mật cho mọi đường dẫn', () => {
  const headers = readFileSync('dist/_headers', 'utf8');
  const [all] = headers.split('\n\n');
  expect(all!.split('\n')[0]).toBe('/*');
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(all).toContain(`  ${name}: ${value}`);
});
