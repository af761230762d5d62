/**
 * A pretend Git host for the hosted mode's tests: a local node:http server answering the
 * few GitHub or Forgejo/Gitea REST calls the editor makes, keeping branches and files in
 * memory and recording every request (method, path, authorization, body).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GitHostKind } from '../../src/lib/editor/git-host.ts';

/** A request the mock received. */
export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string;
  body: Record<string, unknown> | undefined;
}

/** A running mock host. */
export interface MockGitHost {
  /** The API base address to configure: `http://127.0.0.1:<port>` (+ `/api/v1` for Forgejo). */
  apiUrl: string;
  requests: RecordedRequest[];
  /** Files by branch, then path. */
  files: Map<string, Map<string, string>>;
  close(): Promise<void>;
}

/** Starts a mock of `kind` for repository `owner/name`, with `main` holding `files`. */
export async function startMockGitHost(
  kind: GitHostKind,
  repo: string,
  files: Record<string, string> = {},
): Promise<MockGitHost> {
  const branches = new Map([['main', new Map(Object.entries(files))]]);
  const commits: { sha: string; branch: string; path: string; message: string }[] = [];
  const pulls: { number: number; head: string; base: string; title: string }[] = [];
  const requests: RecordedRequest[] = [];
  const prefix = `${kind === 'forgejo' ? '/api/v1' : ''}/repos/${repo}`;
  let serial = 0;

  const server: Server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://mock');
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
      requests.push({
        method: request.method ?? '',
        path: url.pathname + url.search,
        authorization: request.headers.authorization ?? '',
        body,
      });
      const reply = (status: number, value: unknown) => {
        response.writeHead(status, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(value));
      };
      if (!url.pathname.startsWith(prefix)) return reply(404, { message: 'no such repository' });
      const path = decodeURIComponent(url.pathname.slice(prefix.length));
      const head = (name: string) => ({ sha: `sha-${name}`, id: `sha-${name}` });
      let match: RegExpExecArray | null;
      if ((match = /^\/(?:git\/ref\/heads|branches)\/(.+)$/.exec(path)) && request.method === 'GET') {
        return branches.has(match[1]!)
          ? reply(200, { object: head(match[1]!), commit: head(match[1]!) })
          : reply(404, { message: 'Not Found' });
      }
      if ((path === '/git/refs' || path === '/branches') && request.method === 'POST') {
        const name =
          kind === 'github'
            ? String(body!['ref']).replace('refs/heads/', '')
            : String(body!['new_branch_name']);
        const from = kind === 'github' ? 'main' : String(body!['old_branch_name']);
        branches.set(name, new Map(branches.get(from)));
        return reply(201, { ref: `refs/heads/${name}` });
      }
      if ((match = /^\/contents\/(.+)$/.exec(path))) {
        const file = match[1]!;
        if (request.method === 'GET') {
          const text = branches.get(url.searchParams.get('ref') ?? 'main')?.get(file);
          return text === undefined
            ? reply(404, { message: 'Not Found' })
            : reply(200, { sha: `blob-${text.length}`, content: Buffer.from(text).toString('base64') });
        }
        const branch = branches.get(String(body!['branch']));
        if (!branch) return reply(404, { message: 'no branch' });
        branch.set(file, Buffer.from(String(body!['content']), 'base64').toString('utf8'));
        const sha = `commit-${++serial}`;
        commits.unshift({
          sha,
          branch: String(body!['branch']),
          path: file,
          message: String(body!['message']),
        });
        return reply(201, { commit: { sha } });
      }
      if (path === '/pulls' && request.method === 'GET') {
        return reply(
          200,
          pulls.map((p) => ({
            number: p.number,
            html_url: `https://host/pull/${p.number}`,
            head: { ref: p.head },
          })),
        );
      }
      if (path === '/pulls' && request.method === 'POST') {
        const pull = {
          number: pulls.length + 1,
          head: String(body!['head']),
          base: String(body!['base']),
          title: String(body!['title']),
        };
        pulls.push(pull);
        return reply(201, { number: pull.number, html_url: `https://host/pull/${pull.number}` });
      }
      if (path === '/commits' && request.method === 'GET') {
        const ref = url.searchParams.get('sha') ?? 'main';
        if (!branches.has(ref)) return reply(404, { message: 'Not Found' });
        const file = url.searchParams.get('path');
        return reply(
          200,
          commits
            .filter((c) => c.path === file && c.branch === ref)
            .map((c) => ({
              sha: c.sha,
              html_url: `https://host/commit/${c.sha}`,
              commit: { message: c.message, author: { name: 'Biên tập viên', date: '2026-12-07T02:05:00Z' } },
            })),
        );
      }
      return reply(404, { message: `not mocked: ${request.method} ${path}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    apiUrl: `http://127.0.0.1:${port}${kind === 'forgejo' ? '/api/v1' : ''}`,
    requests,
    files: branches,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
