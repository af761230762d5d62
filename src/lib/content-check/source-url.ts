/**
 * Whether a URL can stand as a source (issue 16, "Sources"): a source is the page that
 * says the thing — an article, a document, a notice — never a site's home page nor a
 * listing (a category, tag, topic, search or date archive), which says nothing itself and
 * changes every day. The rule reads only the URL, so it is a heuristic; it is written to
 * let every item page through, and to catch the shapes the content audit found
 * (`https://nhandan.vn`, `https://baotintuc.vn/tag/…`, `…/lists.aspx?Cat=32`, a month
 * archive such as `/hoi-dap-phap-luat/202202/`).
 *
 * In order, for a URL that parses:
 * 1. **An item wins.** A query parameter that names one item — a name ending in `id`
 *    (`ItemID`, `id`, `newsid`, `distid`…) other than a container's id (`catid`, `tabid`,
 *    `portalid`, `moduleid`, `langid`…), or WordPress's `p` — whose value holds a digit
 *    makes the URL an item page, whatever its path: `lists.aspx?Cat=32&ItemID=10247` and
 *    `Default.aspx?tabid=108&catid=515&distid=4980` are items.
 * 2. **A listing query.** A category, tag or search parameter (`Cat`, `catid`, `tag`, `q`,
 *    `s`, `keyword`…) without an item makes a listing: `lists.aspx?Cat=32`, `/?s=mặt trận`.
 * 3. **A home page.** Nothing after the host but index files (`index.html`,
 *    `Default.aspx`, `trang-chu`), language codes (`/vi/`) or portal prefixes (`/Pages/`,
 *    `/Home/`): `https://nhandan.vn`, `https://nhandan.vn/`, `https://site/vi/index.html`.
 * 4. **A listing path.** A path segment (its extension dropped) that is a listing word —
 *    `tag`, `tags`, `chuyen-muc`, `category`, `danh-muc`, `topic`, `tim-kiem`, `search`… —
 *    makes a listing, unless a later segment carries an article number (five digits or
 *    more, as news sites number their articles): `/tag/mat-tran` is a listing,
 *    `/chuyen-muc/thoi-su/bai-viet-20231117084012205.htm` an item.
 * 5. **A date archive or a further page of a list.** A path that ends in a year, a month
 *    (`/2022/`, `/2022/02/`, `/202202/`) or `/page/2`: `/hoi-dap-phap-luat/202202/`.
 *
 * A section front such as `https://baotintuc.vn/thoi-su/` has no mark a URL rule can read
 * without also catching real pages (`/gioi-thieu/`); link titles and the reviewer's
 * comparison with the excerpt catch those.
 */

/** Why a URL cannot be a source: it names a site's home page, or a listing of other pages. */
export type SourceUrlFault = 'homepage' | 'listing';

/** Query parameters ending in `id` that name a container, not one item. */
const CONTAINER_IDS = new Set([
  'catid',
  'cateid',
  'categoryid',
  'cid',
  'tabid',
  'portalid',
  'moduleid',
  'mid',
  'langid',
  'siteid',
  'zoneid',
  'menuid',
  'tagid',
  'topicid',
]);

/** Query parameters that select a list: a category, a tag, a search. */
const LISTING_PARAMS = new Set([
  'cat',
  'cate',
  'catid',
  'cateid',
  'category',
  'categoryid',
  'chuyenmuc',
  'danhmuc',
  'tag',
  'tags',
  'tagid',
  'topic',
  'topicid',
  'q',
  's',
  'query',
  'search',
  'keyword',
  'keywords',
  'tukhoa',
  'tu-khoa',
]);

/** Path segments that name a list of other pages. */
const LISTING_SEGMENTS = new Set([
  'tag',
  'tags',
  'chuyen-muc',
  'chuyenmuc',
  'category',
  'categories',
  'danh-muc',
  'danhmuc',
  'topic',
  'topics',
  'tim-kiem',
  'timkiem',
  'search',
  'label',
  'labels',
  'archive',
  'archives',
]);

/** Path segments a home page may carry: index files, languages, portal prefixes. */
const HOME_SEGMENTS = new Set(['index', 'default', 'home', 'trang-chu', 'trangchu', 'pages', 'portal']);
const LANGUAGE = /^(?:vi|vn|en|fr|zh|ja|ko|ru|vi-vn|en-us)$/;
/** An article number in a path segment, as news sites write them. */
const ARTICLE_NUMBER = /\d{5,}/;
/** A year (`2022`) or a month (`202202`, `2022-02`) standing alone. */
const DATE_SEGMENT = /^(?:19|20)\d{2}(?:-?\d{2})?$/;

/** The segments of a URL's path, decoded, lower-cased, each without its file extension. */
function segmentsOf(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      let decoded = segment;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        // A malformed escape: compare the segment as written.
      }
      return decoded.toLowerCase().replace(/\.(?:html?|php|aspx?|jsp|cfm)$/, '');
    });
}

/** True when the query names one item (step 1 of the rule). */
function namesAnItem(url: URL): boolean {
  return [...url.searchParams].some(([name, value]) => {
    const key = name.toLowerCase().replace(/[_-]/g, '');
    const itemKey = key === 'p' || (key.endsWith('id') && !CONTAINER_IDS.has(key));
    return itemKey && /\d/.test(value);
  });
}

/** Whether `url` is a home page or a listing rather than a page that can be a source; undefined when it is fine. */
export function sourceUrlFault(url: string): SourceUrlFault | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    // Not a URL at all: the schemas and the MDX policy report it.
    return undefined;
  }
  if (namesAnItem(parsed)) return undefined;
  const params = [...parsed.searchParams.keys()].map((name) => name.toLowerCase());
  if (params.some((name) => LISTING_PARAMS.has(name))) return 'listing';
  const segments = segmentsOf(parsed);
  if (segments.every((segment) => HOME_SEGMENTS.has(segment) || LANGUAGE.test(segment))) return 'homepage';
  const listingAt = segments.findIndex((segment) => LISTING_SEGMENTS.has(segment));
  if (listingAt !== -1 && !segments.slice(listingAt + 1).some((segment) => ARTICLE_NUMBER.test(segment)))
    return 'listing';
  let first = segments.length;
  while (first > 0 && /^\d+$/.test(segments[first - 1]!)) first--;
  const trailing = segments.slice(first);
  if (trailing.length > 0 && (DATE_SEGMENT.test(trailing[0]!) || segments[first - 1] === 'page'))
    return 'listing';
  return undefined;
}
