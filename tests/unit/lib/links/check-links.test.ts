import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, pathOfFile } from '../../../../src/lib/links/check-links.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/links');

describe('checkLinks', () => {
  it('không báo gì ở một trang mà mọi liên kết và neo đều đúng', () => {
    expect(checkLinks(join(fixtures, 'sound'))).toEqual({ pages: 2, links: 4, problems: [] });
  });

  it('báo từng liên kết hỏng, neo không có và id trùng — và chỉ chúng', () => {
    const report = checkLinks(join(fixtures, 'broken'));
    expect(report.pages).toBe(3);
    expect(report.problems).toEqual([
      { page: '/a/', href: '#trung', problem: 'id bị trùng trên trang' },
      { page: '/a/', href: '../b/c/', problem: 'không có trang này' },
      { page: '/', href: '/a/#khong-co', problem: 'không có neo #khong-co trên trang đích' },
      { page: '/', href: '/b/', problem: 'không có trang này' },
      { page: '/', href: '/a', problem: 'thiếu dấu "/" ở cuối đường dẫn' },
      { page: '/', href: '#dau-do', problem: 'không có neo #dau-do trên trang đích' },
      { page: '/', href: '#', problem: 'liên kết rỗng' },
      { page: '/', href: '/anh.png', problem: 'không có tệp này' },
      { page: '/tim/', href: '/a/#m%E1%BB%A5c', problem: 'không có neo #mục trên trang đích' },
    ]);
  });
});

describe('pathOfFile', () => {
  it.each([
    ['index.html', '/'],
    ['van-ban/01-kl-tw/index.html', '/van-ban/01-kl-tw/'],
    ['404.html', '/404.html'],
  ])('%s → %s', (file, path) => expect(pathOfFile(file)).toBe(path));
});
