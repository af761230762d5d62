/**
 * What a test needs to know of a PDF that Chromium printed: its number of pages and
 * their size. Chromium writes the page tree uncompressed, so reading the dictionaries is
 * enough; the two ways of counting must agree, or the reading is wrong.
 */

/** The number of pages of a PDF. */
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const trees = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((match) =>
    Number(match[1]),
  );
  const pages = [...text.matchAll(/\/Type\s*\/Page(?![a-zA-Z])/g)].length;
  const total = Math.max(0, ...trees);
  if (total !== pages) throw new Error(`PDF khó đọc: cây trang ghi ${total} trang, đếm được ${pages}.`);
  return total;
}

/** The size of each page, in millimetres, rounded. */
export function pdfPageSizes(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((match) => ({
    width: Math.round((Number(match[1]) * 25.4) / 72),
    height: Math.round((Number(match[2]) * 25.4) / 72),
  }));
}
