/**
 * A static file server for the benchmark that counts what it sends: text files
 * gzip-compressed (as any real host would), everything else as it is. Both sites are
 * measured through it, so their bytes are counted the same way.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** What the server has sent since the last reset. */
export interface Traffic {
  bytes: number;
  requests: string[];
}

/** A running server: its origin, its traffic counter, and how to stop it. */
export interface CountingServer {
  origin: string;
  traffic: Traffic;
  reset: () => void;
  close: () => Promise<void>;
}

/** Serves `root` on a free local port. */
export async function serveCounting(root: string): Promise<CountingServer> {
  const traffic: Traffic = { bytes: 0, requests: [] };
  const gzipCache = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const compress =
      /text|json|svg|xml|javascript/.test(type) && /gzip/.test(request.headers['accept-encoding'] ?? '');
    let body: Buffer = readFileSync(file);
    if (compress) {
      body = gzipCache.get(file) ?? gzipSync(body);
      gzipCache.set(file, body);
    }
    traffic.bytes += body.length;
    traffic.requests.push(path);
    response.writeHead(200, {
      'content-type': type,
      'content-length': body.length,
      // As deploy/nginx.conf serves them: hashed build files cached for a year, the rest revalidated.
      'cache-control': path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(compress ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    traffic,
    reset: () => {
      traffic.bytes = 0;
      traffic.requests = [];
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
