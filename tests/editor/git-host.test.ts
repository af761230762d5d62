/**
 * Hosted mode (issue 18) against a mocked Git API: the client's calls for GitHub and for
 * Forgejo/Gitea, and the editor's workflow through its own HTTP API — save commits on the
 * entry's draft branch, "Gửi duyệt" opens a pull request, the history lists the commits in
 * Vietnamese — with every request going to the configured host only, with the token.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createGitHost,
  draftBranch,
  gitHostConfigFromEnv,
  vietnameseDateTime,
  type GitHostConfig,
  type GitHostKind,
} from '../../src/lib/editor/git-host.ts';
import { createEditorServer } from '../../src/lib/editor/web/server.ts';
import { startMockGitHost, type MockGitHost } from './mock-git-host.ts';
import { temporaryContent } from './temp-content.ts';

const REPO = 'mattran-hp/so-tay';
const TOKEN = 'token-thu-nghiem';
const FILE = 'content/documents/01-kl-tw.mdx';

describe('gitHostConfigFromEnv', () => {
  it('is off without EDITOR_GIT_HOST', () => {
    expect(gitHostConfigFromEnv({})).toBeUndefined();
  });
  it('reads GitHub with its default API address and branch', () => {
    expect(
      gitHostConfigFromEnv({ EDITOR_GIT_HOST: 'github', EDITOR_GIT_REPO: REPO, EDITOR_GIT_TOKEN: TOKEN }),
    ).toEqual({
      kind: 'github',
      apiUrl: 'https://api.github.com',
      repo: REPO,
      token: TOKEN,
      baseBranch: 'main',
      contentPath: 'content',
    });
  });
  it.each([
    [{ EDITOR_GIT_HOST: 'gitlab' }, /chỉ nhận github, forgejo hoặc gitea/],
    [{ EDITOR_GIT_HOST: 'forgejo', EDITOR_GIT_REPO: REPO, EDITOR_GIT_TOKEN: TOKEN }, /EDITOR_GIT_API/],
    [
      { EDITOR_GIT_HOST: 'gitea', EDITOR_GIT_API: 'https://git.mattran.vn/api/v1', EDITOR_GIT_REPO: REPO },
      /EDITOR_GIT_TOKEN/,
    ],
    [
      {
        EDITOR_GIT_HOST: 'gitea',
        EDITOR_GIT_API: 'http://git.mattran.vn/api/v1',
        EDITOR_GIT_REPO: REPO,
        EDITOR_GIT_TOKEN: TOKEN,
      },
      /cần địa chỉ https:\/\//,
    ],
  ])('refuses %j in Vietnamese', (env, message) => {
    expect(() => gitHostConfigFromEnv(env)).toThrow(message);
  });
});

it('writes commit dates in Vietnamese, in Vietnam’s time', () => {
  expect(vietnameseDateTime('2026-12-07T02:05:00Z')).toBe('7/12/2026 lúc 09:05');
});

describe.each<[GitHostKind, string[]]>([
  [
    'github',
    [
      `GET /repos/${REPO}/git/ref/heads/ban-nhap/documents/01-kl-tw`,
      `GET /repos/${REPO}/git/ref/heads/main`,
      `POST /repos/${REPO}/git/refs`,
      `GET /repos/${REPO}/contents/${FILE}?ref=ban-nhap%2Fdocuments%2F01-kl-tw`,
      `PUT /repos/${REPO}/contents/${FILE}`,
      `GET /repos/${REPO}/pulls?state=open&head=mattran-hp%3Aban-nhap%2Fdocuments%2F01-kl-tw`,
      `POST /repos/${REPO}/pulls`,
      `GET /repos/${REPO}/commits?path=content%2Fdocuments%2F01-kl-tw.mdx&sha=ban-nhap%2Fdocuments%2F01-kl-tw`,
    ],
  ],
  [
    'forgejo',
    [
      `GET /api/v1/repos/${REPO}/branches/ban-nhap/documents/01-kl-tw`,
      `POST /api/v1/repos/${REPO}/branches`,
      `GET /api/v1/repos/${REPO}/contents/${FILE}?ref=ban-nhap%2Fdocuments%2F01-kl-tw`,
      `PUT /api/v1/repos/${REPO}/contents/${FILE}`,
      `GET /api/v1/repos/${REPO}/pulls?state=open`,
      `POST /api/v1/repos/${REPO}/pulls`,
      `GET /api/v1/repos/${REPO}/commits?path=content%2Fdocuments%2F01-kl-tw.mdx&sha=ban-nhap%2Fdocuments%2F01-kl-tw`,
    ],
  ],
])('hosted mode on %s (mocked API)', (kind, expectedCalls) => {
  let content: ReturnType<typeof temporaryContent>;
  let mock: MockGitHost;
  let editor: Server;
  let base: string;
  const fetched: string[] = [];
  const realFetch = globalThis.fetch;

  beforeEach(async () => {
    content = temporaryContent();
    const original = readFileSync(join(content.root, 'documents/01-kl-tw.mdx'), 'utf8');
    mock = await startMockGitHost(kind, REPO, { [FILE]: original });
    const config: GitHostConfig = {
      kind,
      apiUrl: mock.apiUrl,
      repo: REPO,
      token: TOKEN,
      baseBranch: 'main',
      contentPath: 'content',
    };
    // Every request the Git client makes, wherever it would go.
    const watched: typeof fetch = (input, init) => {
      fetched.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
    const probe = await createEditorServer({ root: content.root, port: 0 });
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    editor = await createEditorServer({ root: content.root, port, gitHost: createGitHost(config, watched) });
    await new Promise<void>((resolve) => editor.listen(port, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${port}/quan-tri/api/`;
  }, 60_000);
  afterEach(async () => {
    await new Promise((resolve) => editor.close(resolve));
    await mock.close();
    content.remove();
    fetched.length = 0;
  });

  const call = async (method: string, path: string, body?: unknown) => {
    const response = await realFetch(base + path, {
      method,
      ...(body ? { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('save → a commit on the draft branch; Gửi duyệt → a pull request; history in Vietnamese; only that host', async () => {
    expect((await call('GET', 'mode')).body).toEqual({ hosted: true, kind, repo: REPO, base: 'main' });
    const entry = (await call('GET', 'entry/documents/01-kl-tw')).body as {
      data: Record<string, unknown>;
      body: string;
    };
    const saved = await call('PUT', 'entry/documents/01-kl-tw', {
      data: { ...entry.data, summary: 'Tóm tắt sửa ở chế độ máy chủ.' },
      body: entry.body,
    });
    expect(saved).toEqual({
      status: 200,
      body: { ok: true, hosted: { branch: 'ban-nhap/documents/01-kl-tw', sha: 'commit-1' } },
    });
    const local = readFileSync(join(content.root, 'documents/01-kl-tw.mdx'), 'utf8');
    expect(mock.files.get(draftBranch('documents', '01-kl-tw'))!.get(FILE)).toBe(local);
    expect(mock.files.get('main')!.get(FILE)).not.toBe(local);

    // Saving again without a change makes no empty commit.
    expect(
      (
        await call('PUT', 'entry/documents/01-kl-tw', {
          data: { ...entry.data, summary: 'Tóm tắt sửa ở chế độ máy chủ.' },
          body: entry.body,
        })
      ).body,
    ).toEqual({ ok: true, hosted: { unchanged: true } });

    const submitted = await call('POST', 'submit/documents/01-kl-tw');
    expect(submitted.body).toEqual({ ok: true, pull: { number: 1, url: 'https://host/pull/1' } });
    const history = (await call('GET', 'history/documents/01-kl-tw')).body as unknown as Record<
      string,
      string
    >[];
    expect(history).toEqual([
      expect.objectContaining({
        sha: 'commit-1',
        author: 'Biên tập viên',
        when: '7/12/2026 lúc 09:05',
        message: expect.stringMatching(/^Sửa ".+" \(documents\/01-kl-tw\) trên trình sửa$/),
      }),
    ]);

    // Deleting is not offered in hosted mode: said plainly, nothing sent.
    const before = mock.requests.length;
    expect((await call('DELETE', 'entry/documents/01-kl-tw')).status).toBe(409);
    expect(mock.requests.length).toBe(before);

    // Exactly these calls, in this order: nothing else was asked of the host.
    expect(mock.requests.map((r) => `${r.method} ${r.path}`)).toEqual(expectedCalls);
    expect(new Set(mock.requests.map((r) => r.authorization))).toEqual(
      new Set([kind === 'github' ? `Bearer ${TOKEN}` : `token ${TOKEN}`]),
    );
    const pull = mock.requests.find((r) => r.method === 'POST' && r.path.endsWith('/pulls'))!;
    expect(pull.body).toMatchObject({
      head: 'ban-nhap/documents/01-kl-tw',
      base: 'main',
      title: expect.stringMatching(/^Duyệt: /),
    });
    expect(fetched.length).toBe(mock.requests.length);
    expect(fetched.every((url) => url.startsWith(mock.apiUrl))).toBe(true);
  });
});
