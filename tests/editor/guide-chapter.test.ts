/**
 * The editors' guide's "Sửa trên trình duyệt" holds exactly the steps the browser test
 * walks (scripts/lib/editor-guide.ts), each with its screenshot: if not, run
 * `npm run docs:editor-guide` and commit. Only the text is compared, never the pixels.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shotFile, updateGuideChapter } from '../../src/lib/editor/guide-chapter.ts';
import { GUIDE, GUIDE_IMAGES, GUIDE_STEPS, guideChapterSteps } from '../../scripts/lib/editor-guide.ts';

const guide = readFileSync(GUIDE, 'utf8');

describe('các bước "Sửa trên trình duyệt" trong hướng dẫn biên tập', () => {
  it('khớp với các bước bài kiểm tra đi (nếu không: chạy npm run docs:editor-guide rồi commit)', async () => {
    expect(await updateGuideChapter(guide, GUIDE, guideChapterSteps())).toBe(guide);
  });

  it('mỗi bước có ảnh chụp của nó, và thư mục ảnh không còn ảnh của bước đã bỏ', () => {
    expect(readdirSync(GUIDE_IMAGES).sort()).toEqual(GUIDE_STEPS.map(shotFile).sort());
  });
});
