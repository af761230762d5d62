/**
 * The generated part of "Sửa trên trình duyệt" in the editors' guide: the steps the
 * browser test walks (tests/editor/editor.spec.ts, its words in scripts/lib/editor-guide.ts), each with its screenshot, written
 * between two markers so that the guide never describes an editor that no longer exists.
 * `npm run docs:editor-guide` rewrites it; a test fails while the guide's copy is stale.
 */
import { formatAsRepository } from './field-docs.ts';

/** One step of the walk: what the person does and sees (Markdown), and its screenshot's name. */
export interface GuideStep {
  shot: string;
  text: string;
}

/** The line before the generated steps: it says where they come from. */
export const CHAPTER_START =
  '<!-- các bước: sinh từ bài kiểm tra tests/editor/editor.spec.ts (lời trong scripts/lib/editor-guide.ts) bằng npm run docs:editor-guide — đừng sửa tay -->';
/** The line after the generated steps. */
export const CHAPTER_END = '<!-- hết các bước -->';

/** The screenshot's file name of the step at `index` (0-based): numbered so the folder reads in order. */
export function shotFile(step: GuideStep, index: number): string {
  return `${String(index + 1).padStart(2, '0')}-${step.shot}.png`;
}

/**
 * The steps as a numbered Markdown list, starting at `first` (the guide's hand-written
 * steps come before), each with its screenshot from `imageDir` (relative to the guide).
 */
export function guideSteps(steps: readonly GuideStep[], imageDir: string, first: number): string {
  return steps
    .map((step, index) => {
      const marker = `${first + index}. `;
      // The picture is indented under its step's text, so it stays in the list item.
      const picture = `![Trình sửa ở bước ${first + index}](${imageDir}/${shotFile(step, index)})`;
      return `${marker}${step.text}\n\n${' '.repeat(marker.length)}${picture}`;
    })
    .join('\n\n');
}

/** The guide with the text between the markers replaced by `steps`, formatted as the repository's Prettier would. */
export async function updateGuideChapter(guide: string, file: string, steps: string): Promise<string> {
  const start = guide.indexOf(CHAPTER_START);
  const end = guide.indexOf(CHAPTER_END);
  if (start < 0 || end < start)
    throw new Error(`${file}: thiếu dấu mốc "${CHAPTER_START}" … "${CHAPTER_END}" quanh các bước.`);
  const replaced = `${guide.slice(0, start + CHAPTER_START.length)}\n\n${steps}\n\n${guide.slice(end)}`;
  return formatAsRepository(replaced, file);
}
