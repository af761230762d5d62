/**
 * The knowledge of issue 16 as readers see it on the built site: the changes since 2022
 * on /thay-doi/ and the notices that link them, the stand-alone pages, the day facts were
 * checked, the line that the handbook is a reference, documents' status now and full
 * text, context documents kept apart, bodies' status and channels, places as named in
 * 2022, and numbered sources shown once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { apiPath, OPEN_DATA_COLLECTIONS } from '../../src/lib/open-data.ts';
import { entryHref, REFERENCE_NOTICE } from '../../src/lib/site.ts';
import { DOCUMENT_STATE_LABELS, ORGANIZATION_STATE_LABELS } from '../../src/lib/status.ts';
import { formatDateVi } from '../../src/lib/format/date.ts';
import { collapseWhiteSpace, type StartTag } from '../../src/lib/text/html.ts';
import { builtPages, classesOf, definition, elementsIn, elementsOf, nextSibling } from './built-site.ts';

const { entries } = loadContent(['content']);

type Data = Record<string, unknown>;
interface Link {
  id?: string;
  url: string;
  title: string;
  publisher?: string;
}

/** A YAML date (read as a Date) or text, as `YYYY-MM-DD` text. */
function dateText(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/** The built HTML of a site path. */
function page(path: string): string {
  return readFileSync(`dist${path.split('#')[0]}index.html`, 'utf8');
}

/** The first element of a page that `is` picks. */
function first(html: string, is: (tag: StartTag) => boolean): StartTag | undefined {
  return elementsOf(html).find(is);
}

/** The element of a page whose id is `id`. */
function byId(html: string, id: string): StartTag | undefined {
  return first(html, (tag) => tag.attributes.get('id') === id);
}

/** The `<section aria-labelledby="…">` of a page whose heading is `headingId`. */
function section(html: string, headingId: string): StartTag | undefined {
  return first(html, (tag) => tag.name === 'section' && tag.attributes.get('aria-labelledby') === headingId);
}

/** An element of a page with the elements inside it; none when there is no such element. */
function within(html: string, element: StartTag | undefined): StartTag[] {
  return element ? [element, ...elementsIn(html, element)] : [];
}

/** The text of an element as read, white space collapsed; '' when there is no such element. */
function text(element: StartTag | undefined): string {
  return collapseWhiteSpace(element?.text ?? '');
}

/** The addresses some elements link to. */
function hrefs(tags: StartTag[]): string[] {
  return tags.flatMap((tag) => tag.attributes.get('href') ?? []);
}

const of = (collection: string) => entries.filter((entry) => entry.collection === collection);
const changesOf = (entry: { data: unknown }) =>
  ((entry.data as Data)['changes'] as string[] | undefined) ?? [];
/** Entries with a page of their own (not plans; not glossary terms, events, changes: anchors). */
const entryPages = entries.filter(
  (entry) => entry.collection !== 'plans' && !entryHref(entry.collection, entry.id).includes('#'),
);

describe('/thay-doi/: những thay đổi từ năm 2022', () => {
  const html = page('/thay-doi/');
  const changes = of('changes');

  it('có đủ mọi thay đổi, mỗi thay đổi một neo', () => {
    expect(changes.length).toBeGreaterThan(5);
    for (const change of changes) expect(byId(html, change.id), change.id).toBeDefined();
  });

  it.each(changes.map((change) => [change.id, change.data as Data] as const))(
    '#%s: ngày, tóm tắt, cách đọc kế hoạch, nguồn đánh số',
    (id, data) => {
      const change = section(html, id);
      const date = dateText(data['date']);
      const times = within(html, change).filter((tag) => tag.name === 'time');
      expect(times.map((time) => [time.attributes.get('datetime'), time.text])).toContainEqual([
        date,
        formatDateVi(date),
      ]);
      expect(text(change)).toContain(collapseWhiteSpace(String(data['summary'])));
      expect(text(change)).toContain(collapseWhiteSpace(String(data['readingNote'])));
      const sources = within(html, change).find((tag) => tag.name === 'ol');
      const links = data['links'] as Link[];
      expect(within(html, sources).filter((tag) => tag.name === 'li')).toHaveLength(links.length);
      for (const link of links) {
        expect(hrefs(within(html, sources))).toContain(link.url);
        expect(text(sources)).toContain(collapseWhiteSpace(link.title));
        if (link.publisher) expect(text(sources)).toContain(collapseWhiteSpace(link.publisher));
      }
    },
  );

  it.each(changes.map((change) => [change.id] as const))(
    '#%s: liệt kê đúng các mục nhắc đến nó (tính từ nội dung, không gõ tay)',
    (id) => {
      const heading = within(html, section(html, id)).find(
        (tag) => text(tag) === 'Các mục liên quan trong sổ tay',
      );
      const affected = heading ? hrefs(within(html, nextSibling(html, heading))) : [];
      const expected = entries
        .filter((entry) => entry.collection !== 'plans' && entry.collection !== 'changes')
        .filter((entry) => changesOf(entry).includes(id) || entry.body.includes(`/thay-doi/#${id})`))
        .map((entry) => entryHref(entry.collection, entry.id));
      expect(affected.sort()).toEqual([...new Set(expected)].sort());
    },
  );

  it('ít nhất một thay đổi được nhiều mục nhắc đến (để phép thử trên là thật)', () => {
    const counts = changes.map((change) => entries.filter((entry) => changesOf(entry).includes(change.id)));
    expect(Math.max(...counts.map((list) => list.length))).toBeGreaterThan(5);
  });
});

describe('mục có thay đổi hiện thông báo gần đầu trang, dẫn tới /thay-doi/', () => {
  const changed = entryPages.filter((entry) => changesOf(entry).length > 0);

  it('có mục như vậy ở nhiều loại', () => {
    expect(new Set(changed.map((entry) => entry.collection)).size).toBeGreaterThanOrEqual(5);
  });

  it.each(changed.map((entry) => [entryHref(entry.collection, entry.id), entry] as const))(
    '%s',
    (path, entry) => {
      const html = page(path);
      const article = first(html, (tag) => tag.name === 'article');
      const header = within(html, article).find((tag) => tag.name === 'header');
      expect(text(header)).toContain('Đã thay đổi từ năm 2022:');
      for (const key of changesOf(entry)) expect(hrefs(within(html, header))).toContain(`/thay-doi/#${key}`);
    },
  );

  it('mục không có thay đổi thì không có thông báo', () => {
    const unchanged = entryPages.find((entry) => changesOf(entry).length === 0)!;
    expect(page(entryHref(unchanged.collection, unchanged.id))).not.toContain('Đã thay đổi từ năm 2022:');
  });

  it.each([
    ['glossary', '/thuat-ngu/'],
    ['events', '/lich/'],
  ] as const)('%s: thông báo ở chỗ của từng mục trên %s', (collection, path) => {
    const html = page(path);
    const changed = of(collection).filter((entry) => changesOf(entry).length > 0);
    expect(changed.length).toBeGreaterThan(0);
    for (const entry of changed) {
      const target = byId(html, entry.id);
      // A term's id is on its heading, whose block holds the rest of the term.
      const block = target && /^h[1-6]$/.test(target.name) ? target.ancestors.at(-1) : target;
      for (const key of changesOf(entry))
        expect(hrefs(within(html, block)), entry.id).toContain(`/thay-doi/#${key}`);
    }
  });
});

describe('trang đứng riêng /<slug>/', () => {
  const pages = of('pages');
  const sitemapXml = readdirSync('dist')
    .filter((file) => /^sitemap-\d+\.xml$/.test(file))
    .map((file) => readFileSync(`dist/${file}`, 'utf8'))
    .join('');

  it.each(pages.map((entry) => [entryHref('pages', entry.id), entry.data as Data] as const))(
    '%s: khung trang mục, có trong sơ đồ trang và chỉ mục tìm kiếm',
    (path, data) => {
      const html = page(path);
      expect(text(first(html, (tag) => tag.name === 'h1'))).toBe(collapseWhiteSpace(String(data['title'])));
      const breadcrumbs = first(
        html,
        (tag) => tag.name === 'nav' && tag.attributes.get('aria-label') === 'Đường dẫn',
      );
      expect(hrefs(within(html, breadcrumbs))).toContain('/');
      expect(elementsOf(html).some((tag) => tag.attributes.has('data-pagefind-body'))).toBe(true);
      const updated = first(
        html,
        (tag) => tag.name === 'time' && tag.attributes.get('datetime') === dateText(data['updated']),
      );
      expect(text(updated?.ancestors.at(-1))).toContain('Thông tin tính đến');
      const notes = byId(html, 'footnote-label');
      expect([notes?.name, text(notes)]).toEqual(['h2', 'Nguồn']);
      expect(sitemapXml).toContain(`${path}</loc>`);
    },
  );

  it('người dân gặp trang giải thích ở trang chủ (ô dành cho người dân) và ở chân trang', () => {
    const home = page('/');
    expect(hrefs(within(home, section(home, 'nguoi-dan')))).toContain('/mat-tran-to-quoc-viet-nam-la-gi/');
    const footer = first(home, (tag) => tag.name === 'footer');
    expect(hrefs(within(home, footer))).toContain('/mat-tran-to-quoc-viet-nam-la-gi/');
  });

  it('cán bộ gặp trang cấp xã ở bảng trách nhiệm và trang Ban Thường trực huyện, quận', () => {
    for (const path of ['/don-vi/', '/don-vi/ban-thuong-truc-huyen-quan/'])
      expect(hrefs(elementsOf(page(path))), path).toContain('/cap-xa-va-khu-dan-cu/');
  });

  it('dữ liệu mở có thay đổi và trang đứng riêng', () => {
    expect(OPEN_DATA_COLLECTIONS).toEqual(expect.arrayContaining(['changes', 'pages']));
    for (const collection of ['changes', 'pages'] as const)
      expect(existsSync(`dist${apiPath(collection)}`)).toBe(true);
  });
});

describe('mọi trang', () => {
  // The site's footer (SiteFooter); a slide view fills the screen without it.
  const withFooter = builtPages().flatMap((built) => {
    const footer = first(built.html, (tag) => tag.name === 'footer' && classesOf(tag).includes('mt-16'));
    return footer ? [{ ...built, footer }] : [];
  });

  it('chân trang nói sổ tay là tài liệu tham khảo, không phải văn bản chính thức', () => {
    expect(withFooter.length).toBeGreaterThan(50);
    for (const { path, html, footer } of withFooter) {
      expect(text(footer), path).toContain(REFERENCE_NOTICE);
      expect(hrefs(within(html, footer)), path).toContain('/thay-doi/');
    }
  });

  it.each(entryPages.map((entry) => [entryHref(entry.collection, entry.id), entry.data as Data] as const))(
    '%s: "Thông tin tính đến" ngày dữ kiện được kiểm tra',
    (path, data) => {
      const html = page(path);
      const updated = dateText(data['updated']);
      expect(html).toContain(
        `Thông tin tính đến <time datetime="${updated}">${formatDateVi(updated)}</time>`,
      );
      expect(html).not.toContain('Cập nhật:');
    },
  );

  it('trang kế hoạch nói đó là kế hoạch năm 2022 và dẫn tới những thay đổi', () => {
    const html = page('/ke-hoach/2022/');
    // The boxed note under the plan's title.
    const note = first(html, (tag) => tag.name === 'p' && classesOf(tag).includes('rounded-md'));
    expect(text(note)).toContain('Đây là kế hoạch của năm 2022');
    expect(hrefs(within(html, note))).toContain('/thay-doi/');
  });
});

describe('văn bản: hiệu lực hiện nay, toàn văn, văn bản bối cảnh để riêng', () => {
  const documents = of('documents');
  const isContext = (entry: { data: unknown }) => (entry.data as Data)['citedByPlan'] === false;

  it.each(
    documents
      .filter((entry) => (entry.data as Data)['status'])
      .map((entry) => [entry.id, entry.data as Data, entry.body] as const),
  )('%s: hiệu lực, ngày kiểm tra, nguồn', (id, data, body) => {
    const html = page(entryHref('documents', id));
    const status = data['status'] as {
      state: keyof typeof DOCUMENT_STATE_LABELS;
      replacedBy?: string;
      checked: unknown;
      source?: string;
    };
    const dd = definition(html, 'Hiệu lực hiện nay');
    expect(text(dd)).toContain(DOCUMENT_STATE_LABELS[status.state]);
    expect(text(dd)).toContain(`kiểm tra ngày ${formatDateVi(dateText(status.checked))}`);
    if (status.replacedBy)
      expect(hrefs(within(html, dd))).toContain(entryHref('documents', status.replacedBy));
    if (status.source) {
      if (body.includes(`[^${status.source}]`)) {
        expect(hrefs(within(html, dd))).toContain(`#user-content-fn-${status.source}`);
        expect(byId(html, `user-content-fn-${status.source}`)?.name).toBe('li');
      } else {
        const link = (data['links'] as Link[]).find((candidate) => candidate.id === status.source)!;
        expect(hrefs(within(html, dd))).toContain(link.url);
      }
    }
  });

  it('có văn bản còn hiệu lực, đã thay thế, lịch sử và chưa xác minh (để phép thử trên là thật)', () => {
    const states = new Set(
      documents.map((entry) => ((entry.data as Data)['status'] as { state?: string } | undefined)?.state),
    );
    expect([...states]).toEqual(expect.arrayContaining(['in-force', 'replaced', 'historical', 'unverified']));
  });

  it.each(
    documents
      .filter((entry) => (entry.data as Data)['fullText'])
      .map((entry) => [entry.id, String((entry.data as Data)['fullText'])] as const),
  )('%s: dẫn toàn văn công khai', (id, url) => {
    const html = page(entryHref('documents', id));
    expect(hrefs(within(html, definition(html, 'Toàn văn')))).toContain(url);
  });

  it('văn bản bối cảnh nói rõ kế hoạch không dẫn nó', () => {
    const context = documents.filter(isContext);
    expect(context.length).toBeGreaterThan(3);
    for (const entry of context)
      expect(page(entryHref('documents', entry.id))).toContain('Văn bản bối cảnh:');
    const cited = documents.find((entry) => !isContext(entry))!;
    expect(page(entryHref('documents', cited.id))).not.toContain('Văn bản bối cảnh:');
  });

  it('/van-ban/: văn bản bối cảnh ở nhóm riêng, không lẫn vào các văn bản kế hoạch dẫn', () => {
    const html = page('/van-ban/');
    const [apart, byIssuer, byDate] = ['van-ban-boi-canh', 'theo-co-quan', 'theo-thoi-gian'].map((id) =>
      hrefs(within(html, section(html, id))),
    ) as [string[], string[], string[]];
    for (const entry of documents) {
      const href = entryHref('documents', entry.id);
      if (isContext(entry)) {
        expect(apart).toContain(href);
        expect([...byIssuer, ...byDate]).not.toContain(href);
      } else {
        expect(byIssuer).toContain(href);
        expect(apart).not.toContain(href);
      }
    }
  });

  it('bản đồ trích dẫn: văn bản bối cảnh ở ngoài bản đồ và không được đếm là văn bản kế hoạch dẫn', () => {
    const html = page('/ban-do-trich-dan/');
    const context = section(html, 'van-ban-boi-canh');
    expect(context).toBeDefined();
    // The map: what comes before the section of context documents.
    const tags = elementsOf(html);
    const map = tags.slice(0, tags.indexOf(context!)).filter((tag) => !context!.ancestors.includes(tag));
    const apart = hrefs(within(html, context));
    for (const entry of documents.filter(isContext)) {
      expect(hrefs(map)).not.toContain(entryHref('documents', entry.id));
      expect(apart).toContain(entryHref('documents', entry.id));
    }
    const cited = documents.filter((entry) => !isContext(entry)).length;
    expect(map.map(text)).toContainEqual(
      expect.stringContaining(`bên trái ${cited} văn bản mà kế hoạch trích dẫn`),
    );
  });

  it('mọi liên kết trong bài tới một văn bản bối cảnh dẫn tới trang có thật', () => {
    const contextHrefs = documents.filter(isContext).map((entry) => entryHref('documents', entry.id));
    const linking = entries.filter((entry) => contextHrefs.some((href) => entry.body.includes(`](${href}`)));
    expect(linking.length).toBeGreaterThan(0);
    for (const href of contextHrefs) expect(existsSync(`dist${href}index.html`), href).toBe(true);
  });
});

describe('đơn vị và điển hình', () => {
  it.each(of('organizations').map((entry) => [entry.id, entry.data as Data] as const))(
    '%s: tình trạng hiện nay và kênh liên hệ',
    (id, data) => {
      const html = page(entryHref('organizations', id));
      const status = data['status'] as
        { state: keyof typeof ORGANIZATION_STATE_LABELS; checked: unknown } | undefined;
      if (status) {
        const dd = definition(html, 'Hiện nay');
        expect(text(dd)).toContain(ORGANIZATION_STATE_LABELS[status.state]);
        expect(text(dd)).toContain(`kiểm tra ngày ${formatDateVi(dateText(status.checked))}`);
      }
      for (const channel of (data['contact'] as { url: string; label: string }[] | undefined) ?? []) {
        const dd = definition(html, 'Liên hệ');
        expect(hrefs(within(html, dd))).toContain(channel.url);
        expect(text(dd)).toContain(collapseWhiteSpace(channel.label));
      }
    },
  );

  it('có đơn vị có tình trạng và có kênh liên hệ (để phép thử trên là thật)', () => {
    expect(of('organizations').filter((entry) => (entry.data as Data)['status']).length).toBeGreaterThan(2);
    expect(of('organizations').filter((entry) => (entry.data as Data)['contact']).length).toBeGreaterThan(1);
  });

  it('điển hình: ghi chú địa danh năm 2022 đứng cạnh nơi thực hiện', () => {
    const noted = of('examples').filter((entry) => (entry.data as Data)['placeNote']);
    expect(noted.length).toBeGreaterThan(2);
    for (const entry of noted) {
      const facts = text(first(page(entryHref('examples', entry.id)), (tag) => tag.name === 'dl'));
      const data = entry.data as Data;
      expect(facts).toContain(
        `Nơi thực hiện ${collapseWhiteSpace(String(data['place']))} Về địa danh ${collapseWhiteSpace(String(data['placeNote']))}`,
      );
    }
  });
});

describe('nguồn đánh số', () => {
  const withNotes = entryPages.filter((entry) => /\[\^[^\]]+\]:/.test(entry.body));

  it('có nhiều trang có nguồn đánh số', () => expect(withNotes.length).toBeGreaterThan(20));

  it.each(withNotes.map((entry) => [entryHref(entry.collection, entry.id), entry] as const))(
    '%s: phần "Nguồn" có tiêu đề hiện ra; "Nguồn công khai" không lặp lại nguồn đã đánh số',
    (path) => {
      const html = page(path);
      const notes = first(html, (tag) => tag.name === 'section' && tag.attributes.has('data-footnotes'));
      // Its first element, the heading, shown: only an id, not the `sr-only` class remark-gfm gives it.
      const heading = within(html, notes)[1];
      expect(heading && [heading.name, [...heading.attributes], heading.text]).toEqual([
        'h2',
        [['id', 'footnote-label']],
        'Nguồn',
      ]);
      const numbered = hrefs(within(html, notes)).filter((href) => href.startsWith('http'));
      expect(numbered.length).toBeGreaterThan(0);
      const listed = hrefs(within(html, section(html, 'nguon-cong-khai')));
      expect(listed.filter((href) => numbered.includes(href))).toEqual([]);
    },
  );

  it('mỗi đường quay lại mang số hiện trên nó trong nhãn, ngoài ngoặc đơn', () => {
    let reruns = 0;
    for (const entry of withNotes) {
      const html = page(entryHref(entry.collection, entry.id));
      const backLinks = elementsOf(html).filter(
        (tag) => tag.name === 'a' && tag.attributes.has('aria-label') && /^↩\d*$/.test(tag.text),
      );
      for (const link of backLinks) {
        const label = link.attributes.get('aria-label')!;
        const shown = elementsIn(html, link).find((tag) => tag.name === 'sup')?.text;
        expect(label).not.toMatch(/[()]/);
        if (shown) {
          reruns += 1;
          expect(label).toMatch(new RegExp(`, lần thứ ${shown}$`));
        }
      }
    }
    expect(reruns).toBeGreaterThan(0);
  });
});
