/**
 * No built file makes the browser ask another origin for anything (SPEC §6): no script,
 * style, image, font, frame or fetch from a CDN or service. Outbound links (<a href>)
 * to public sources are allowed: they are not requests until a reader follows them.
 * The browser test tests/e2e/no-third-party.spec.ts watches the real requests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distFiles, SITE } from './built-site.ts';

const ABSOLUTE = /^(?:https?:)?\/\//i;

/** Attributes that make the browser fetch their URL, by element ('*' = any element). */
const FETCHING_ATTRIBUTES: Record<string, readonly string[]> = {
  '*': ['src', 'srcset', 'poster', 'background', 'formaction'],
  link: ['href', 'imagesrcset'],
  object: ['data'],
  form: ['action'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  feimage: ['href', 'xlink:href'],
};

const TAG = /<([a-zA-Z][\w:-]*)(\s[^>]*)?>/g;
const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
const CSS_URL = /(?:url\(\s*["']?|@import\s+["'])([^"')\s]+)/gi;
const JS_REQUEST =
  /(?:\b(?:fetch|import|importScripts|Worker|SharedWorker|EventSource|WebSocket|sendBeacon|open)\s*\(\s*|\.(?:src|href|action)\s*=\s*|\b(?:src|href|action)=\\?)["'`]((?:https?:)?\/\/[^"'`\s]+)/g;
const SCRIPT_OR_STYLE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;

function offSite(url: string): boolean {
  return ABSOLUTE.test(url.trim()) && new URL(url.trim(), SITE).origin !== SITE.origin;
}

function inCss(css: string): string[] {
  return [...css.matchAll(CSS_URL)].map((match) => match[1]!).filter(offSite);
}

function inJs(js: string): string[] {
  return [...js.matchAll(JS_REQUEST)].map((match) => match[1]!).filter(offSite);
}

function inHtml(html: string): string[] {
  const found: string[] = [];
  for (const [, kind, , body] of html.matchAll(SCRIPT_OR_STYLE)) {
    found.push(...(kind!.toLowerCase() === 'style' ? inCss(body!) : inJs(body!)));
  }
  for (const [, name, attributes = ''] of html.replaceAll(SCRIPT_OR_STYLE, '<$1$2></$1>').matchAll(TAG)) {
    const element = name!.toLowerCase();
    const fetching = [...FETCHING_ATTRIBUTES['*']!, ...(FETCHING_ATTRIBUTES[element] ?? [])];
    for (const [, attribute, ...values] of attributes.matchAll(ATTRIBUTE)) {
      const value = values.find((candidate) => candidate !== undefined) ?? '';
      const key = attribute!.toLowerCase();
      if (key === 'style') found.push(...inCss(value));
      else if (key === 'content' && /http-equiv="?refresh/i.test(attributes)) {
        found.push(...[value.replace(/^.*?url=/i, '')].filter(offSite));
      } else if (fetching.includes(key)) {
        const urls = key.endsWith('srcset')
          ? value.split(',').map((part) => part.trim().split(/\s+/)[0]!)
          : [value];
        found.push(...urls.filter(offSite));
      }
    }
  }
  return found;
}

function scan(file: string): string[] {
  const text = readFileSync(`dist/${file}`, 'utf8');
  if (file.endsWith('.html') || file.endsWith('.svg')) return inHtml(text);
  if (file.endsWith('.css')) return inCss(text);
  if (/\.m?js$/.test(file)) return inJs(text);
  if (file.endsWith('.webmanifest')) {
    return [...text.matchAll(/"(?:src|start_url|scope|url|id)"\s*:\s*"([^"]+)"/g)]
      .map((m) => m[1]!)
      .filter(offSite);
  }
  return [];
}

describe('bộ dò nhận ra yêu cầu tới nơi khác (để phép thử dưới đây là thật)', () => {
  it.each([
    ['<script src="https://cdn.example/x.js"></script>', 1],
    ['<link rel="stylesheet" href="//fonts.example/css">', 1],
    ['<img srcset="/a.png 1x, https://img.example/b.png 2x" alt="">', 1],
    ['<div style="background:url(https://img.example/a.png)"></div>', 1],
    ['<style>@import "https://fonts.example/a.css";</style>', 1],
    ['<script>fetch("https://api.example/q")</script>', 1],
    ['<meta http-equiv="refresh" content="0; url=https://other.example/">', 1],
    ['<a href="https://nhandan.vn/bai-viet">nguồn</a>', 0],
    [`<link rel="canonical" href="${SITE.origin}/x/">`, 0],
    ['<svg xmlns="http://www.w3.org/2000/svg"></svg>', 0],
  ])('%s → %i', (html, count) => expect(inHtml(html)).toHaveLength(count));
});

it('không tệp nào của bản dựng yêu cầu tài nguyên từ nơi khác', () => {
  const files = distFiles().filter((file) => /\.(html|svg|css|m?js|webmanifest)$/.test(file));
  expect(files.length).toBeGreaterThan(50);
  const found = files.flatMap((file) => scan(file).map((url) => `${file}: ${url}`));
  expect(found).toEqual([]);
});
