/**
 * Where the nginx test finds nginx: $NGINX_PATH, then the usual places of Debian's
 * package and of a source build, then the PATH. `undefined` when none.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The path of an nginx binary, or `undefined`. */
export function findNginx(): string | undefined {
  const candidates = [
    process.env['NGINX_PATH'],
    '/usr/sbin/nginx',
    '/usr/local/sbin/nginx',
    '/usr/local/nginx/sbin/nginx',
  ];
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path!));
  if (found) return found;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : undefined;
}
