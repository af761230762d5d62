/**
 * Serves the built site with Debian's nginx and deploy/nginx.conf, as a deployment
 * would, and checks what a browser gets: content types, compression, caching, the 404
 * page and the security headers of src/lib/security/headers.ts.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { freePort } from '../../scripts/lib/free-port.ts';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, IMMUTABLE_PATHS, REVALIDATE, SECURITY_HEADERS } from '../../src/lib/security/headers.ts';
import { findNginx } from '../../scripts/lib/nginx.ts';

const DIST = resolve('dist');

/** deploy/nginx.conf with its port and root changed to the test's, checking each is there once. */
function siteConfig(port: number): string {
  let config = readFileSync('deploy/nginx.conf', 'utf8');
  const replace = (pattern: RegExp, replacement: string) => {
    expect(config.match(pattern), `deploy/nginx.conf: ${pattern}`).toHaveLength(1);
    config = config.replace(pattern, replacement);
  };
  replace(/^\s*listen 80;$/gm, `listen 127.0.0.1:${port};`);
  replace(/^\s*listen \[::\]:80;$/gm, '');
  replace(/^\s*root [^;]+;$/gm, `root ${DIST};`);
  return config;
}

let nginx: ChildProcess | undefined;
let origin = '';
let prefix = '';

beforeAll(async () => {
  const binary = findNginx();
  if (!binary) throw new Error('Không có nginx: chạy "npm run test:site" (tự cài) hoặc đặt NGINX_PATH.');
  const port = await freePort();
  prefix = mkdtempSync(join(tmpdir(), 'so-tay-nginx-'));
  writeFileSync(join(prefix, 'site.conf'), siteConfig(port));
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      // As root, nginx would switch its workers to a user that may not read the worktree.
      process.getuid?.() === 0 ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${join(prefix, 'nginx.pid')};`,
      'events {}',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (kind) => `  ${kind}_temp_path ${join(prefix, kind)};`,
      ),
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      `  include ${join(prefix, 'site.conf')};`,
      '}',
    ].join('\n'),
  );
  const args = ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', join(prefix, 'nginx.conf')];
  const check = spawnSync(binary, [...args, '-t'], { encoding: 'utf8' });
  expect(check.status, `nginx -t:\n${check.stderr}`).toBe(0);
  nginx = spawn(binary, [...args, '-g', 'daemon off;'], { stdio: 'inherit' });
  origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await fetch(origin);
      break;
    } catch (error) {
      if (attempt > 50) throw error;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
});

afterAll(() => {
  nginx?.kill();
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

function get(path: string): Promise<Response> {
  return fetch(`${origin}${path}`, { headers: { 'Accept-Encoding': 'gzip' }, redirect: 'manual' });
}

/** One existing file for each path pattern of hashed files (`/_astro/*`…). */
function hashedSamples(): string[] {
  return IMMUTABLE_PATHS.flatMap((pattern) => {
    const dir = join(DIST, pattern.replace('/*', ''));
    const first = existsSync(dir) ? readdirSync(dir)[0] : undefined;
    return first ? [`${pattern.replace('*', '')}${first}`] : [];
  });
}

describe('nginx phục vụ bản dựng với deploy/nginx.conf', () => {
  it.each([
    ['/', 'text/html; charset=utf-8', true],
    ['/chu-de/doan-ket-toan-dan/', 'text/html; charset=utf-8', true],
    ['/sw.js', 'application/javascript; charset=utf-8', true],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8', true],
    ['/favicon.svg', 'image/svg+xml; charset=utf-8', false], // under gzip_min_length
    ['/api/documents.json', 'application/json; charset=utf-8', true],
    ['/rss.xml', 'application/rss+xml; charset=utf-8', true],
    ['/robots.txt', 'text/plain; charset=utf-8', false],
    ['/icons/icon-192.png', 'image/png', false],
    ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8', false],
  ])('%s: kiểu %s, nén gzip: %s', async (path, type, gzip) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-encoding') === 'gzip').toBe(gzip);
  });

  it('trang và service worker: hỏi lại máy chủ mỗi lần dùng (no-cache)', async () => {
    for (const path of ['/', '/van-ban/01-kl-tw/', '/sw.js', '/pagefind/pagefind-entry.json']) {
      expect((await get(path)).headers.get('cache-control'), path).toBe(REVALIDATE);
    }
  });

  it('tệp có mã băm trong tên: lưu một năm (immutable)', async () => {
    const samples = hashedSamples();
    expect(samples.length).toBeGreaterThan(0);
    for (const path of samples) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe(IMMUTABLE);
    }
  });

  it('phông chữ của sổ tay: kiểu font/woff2, lưu một năm (immutable), không nén lại', async () => {
    const fonts = readdirSync(join(DIST, '_astro/fonts'));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      const response = await get(`/_astro/fonts/${font}`);
      expect(response.status, font).toBe(200);
      expect(response.headers.get('content-type'), font).toBe('font/woff2');
      expect(response.headers.get('cache-control'), font).toBe(IMMUTABLE);
      expect(response.headers.get('content-encoding'), font).toBeNull();
    }
  });

  it('tệp chỉ mục của Pagefind (đã nén sẵn) không bị nén lại', async () => {
    const [index] = readdirSync(join(DIST, 'pagefind/index'));
    const response = await get(`/pagefind/index/${index}`);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('content-encoding')).toBeNull();
  });

  it('địa chỉ không có: trang 404 của sổ tay, không lưu đệm lâu', async () => {
    const response = await get('/khong-co-trang-nay/');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBeNull();
    expect(await response.text()).toContain('Không tìm thấy trang này');
  });

  it('thư mục thiếu dấu "/" cuối: chuyển hướng tương đối', async () => {
    const response = await get('/chu-de');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/chu-de/');
  });

  it.each(['/', '/sw.js', '/api/themes.json', '/khong-co-trang-nay/'])(
    '%s có đủ tiêu đề bảo mật, không lộ phiên bản nginx',
    async (path) => {
      const response = await get(path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(response.headers.get(name), name).toBe(value);
      }
      expect(response.headers.get('server')).toBe('nginx');
    },
  );

  // Audit X1, X2 (issue 13).
  it.each(['/_astro/', '/pagefind/', '/404.html'])('%s: trang 404 của sổ tay, mã 404', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Không tìm thấy trang này');
  });

  it('tệp _headers (dành cho máy chủ khác) không được phục vụ', async () => {
    expect((await get('/_headers')).status).toBe(404);
  });
});
