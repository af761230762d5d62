/**
 * The steps of "Sửa trên trình duyệt" in the editors' guide, as the browser test walks
 * them (editor.spec.ts, "the guide's walk"): each step's text is a `test.step` name and
 * each step leaves a screenshot named by its `shot`. The guide's chapter is generated
 * from this list (src/lib/editor/guide-chapter.ts, `npm run docs:editor-guide`); a test
 * fails when the chapter in docs/huong-dan-bien-tap.md differs.
 */
import { guideSteps, type GuideStep } from '../../src/lib/editor/guide-chapter.ts';

/** The guide whose chapter "Sửa trên trình duyệt" holds the steps. */
export const GUIDE = 'docs/huong-dan-bien-tap.md';

/** The number of the first generated step: step 1, opening the editor, is written by hand (a launcher cannot be walked). */
export const FIRST_GENERATED_STEP = 2;

/** Where the screenshots are written when the guide is regenerated, and linked from the guide. */
export const GUIDE_IMAGES = 'docs/img/sua-tren-trinh-duyet';

/** The walk, in order: what the person does and sees, in the guide's words (Markdown). */
export const GUIDE_STEPS = [
  {
    shot: 'trang-dau',
    text: 'Trang đầu của trình sửa liệt kê các bộ sưu tập ở cột trái. Bấm **Mô hình, điển hình**.',
  },
  {
    shot: 'danh-sach',
    text: 'Danh sách các mục hiện ra, với ô **Tìm trong danh sách** để tìm mục cần sửa (bấm tên mục để mở). Để thêm mục, bấm **Thêm mục mới**.',
  },
  {
    shot: 'dien-truong',
    text: 'Điền các trường có chữ “(bắt buộc)”. Mỗi trường có lời giải thích ngay bên dưới. **Mã mục** là tên tệp, cũng là địa chỉ trang: chữ thường không dấu, nối bằng dấu gạch.',
  },
  {
    shot: 'chon-doan-ke-hoach',
    text: 'Ở **Các đoạn của kế hoạch mà mục này dựa vào**, bấm **Thêm một mục** rồi chọn đoạn trong danh sách: nguyên văn đoạn đó hiện ngay bên dưới để đối chiếu.',
  },
  {
    shot: 'chon-cuoc-van-dong',
    text: 'Ở **Cuộc vận động**, bấm **Thêm một mục** rồi chọn cuộc vận động mà mô hình minh họa. Danh sách chỉ có các mục đã có trong sổ tay.',
  },
  {
    shot: 'viet-noi-dung',
    text: 'Viết phần **Nội dung** bằng Markdown. Dẫn nguồn bằng chú thích: viết `[^mã]` sau câu, và cuối bài một dòng `[^mã]: [Tên bài](địa chỉ bài) — Tên báo.`',
  },
  {
    shot: 'xem-truoc',
    text: 'Bấm **Xem trước** (dưới khung Nội dung): nội dung hiện với kiểu chữ của trang, chú thích thành liên kết đến bài nguồn.',
  },
  {
    shot: 'loi-duoi-truong',
    text: 'Bấm **Lưu**. Trình sửa kiểm tra như `npm run check:content`: nếu có trường viết sai — ở đây ngày kiểm tra viết 7/12/2026 — tệp chưa được ghi, và lời báo lỗi hiện ngay dưới trường đó, nói cách sửa.',
  },
  {
    shot: 'da-luu',
    text: 'Sửa theo lời báo (ngày viết dạng 2026-12-07) rồi bấm **Lưu** lần nữa. Dòng **Đã lưu.** hiện ra: tệp `content/examples/<mã mục>.mdx` đã được ghi, và sẽ có trên trang ở lần dựng sau.',
  },
] as const satisfies readonly GuideStep[];

const SOURCE_URL = 'https://daidoanket.vn/hoi-tu-duoi-mai-nha-chung-mat-tran-10237682.html';

/**
 * What the walk types: a test entry, named as one, whose source is a real article the
 * handbook already cites (content/examples/bieu-duong-chu-tich-mttq-co-so-2022.mdx), with
 * that article's own words as the excerpt. It lives only in the test's copy of content/.
 */
export const GUIDE_ENTRY = {
  id: 'thu-nghiem-trinh-sua',
  data: {
    title: 'Mục thử nghiệm của trình sửa: hội nghị biểu dương cán bộ Mặt trận cơ sở 2022',
    place: 'Toàn quốc (hội nghị tại Hà Nội)',
    province: 'Toàn quốc',
    year: '2022',
    summary:
      'Mục thử nghiệm do bài kiểm tra trình sửa tạo ra, dẫn lại bài báo về hội nghị biểu dương Chủ tịch Ủy ban MTTQ Việt Nam cấp xã và Trưởng ban Công tác Mặt trận tiêu biểu toàn quốc giai đoạn 2017–2022.',
    source: {
      id: 'daidoanket-2022',
      url: SOURCE_URL,
      title: 'Hội tụ dưới mái nhà chung Mặt trận',
      publisher: 'Báo Đại Đoàn Kết',
      excerpt:
        'Hội nghị biểu dương Chủ tịch Ủy ban MTTQ cấp xã và Trưởng ban Công tác Mặt trận tiêu biểu toàn quốc giai đoạn 2017-2022 sẽ diễn ra từ 25 đến 27/11 với nhiều hoạt động ý nghĩa.',
    },
    plan: '2022',
    paragraph: 'III.2.2',
    campaign: 'ngay-hoi-dai-doan-ket-toan-dan-toc',
    updated: '2026-12-07',
  },
  /** The plan paragraph's text, as the picker shows it (content/plans/2022.yaml). */
  paragraphText:
    'Tổ chức biểu dương các điển hình tiên tiến trong phát huy sức mạnh khối đại đoàn kết toàn dân tộc, những việc làm hay, giải pháp tốt, mô hình hiệu quả trong công tác Mặt trận.',
  badDate: '7/12/2026',
  body: [
    '## Đã làm gì',
    '',
    'Mục thử nghiệm của trình sửa trên trình duyệt: bài kiểm tra tạo mục này để xem nó được dựng và tìm thấy. Nguồn là bài báo về hội nghị biểu dương Chủ tịch Ủy ban MTTQ Việt Nam cấp xã và Trưởng ban Công tác Mặt trận tiêu biểu giai đoạn 2017–2022[^daidoanket-2022].',
    '',
    `[^daidoanket-2022]: [Hội tụ dưới mái nhà chung Mặt trận](${SOURCE_URL}) — Báo Đại Đoàn Kết.`,
    '',
  ],
  /** A phrase of the body: the preview shows it, the built page carries it, search finds it. */
  previewText: 'bài kiểm tra tạo mục này để xem nó được dựng và tìm thấy',
  /** The file the walk saves, committed: the site test builds it (`npm run docs:editor-guide` rewrites it). */
  fixture: 'tests/fixtures/editor-guide/thu-nghiem-trinh-sua.mdx',
} as const;

/** The guide's generated steps, as Markdown, with the screenshots' paths relative to the guide. */
export function guideChapterSteps(): string {
  return guideSteps(GUIDE_STEPS, GUIDE_IMAGES.replace(/^docs\//, ''), FIRST_GENERATED_STEP);
}
