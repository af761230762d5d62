/**
 * `npm run editor`: starts the web editor on this computer, at
 * http://localhost:4382/quan-tri/ (PORT to change it), reading and writing content/
 * (CONTENT_DIR to point it elsewhere). It listens on 127.0.0.1 only. `--open` also opens
 * the page in the default browser (the double-click launchers in this folder use it).
 * With EDITOR_GIT_HOST set (github, forgejo or gitea; see docs/trinh-sua-may-chu.md) it
 * runs in hosted mode: every save is also committed to a draft branch on that Git host.
 */
import { spawn } from 'node:child_process';
import { createEditorServer, EDITOR_PATH } from '../../src/lib/editor/web/server.ts';
import { contentRoot } from '../../src/lib/content-root.ts';
import { createGitHost, gitHostConfigFromEnv } from '../../src/lib/editor/git-host.ts';

const port = Number(process.env['PORT'] ?? 4382);
const hosted = gitHostConfigFromEnv(process.env);
const server = await createEditorServer({
  root: contentRoot(),
  port,
  ...(hosted ? { gitHost: createGitHost(hosted) } : {}),
});
server.listen(port, '127.0.0.1', () => {
  const address = `http://localhost:${port}${EDITOR_PATH}`;
  console.log(`Trình sửa nội dung đang chạy: ${address}\nĐóng cửa sổ này (hoặc bấm Ctrl+C) để dừng.`);
  if (process.argv.includes('--open')) {
    const opener =
      process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
    spawn(opener, [address], { stdio: 'ignore', detached: true }).unref();
  }
});
