import { describe, expect, it } from 'vitest';
import {
  CHAPTER_END,
  CHAPTER_START,
  guideSteps,
  shotFile,
  updateGuideChapter,
} from '../../../../src/lib/editor/guide-chapter.ts';

const STEPS = [
  { shot: 'mo', text: 'Bấm **Mở**.' },
  { shot: 'luu', text: 'Bấm **Lưu**.' },
];

describe('các bước sinh ra cho hướng dẫn', () => {
  it('đánh số từ bước đã cho, mỗi bước kèm ảnh thụt vào trong bước', () => {
    expect(guideSteps(STEPS, 'img/x', 9)).toBe(
      [
        '9. Bấm **Mở**.',
        '',
        '   ![Trình sửa ở bước 9](img/x/01-mo.png)',
        '',
        '10. Bấm **Lưu**.',
        '',
        '    ![Trình sửa ở bước 10](img/x/02-luu.png)',
      ].join('\n'),
    );
    expect(shotFile(STEPS[1]!, 1)).toBe('02-luu.png');
  });

  it('thay đúng phần giữa hai dấu mốc, giữ nguyên phần viết tay', async () => {
    const guide = `# Hướng dẫn\n\nViết tay.\n\n${CHAPTER_START}\n\n1. Cũ.\n\n${CHAPTER_END}\n\nViết tay sau.\n`;
    const updated = await updateGuideChapter(guide, 'docs/x.md', guideSteps(STEPS, 'img', 1));
    expect(updated).toBe(
      `# Hướng dẫn\n\nViết tay.\n\n${CHAPTER_START}\n\n${guideSteps(STEPS, 'img', 1)}\n\n${CHAPTER_END}\n\nViết tay sau.\n`,
    );
    expect(await updateGuideChapter(updated, 'docs/x.md', guideSteps(STEPS, 'img', 1))).toBe(updated);
  });

  it('báo lỗi khi thiếu dấu mốc', async () => {
    await expect(updateGuideChapter('# Hướng dẫn\n', 'docs/x.md', '')).rejects.toThrow(
      'docs/x.md: thiếu dấu mốc',
    );
  });
});
