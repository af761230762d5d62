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
import { builtPages, decodeHtml, elementsOf } from './built-site.ts';

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

/** Text of some HTML: tags dropped, entities decoded, spaces collapsed. */
function text(html: string): string {
  return decodeHtml(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The element that opens with the first match of `start` (a tag's beginning), up to its closing tag. */
function element(html: string, start: string): string {
  const from = html.indexOf(start);
  if (from === -1) return '';
  const tag = /^<([a-z0-9]+)/.exec(start)![1]!;
  let depth = 0;
  for (const match of html.slice(from).matchAll(new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g'))) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return html.slice(from, from + match.index + match[0].length);
  }
  return html.slice(from);
}

/** The site paths an HTML fragment links to. */
function hrefs(html: string): string[] {
  return elementsOf(html).flatMap((tag) => tag.attributes.get('href') ?? []);
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
    for (const change of changes) expect(html).toContain(`id="${change.id}"`);
  });

  it.each(changes.map((change) => [change.id, change.data as Data] as const))(
    '#%s: ngày, tóm tắt, cách đọc kế hoạch, nguồn đánh số',
    (id, data) => {
      const section = element(html, `<section aria-labelledby="${id}"`);
      const date = dateText(data['date']);
      expect(section).toContain(`<time datetime="${date}">${formatDateVi(date)}</time>`);
      expect(text(section)).toContain(text(String(data['summary'])));
      expect(text(section)).toContain(text(String(data['readingNote'])));
      const sources = element(section, '<ol');
      const links = data['links'] as Link[];
      expect(sources.match(/<li>/g)).toHaveLength(links.length);
      for (const link of links) {
        expect(hrefs(sources)).toContain(link.url);
        expect(text(sources)).toContain(text(link.title));
        if (link.publisher) expect(text(sources)).toContain(text(link.publisher));
      }
    },
  );

  it.each(changes.map((change) => [change.id] as const))(
    '#%s: liệt kê đúng các mục nhắc đến nó (tính từ nội dung, không gõ tay)',
    (id) => {
      const section = element(html, `<section aria-labelledby="${id}"`);
      const affected = section.includes('Các mục liên quan trong sổ tay')
        ? hrefs(element(section.slice(section.indexOf('Các mục liên quan trong sổ tay')), '<ul'))
        : [];
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
      const header = element(html.slice(html.indexOf('<article')), '<header');
      expect(header).toContain('Đã thay đổi từ năm 2022:');
      for (const key of changesOf(entry)) expect(hrefs(header)).toContain(`/thay-doi/#${key}`);
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
      const at = html.indexOf(`id="${entry.id}"`);
      const block = html.slice(at, html.indexOf(' id="', at + 5));
      for (const key of changesOf(entry)) expect(hrefs(block), entry.id).toContain(`/thay-doi/#${key}`);
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
      expect(text(element(html, '<h1'))).toBe(text(String(data['title'])));
      expect(element(html, '<nav aria-label="Đường dẫn"')).toContain('href="/"');
      expect(html).toContain('data-pagefind-body');
      expect(html).toContain(`Thông tin tính đến <time datetime="${dateText(data['updated'])}">`);
      expect(html).toMatch(/<h2 id="footnote-label">Nguồn<\/h2>/);
      expect(sitemapXml).toContain(`${path}</loc>`);
    },
  );

  it('người dân gặp trang giải thích ở trang chủ (ô dành cho người dân) và ở chân trang', () => {
    const home = page('/');
    expect(hrefs(element(home, '<section aria-labelledby="nguoi-dan"'))).toContain(
      '/mat-tran-to-quoc-viet-nam-la-gi/',
    );
    expect(hrefs(element(home, '<footer'))).toContain('/mat-tran-to-quoc-viet-nam-la-gi/');
  });

  it('cán bộ gặp trang cấp xã ở bảng trách nhiệm và trang Ban Thường trực huyện, quận', () => {
    expect(hrefs(page('/don-vi/'))).toContain('/cap-xa-va-khu-dan-cu/');
    expect(hrefs(page('/don-vi/ban-thuong-truc-huyen-quan/'))).toContain('/cap-xa-va-khu-dan-cu/');
  });

  it('dữ liệu mở có thay đổi và trang đứng riêng', () => {
    expect(OPEN_DATA_COLLECTIONS).toEqual(expect.arrayContaining(['changes', 'pages']));
    for (const collection of ['changes', 'pages'] as const)
      expect(existsSync(`dist${apiPath(collection)}`)).toBe(true);
  });
});

describe('mọi trang', () => {
  // The site's footer; a slide view fills the screen without it.
  const FOOTER = '<footer class="mt-16';
  const withFooter = builtPages().filter((built) => built.html.includes(FOOTER));

  it('chân trang nói sổ tay là tài liệu tham khảo, không phải văn bản chính thức', () => {
    expect(withFooter.length).toBeGreaterThan(50);
    for (const built of withFooter) {
      const footer = element(built.html, FOOTER);
      expect(text(footer), built.path).toContain(REFERENCE_NOTICE);
      expect(hrefs(footer), built.path).toContain('/thay-doi/');
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
    const note = element(html, '<p class="mx-auto mt-4 max-w-2xl rounded-md');
    expect(text(note)).toContain('Đây là kế hoạch của năm 2022');
    expect(hrefs(note)).toContain('/thay-doi/');
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
    const dd = element(html.slice(html.indexOf('Hiệu lực hiện nay</dt>')), '<dd');
    expect(text(dd)).toContain(DOCUMENT_STATE_LABELS[status.state]);
    expect(text(dd)).toContain(`kiểm tra ngày ${formatDateVi(dateText(status.checked))}`);
    if (status.replacedBy) expect(hrefs(dd)).toContain(entryHref('documents', status.replacedBy));
    if (status.source) {
      if (body.includes(`[^${status.source}]`)) {
        expect(hrefs(dd)).toContain(`#user-content-fn-${status.source}`);
        expect(html).toContain(`<li id="user-content-fn-${status.source}">`);
      } else {
        const link = (data['links'] as Link[]).find((candidate) => candidate.id === status.source)!;
        expect(hrefs(dd)).toContain(link.url);
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
    expect(hrefs(element(html.slice(html.indexOf('Toàn văn</dt>')), '<dd'))).toContain(url);
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
    const apart = hrefs(element(html, '<section aria-labelledby="van-ban-boi-canh"'));
    const byIssuer = hrefs(element(html, '<section aria-labelledby="theo-co-quan"'));
    const byDate = hrefs(element(html, '<section aria-labelledby="theo-thoi-gian"'));
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
    const apartAt = html.indexOf('<section aria-labelledby="van-ban-boi-canh"');
    expect(apartAt).toBeGreaterThan(0);
    const map = html.slice(0, apartAt);
    const apart = hrefs(element(html, '<section aria-labelledby="van-ban-boi-canh"'));
    for (const entry of documents.filter(isContext)) {
      expect(hrefs(map)).not.toContain(entryHref('documents', entry.id));
      expect(apart).toContain(entryHref('documents', entry.id));
    }
    const cited = documents.filter((entry) => !isContext(entry)).length;
    expect(text(map)).toContain(`bên trái ${cited} văn bản mà kế hoạch trích dẫn`);
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
        const dd = element(html.slice(html.indexOf('Hiện nay</dt>')), '<dd');
        expect(text(dd)).toContain(ORGANIZATION_STATE_LABELS[status.state]);
        expect(text(dd)).toContain(`kiểm tra ngày ${formatDateVi(dateText(status.checked))}`);
      }
      for (const channel of (data['contact'] as { url: string; label: string }[] | undefined) ?? []) {
        const dd = element(html.slice(html.indexOf('Liên hệ</dt>')), '<dd');
        expect(hrefs(dd)).toContain(channel.url);
        expect(text(dd)).toContain(text(channel.label));
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
      const facts = text(element(page(entryHref('examples', entry.id)), '<dl'));
      const data = entry.data as Data;
      expect(facts).toContain(
        `Nơi thực hiện ${text(String(data['place']))} Về địa danh ${text(String(data['placeNote']))}`,
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
      const notes = element(html, '<section data-footnotes');
      expect(notes).toMatch(/^<section data-footnotes[^>]*><h2 id="footnote-label">Nguồn<\/h2>/);
      const numbered = hrefs(notes).filter((href) => href.startsWith('http'));
      expect(numbered.length).toBeGreaterThan(0);
      const listed = hrefs(element(html, '<section aria-labelledby="nguon-cong-khai"'));
      expect(listed.filter((href) => numbered.includes(href))).toEqual([]);
    },
  );

  it('mỗi đường quay lại mang số hiện trên nó trong nhãn, ngoài ngoặc đơn', () => {
    let reruns = 0;
    for (const entry of withNotes) {
      const html = page(entryHref(entry.collection, entry.id));
      for (const [, label, shown] of html.matchAll(
        /aria-label="([^"]*)"[^>]*>↩(?:<sup>(\d+)<\/sup>)?<\/a>/g,
      )) {
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
