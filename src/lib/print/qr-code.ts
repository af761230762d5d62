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

/** An SVG QR code for `url`, with `role="img"`, an accessible name and a <title>. */
export async function qrCodeSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 0 });
  const label = escapeXml(qrCodeLabel(url));
  return svg
    .trim()
    .replace('<svg ', `<svg role="img" aria-label="${label}" `)
    .replace(/(<svg[^>]*>)/, `$1<title>${label}</title>`);
}
