/**
 * Makes sure the machine has what the site and browser tests need, installing it when
 * missing, so that `npm test` passes on a fresh machine with no step the README does not
 * show.
 * - Chromium, looked for in this order: $CHROMIUM_PATH, /usr/bin/chromium, Playwright's
 *   own browser; then `npx playwright install chromium` where downloads work, else (as
 *   root on Debian or Ubuntu) `apt-get install -y chromium`. The browser tests read the
 *   path back through scripts/lib/chromium.ts.
 * - nginx, which serves the built site with deploy/nginx.conf in a test: $NGINX_PATH, the
 *   usual places, the PATH; else (as root on Debian or Ubuntu) `apt-get install -y nginx`,
 *   without starting the system's nginx service. Found again by scripts/lib/nginx.ts.
 * When a tool cannot be had, stop and say how to get it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { findChromium } from './lib/chromium.ts';
import { findNginx } from './lib/nginx.ts';

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

/** Installs Debian packages when that is possible here (root, apt); false otherwise. */
function aptInstall(packages: string[], { startServices = true } = {}): boolean {
  if (!isRoot() || !hasApt()) return false;
  // Debian starts a package's service on install unless policy-rc.d says no; a test tool must not.
  const policy = '/usr/sbin/policy-rc.d';
  const addPolicy = !startServices && !existsSync(policy);
  if (addPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    return (
      run('apt-get', ['update']) && run('apt-get', ['install', '-y', '--no-install-recommends', ...packages])
    );
  } finally {
    if (addPolicy) rmSync(policy);
  }
}

function ensureChromium(): boolean {
  const found = findChromium();
  if (found) {
    console.log(`Chromium cho kiểm thử trình duyệt: ${found}`);
    return true;
  }
  console.log('Chưa có Chromium: đang cài một bản cho kiểm thử trình duyệt…');
  if (run('npx', ['playwright', 'install', 'chromium']) && findChromium()) return true;
  if (aptInstall(['chromium']) && findChromium()) return true;
  const hint = hasApt() ? 'sudo apt-get install -y chromium' : 'cài Chromium bằng trình quản lý gói của máy';
  console.error(
    [
      'Không tìm thấy và không cài được Chromium cho kiểm thử trình duyệt.',
      `Cách khắc phục: ${hint}, hoặc "npx playwright install chromium",`,
      'hoặc đặt biến CHROMIUM_PATH trỏ tới một Chromium/Chrome có sẵn, rồi chạy lại "npm test".',
    ].join('\n'),
  );
  return false;
}

function ensureNginx(): boolean {
  const found = findNginx();
  if (found) {
    console.log(`nginx cho kiểm thử cấu hình triển khai: ${found}`);
    return true;
  }
  console.log('Chưa có nginx: đang cài gói nginx của Debian cho kiểm thử cấu hình triển khai…');
  if (aptInstall(['nginx'], { startServices: false }) && findNginx()) return true;
  const hint = hasApt() ? 'sudo apt-get install -y nginx' : 'cài nginx bằng trình quản lý gói của máy';
  console.error(
    [
      'Không tìm thấy và không cài được nginx, cần để kiểm thử deploy/nginx.conf.',
      `Cách khắc phục: ${hint}, hoặc đặt biến NGINX_PATH trỏ tới tệp chạy nginx, rồi chạy lại "npm test".`,
    ].join('\n'),
  );
  return false;
}

const chromium = ensureChromium();
const nginx = ensureNginx();
process.exit(chromium && nginx ? 0 : 1);
