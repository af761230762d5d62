import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { QR_ERROR_CORRECTION, qrCodeLabel, qrCodeSvg } from '../../../../src/lib/print/qr-code.ts';

const URL_ = 'https://so-tay.example.vn/bai-giang/bai-giang-doan-ket-toan-dan/';

describe('qrCodeSvg', () => {
  it('là một hình SVG có tên “Mã QR…” cho công nghệ hỗ trợ, kèm <title>', async () => {
    const svg = await qrCodeSvg(URL_);
    expect(svg).toMatch(
      /^<svg role="img" aria-label="Mã QR dẫn đến trang này: https:\/\/so-tay\.example\.vn\/bai-giang\//,
    );
    expect(svg).toContain(`<title>${qrCodeLabel(URL_)}</title>`);
    expect(svg.match(/<title>/g)).toHaveLength(1);
  });

  it('không có khai báo không gian tên, không có ô nền trắng: trong HTML và trên giấy không cần', async () => {
    const svg = await qrCodeSvg(URL_);
    expect(svg).not.toContain('xmlns=');
    expect(svg).not.toContain('fill="#ffffff"');
    expect(svg).toMatch(/<path stroke="#000000" d="M0 0\.5h7/);
  });

  it('mã hóa đúng địa chỉ trang: cùng ma trận với thư viện qrcode, không lề', async () => {
    const { modules } = QRCode.create(URL_, { errorCorrectionLevel: QR_ERROR_CORRECTION });
    const svg = await qrCodeSvg(URL_);
    expect(svg).toContain(`viewBox="0 0 ${modules.size} ${modules.size}"`);
    expect(await qrCodeSvg(URL_)).toBe(svg);
    expect(await qrCodeSvg(`${URL_}khac/`)).not.toBe(svg);
  });

  it('thoát ký tự đặc biệt trong nhãn', async () => {
    const svg = await qrCodeSvg('https://so-tay.example.vn/?a=1&b="2"');
    expect(svg).toContain(
      'aria-label="Mã QR dẫn đến trang này: https://so-tay.example.vn/?a=1&amp;b=&quot;2&quot;"',
    );
  });
});
