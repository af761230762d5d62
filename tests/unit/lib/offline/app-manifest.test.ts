import { describe, expect, it } from 'vitest';
import {
  APP_ICONS,
  appIconPath,
  appIconSvg,
  webAppManifest,
} from '../../../../src/lib/offline/app-manifest.ts';

describe('web app manifest', () => {
  const manifest = webAppManifest(2022);

  it('đủ điều kiện cài đặt: tên, địa chỉ bắt đầu, hiển thị, biểu tượng 192 và 512', () => {
    expect(manifest).toMatchObject({
      name: 'Sổ tay Đại đoàn kết',
      start_url: '/',
      display: 'standalone',
      lang: 'vi',
    });
    const sizes = manifest.icons.map((icon) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  });

  it('lối tắt tới kế hoạch năm mới nhất, chỉ khi có kế hoạch', () => {
    expect(manifest.shortcuts).toContainEqual({ name: 'Kế hoạch 2022', url: '/ke-hoach/2022/' });
    expect(webAppManifest(undefined).shortcuts.map((shortcut) => shortcut.url)).not.toContain(
      '/ke-hoach/undefined/',
    );
  });
});

describe('biểu tượng vẽ từ favicon', () => {
  it.each(APP_ICONS.map((icon) => [icon.name, icon] as const))('%s', (_, icon) => {
    const svg = appIconSvg('<svg/>', icon);
    expect(svg).toContain(`width="${icon.size}" height="${icon.size}"`);
    expect(svg.includes('<rect')).toBe(Boolean(icon.background));
    expect(appIconPath(icon)).toBe(`/icons/${icon.name}.png`);
  });

  it('biểu tượng maskable giữ hình trong vùng an toàn 80 %', () => {
    const maskable = APP_ICONS.find((icon) => icon.purpose === 'maskable')!;
    expect(appIconSvg('<svg/>', maskable)).toContain('x="51" y="51" width="410" height="410"');
  });
});
