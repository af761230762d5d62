/**
 * Numbered sources in entry bodies are GFM footnotes (`…ngày 18/5/2021[^kl01].`). Sätteri
 * labels their section "Footnotes" and each way back "Back to reference 1"; readers of
 * the handbook read Vietnamese, so the section is "Nguồn" and the way back is
 * "Quay lại chỗ dẫn 1" (screen readers announce it; the arrow stays the visible mark).
 * The section's heading is shown, not only announced: the sources are part of the page.
 */
import { defineHastPlugin, type Features } from 'satteri';
import { FOOTNOTES_HEADING_ID } from '../format/footnotes.ts';

/**
 * The accessible label of a footnote's way back to its `rerunIndex`-th citation. A source
 * cited again shows "↩2": the label carries that number outside any parentheses, since
 * axe's label-content-name-mismatch drops parenthesised words before it looks for the
 * visible text in the name (WCAG 2.5.3, "Label in Name").
 */
export function backReferenceLabel(referenceNumber: number, rerunIndex: number): string {
  return rerunIndex > 1
    ? `Quay lại chỗ dẫn ${referenceNumber}, lần thứ ${rerunIndex}`
    : `Quay lại chỗ dẫn ${referenceNumber}`;
}

/** GFM with footnotes labelled in Vietnamese: pass as `features.gfm` to Sätteri. */
export const VIETNAMESE_GFM = {
  footnotes: { label: 'Nguồn', backLabel: backReferenceLabel },
} satisfies Features['gfm'];

/**
 * The Sätteri hast plugin that shows the heading "Nguồn" of the footnotes section: Sätteri
 * hides it for screen readers only (`class="sr-only"`), as GitHub does. Left unclassed, it
 * looks like the body's other `##` headings and is listed in the table of contents.
 */
export const visibleFootnotesHeading = defineHastPlugin({
  name: 'visible-footnotes-heading',
  element: {
    filter: ['h2'],
    visit(node, ctx) {
      if (node.properties?.['id'] === FOOTNOTES_HEADING_ID) ctx.setProperty(node, 'className', null);
    },
  },
});
