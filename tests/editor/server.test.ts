import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEditorServer } from '../../src/lib/editor/web/server.ts';
import { temporaryContent } from './temp-content.ts';

const content = temporaryContent();
let server: Server;
let port: number;

/** A request with a chosen Host header (fetch does not allow setting it). */
function get(
  path: string,
  host = `localhost:${port}`,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers: { host } }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    })
      .on('error', reject)
      .end();
  });
}

beforeAll(async () => {
  // The Host check needs the port before listening: take a free one, then rebuild on it.
  const probe = await createEditorServer({ root: content.root, port: 0 });
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  port = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  server = await createEditorServer({ root: content.root, port });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
}, 60_000);
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  content.remove();
});

describe('editor server', () => {
  it('serves the page with a strict CSP and a fresh nonce', async () => {
    const first = await get('/quan-tri/');
    const second = await get('/quan-tri/');
    expect(first.status).toBe(200);
    const csp = String(first.headers['content-security-policy']);
    expect(csp).toMatch(/default-src 'none'; script-src 'self'; style-src 'self' 'nonce-[^']+'/);
    expect(csp).not.toContain('unsafe');
    expect(csp).not.toBe(second.headers['content-security-policy']);
  });

  it('refuses requests addressed to another host name', async () => {
    expect((await get('/quan-tri/api/collections', `evil.example:${port}`)).status).toBe(421);
  });

  it('lists every collection, plans read-only', async () => {
    const list = JSON.parse((await get('/quan-tri/api/collections')).body) as {
      name: string;
      readOnly: boolean;
    }[];
    expect(list).toHaveLength(11);
    expect(list.filter((c) => c.readOnly).map((c) => c.name)).toEqual(['plans']);
  });

  it('makes no request elsewhere: the script names no other origin', async () => {
    const script = (await get('/quan-tri/editor.js')).body;
    expect(script).not.toMatch(/https?:\/\/(?!localhost|www\.w3\.org)[a-z0-9.-]+\.[a-z]{2,}\//i);
  });
});
