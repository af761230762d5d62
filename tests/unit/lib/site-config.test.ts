/**
 * The site's address, publisher and contact from the environment (src/lib/site-config.ts),
 * and what a build without an address leaves out: each environment is a small .env file in
 * fixtures/site-config/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { icsCalendar } from '../../../src/lib/calendar/calendar.ts';
import { apiFile, apiItem, apiJsonSchema } from '../../../src/lib/open-data.ts';
import {
  isPlaceholderUrl,
  readSiteConfig,
  siteConfigNotice,
  siteHref,
  type SiteEnv,
} from '../../../src/lib/site-config.ts';

/** The variables of a fixture .env file. */
function env(name: string): SiteEnv {
  const text = readFileSync(new URL(`../fixtures/site-config/${name}.env`, import.meta.url), 'utf8');
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

describe('readSiteConfig', () => {
  it('bản phát hành: địa chỉ chuẩn hóa có "/" cuối, thư điện tử thành mailto:', () => {
    const config = readSiteConfig(env('release'));
    expect(config.url?.href).toBe('https://sotay.mattran.haiphong.vn/');
    expect(config.publisher).toBe('Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hải Phòng');
    expect(config.contact).toBe('mailto:sotay@mattran.haiphong.vn');
    expect(siteConfigNotice(config)).toBeUndefined();
  });

  it('không có địa chỉ: vẫn dựng được, và báo một lần điều gì bị bỏ qua', () => {
    const config = readSiteConfig(env('no-address'));
    expect(config.url).toBeUndefined();
    expect(siteConfigNotice(config)).toMatch(/SITE_URL.*liên kết tương đối.*mã QR/);
  });

  it.each([
    ['release-no-address', /RELEASE=1.*SITE_URL/],
    ['release-placeholder', /địa chỉ thử nghiệm/],
    ['bad-scheme', /https:\/\/ hoặc http:\/\//],
    ['bad-contact', /SITE_CONTACT/],
  ])('%s: từ chối, nói rõ vì sao', (name, message) => {
    expect(() => readSiteConfig(env(name))).toThrow(message);
  });

  it.each([
    ['https://so-tay-dai-doan-ket.example/', true],
    ['https://so-tay.mattran.test/', true],
    ['https://www.example.com/', true],
    ['https://sotay.mattran.haiphong.vn/', false],
  ])('%s là địa chỉ giữ chỗ: %s', (address, expected) => {
    expect(isPlaceholderUrl(new URL(address))).toBe(expected);
  });
});

describe('khi không có địa chỉ trang', () => {
  const site = readSiteConfig(env('no-address')).url;

  it('liên kết là đường dẫn trong trang', () => {
    expect(siteHref('/van-ban/01-kl-tw/', site)).toBe('/van-ban/01-kl-tw/');
    expect(siteHref('/van-ban/01-kl-tw/', new URL('https://sotay.vn/'))).toBe(
      'https://sotay.vn/van-ban/01-kl-tw/',
    );
  });

  it('tệp lịch .ics không có URL nào, UID vẫn ổn định', () => {
    const ics = icsCalendar(
      [
        {
          id: 'quoc-khanh-2022',
          name: 'Quốc khánh',
          date: '2022-09-02',
          description: 'Kỷ niệm.',
          related: [],
          updated: '2022-01-15',
        },
      ],
      { origin: undefined, name: 'Lịch' },
    );
    expect(ics).toContain('UID:quoc-khanh-2022@');
    expect(ics).not.toMatch(/^URL[:;]/m);
    expect(ics).not.toMatch(/https?:\/\//);
  });

  it('dữ liệu mở dùng đường dẫn tương đối, không có địa chỉ giữ chỗ', () => {
    const item = apiItem(
      {
        collection: 'glossary',
        id: 'mttq',
        data: { term: 'MTTQ', plan: { collection: 'plans', id: '2022' } },
      },
      site,
    );
    const file = JSON.stringify([apiFile('glossary', [item], site), apiJsonSchema('glossary', site)]);
    expect(item['url']).toBe('/thuat-ngu/#mttq');
    expect(file).toContain('"/ke-hoach/2022/"');
    expect(file).not.toMatch(/\.example|https?:\/\/[^"]*so-tay/);
  });
});
