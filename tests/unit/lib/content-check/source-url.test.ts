/** Which URLs can stand as a source: item pages pass; home pages and listings do not (source-url.ts). */
import { describe, expect, it } from 'vitest';
import { sourceUrlFault, type SourceUrlFault } from '../../../../src/lib/content-check/source-url.ts';

const CASES: [url: string, fault: SourceUrlFault | undefined][] = [
  // Home pages: nothing after the host but index files, languages, portal prefixes.
  ['https://nhandan.vn', 'homepage'],
  ['https://nhandan.vn/', 'homepage'],
  ['HTTPS://NHANDAN.VN/', 'homepage'],
  ['https://mattran.org.vn/index.html', 'homepage'],
  ['https://vksndtc.gov.vn/Pages/default.aspx', 'homepage'],
  ['https://www.lamdong.gov.vn/vi-VN/', 'homepage'],
  ['https://haiphong.gov.vn/?lang=vi', 'homepage'],
  ['https://baotintuc.vn/trang-chu.htm', 'homepage'],
  // Listings: a listing word in the path, a listing query, a date archive, a further page.
  ['https://baotintuc.vn/tag/mat-tran-to-quoc', 'listing'],
  ['https://nhandan.vn/tags/covid-19/', 'listing'],
  ['https://example.org/chuyen-muc/thoi-su/', 'listing'],
  ['https://example.org/category/tin-tuc', 'listing'],
  ['https://example.org/danh-muc/van-ban.html', 'listing'],
  ['https://vnexpress.net/topic/dai-hoi-dang-2026', 'listing'],
  ['https://example.org/tim-kiem?q=m%E1%BA%B7t+tr%E1%BA%ADn', 'listing'],
  ['https://example.org/search?q=mttq', 'listing'],
  ['https://example.org/?s=mat-tran', 'listing'],
  ['https://vksndtc.gov.vn/tintuc/Pages/lists.aspx?Cat=32', 'listing'],
  ['https://noichinh.vn/hoi-dap-phap-luat/202202/', 'listing'],
  ['https://example.org/tin-tuc/2022/05/', 'listing'],
  ['https://example.org/tin-tuc/page/2', 'listing'],
  // Item pages, including the shapes of real sources that look like lists.
  ['https://vksndtc.gov.vn:443/tintuc/Pages/lists.aspx?Cat=32&ItemID=10247&Page=14', undefined],
  ['http://ttbd.gov.vn/Home/Default.aspx?portalid=52&tabid=108&catid=515&distid=4980', undefined],
  ['https://vietnam.vn/lamdong/?p=5082', undefined],
  [
    'https://nhandan.vn/hai-phong-tiep-nhan-13-ty-dong-ung-ho-phong-chong-covid-19-post657094.html',
    undefined,
  ],
  ['https://example.org/chuyen-muc/thoi-su/bai-viet-20231117084012205.htm', undefined],
  ['https://mattranhaiphong.org.vn/index.php/2021/06/18/chung-tay-cung-thanh-pho', undefined],
  ['https://thhp.vn/tin-tuc/202010/hai-phong-tren-con-duong-doi-moi-9227e3a/', undefined],
  ['https://stttt.quangbinh.gov.vn/chi-tiet-tin/-/view-article/1/13826752047527/1678331312908', undefined],
  ['https://mattrankhanhhoa.org.vn/chitiettin/id/3761/Mat-tran-phuong-Cam-Phuc-Bac', undefined],
  ['https://thuvienphapluat.vn/hoi-dap-phap-luat/2E80B-hd-mat-tran.html', undefined],
  ['https://example.org/gioi-thieu/', undefined],
  // Not a URL at all: other rules report it.
  ['nhandan.vn/bai', undefined],
];

describe('nguồn là một trang cụ thể, không phải trang chủ hay trang danh sách', () => {
  it.each(CASES)('%s → %s', (url, fault) => {
    expect(sourceUrlFault(url)).toBe(fault);
  });
});
