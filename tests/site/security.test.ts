/**
 * Every built page carries a Content-Security-Policy that allows exactly its own inline
 * code (hashed here independently of the build), Pagefind's WebAssembly and nothing
 * inline besides; static hosts get the security headers in dist/_headers.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/lib/security/headers.ts';
import type { StartTag } from '../../src/lib/text/html.ts';
import { builtPages, elementsOf } from './built-site.ts';

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

/** The sha256 sources of the inline code in `elements`: one per distinct text, sorted. */
function hashes(elements: StartTag[]): string[] {
  return [...new Set(elements.map((element) => sha256(element.text)))].sort();
}

describe.each(builtPages().map((page) => [page.path, page.html] as const))('%s', (_, html) => {
  const elements = elementsOf(html);
  const head = elements.findIndex((element) => element.name === 'head');
  const [charset, meta] = elements.slice(head + 1, head + 3);
  const policyText = meta?.attributes.get('content') ?? '';

  it('chính sách là thẻ đầu tiên sau charset, trước mọi script và style', () => {
    expect(charset?.name).toBe('meta');
    expect(charset?.attributes.get('charset')).toBe('utf-8');
    expect(meta?.name).toBe('meta');
    expect(meta?.attributes.get('http-equiv')).toBe('content-security-policy');
    expect(policyText).not.toBe('');
  });

  it('cho phép đúng script và style nội tuyến của trang, không unsafe-inline, có wasm cho Pagefind', () => {
    const policy = directives(policyText);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(Object.values(policy).flat()).not.toContain("'unsafe-inline'");
    expect(Object.values(policy).flat()).not.toContain("'unsafe-eval'");
    expect(policy['script-src']).toContain("'wasm-unsafe-eval'");
    const inlineScripts = elements.filter(
      ({ name, attributes }) =>
        name === 'script' && !attributes.has('src') && attributes.get('type') !== 'application/ld+json',
    );
    const inlineStyles = elements.filter(({ name }) => name === 'style');
    expect(hashes(inlineScripts)).toEqual(
      policy['script-src']!.filter((source) => source.startsWith("'sha256-")).sort(),
    );
    expect(hashes(inlineStyles)).toEqual(
      policy['style-src']!.filter((source) => source.startsWith("'sha256-")).sort(),
    );
  });

  it('không thuộc tính style nào, nên chính sách không cho phép style nội tuyến trong thẻ', () => {
    expect(elements.filter(({ attributes }) => attributes.has('style')).map(({ name }) => name)).toEqual([]);
    expect(policyText).not.toContain('style-src-attr');
  });
});

it('dist/_headers gửi các tiêu đề bảo mật cho mọi đường dẫn', () => {
  const headers = readFileSync('dist/_headers', 'utf8');
  const [all] = headers.split('\n\n');
  expect(all!.split('\n')[0]).toBe('/*');
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(all).toContain(`  ${name}: ${value}`);
});
