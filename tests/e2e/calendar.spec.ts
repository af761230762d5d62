import { expect, test } from './fixtures.ts';
import { events } from './trainer-content.ts';
import { readIcs } from '../unit/lib/calendar/read-ics.ts';

/** "2022-05-13" → "13/5/2022", as the page writes dates. */
function vietnameseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day}/${month}/${year}`;
}

test.describe('lịch các ngày kỷ niệm', () => {
  test('xếp theo tháng trong năm: ngày kỷ niệm hằng năm không mang năm 2022, sự kiện một lần giữ năm của nó', async ({
    page,
  }) => {
    // A reader of 2030: the yearly days are theirs, not the plan's year's.
    await page.clock.setFixedTime(new Date('2030-06-01T09:00:00+07:00'));
    await page.goto('/lich/');
    const monthOf = (event: (typeof events)[number]) => Number(event.date.slice(5, 7));
    const months = [...new Set(events.map(monthOf))].sort((a, b) => a - b);
    const headings = page.getByRole('heading', { level: 2, name: /^Tháng \d+/ });
    await expect(headings).toHaveText(
      months.map((month) => new RegExp(`^\\s*Tháng ${month}(?:/\\d{4})?\\s*$`)),
    );
    expect(events.some((event) => event.since !== undefined)).toBe(true);
    expect(events.some((event) => event.since === undefined)).toBe(true);
    for (const event of events) {
      const [year, month, day] = event.date.split('-').map(Number);
      const yearly = event.since !== undefined;
      const heading = headings.nth(months.indexOf(month!));
      // A month with a yearly day is every year's month: its heading names no year.
      if (yearly) await expect(heading).toHaveText(`Tháng ${month}`);
      const item = page
        .getByRole('region', { name: (await heading.textContent())!.trim() })
        .locator(`#${event.id}`);
      await expect(item.getByRole('heading', { level: 3 })).toHaveText(
        yearly ? `${day}/${month} — ${event.name}` : `${vietnameseDate(event.date)} — ${event.name}`,
      );
      if (!yearly) expect(year).toBe(2022);
    }
    // Nothing yearly still claims 2022: no month heading, no date of an anniversary.
    for (const event of events.filter((e) => e.since !== undefined))
      await expect(page.locator(`#${event.id} h3`)).not.toContainText('2022');
  });

  test('mỗi sự kiện dẫn đến chủ đề, cuộc vận động của nó và có tệp .ics riêng đúng ngày', async ({
    page,
  }) => {
    await page.goto('/lich/');
    for (const event of events) {
      const item = page.locator(`#${event.id}`);
      for (const theme of event.themes)
        await expect(item.locator(`a[href="/chu-de/${theme}/"]`)).toBeVisible();
      for (const campaign of event.campaigns) {
        await expect(item.locator(`a[href="/cuoc-van-dong/${campaign}/"]`)).toBeVisible();
      }
      const link = item.getByRole('link', { name: 'Thêm ngày này vào lịch (.ics)' });
      const response = await page.request.get((await link.getAttribute('href'))!);
      expect(response.ok()).toBe(true);
      const read = readIcs(await response.text());
      expect(read.events.map((e) => [e.summary, e.start])).toEqual([[event.name, event.date]]);
    }
  });

  test('tải cả lịch: tệp .ics có mọi sự kiện', async ({ page }) => {
    await page.goto('/lich/');
    const link = page.getByRole('link', { name: /^cả lịch \(\d+ ngày, tệp \.ics\)$/ });
    const response = await page.request.get((await link.getAttribute('href'))!);
    expect(response.headers()['content-type']).toContain('text/calendar');
    const read = readIcs(await response.text());
    expect(read.events.map((e) => `${e.start} ${e.summary}`).sort()).toEqual(
      events.map((e) => `${e.date} ${e.name}`).sort(),
    );
  });

  test('liên kết #mã của một sự kiện (từ các trang khác) đến đúng mục', async ({ page }) => {
    const event = events[0]!;
    await page.goto(`/lich/#${event.id}`);
    await expect(page.locator(`#${event.id}`)).toBeInViewport();
  });

  test('ngày kỷ niệm hằng năm: đếm số năm theo năm của người đọc, lặp lại hằng năm trong tệp .ics', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2030-06-01T09:00:00+07:00'));
    await page.goto('/lich/');
    const party = page.locator('#ngay-thanh-lap-dang-2022');
    await expect(party).toContainText('Hằng năm · năm 2030: kỷ niệm 100 năm (từ năm 1930)');
    // An occasion without a known origin has no count and does not repeat.
    await expect(page.locator('#le-trao-giai-bao-chi-dai-doan-ket-2022')).not.toContainText('Hằng năm');

    const ics = await (await page.request.get('/lich.ics')).text();
    const vevents = ics.split('BEGIN:VEVENT').slice(1);
    const yearly = vevents.filter((vevent) => vevent.includes('RRULE:FREQ=YEARLY'));
    expect(yearly).toHaveLength(events.filter((event) => event.since !== undefined).length);
    expect(vevents.find((vevent) => vevent.includes('UID:ngay-thanh-lap-dang-2022@'))).toContain(
      'RRULE:FREQ=YEARLY',
    );
  });

  test('mỗi sự kiện có nút "Thêm vào Google Lịch" là một liên kết, mở mẫu sự kiện đúng ngày', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).hostname));
    await page.goto('/lich/');
    for (const event of events) {
      const link = page.locator(`#${event.id}`).getByRole('link', { name: 'Thêm vào Google Lịch' });
      const url = new URL((await link.getAttribute('href'))!);
      expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
      expect(url.searchParams.get('action')).toBe('TEMPLATE');
      expect(url.searchParams.get('text')).toBe(event.name);
      expect(url.searchParams.get('dates')!.slice(0, 8)).toBe(event.date.replaceAll('-', ''));
      expect(url.searchParams.get('recur')).toBe(event.since === undefined ? null : 'RRULE:FREQ=YEARLY');
    }
    expect(requested.filter((host) => host.endsWith('google.com'))).toEqual([]);
  });

  test('máy tính: có nút đăng ký webcal: và đường dẫn; điện thoại: không có nút webcal, vẫn tải được .ics', async ({
    page,
  }) => {
    await page.goto('/lich/');
    const subscribe = page.getByRole('link', { name: 'Đăng ký lịch (tự cập nhật)' });
    await expect(subscribe).toBeVisible();
    await expect(subscribe).toHaveAttribute('href', /^webcal:\/\/[^/]+\/lich\.ics$/);
    await expect(page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link')).toHaveText([
      'Trang chủ',
    ]);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(subscribe).toBeHidden();
    await expect(page.getByRole('link', { name: /^cả lịch \(\d+ ngày, tệp \.ics\)$/ })).toBeVisible();
    await expect(
      page.locator('#quoc-khanh-2022').getByRole('link', { name: 'Thêm vào Google Lịch' }),
    ).toBeVisible();
  });
});
