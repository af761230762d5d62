/**
 * Vietnamese text helpers: normalisation, tone-mark folding and slugs.
 * Pure functions, shared by content checks, routes and search.
 */

/** NFC-normalises text and collapses every run of white space (NBSP included) to one space. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * Removes tone marks and other diacritics and turns đ/Đ into d/D.
 * `đ` (U+0111) has no Unicode decomposition, so NFD alone leaves it in place.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Makes a URL slug: folded to ASCII, lower case, words joined by single hyphens. */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The slug of a document symbol, as SPEC §2 fixes it: `01-KL/TW` → `01-kl-tw`,
 * `06/NQ-ĐCT` → `06-nq-dct`.
 */
export function symbolToSlug(symbol: string): string {
  return slugify(symbol);
}

/** The key under which document symbols are compared: `01-kl/tw` and `01-KL/TW` are one document. */
export function symbolKey(symbol: string): string {
  return normalizeText(symbol).toUpperCase();
}
