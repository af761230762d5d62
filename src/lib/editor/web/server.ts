/**
 * The web editor's local server (`npm run editor`): the page at /quan-tri/, its script
 * and styles bundled from src/editor/ by esbuild when the server starts, and a small JSON
 * API over the working copy's content/. It listens on 127.0.0.1 only and answers only
 * requests addressed to itself, so nothing leaves the machine and no other site can drive it.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { build } from 'esbuild';
import { MDX_COMPONENTS } from '../../content-check/mdx-policy.ts';
import { collectionForm } from '../../../schemas/fields.ts';
import { collectionLabel, ContentStore, isCollection, READ_ONLY } from './content-store.ts';
import { previewBody } from './preview.ts';
import { draftBranch, GitHostError, vietnameseDateTime, type GitHost } from '../git-host.ts';
import { COLLECTIONS, extensionOf, type CollectionName } from '../../../schemas/registry.ts';

/** Where the editor lives on its server. */
export const EDITOR_PATH = '/quan-tri/';

const CLIENT_ENTRY = new URL('../../../editor/client.ts', import.meta.url).pathname;
const CLIENT_STYLES = new URL('../../../editor/editor.css', import.meta.url).pathname;
const SITE_TOKENS = new URL('../../../styles/global.css', import.meta.url).pathname;
const SITE_PROSE = new URL('../../../styles/prose.css', import.meta.url).pathname;
const PREVIEW_STYLES = new URL('../../../editor/preview.css', import.meta.url).pathname;

/**
 * The preview's styles: the site's colour tokens (the `:root` rules of global.css), its
 * running-text styles (prose.css, as the site serves them) and the two components' boxes
 * (src/editor/preview.css, standing in for their Tailwind utilities, which need a build).
 */
export function previewStyles(): string {
  const tokens = readFileSync(SITE_TOKENS, 'utf8').match(/^:root(?:\[[^\]]*\])? \{[\s\S]*?^\}/gm) ?? [];
  return [...tokens, readFileSync(SITE_PROSE, 'utf8'), readFileSync(PREVIEW_STYLES, 'utf8')].join('\n');
}

/** The editor's script, bundled with CodeMirror from node_modules (no CDN). */
export async function bundleClient(): Promise<string> {
  const result = await build({
    entryPoints: [CLIENT_ENTRY],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'chrome123',
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0]!.text;
}

/**
 * The Content-Security-Policy of the editor's page: its own script and API only. The one
 * relaxation is a per-page nonce for the style element CodeMirror injects (style-mod),
 * where constructable style sheets are not used.
 */
export function editorCsp(nonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "connect-src 'self'",
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function page(nonce: string, gitHost: GitHost | undefined): string {
  const mode = gitHost
    ? `Chế độ máy chủ Git: lưu vào nhánh nháp của kho ${gitHost.config.repo}, gửi duyệt trước khi đăng`
    : 'Chế độ cục bộ: chỉ ghi vào thư mục content/ của máy này';
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="csp-nonce" content="${nonce}">
<title>Sửa nội dung — Sổ tay Đại đoàn kết</title>
<link rel="stylesheet" href="${EDITOR_PATH}editor.css">
<link rel="stylesheet" href="${EDITOR_PATH}xem-truoc.css">
<script type="module" src="${EDITOR_PATH}editor.js"></script>
</head>
<body>
<header class="top"><a href="${EDITOR_PATH}">Sửa nội dung Sổ tay Đại đoàn kết</a> <span>${mode}</span></header>
<div class="layout"><nav id="bo-suu-tap" aria-label="Bộ sưu tập"></nav><main id="noi-dung"><p>Đang tải…</p></main></div>
</body>
</html>`;
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...headers,
  });
  response.end(body);
}

const json = (response: ServerResponse, status: number, value: unknown) =>
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 2_000_000) throw new Error('nội dung gửi lên quá lớn.');
    chunks.push(chunk);
  }
  const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  if (typeof value !== 'object' || value === null) throw new Error('dữ liệu gửi lên không hợp lệ.');
  return value as Record<string, unknown>;
}

/** The name an entry is known by, for commit messages and pull requests. */
function entryTitle(data: Record<string, unknown>, id: string): string {
  const name = ['title', 'name', 'term'].map((key) => data[key]).find((value) => typeof value === 'string');
  return typeof name === 'string' ? name : id;
}

/** Options of {@link createEditorServer}. */
export interface EditorServerOptions {
  /** The content folder to read and write. */
  root: string;
  /** The port, for checking that requests are addressed to this server. */
  port: number;
  /** Hosted mode: saves are also committed to a draft branch on this Git host (git-host.ts). */
  gitHost?: GitHost;
}

/** The editor's HTTP server (not yet listening). */
export async function createEditorServer({ root, port, gitHost }: EditorServerOptions): Promise<Server> {
  const store = new ContentStore(root);
  const repositoryPath = (collection: CollectionName, id: string) =>
    `${gitHost!.config.contentPath}/${collection}/${id}${extensionOf(collection)}`;
  const script = await bundleClient();
  const styles = readFileSync(CLIENT_STYLES, 'utf8');
  const sitePreviewStyles = previewStyles();
  const hosts = new Set([`localhost:${port}`, `127.0.0.1:${port}`]);

  async function handle(request: IncomingMessage, response: ServerResponse) {
    // Another site in the browser (or a rebound DNS name) must not reach the files.
    if (!hosts.has(request.headers.host ?? ''))
      return send(response, 421, 'text/plain; charset=utf-8', 'Sai địa chỉ.');
    const origin = request.headers.origin;
    if (request.method !== 'GET' && origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, '')))
      return send(response, 403, 'text/plain; charset=utf-8', 'Không cho phép.');
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    const path = url.pathname;
    if (path === '/' || path === '/quan-tri')
      return send(response, 302, 'text/plain', '', { Location: EDITOR_PATH });
    if (path === EDITOR_PATH) {
      const nonce = randomBytes(16).toString('base64');
      return send(response, 200, 'text/html; charset=utf-8', page(nonce, gitHost), {
        'Content-Security-Policy': editorCsp(nonce),
      });
    }
    // The editor has no icon: say so, rather than answer the browser's automatic request with an error.
    if (path === '/favicon.ico') return send(response, 204, 'image/x-icon', '');
    if (path === `${EDITOR_PATH}editor.js`)
      return send(response, 200, 'text/javascript; charset=utf-8', script);
    if (path === `${EDITOR_PATH}editor.css`) return send(response, 200, 'text/css; charset=utf-8', styles);
    if (path === `${EDITOR_PATH}xem-truoc.css`)
      return send(response, 200, 'text/css; charset=utf-8', sitePreviewStyles);

    const api = /^\/quan-tri\/api\/([a-z-]+)(?:\/([a-z]+))?(?:\/([a-z0-9-]+))?$/.exec(path);
    if (!api) return send(response, 404, 'text/plain; charset=utf-8', 'Không có trang này.');
    const [, action, collectionName, id] = api;
    if (action === 'collections' && request.method === 'GET') {
      return json(
        response,
        200,
        COLLECTIONS.map((name) => ({
          name,
          label: collectionLabel(name),
          readOnly: READ_ONLY.has(name),
          mdx: extensionOf(name) === '.mdx',
        })),
      );
    }
    if (action === 'mode' && request.method === 'GET')
      return json(
        response,
        200,
        gitHost
          ? {
              hosted: true,
              kind: gitHost.config.kind,
              repo: gitHost.config.repo,
              base: gitHost.config.baseBranch,
            }
          : { hosted: false },
      );
    if (action === 'choices' && request.method === 'GET')
      return json(response, 200, { ...store.choices(), components: MDX_COMPONENTS });
    if (collectionName === undefined || !isCollection(collectionName))
      return json(response, 404, { error: 'Không có bộ sưu tập này.' });
    const collection = collectionName;
    switch (`${request.method} ${action}${id ? ' id' : ''}`) {
      case 'GET form':
        return json(response, 200, collectionForm(collection));
      case 'GET entries':
        return json(response, 200, store.list(collection));
      case 'GET entry id': {
        const entry = store.read(collection, id!);
        return entry ? json(response, 200, entry) : json(response, 404, { error: 'Không có mục này.' });
      }
      case 'POST preview': {
        const input = await readJson(request);
        const { paragraphs } = store.choices();
        return json(
          response,
          200,
          previewBody(
            String(input['body'] ?? '').normalize('NFC'),
            (plan, paragraph) => paragraphs[plan]?.find((p) => p.id === paragraph)?.text,
          ),
        );
      }
      case 'GET referrers id':
        return json(response, 200, store.referrers(collection, id!));
      case 'PUT entry id':
      case 'POST entry id': {
        const input = await readJson(request);
        const content = {
          data: (input['data'] ?? {}) as Record<string, unknown>,
          body: String(input['body'] ?? ''),
        };
        const before = store.read(collection, id!)?.source;
        const result = await store.save(collection, id!, content, request.method === 'POST');
        if (!result.ok || !gitHost) return json(response, result.ok ? 200 : 422, result);
        const text = store.read(collection, id!)!.source;
        if (text === before) return json(response, 200, { ok: true, hosted: { unchanged: true } });
        // Hosted mode: the checked file becomes a commit on the entry's draft branch.
        const branch = draftBranch(collection, id!);
        await gitHost.ensureBranch(branch);
        const title = entryTitle(content.data, id!);
        const { sha } = await gitHost.commitFile(
          branch,
          repositoryPath(collection, id!),
          text,
          `${before === undefined ? 'Thêm' : 'Sửa'} "${title}" (${collection}/${id}) trên trình sửa`,
        );
        return json(response, 200, { ok: true, hosted: { branch, sha } });
      }
      case 'POST submit id': {
        if (!gitHost) return json(response, 404, { error: 'Chỉ có ở chế độ máy chủ Git.' });
        const entry = store.read(collection, id!);
        if (!entry) return json(response, 404, { error: 'Không có mục này.' });
        const title = entryTitle(entry.data, id!);
        const pull = await gitHost.openPullRequest(
          draftBranch(collection, id!),
          `Duyệt: ${title} (${collectionLabel(collection)})`,
          `Thay đổi gửi từ trình sửa nội dung: ${collection}/${id}. Người duyệt xem, sửa nếu cần, rồi gộp vào ${gitHost.config.baseBranch} để đăng lên trang.`,
        );
        return json(response, 200, { ok: true, pull });
      }
      case 'GET history id': {
        if (!gitHost) return json(response, 404, { error: 'Chỉ có ở chế độ máy chủ Git.' });
        const path = repositoryPath(collection, id!);
        // The draft branch holds the published history too; before a first save it does not exist.
        const commits = await gitHost
          .fileHistory(path, draftBranch(collection, id!))
          .catch((error: unknown) => {
            if (error instanceof GitHostError && (error.status === 404 || error.status === 422))
              return gitHost.fileHistory(path);
            throw error;
          });
        return json(
          response,
          200,
          commits.map((commit) => ({ ...commit, when: vietnameseDateTime(commit.date) })),
        );
      }
      case 'DELETE entry id':
        if (gitHost)
          return json(response, 409, {
            error:
              'Chế độ máy chủ Git chưa xoá được mục: hãy nhờ người quản trị kho xoá tệp trong một yêu cầu gộp.',
          });
        store.delete(collection, id!);
        return json(response, 200, { ok: true });
      default:
        return json(response, 404, { error: 'Không có thao tác này.' });
    }
  }

  return createServer((request, response) => {
    handle(request, response).catch((error: unknown) =>
      json(response, 400, { error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
