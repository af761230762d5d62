/**
 * `npm run bench`: builds generated corpora (SPEC §5) with this site and with Starlight,
 * the reference, and prints their figures side by side: build seconds, pages per second,
 * bytes of dist/, bytes of the Pagefind index, bytes (and requests) of a first search,
 * and bytes (and requests) of one document page — gzip as served, counted by the same
 * local server for both. Corpora are generated into the system temp folder, never into
 * the repository (see scripts/bench/).
 *
 *   npm run bench                              # 1,000 and 5,000 entries (the sizes)
 *   npm run bench -- --quick                   # 200 entries, for a quick look
 *   npm run bench -- --sizes 1000,5000,10000
 *   npm run bench -- --no-starlight            # this site only
 *   npm run bench -- --keep                    # keep the temp folders to look at
 *   npm run bench -- --runs 1                  # one build of each instead of three
 *
 * Protocol (issue 15): run it on an idle machine. Each size builds both sites `--runs`
 * times, interleaved (ours, Starlight, ours, …), and reports the median build time with
 * every run's time and the machine's load average when each build started; sizes and
 * transfers are measured on the last build of each.
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumLaunchOptions, findChromium } from './lib/chromium.ts';
import { prepareFontSetups } from './lib/system-fonts.ts';
import { generateCorpus } from './bench/corpus.ts';
import {
  countPages,
  folderBytes,
  measureInBrowser,
  pagefindIndexBytes,
  fileSizes,
  type SiteFigures,
} from './bench/measure.ts';
import { shellFiles } from '../src/lib/offline/precache.ts';
import { COLLECTION_PATHS } from '../src/lib/site.ts';
import {
  buildOurSite,
  buildStarlight,
  prepareOurSite,
  prepareStarlight,
  STARLIGHT_DIR,
  starlightDocsDir,
} from './bench/sites.ts';
import { writeSiteContent, writeStarlightDocs } from './bench/write.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000' },
    quick: { type: 'boolean', default: false },
    'no-starlight': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    query: { type: 'string', default: 'nông thôn mới' },
    runs: { type: 'string', default: '3' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs cần một số nguyên từ 1 trở lên.');
  process.exit(1);
}
const sizes = values.quick ? [200] : values.sizes.split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 50)) {
  console.error('--sizes cần các số nguyên từ 50 trở lên, cách nhau bằng dấu phẩy, ví dụ --sizes 1000,5000.');
  process.exit(1);
}
const query = values.query;

/** Bytes the service worker saves on install: the build's own choice of files (shellFiles). */
function savedOnInstall(dist: string): number {
  const sizes = fileSizes(dist);
  return [...shellFiles(sizes)].reduce((sum, file) => sum + sizes.get(file)!, 0);
}

/** The middle value (the mean of the two middle ones for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const kb = (bytes: number) =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} KB`;

interface Row {
  label: string;
  value: (figures: SiteFigures) => number;
  show: (figures: SiteFigures) => string;
}

const ROWS: Row[] = [
  { label: 'số trang HTML', value: (f) => f.pages, show: (f) => String(f.pages) },
  {
    label: 'thời gian dựng',
    value: (f) => f.buildSeconds,
    show: (f) => `${f.buildSeconds.toFixed(1)} s`,
  },
  {
    label: 'trang mỗi giây',
    value: (f) => f.pages / f.buildSeconds,
    show: (f) => (f.pages / f.buildSeconds).toFixed(1),
  },
  { label: 'dist/', value: (f) => f.distBytes, show: (f) => kb(f.distBytes) },
  {
    label: 'dist/ mỗi trang HTML',
    value: (f) => f.distBytes / f.pages,
    show: (f) => kb(f.distBytes / f.pages),
  },
  { label: 'chỉ mục Pagefind', value: (f) => f.indexBytes, show: (f) => kb(f.indexBytes) },
  {
    label: `tìm lần đầu "${query}"`,
    value: (f) => f.firstQueryBytes,
    show: (f) => `${kb(f.firstQueryBytes)}, ${f.firstQueryRequests} yêu cầu, ${f.firstQueryResults} kết quả`,
  },
  {
    label: 'một trang văn bản',
    value: (f) => f.pageBytes,
    show: (f) => `${kb(f.pageBytes)}, ${f.pageRequests} yêu cầu`,
  },
  {
    label: 'đọc 5 trang liên tiếp',
    value: (f) => f.visitBytes,
    show: (f) => `${kb(f.visitBytes)}, ${f.visitRequests} yêu cầu`,
  },
  {
    label: 'lưu sẵn ngoại tuyến lần đầu',
    value: (f) => f.precacheBytes,
    show: (f) => (f.precacheBytes > 0 ? kb(f.precacheBytes) : 'không có'),
  },
];

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function report(size: number, ours: SiteFigures, starlight: SiteFigures | undefined): string {
  const header = ['chỉ số', 'Sổ tay', ...(starlight ? ['Starlight', 'Sổ tay ÷ Starlight'] : [])];
  const rows = ROWS.map((row) => [
    row.label,
    row.show(ours),
    ...(starlight
      ? [
          row.show(starlight),
          row.value(starlight) > 0 ? (row.value(ours) / row.value(starlight)).toFixed(2) : '—',
        ]
      : []),
  ]);
  return `\nKho ${size.toLocaleString('vi-VN')} mục\n${table(header, rows)}`;
}

const executablePath = findChromium();
if (!executablePath) {
  console.error('Không tìm thấy Chromium: chạy "node scripts/ensure-test-tools.ts" hoặc đặt CHROMIUM_PATH.');
  process.exit(1);
}
let starlightVersions: { starlight: string; astro: string } | undefined;
if (!values['no-starlight']) {
  try {
    starlightVersions = prepareStarlight();
  } catch (error) {
    console.error(`Không cài được Starlight, chỉ đo Sổ tay.\n${(error as Error).message}`);
  }
}

await prepareFontSetups();
const browser = await chromium.launch(chromiumLaunchOptions('android'));
const reports: string[] = [];
try {
  for (const size of sizes) {
    const workdir = mkdtempSync(join(tmpdir(), `so-tay-bench-${size}-`));
    try {
      console.log(`\n== ${size} mục: sinh nội dung vào ${workdir}`);
      const corpus = generateCorpus('.', size);
      const site = join(workdir, 'site');
      prepareOurSite('.', site);
      writeSiteContent(corpus, join(site, 'content'));
      const documentPath = `/van-ban/${corpus.entries.find((entry) => entry.collection === 'documents')!.id}/`;

      const visitPaths = [
        '/',
        documentPath,
        ...(['campaigns', 'examples', 'organizations'] as const).map((collection) => {
          const entry = corpus.entries.find((candidate) => candidate.collection === collection)!;
          return `${COLLECTION_PATHS[collection]}${entry.id}/`;
        }),
      ];

      const measure = async (
        dist: string,
        buildSeconds: number,
        withShell: boolean,
      ): Promise<SiteFigures> => ({
        buildSeconds,
        pages: countPages(dist),
        distBytes: folderBytes(dist),
        indexBytes: pagefindIndexBytes(dist),
        precacheBytes: withShell ? savedOnInstall(dist) : 0,
        ...(await measureInBrowser(browser, dist, documentPath, visitPaths, query)),
      });

      const collections = [...new Set(corpus.entries.map((entry) => entry.collection))];
      if (starlightVersions) writeStarlightDocs(corpus, starlightDocsDir());
      const times = { ours: [] as number[], starlight: [] as number[] };
      const loads: string[] = [];
      for (let run = 1; run <= runs; run++) {
        loads.push(loadavg()[0]!.toFixed(1));
        console.log(`   lần ${run}/${runs}: dựng Sổ tay (npm run build; tải máy ${loads.at(-1)})…`);
        times.ours.push(buildOurSite(site));
        if (starlightVersions) {
          loads.push(loadavg()[0]!.toFixed(1));
          console.log(
            `   lần ${run}/${runs}: dựng Starlight ${starlightVersions.starlight} (Astro ${starlightVersions.astro}; tải máy ${loads.at(-1)})…`,
          );
          times.starlight.push(buildStarlight(collections));
        }
      }
      const ours = await measure(join(site, 'dist'), median(times.ours), true);
      const reference = starlightVersions
        ? await measure(join(STARLIGHT_DIR, 'dist'), median(times.starlight), false)
        : undefined;
      const seconds = (list: number[]) => list.map((value) => value.toFixed(1)).join(', ');
      const runsLine =
        `   các lần dựng (giây): Sổ tay ${seconds(times.ours)}` +
        (reference ? `; Starlight ${seconds(times.starlight)}` : '') +
        `; tải máy (trung bình 1 phút) lúc bắt đầu mỗi lần: ${loads.join(', ')}; ${cpus().length} lõi`;
      const text = `${report(size, ours, reference)}\n${runsLine}`;
      console.log(text);
      reports.push(text);
    } finally {
      if (values.keep) console.log(`   (giữ lại ${workdir})`);
      else rmSync(workdir, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}

console.log(
  `\n== Tóm tắt (thời gian dựng: trung vị của ${runs} lần, xen kẽ hai site; gzip như máy chủ gửi đi; "tìm lần đầu": init, search và dữ liệu 10 kết quả đầu qua API của Pagefind; "đọc 5 trang": trang chủ, một văn bản, một cuộc vận động, một điển hình, một đơn vị, bộ nhớ đệm của trình duyệt giữ giữa các trang; "lưu sẵn": byte service worker lưu khi cài)` +
    (starlightVersions
      ? `\nĐối chứng: @astrojs/starlight ${starlightVersions.starlight}, Astro ${starlightVersions.astro}, thanh bên gồm 9 mục như điều hướng chính.`
      : ''),
);
console.log(reports.join('\n'));
