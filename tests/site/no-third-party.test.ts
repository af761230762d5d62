/**
 * No built file makes the browser ask another origin for anything (SPEC §6): no script,
 * style, image, font, frame or fetch from a CDN or service. Outbound links (<a href>)
 * to public sources are allowed: they are not requests until a reader follows them.
 * The browser test tests/e2e/no-third-party.spec.ts watches the real requests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StartTag } from '../../src/lib/text/html.ts';
import { distFiles, elementsOf, SITE } from './built-site.ts';

const ABSOLUTE = /^(?:https?:)?\/\//i;

/**
 * Attributes that make the browser fetch their URL, by element ('*' = any element). The
 * parser names SVG's `xlink:href` `href`.
 */
const FETCHING_ATTRIBUTES: Record<string, readonly string[]> = {
  '*': ['src', 'srcset', 'poster', 'background', 'formaction'],
  link: ['href', 'imagesrcset'],
  object: ['data'],
  form: ['action'],
  image: ['href'],
  use: ['href'],
  feimage: ['href'],
};

const CSS_URL = /(?:url\(\s*["']?|@import\s+["'])([^"')\s]+)/gi;
const JS_REQUEST =
  /(?:\b(?:fetch|import|importScripts|Worker|SharedWorker|EventSource|WebSocket|sendBeacon|open)\s*\(\s*|\.(?:src|href|action)\s*=\s*|\b(?:src|href|action)=\\?)["'`]((?:https?:)?\/\/[^"'`\s]+)/g;

function offSite(url: string): boolean {
  return ABSOLUTE.test(url.trim()) && new URL(url.trim(), SITE).origin !== SITE.origin;
}

function inCss(css: string): string[] {
  return [...css.matchAll(CSS_URL)].map((match) => match[1]!).filter(offSite);
}

function inJs(js: string): string[] {
  return [...js.matchAll(JS_REQUEST)].map((match) => match[1]!).filter(offSite);
}

/** What an element asks for: its attributes' URLs, and a stylesheet's or script's own text. */
function inElement({ name, attributes, text }: StartTag): string[] {
  const element = name.toLowerCase();
  const found = element === 'style' ? inCss(text) : element === 'script' ? inJs(text) : [];
  const fetching = [...FETCHING_ATTRIBUTES['*']!, ...(FETCHING_ATTRIBUTES[element] ?? [])];
  for (const [attribute, value] of attributes) {
    const key = attribute.toLowerCase();
    if (key === 'style') found.push(...inCss(value));
    else if (key === 'content' && attributes.get('http-equiv')?.toLowerCase() === 'refresh') {
      found.push(...[value.replace(/^.*?url=/i, '')].filter(offSite));
    } else if (fetching.includes(key)) {
      const urls = key.endsWith('srcset')
        ? value.split(',').map((part) => part.trim().split(/\s+/)[0]!)
        : [value];
      found.push(...urls.filter(offSite));
    }
  }
  return found;
}

function inHtml(html: string): string[] {
  return elementsOf(html).flatMap(inElement);
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
    ['<svg><image xlink:href="https://img.example/a.png"/></svg>', 1],
    // Read as the browser reads them, where a regex over the markup went wrong:
    ['<img alt="a > b" src="https://img.example/a.png">', 1],
    ['<img src="https&#58;//img.example/a.png" alt="">', 1],
    ['<!-- <script src="https://cdn.example/x.js"></script> -->', 0],
  ])('%s → %i', (html, count) => expect(inHtml(html)).toHaveLength(count));
});

it('không tệp nào của bản dựng yêu cầu tài nguyên từ nơi khác', () => {
  const files = distFiles().filter((file) => /\.(html|svg|css|m?js|webmanifest)$/.test(file));
  expect(files.length).toBeGreaterThan(50);
  const found = files.flatMap((file) => scan(file).map((url) => `${file}: ${url}`));
  expect(found).toEqual([]);
});
