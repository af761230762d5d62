/**
 * Paragraph ids of a plan, in the plan's own numbering (SPEC §2): `section.item.bullet`,
 * e.g. `II.1.4`; `preamble` for the opening "Căn cứ…" paragraph. On a page the id is an
 * HTML anchor with hyphens: `#II-1-4`.
 */

/** The id of the opening "Căn cứ…" paragraph. */
export const PREAMBLE_ID = 'preamble';

/** What a well-formed paragraph id looks like (it may still be absent from the plan). */
export const PARAGRAPH_ID_PATTERN = /^(?:preamble|[IVX]+\.[1-9]\d*\.[1-9]\d*)$/;

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'] as const;

/** The roman numeral of section `n` (1-based), as the plan writes it. */
export function romanNumeral(n: number): string {
  const numeral = ROMAN[n - 1];
  if (numeral === undefined) throw new RangeError(`Mục số ${n} nằm ngoài I–X`);
  return numeral;
}

/** The position (1-based) of a roman section numeral, or `undefined` for anything else. */
export function romanValue(numeral: string): number | undefined {
  const index = ROMAN.indexOf(numeral as (typeof ROMAN)[number]);
  return index === -1 ? undefined : index + 1;
}

/** Builds the id of paragraph `paragraph` of item `item` of section `section`. */
export function paragraphId(section: string, item: number, paragraph: number): string {
  return `${section}.${item}.${paragraph}`;
}

/** The HTML anchor of a paragraph id: `II.1.4` → `II-1-4`. */
export function paragraphAnchor(id: string): string {
  return id.replaceAll('.', '-');
}

/** The URL of a paragraph on its plan page: `/ke-hoach/2022/#II-1-4`. */
export function paragraphHref(year: number | string, id: string): string {
  return `/ke-hoach/${year}/#${paragraphAnchor(id)}`;
}

/** How a paragraph id is read out to people: `II.1.4` → `Mục II.1, ý 4`; `preamble` → `Căn cứ`. */
export function paragraphLabel(id: string): string {
  if (id === PREAMBLE_ID) return 'Căn cứ';
  const [section, item, bullet] = id.split('.');
  return `Mục ${section}.${item}, đoạn ${bullet}`;
}

/** The short code a paragraph shows on the plan page: `II.1.4` as is; `preamble` → `Căn cứ`. */
export function paragraphCode(id: string): string {
  return id === PREAMBLE_ID ? 'Căn cứ' : id;
}

/** Sort key that puts ids in the plan's reading order (preamble first). */
export function paragraphOrder(id: string): number {
  if (id === PREAMBLE_ID) return 0;
  const [section, item, bullet] = id.split('.');
  return (romanValue(section ?? '') ?? 99) * 10_000 + Number(item) * 100 + Number(bullet);
}

/** Compares two paragraph ids in reading order, for `Array.prototype.sort`. */
export function compareParagraphIds(a: string, b: string): number {
  return paragraphOrder(a) - paragraphOrder(b);
}
