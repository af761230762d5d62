/**
 * An entry made in the web editor reaches the site (issue 18): the model example that the
 * browser test creates by walking the editors' guide in the editor's UI — with a plan
 * paragraph, a campaign reference and a source link — is the committed file
 * tests/fixtures/editor-guide/ (the walk fails if what it saves differs by a byte). It is
 * in the fixture site that the integration project builds once (fixture-site.ts), whose
 * plan and campaigns hold the paragraph and campaign it cites; the new page is at its URL
 * with its text, and the site's search, on the real Pagefind index of that build, finds it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { GUIDE_ENTRY } from '../../scripts/lib/editor-guide.ts';
import { createSearchEngine } from '../../src/lib/search/engine.ts';
import { collapseWhiteSpace } from '../../src/lib/text/html.ts';
import { elementsOf } from '../site/elements.ts';
import { loadSearchOf, topUrls } from '../site/search-node.ts';

const { dist } = inject('fixtureSite');
const { id: ID, data } = GUIDE_ENTRY;

describe('the example the editor’s guide walk saved reaches the site', () => {
  it('the page is at its URL, with its text, its plan paragraph, campaign and source', () => {
    const html = readFileSync(join(dist, 'dien-hinh', ID, 'index.html'), 'utf8');
    const elements = elementsOf(html);
    const hrefs = elements.flatMap((tag) => tag.attributes.get('href') ?? []);
    expect(collapseWhiteSpace(elements.find((tag) => tag.name === 'h1')?.text ?? '')).toContain(data.title);
    expect(html).toContain(GUIDE_ENTRY.previewText);
    expect(hrefs).toContain(data.source.url);
    expect(hrefs).toContain(`/cuoc-van-dong/${data.campaign}/`);
    expect(hrefs).toContain(`/ke-hoach/${data.plan}/#${data.paragraph.replaceAll('.', '-')}`);
  });

  it('the site’s search finds it in the index built with it', async () => {
    const { pagefind, dictionary } = await loadSearchOf(dist);
    const engine = createSearchEngine(pagefind, dictionary);
    expect(await topUrls(engine, 'mục thử nghiệm của trình sửa', 3)).toContain(`/dien-hinh/${ID}/`);
  });
});
