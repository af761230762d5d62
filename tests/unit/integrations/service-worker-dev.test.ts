import type { AstroIntegration } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { serviceWorkerInDev } from '../../../src/integrations/service-worker-dev.ts';
import { GET } from '../../../src/integrations/dev-service-worker.ts';

type Setup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

function setUp(command: 'dev' | 'build') {
  const injectRoute = vi.fn();
  const hook = serviceWorkerInDev().hooks['astro:config:setup'] as Setup;
  void hook({ command, injectRoute } as unknown as Parameters<Setup>[0]);
  return injectRoute;
}

describe('service worker khi chạy astro dev', () => {
  it('astro dev trả /sw.js là service worker gỡ bản đã lưu', async () => {
    const injectRoute = setUp('dev');
    expect(injectRoute).toHaveBeenCalledWith(expect.objectContaining({ pattern: '/sw.js' }));
    const response = (GET as () => Response)();
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const script = await response.text();
    expect(script).toContain('self.registration.unregister()');
    expect(script).toContain('caches.delete');
  });

  it('bản dựng không có đường dẫn này (dist/sw.js là service worker thật)', () => {
    expect(setUp('build')).not.toHaveBeenCalled();
  });
});
