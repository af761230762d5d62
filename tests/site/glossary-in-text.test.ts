import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadGlossaryAbbreviations } from '../../src/lib/markdown/glossary-in-text.ts';

/** Every built entry page (the glossary plugin runs on entries' MDX text). */
const pages = ['chu-de', 'van-ban', 'cuoc-van-dong', 'dien-hinh', 'don-vi', 'bai-giang'].flatMap((section) =>
  readdirSync(join('dist', section), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join('dist', section, entry.name, 'index.html')),
);
const html = new Map(pages.map((page) => [page, readFileSync(page, 'utf8')]));
const marks = (page: string) => [
  ...html
    .get(page)!
    .matchAll(/<a href="\/thuat-ngu\/#([^"]+)" class="glossary-term"><abbr title="([^"]+)">/g),
];

it('bản dựng đánh dấu chữ viết tắt trong bài, đúng dạng đầy đủ của thuật ngữ', () => {
  const glossary = new Map(loadGlossaryAbbreviations('content/glossary').map((a) => [a.id, a.expansion]));
  const marked = pages.filter((page) => marks(page).length > 0);
  expect(marked.length).toBeGreaterThan(10);
  for (const page of marked) {
    for (const [, id, title] of marks(page)) expect(glossary.get(id!), `${page}: #${id}`).toBe(title);
  }
});

it('mỗi chữ viết tắt chỉ được đánh dấu ở lần dùng đầu tiên trên trang', () => {
  for (const page of pages) {
    const ids = marks(page).map((match) => match[1]);
    expect(ids, page).toEqual([...new Set(ids)]);
  }
});

it('không đánh dấu trong tiêu đề, trích dẫn kế hoạch hay khối trích', () => {
  for (const [page, text] of html) {
    for (const match of text.matchAll(/<(h[1-6]|blockquote|figure)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
      expect(match[2], `${page}: <${match[1]}>`).not.toContain('glossary-term');
    }
  }
});
