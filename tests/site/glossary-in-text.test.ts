import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadGlossaryAbbreviations } from '../../src/lib/markdown/glossary-in-text.ts';
import { classesOf, elementsIn, elementsOf } from './built-site.ts';

/** Every built entry page (the glossary plugin runs on entries' MDX text). */
const pages = ['chu-de', 'van-ban', 'cuoc-van-dong', 'dien-hinh', 'don-vi', 'bai-giang'].flatMap((section) =>
  readdirSync(join('dist', section), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join('dist', section, entry.name, 'index.html')),
);
const html = new Map(pages.map((page) => [page, readFileSync(page, 'utf8')]));
/** The glossary marks of a page (`<a class="glossary-term">`), each a link to its term. */
const glossaryLinks = (page: string) =>
  elementsOf(html.get(page)!).filter((tag) => classesOf(tag).includes('glossary-term'));
/** A page's marks in order: the term each links to (`/thuat-ngu/#id`), the expansion its `<abbr>` shows. */
const marks = (page: string) =>
  glossaryLinks(page).map((link) => ({
    id: /^\/thuat-ngu\/#(.+)$/.exec(link.attributes.get('href') ?? '')?.[1],
    title: elementsIn(html.get(page)!, link)
      .find((tag) => tag.name === 'abbr')
      ?.attributes.get('title'),
  }));

it('bản dựng đánh dấu chữ viết tắt trong bài, đúng dạng đầy đủ của thuật ngữ', () => {
  const glossary = new Map(loadGlossaryAbbreviations('content/glossary').map((a) => [a.id, a.expansion]));
  const marked = pages.filter((page) => marks(page).length > 0);
  expect(marked.length).toBeGreaterThan(10);
  for (const page of marked) {
    for (const { id, title } of marks(page)) {
      expect(title, `${page}: #${id}`).toBeDefined();
      expect(glossary.get(id ?? ''), `${page}: #${id}`).toBe(title);
    }
  }
});

it('mỗi chữ viết tắt chỉ được đánh dấu ở lần dùng đầu tiên trên trang', () => {
  for (const page of pages) {
    const ids = marks(page).map((mark) => mark.id);
    expect(ids, page).toEqual([...new Set(ids)]);
  }
});

it('không đánh dấu trong tiêu đề, trích dẫn kế hoạch hay khối trích', () => {
  for (const page of pages) {
    const inside = glossaryLinks(page).flatMap((link) =>
      link.ancestors
        .filter((tag) => /^(?:h[1-6]|blockquote|figure)$/.test(tag.name))
        .map((tag) => `<${tag.name}>`),
    );
    expect(inside, page).toEqual([]);
  }
});
