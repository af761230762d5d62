/**
 * What the calendar's subscription box and the printed QR code give a reader, with the
 * site's address and without it (src/lib/site-config.ts; SPEC §6: no placeholder address,
 * no QR code or absolute URL without a configured address).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import CalendarSubscribe from '../../src/components/calendar/CalendarSubscribe.astro';
import PrintTools from '../../src/components/print/PrintTools.astro';

const ADDRESS = 'https://sotay.mattran.haiphong.vn/';
const THEME = 'chu-de/doan-ket-toan-dan/';

/** Renders a component as the build would, with `site` set to `address` or left unset. */
async function render(
  component: Parameters<AstroContainer['renderToString']>[0],
  address: string | undefined,
  props: Record<string, unknown> = {},
): Promise<string> {
  const container = await AstroContainer.create({ astroConfig: address ? { site: address } : {} });
  return container.renderToString(component, {
    props,
    request: new Request(new URL(THEME, ADDRESS)),
  });
}

describe.each([
  ['có địa chỉ', ADDRESS],
  ['không có địa chỉ', undefined],
])('%s', (_, address) => {
  it('hộp "Thêm vào lịch của bạn": luôn tải được cả lịch; đăng ký webcal: và địa chỉ lịch chỉ khi có địa chỉ', async () => {
    const html = await render(CalendarSubscribe, address, { count: 8 });
    expect(html).toContain('<a href="/lich.ics"');
    expect(html).toContain('cả lịch (8 ngày, tệp .ics)');
    if (address) {
      expect(html).toContain('href="webcal://sotay.mattran.haiphong.vn/lich.ics"');
      expect(html).toContain(`${ADDRESS}lich.ics`);
    } else {
      expect(html).not.toContain('webcal:');
      expect(html).not.toMatch(/https?:\/\//);
      expect(html).not.toContain('Đăng ký lịch');
    }
  });

  it('mã QR in trên tài liệu: chỉ khi có địa chỉ, và trỏ về đúng trang', async () => {
    const html = await render(PrintTools, address);
    expect(html).toContain('In tài liệu');
    if (address) {
      expect(html).toContain('class="print-qr');
      expect(html).toContain(`aria-label="Mã QR dẫn đến trang này: ${ADDRESS}${THEME}"`);
    } else {
      expect(html).not.toContain('print-qr');
      expect(html).not.toContain('<svg role="img"');
      expect(html).not.toMatch(/https?:\/\//);
    }
  });
});
