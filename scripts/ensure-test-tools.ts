/**
 * Makes sure the machine has what the site and browser tests need, installing it when
 * missing, so that `npm test` passes on a fresh machine with no step the README does not
 * show. A Chromium is looked for in this order: $CHROMIUM_PATH, /usr/bin/chromium, Playwright's own browser; then
 * `npx playwright install chromium` where downloads work, else (as root on Debian or
 * Ubuntu) `apt-get install -y chromium`; else stop and say how to get one.
 * The browser tests read the path back through tests/e2e/chromium.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from '../tests/e2e/chromium.ts';

function run(command: string, args: string[]): boolean {
  console.log(`> ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function hasApt(): boolean {
  return existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version');
}

const found = findChromium();
if (found) {
  console.log(`Chromium cho kiểm thử trình duyệt: ${found}`);
  process.exit(0);
}

console.log('Chưa có Chromium: đang cài một bản cho kiểm thử trình duyệt…');
if (run('npx', ['playwright', 'install', 'chromium']) && findChromium()) process.exit(0);
if (isRoot() && hasApt()) {
  if (
    run('apt-get', ['update']) &&
    run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']) &&
    findChromium()
  ) {
    process.exit(0);
  }
}
const sudoHint = hasApt()
  ? 'sudo apt-get install -y chromium'
  : 'cài Chromium bằng trình quản lý gói của máy';
console.error(
  [
    'Không tìm thấy và không cài được Chromium cho kiểm thử trình duyệt.',
    `Cách khắc phục: ${sudoHint}, hoặc "npx playwright install chromium",`,
    'hoặc đặt biến CHROMIUM_PATH trỏ tới một Chromium/Chrome có sẵn, rồi chạy lại "npm test".',
  ].join('\n'),
);
process.exit(1);
