/**
 * Numbered sources in entry bodies are GFM footnotes (`…ngày 18/5/2021[^kl01].`). Sätteri
 * labels their section "Footnotes" and each way back "Back to reference 1"; readers of
 * the handbook read Vietnamese, so the section is "Nguồn" and the way back is
 * "Quay lại chỗ dẫn 1" (screen readers announce it; the arrow stays the visible mark).
 */
import type { Features } from 'satteri';

/** The accessible label of a footnote's `n`-th way back to where it is cited (`k`-th citation). */
export function backReferenceLabel(referenceNumber: number, rerunIndex: number): string {
  return rerunIndex > 1
    ? `Quay lại chỗ dẫn ${referenceNumber} (lần thứ ${rerunIndex})`
    : `Quay lại chỗ dẫn ${referenceNumber}`;
}

/** GFM with footnotes labelled in Vietnamese: pass as `features.gfm` to Sätteri. */
export const VIETNAMESE_GFM = {
  footnotes: { label: 'Nguồn', backLabel: backReferenceLabel },
} satisfies Features['gfm'];
