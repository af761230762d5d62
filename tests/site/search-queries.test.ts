/**
 * The search, against the real index built from the real content (run after
 * `npm run build`): what readers type — with and without tone marks, `d` for `đ`,
 * abbreviations, document symbols in any spelling, campaign names, slogans from the
 * plan, upper case, decomposed Unicode — and the page each must find in the first three.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../src/lib/search/engine.ts';
import { builtSearchEngine, NONSENSE_QUERY, topUrls } from './search-node.ts';

let engine: SearchEngine;
beforeAll(async () => {
  engine = await builtSearchEngine();
});

const THEME_UNITY = '/chu-de/doan-ket-toan-dan/';
const THEME_COVID = '/chu-de/phong-chong-covid-19/';
const THEME_DEMOCRACY = '/chu-de/dan-chu-giam-sat-phan-bien/';
const THEME_FOREIGN = '/chu-de/doi-ngoai-nhan-dan/';
const RURAL = '/cuoc-van-dong/toan-dan-doan-ket-xay-dung-nong-thon-moi-do-thi-van-minh/';
const VIETNAMESE_GOODS = '/cuoc-van-dong/nguoi-viet-nam-uu-tien-dung-hang-viet-nam/';
const FOR_THE_POOR = '/cuoc-van-dong/vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau/';
const GLOSSARY = '/thuat-ngu/';

/** Symbols as readers write them, and the document each names: a direct hit, first. */
const SYMBOL_QUERIES: [string, string][] = [
  ['01-KL/TW', '/van-ban/01-kl-tw/'],
  ['01 KL TW', '/van-ban/01-kl-tw/'],
  ['kl 01', '/van-ban/01-kl-tw/'],
  ['01', '/van-ban/01-kl-tw/'],
  ['37 qd tw', '/van-ban/37-qd-tw/'],
  ['217', '/van-ban/217-qd-tw/'],
  ['218-QĐ/TW', '/van-ban/218-qd-tw/'],
  ['06/NQ-ĐCT', '/van-ban/06-nq-dct/'],
  ['06 nq dct', '/van-ban/06-nq-dct/'],
  // Context documents (not cited by the plan) are found the same way.
  ['10-CT/TW', '/van-ban/10-ct-tw/'],
  ['666/QĐ-TTg', '/van-ban/666-qd-ttg/'],
];

/** [what the reader types, the page it must find in the first three, why]. */
const QUERIES: [string, string, string][] = [
  // The issue's own examples (its fourth, `37 qd tw`, is among the symbols below).
  ['doan ket', THEME_UNITY, 'đ typed as d, no tone marks'],
  ['dang vien khong duoc lam', '/van-ban/37-qd-tw/', 'two đ words typed as d'],
  ['hang viet', VIETNAMESE_GOODS, 'a campaign by two words, no marks'],
  // Tone marks optional.
  ['nông thôn mới', RURAL, 'with marks'],
  ['nong thon moi', RURAL, 'without marks'],
  ['đô thị văn minh', RURAL, 'with marks'],
  ['do thi van minh', RURAL, 'đ typed as d'],
  ['phan bien xa hoi', THEME_DEMOCRACY, 'without marks'],
  ['giám sát và phản biện xã hội', THEME_DEMOCRACY, 'with marks'],
  ['doi ngoai nhan dan', THEME_FOREIGN, 'đ typed as d'],
  ['nguoi viet nam o nuoc ngoai', THEME_FOREIGN, 'a phrase of the plan, no marks'],
  ['phong chong covid', THEME_COVID, 'without marks'],
  ['tôn giáo', THEME_UNITY, 'a word of II.1.7'],
  ['bien doi khi hau', THEME_UNITY, 'a phrase of II.1.7, no marks'],
  // Campaigns and movements by name.
  ['doan ket sang tao', '/cuoc-van-dong/doan-ket-sang-tao/', 'a movement'],
  ['vi nguoi ngheo', FOR_THE_POOR, 'a movement'],
  ['khong de ai bi bo lai phia sau', FOR_THE_POOR, 'the movement’s second half'],
  ['ngay hoi dai doan ket', '/cuoc-van-dong/ngay-hoi-dai-doan-ket-toan-dan-toc/', 'a festival day'],
  [
    'bao chi phong chong tham nhung',
    '/cuoc-van-dong/giai-bao-chi-phong-chong-tham-nhung-lang-phi/',
    'a press award',
  ],
  ['giai bao chi', '/cuoc-van-dong/giai-bao-chi-vi-su-nghiep-dai-doan-ket/', 'the press awards'],
  ['vac xin', '/cuoc-van-dong/5k-vac-xin/', 'a message'],
  // Slogans of the plan.
  ['dan biet dan ban dan lam', THEME_DEMOCRACY, 'slogan of II.4.2'],
  [
    'di tung ngo go tung nha',
    '/cuoc-van-dong/5k-vac-xin/',
    'slogan of II.2.3, the campaign whose how-to-take-part carries it',
  ],
  [
    'thich ung an toan linh hoat',
    '/van-ban/128-nq-cp/',
    'slogan of II.2.2, the title of the resolution that set it',
  ],
  ['tot doi dep dao', GLOSSARY, 'phrase of III.1.4, explained in the glossary'],
  // Abbreviations from the glossary.
  ['MTTQ', '/thuat-ngu/#mttq', 'an abbreviation: its meaning first'],
  ['mat tran to quoc', '/mat-tran-to-quoc-viet-nam-la-gi/', 'the expansion of MTTQ: what the Front is'],
  ['mat tran to quoc thanh pho', '/don-vi/ban-thuong-truc-thanh-pho/', 'the Front of the city'],
  ['ntm', RURAL, 'NTM, an alias of nông thôn mới'],
  ['ban tgtu', '/don-vi/ban-tuyen-giao-thanh-uy/', 'Ban TGTU, as the plan’s recipients write it'],
  ['UBND', '/don-vi/cong-thong-tin-dien-tu-ubnd-thanh-pho/', 'an abbreviation in an organisation’s name'],
  ['5K', '/cuoc-van-dong/5k-vac-xin/', 'an abbreviation with a digit'],
  // Document symbols in common spellings, and documents by kind and number.
  ...SYMBOL_QUERIES.map(([query, page]): [string, string, string] => [query, page, 'a document symbol']),
  ['nghi quyet 45', '/van-ban/45-nq-tw/', 'kind of document and number'],
  ['Kết luận 21', '/van-ban/21-kl-tw/', 'kind of document and number, with marks'],
  ['07-kl-tw', '/van-ban/07-kl-tw/', 'as in the address'],
  // Documents by what they are about.
  ['nghi quyet dai hoi XIII', '/van-ban/nq-dai-hoi-xiii/', 'a congress resolution'],
  [
    'co che dac thu hai phong',
    '/van-ban/nq-quoc-hoi-co-che-dac-thu-hai-phong/',
    'a National Assembly resolution',
  ],
  ['tu dien bien tu chuyen hoa', '/van-ban/21-kl-tw/', 'words of a title'],
  // Examples, organisations, lessons, calendar, plan.
  ['sieu thi 0 dong', '/dien-hinh/ha-noi-sieu-thi-mini-0-dong/', 'a model example'],
  ['me do dau', '/dien-hinh/kon-tum-me-do-dau/', 'a model example, đ typed as d'],
  ['Thủy Nguyên', '/dien-hinh/thuy-son-camera-an-ninh/', 'a place'],
  ['bao hai phong', '/don-vi/bao-hai-phong/', 'an organisation'],
  ['dai phat thanh truyen hinh', '/don-vi/dai-phat-thanh-va-truyen-hinh-hai-phong/', 'an organisation'],
  ['bai giang doi ngoai', '/bai-giang/bai-giang-doi-ngoai-nhan-dan/', 'a lesson'],
  ['ngay giai phong hai phong', '/lich/', 'an occasion in the calendar'],
  ['ke hoach 2022', '/ke-hoach/2022/', 'the plan itself'],
  // Context documents, changes since 2022, stand-alone pages.
  ['luat thuc hien dan chu o co so', '/van-ban/10-2022-qh15/', 'a context document, by its title'],
  ['chi thi 12', '/van-ban/12-ct-tw/', 'a context document, by kind and number'],
  ['nghi quyet 226', '/van-ban/226-2025-qh15/', 'the successor of a cited document'],
  ['nhung thay doi tu nam 2022', '/thay-doi/', 'the changes page, by its title'],
  ['bo cap huyen', '/thay-doi/', 'a change since 2022'],
  ['hien phap sua doi', '/thay-doi/', 'a change since 2022'],
  ['mat tran la gi', '/mat-tran-to-quoc-viet-nam-la-gi/', 'the explainer for citizens'],
  ['cap xa', '/cap-xa-va-khu-dan-cu/', 'the page on communes and residential areas'],
  // Upper case and decomposed Unicode.
  ['HÀNG VIỆT NAM', VIETNAMESE_GOODS, 'upper case'],
  ['NONG THON MOI', RURAL, 'upper case, no marks'],
  // Questions and everyday words (issue 17): question words dropped, "Bác Hồ" a glossary alias.
  ['MTTQ la gi', '/thuat-ngu/#mttq', 'a question, no marks'],
  ['MTTQ là gì', '/thuat-ngu/#mttq', 'a question, with marks'],
  ['mat tran to quoc la gi', '/mat-tran-to-quoc-viet-nam-la-gi/', 'a spelled-out question: the explainer'],
  ['nong thon moi la gi', RURAL, 'a campaign asked about'],
  ['hang viet the nao', VIETNAMESE_GOODS, '"thế nào" without marks'],
  ['hoc tap va lam theo bac ho', '/van-ban/01-kl-tw/', '"Bác Hồ" for Hồ Chí Minh'],
  ['đoàn kết'.normalize('NFD'), THEME_UNITY, 'decomposed (NFD) input'],
  ['phòng chống dịch'.normalize('NFD'), THEME_COVID, 'decomposed (NFD) input'],
];

describe('mỗi truy vấn tìm thấy đúng trang trong ba kết quả đầu', () => {
  it('bảng có ít nhất 40 truy vấn', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(QUERIES)('%s → %s (%s)', async (query, expected) => {
    expect(await topUrls(engine, query, 3)).toContain(expected);
  });
});

describe('số hiệu văn bản: trúng thẳng, đứng đầu', () => {
  it.each(SYMBOL_QUERIES)('%s', async (query, expected) => {
    const outcome = await engine.search(query);
    expect(outcome.plan.directHits.map((hit) => hit.href)).toEqual([expected]);
    expect((await topUrls(engine, query, 1))[0]).toBe(expected);
  });

  it('một năm hay một số không phải số hiệu thì không trúng thẳng', async () => {
    for (const query of ['2022', '21 dang vien', '5']) {
      expect((await engine.search(query)).plan.directHits, query).toEqual([]);
    }
  });
});

/** The ids of every page a query finds. */
async function pageIds(query: string): Promise<string[]> {
  return (await engine.search(query)).results.map(({ result }) => result.id).sort();
}

describe('cùng một ý, cùng các trang', () => {
  it('MTTQ và "mat tran to quoc" tìm ra cùng các trang', async () => {
    const abbreviation = await pageIds('MTTQ');
    expect(abbreviation.length).toBeGreaterThan(10);
    expect(await pageIds('mat tran to quoc')).toEqual(abbreviation);
  });

  it('có dấu và không dấu tìm ra cùng các trang', async () => {
    expect(await pageIds('nong thon moi')).toEqual(await pageIds('nông thôn mới'));
  });

  it('"doan ket" tìm được mọi trang có "đoàn kết"', async () => {
    const withMarks = await pageIds('đoàn kết');
    expect(withMarks.length).toBeGreaterThan(10);
    expect(await pageIds('doan ket')).toEqual(expect.arrayContaining(withMarks));
  });

  it('chữ tách dấu (NFD) và chữ hoa tìm ra như chữ thường dựng sẵn (NFC)', async () => {
    const expected = await pageIds('phòng chống dịch');
    expect(await pageIds('phòng chống dịch'.normalize('NFD'))).toEqual(expected);
    expect(await pageIds('PHÒNG CHỐNG DỊCH')).toEqual(expected);
  });

  it('dạng đúng dấu như người đọc gõ xếp trước', async () => {
    // "Đảng" and "đang" fold to the same letters; typed with marks, the Party comes first.
    const [first] = await topUrls(engine, 'đảng viên', 1);
    expect(first).toMatch(/^\/van-ban\/(37-qd-tw|21-kl-tw)\/$/);
  });
});

describe('kết quả con theo đề mục', () => {
  it('một đoạn kế hoạch được tìm thấy như một mục con có mã đoạn', async () => {
    const outcome = await engine.search('di tung ngo go tung nha');
    const pages = await Promise.all(outcome.results.map(({ result }) => result.data()));
    const plan = pages.find((page) => page.url === '/ke-hoach/2022/');
    expect(plan?.sub_results.map((section) => section.url)).toContain('/ke-hoach/2022/#II-2-3');
    expect(plan?.sub_results.find((section) => section.url === '/ke-hoach/2022/#II-2-3')?.title).toBe(
      'Đoạn II.2.3',
    );
  });

  it('một thay đổi được tìm thấy tại chỗ của nó trong trang những thay đổi', async () => {
    const outcome = await engine.search('bo cap huyen');
    const pages = await Promise.all(outcome.results.map(({ result }) => result.data()));
    const changes = pages.find((page) => page.url === '/thay-doi/');
    expect(changes?.sub_results.map((section) => section.url)).toContain(
      '/thay-doi/#chinh-quyen-hai-cap-2025',
    );
  });

  it('một thuật ngữ được tìm thấy tại chỗ của nó trong trang thuật ngữ', async () => {
    const outcome = await engine.search('tot doi dep dao');
    const glossary = await outcome.results[0]!.result.data();
    expect(glossary.url).toBe(GLOSSARY);
    expect(glossary.sub_results.map((section) => section.url)).toContain('/thuat-ngu/#tot-doi-dep-dao');
  });
});

describe('bộ lọc', () => {
  it('lọc theo loại và đếm đúng', async () => {
    const outcome = await engine.search('doan ket');
    const all = await engine.filter(outcome, {});
    const campaigns = all.counts.type.get('cuộc vận động') ?? 0;
    expect(campaigns).toBeGreaterThan(2);
    const filtered = await engine.filter(outcome, { type: ['cuộc vận động'] });
    expect(filtered.results).toHaveLength(campaigns);
    const pages = await Promise.all(filtered.results.map(({ result }) => result.data()));
    expect(pages.every((page) => page.url.startsWith('/cuoc-van-dong/'))).toBe(true);
  });

  it('lọc theo cơ quan ban hành, năm và nơi', async () => {
    const politburo = await engine.filter(await engine.search('ket luan'), { issuer: ['Bộ Chính trị'] });
    const pages = await Promise.all(politburo.results.map(({ result }) => result.data()));
    expect(pages.map((page) => page.url)).toEqual(
      expect.arrayContaining(['/van-ban/01-kl-tw/', '/van-ban/07-kl-tw/']),
    );
    const in2013 = await engine.filter(await engine.search('quyet dinh'), { year: ['2013'] });
    expect(in2013.results).toHaveLength(2);
    const haiPhong = await engine.filter(await engine.search('covid'), { place: ['Hải Phòng'] });
    const examples = await Promise.all(haiPhong.results.map(({ result }) => result.data()));
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.every((page) => page.url.startsWith('/dien-hinh/'))).toBe(true);
  });
});

describe('đầu vào bất kỳ đều an toàn', () => {
  it.each([
    ['rỗng', ''],
    ['chỉ dấu câu', '?!.,;:…—'],
    ['emoji', '🙂🇻🇳'],
    ['thẻ script', '<script>alert(1)</script>'],
  ])('%s: không lỗi', async (_, query) => {
    const outcome = await engine.search(query);
    expect(outcome.results.length).toBeGreaterThanOrEqual(0);
  });

  it('2.000 ký tự: cắt bớt, vẫn tìm', async () => {
    const outcome = await engine.search('hàng việt '.repeat(200));
    expect(outcome.plan.truncated).toBe(true);
    expect(outcome.plan.query.length).toBeLessThanOrEqual(200);
  });

  it('một chuỗi chữ không thành từ thì không tìm thấy gì (trang tìm kiếm thử lời mời tìm cách khác bằng nó)', async () => {
    const outcome = await engine.search(NONSENSE_QUERY);
    expect(outcome.plan.searchable).toBe(true);
    expect(outcome.results).toEqual([]);
  });

  it('chỉ dấu câu, emoji hay rỗng thì không có gì để tìm', async () => {
    for (const query of ['', '   ', '?!.,', '🙂🇻🇳']) {
      expect((await engine.search(query)).plan.searchable, query).toBe(false);
    }
  });
});
