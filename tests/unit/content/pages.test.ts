/**
 * The stand-alone pages of issue 16, checked on the real content: both exist; the commune
 * and residential-area page says plainly what the plan gives that level (its two
 * paragraphs, quoted) in a summary short enough to stand alone on the home page.
 */
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/lib/format/trainer-text.ts';
import { inspectSource } from '../../../src/lib/content-check/mdx-policy.ts';
import { dataOf, entriesOf, idsOf } from './real-content.ts';

const WHAT_IS_THE_FRONT = 'mat-tran-to-quoc-viet-nam-la-gi';
const COMMUNES = 'cap-xa-va-khu-dan-cu';
/** The home page reuses the commune page's summary as one paragraph. */
const SUMMARY_MAX_WORDS = 60;

describe('các trang đứng riêng', () => {
  it('có trang "Mặt trận Tổ quốc Việt Nam là gì?" và trang cấp xã, khu dân cư', () => {
    expect(idsOf('pages')).toEqual(expect.arrayContaining([WHAT_IS_THE_FRONT, COMMUNES]));
  });

  it(`tóm tắt trang cấp xã, khu dân cư không quá ${SUMMARY_MAX_WORDS} chữ`, () => {
    const summary = String(dataOf('pages', COMMUNES)?.['summary'] ?? '');
    expect(countWords(summary)).toBeGreaterThan(0);
    expect(countWords(summary)).toBeLessThanOrEqual(SUMMARY_MAX_WORDS);
  });

  it('trang cấp xã, khu dân cư trích nguyên văn hai đoạn của kế hoạch: III.2.1 và II.3.3', () => {
    const entry = entriesOf('pages').find((page) => page.id === COMMUNES)!;
    const quoted = inspectSource(entry.mdxSource!)
      .components.filter((use) => use.name === 'PlanQuote')
      .map((use) => use.attributes['paragraph']);
    expect(quoted).toEqual(expect.arrayContaining(['III.2.1', 'II.3.3']));
  });
});
