/**
 * Rewrites the generated steps of "Sửa trên trình duyệt" in the editors' guide
 * (docs/huong-dan-bien-tap.md) from the browser test's walk: `npm run docs:editor-guide`.
 * It runs the walk (tests/editor/editor.spec.ts, "the guide's walk") with
 * UPDATE_EDITOR_GUIDE=1, which writes the screenshots to docs/img/sua-tren-trinh-duyet/
 * and the entry the site test builds; then writes the steps' text between the guide's
 * markers. Run it after changing the editor's pages or the steps; a test fails while the
 * guide's steps are stale (the screenshots are never compared).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { updateGuideChapter } from '../src/lib/editor/guide-chapter.ts';
import { GUIDE, GUIDE_IMAGES, guideChapterSteps } from './lib/editor-guide.ts';

rmSync(GUIDE_IMAGES, { recursive: true, force: true });
const walk = spawnSync(
  'npx',
  ['playwright', 'test', '-c', 'tests/editor/playwright.config.ts', '-g', 'the guide’s walk'],
  { stdio: 'inherit', env: { ...process.env, UPDATE_EDITOR_GUIDE: '1' } },
);
if (walk.status !== 0) {
  console.error('Bài kiểm tra đi theo hướng dẫn không qua: chưa viết lại hướng dẫn.');
  process.exit(1);
}
const before = readFileSync(GUIDE, 'utf8');
const after = await updateGuideChapter(before, GUIDE, guideChapterSteps());
writeFileSync(GUIDE, after);
console.log(
  `${GUIDE}: ${after === before ? 'các bước đã khớp' : 'đã viết lại các bước'}; ảnh chụp trong ${GUIDE_IMAGES}/.`,
);
