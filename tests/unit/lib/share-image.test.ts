import { describe, expect, it } from 'vitest';
import {
  SHARE_IMAGE_KEYS,
  shareImageKeyForPath,
  shareImagePath,
  shareImageSvg,
  wrapLines,
} from '../../../src/lib/share-image.ts';

describe('ảnh chia sẻ', () => {
  it.each([
    ['/', 'site'],
    ['/tim-kiem/', 'site'],
    ['/van-ban/', 'documents'],
    ['/van-ban/01-kl-tw/', 'documents'],
    ['/ke-hoach/2022/', 'plans'],
    ['/lich/', 'events'],
    ['/thay-doi/', 'changes'],
    // A stand-alone page lives at the root, not in a section of its own.
    ['/mat-tran-to-quoc-viet-nam-la-gi/', 'site'],
  ])('trang %s dùng ảnh %s', (path, key) => expect(shareImageKeyForPath(path)).toBe(key));

  it('địa chỉ ảnh', () => expect(shareImagePath('themes')).toBe('/og/themes.png'));

  it('mỗi mục có trang thì có ảnh: của bộ sưu tập, hoặc của cả trang web với trang đứng riêng', () => {
    expect(SHARE_IMAGE_KEYS).toContain('changes');
    expect(SHARE_IMAGE_KEYS).not.toContain('pages');
  });

  it('ngắt dòng ở khoảng trắng, không vượt độ rộng', () => {
    expect(wrapLines('Tra cứu công tác tuyên truyền, vận động', 16)).toEqual([
      'Tra cứu công tác',
      'tuyên truyền,',
      'vận động',
    ]);
    expect(wrapLines('  ', 10)).toEqual([]);
  });

  it('chữ trong ảnh được thoát ký tự XML', () => {
    const svg = shareImageSvg({ heading: 'A & B', subheading: '<x>', footer: '"q"', emblemSvg: '<svg/>' });
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('&lt;x&gt;');
    expect(svg).toContain('&quot;q&quot;');
    expect(svg).not.toContain('<x>');
  });
});
