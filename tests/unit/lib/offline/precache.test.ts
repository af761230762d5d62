import { describe, expect, it } from 'vitest';
import { saveAllList, SHELL_BUDGET, shellFiles } from '../../../../src/lib/offline/precache.ts';

/** A built site's files and sizes: the shell's pages and code, a page, and Pagefind's word index of `indexBytes`. */
function site(indexBytes: number): Map<string, number> {
  return new Map([
    ['index.html', 30_000],
    ['tim-kiem/index.html', 20_000],
    ['ngoai-tuyen/index.html', 15_000],
    ['_astro/site.js', 5_000],
    ['pagefind/pagefind.js', 40_000],
    ['pagefind/pagefind-entry.json', 1_000],
    ['pagefind/index/vi_1.pf_index', indexBytes / 2],
    ['pagefind/index/vi_2.pf_index', indexBytes / 2],
    ['pagefind/filter/vi_1.pf_filter', 2_000],
    ['pagefind/fragment/vi_1.pf_fragment', 3_000],
    ['van-ban/01-kl-tw/index.html', 40_000],
  ]);
}

describe('service worker: phần lưu sẵn khi cài', () => {
  it('sổ tay nhỏ: lưu cả chỉ mục tìm kiếm, để tìm được khi không có mạng ngay từ lần đầu', () => {
    const saved = shellFiles(site(1_000_000));
    expect(saved).toContain('pagefind/index/vi_1.pf_index');
    expect(saved).toContain('pagefind/filter/vi_1.pf_filter');
    expect(saved).not.toContain('van-ban/01-kl-tw/index.html');
    expect(saved).not.toContain('pagefind/fragment/vi_1.pf_fragment');
  });

  it('chỉ mục lớn (hàng nghìn mục): phần lưu sẵn vẫn trong giới hạn; chỉ mục lưu dần khi tìm, hoặc khi chọn "lưu cả sổ tay"', () => {
    const sizes = site(2 * SHELL_BUDGET);
    const saved = shellFiles(sizes);
    expect(saved).toContain('index.html');
    expect(saved).toContain('pagefind/pagefind.js');
    expect(saved).not.toContain('pagefind/index/vi_1.pf_index');
    expect(saved).not.toContain('pagefind/filter/vi_1.pf_filter');
    const bytes = [...saved].reduce((sum, file) => sum + sizes.get(file)!, 0);
    expect(bytes).toBeLessThanOrEqual(SHELL_BUDGET);
    const all = saveAllList(sizes, saved);
    expect(all.search).toEqual(
      expect.arrayContaining(['/pagefind/index/vi_1.pf_index', '/pagefind/filter/vi_1.pf_filter']),
    );
    expect(all.pages).toEqual(['/van-ban/01-kl-tw/']);
  });
});
