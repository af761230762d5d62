/**
 * The QR code printed on a handout, back to the page it was printed from: an SVG made at
 * build time with `qrcode`, labelled so that assistive technology names it as a QR code.
 */
import QRCode from 'qrcode';

/** What the QR code is announced as: "Mã QR dẫn đến trang này: https://…". */
export function qrCodeLabel(url: string): string {
  return `Mã QR dẫn đến trang này: ${url}`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** How much of a damaged code can be recovered. */
export const QR_ERROR_CORRECTION = 'L';

/** An SVG QR code for `url`, with `role="img"`, an accessible name and a <title>. */
export async function qrCodeSvg(url: string): Promise<string> {
  // Level L (7 % recovery) is enough for a code printed on clean paper, and a version
  // smaller than M for the site's addresses: every page carries the code (the weight budget).
  const svg = await QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: QR_ERROR_CORRECTION,
    margin: 0,
  });
  const label = escapeXml(qrCodeLabel(url));
  // Inline in HTML the SVG needs no namespace, and on paper no white background square.
  return svg
    .trim()
    .replace(' xmlns="http://www.w3.org/2000/svg"', '')
    .replace(/<path fill="#ffffff"[^>]*\/>/, '')
    .replace('<svg ', `<svg role="img" aria-label="${label}" `)
    .replace(/(<svg[^>]*>)/, `$1<title>${label}</title>`);
}
