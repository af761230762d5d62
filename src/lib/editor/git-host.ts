/**
 * The web editor's hosted mode (issue 18): saving through a Git host instead of the
 * office computer's files. A small client of two REST APIs — GitHub's and Forgejo/Gitea's
 * (`/api/v1`, the same calls on both) — doing only what the editorial workflow needs:
 * make a draft branch, commit one file through the contents API, open a pull request,
 * list the commits that touched a file. Every request goes to the one configured API
 * address (a request built for any other origin throws), with the token in a header.
 */

/** Which API the host speaks. */
export type GitHostKind = 'github' | 'forgejo';

/** Where and as whom the editor saves. */
export interface GitHostConfig {
  kind: GitHostKind;
  /** The API's base address: `https://api.github.com`, or `https://git.example.vn/api/v1`. */
  apiUrl: string;
  /** `owner/name` of the handbook's repository. */
  repo: string;
  /** An access token allowed to push branches and open pull requests (never logged). */
  token: string;
  /** The branch the site is built from, which pull requests go to. */
  baseBranch: string;
  /** Where content/ is in the repository. */
  contentPath: string;
}

/** A commit that touched a file, as the history shows it. */
export interface FileCommit {
  sha: string;
  message: string;
  author: string;
  /** ISO date and time. */
  date: string;
  url: string;
}

/** A pull request opened for review. */
export interface PullRequest {
  number: number;
  url: string;
}

/** The settings of hosted mode, read from the environment; `undefined` when `EDITOR_GIT_HOST` is not set. */
export function gitHostConfigFromEnv(env: Record<string, string | undefined>): GitHostConfig | undefined {
  const host = env['EDITOR_GIT_HOST'];
  if (!host) return undefined;
  const kind: GitHostKind | undefined =
    host === 'github' ? 'github' : host === 'forgejo' || host === 'gitea' ? 'forgejo' : undefined;
  if (!kind) throw new Error(`EDITOR_GIT_HOST="${host}": chỉ nhận github, forgejo hoặc gitea.`);
  const apiUrl = env['EDITOR_GIT_API'] ?? (kind === 'github' ? 'https://api.github.com' : undefined);
  const missing = [
    ['EDITOR_GIT_API', apiUrl],
    ['EDITOR_GIT_REPO', env['EDITOR_GIT_REPO']],
    ['EDITOR_GIT_TOKEN', env['EDITOR_GIT_TOKEN']],
  ].filter(([, value]) => !value);
  if (missing.length > 0)
    throw new Error(`chế độ máy chủ Git cần biến môi trường ${missing.map(([name]) => name).join(', ')}.`);
  if (!/^[\w.-]+\/[\w.-]+$/.test(env['EDITOR_GIT_REPO']!))
    throw new Error(`EDITOR_GIT_REPO="${env['EDITOR_GIT_REPO']}": cần dạng chủ-sở-hữu/tên-kho.`);
  const url = new URL(apiUrl!);
  if (url.protocol !== 'https:' && !['localhost', '127.0.0.1'].includes(url.hostname))
    throw new Error(
      `EDITOR_GIT_API="${apiUrl}": cần địa chỉ https:// (mã truy cập không được gửi không mã hoá).`,
    );
  return {
    kind,
    apiUrl: apiUrl!.replace(/\/+$/, ''),
    repo: env['EDITOR_GIT_REPO']!,
    token: env['EDITOR_GIT_TOKEN']!,
    baseBranch: env['EDITOR_GIT_BRANCH'] ?? 'main',
    contentPath: (env['EDITOR_GIT_CONTENT_PATH'] ?? 'content').replace(/^\/+|\/+$/g, ''),
  };
}

/** The draft branch of an entry: one per entry, so each change is reviewed on its own. */
export function draftBranch(collection: string, id: string): string {
  return `ban-nhap/${collection}/${id}`;
}

/** A Git host's API, as the editor uses it. */
export interface GitHost {
  readonly config: GitHostConfig;
  /** Makes `branch` from the base branch unless it exists. */
  ensureBranch(branch: string): Promise<void>;
  /** Commits `text` as the file at `path` (in the repository) on `branch`. */
  commitFile(branch: string, path: string, text: string, message: string): Promise<{ sha: string }>;
  /** Opens a pull request from `branch` into the base branch, or returns the one already open. */
  openPullRequest(branch: string, title: string, body: string): Promise<PullRequest>;
  /** The commits on `ref` (the base branch by default) that touched `path`, newest first. */
  fileHistory(path: string, ref?: string): Promise<FileCommit[]>;
}

/** An answer of the host that was not a success, with its status. */
export class GitHostError extends Error {
  readonly status: number;

  // A plain field, not a parameter property: `npm run editor` runs this file with Node's
  // type stripping, which refuses syntax that is not erasable (tsconfig: erasableSyntaxOnly).
  constructor(status: number, message: string) {
    super(message);
    this.name = 'GitHostError';
    this.status = status;
  }
}

/** A client of the configured host; `fetchImpl` for tests. */
export function createGitHost(config: GitHostConfig, fetchImpl: typeof fetch = fetch): GitHost {
  const origin = new URL(config.apiUrl).origin;
  const repoPath = `/repos/${config.repo}`;
  const github = config.kind === 'github';

  async function call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; data: T }> {
    const url = new URL(`${config.apiUrl}${repoPath}${path}`);
    // The one place requests are made: nothing can be sent anywhere but the host.
    if (url.origin !== origin) throw new Error(`yêu cầu ra ngoài máy chủ Git: ${url.origin}`);
    const response = await fetchImpl(url, {
      method,
      redirect: 'error',
      headers: {
        Accept: github ? 'application/vnd.github+json' : 'application/json',
        Authorization: github ? `Bearer ${config.token}` : `token ${config.token}`,
        'User-Agent': 'so-tay-dai-doan-ket-editor',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const data = (text ? JSON.parse(text) : undefined) as T;
    return { status: response.status, data };
  }

  async function expectOk<T>(method: string, path: string, body?: unknown): Promise<T> {
    const { status, data } = await call<T>(method, path, body);
    if (status >= 300) {
      const message = (data as { message?: string } | undefined)?.message ?? '';
      throw new GitHostError(status, `máy chủ Git trả lời ${status} cho ${method} ${path}: ${message}`);
    }
    return data;
  }

  const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

  return {
    config,

    async ensureBranch(branch) {
      if (github) {
        const exists = await call('GET', `/git/ref/heads/${encodePath(branch)}`);
        if (exists.status === 200) return;
        const base = await expectOk<{ object: { sha: string } }>(
          'GET',
          `/git/ref/heads/${encodePath(config.baseBranch)}`,
        );
        await expectOk('POST', '/git/refs', { ref: `refs/heads/${branch}`, sha: base.object.sha });
      } else {
        const exists = await call('GET', `/branches/${encodePath(branch)}`);
        if (exists.status === 200) return;
        await expectOk('POST', '/branches', { new_branch_name: branch, old_branch_name: config.baseBranch });
      }
    },

    async commitFile(branch, path, text, message) {
      const current = await call<{ sha?: string }>(
        'GET',
        `/contents/${encodePath(path)}?ref=${encodeURIComponent(branch)}`,
      );
      const sha = current.status === 200 ? current.data.sha : undefined;
      const content = Buffer.from(text, 'utf8').toString('base64');
      // GitHub creates and updates with PUT; Forgejo/Gitea create with POST, update with PUT.
      const method = github || sha ? 'PUT' : 'POST';
      const result = await expectOk<{ commit: { sha: string } }>(method, `/contents/${encodePath(path)}`, {
        message,
        content,
        branch,
        ...(sha ? { sha } : {}),
      });
      return { sha: result.commit.sha };
    },

    async openPullRequest(branch, title, body) {
      const open = await expectOk<{ number: number; html_url: string; head: { ref: string } }[]>(
        'GET',
        github
          ? `/pulls?state=open&head=${encodeURIComponent(`${config.repo.split('/')[0]}:${branch}`)}`
          : `/pulls?state=open`,
      );
      const existing = open.find((pull) => pull.head.ref === branch);
      if (existing) return { number: existing.number, url: existing.html_url };
      const created = await expectOk<{ number: number; html_url: string }>('POST', '/pulls', {
        title,
        body,
        head: branch,
        base: config.baseBranch,
      });
      return { number: created.number, url: created.html_url };
    },

    async fileHistory(path, ref = config.baseBranch) {
      const commits = await expectOk<
        {
          sha: string;
          html_url: string;
          commit: { message: string; author: { name: string; date: string } };
        }[]
      >('GET', `/commits?path=${encodeURIComponent(path)}&sha=${encodeURIComponent(ref)}`);
      return commits.map((item) => ({
        sha: item.sha,
        message: item.commit.message.split('\n')[0] ?? '',
        author: item.commit.author.name,
        date: item.commit.author.date,
        url: item.html_url,
      }));
    },
  };
}

/** A commit's date and time in Vietnamese: `7/12/2026 lúc 09:05`. */
export function vietnameseDateTime(iso: string, timeZone = 'Asia/Ho_Chi_Minh'): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${Number(parts['day'])}/${Number(parts['month'])}/${parts['year']} lúc ${parts['hour']}:${parts['minute']}`;
}
