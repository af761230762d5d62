/**
 * A minimal static server for a built site, for the offline tests: they must be able to
 * take the server away (and change the site under it), which they cannot do to the
 * shared `astro preview`.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/** A running server: its origin, the folder it serves (which can be changed), and how to stop it. */
export interface StaticServer {
  origin: string;
  root: string;
  close(): Promise<void>;
}

/** Serves `root` on a free port of 127.0.0.1 (a secure context, so service workers run). */
export async function serveStatic(root: string): Promise<StaticServer> {
  const state: StaticServer = { origin: '', root: resolve(root), close: async () => undefined };
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const path = normalize(join(state.root, decodeURIComponent(pathname)));
    const file = pathname.endsWith('/') ? join(path, 'index.html') : path;
    try {
      if (!path.startsWith(state.root)) throw new Error('outside root');
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': TYPES['.html']! });
      response.end(await readFile(join(state.root, '404.html')));
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  state.origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  state.close = () =>
    new Promise((done) => {
      if (!server.listening) return done();
      server.closeAllConnections();
      server.close(() => done());
    });
  return state;
}
