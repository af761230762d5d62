import { expect, test } from './fixtures.ts';
import { events } from './trainer-content.ts';
import { readIcs } from '../unit/lib/calendar/read-ics.ts';

/** "2022-05-13" → "13/5/2022", as the page writes dates. */
function vietnameseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day}/${month}/${year}`;
}

test.describe('lịch các ngày kỷ niệm', () => {
  test('xếp theo tháng: mỗi sự kiện nằm dưới đúng tháng, theo thứ tự ngày', async ({ page }) => {
    await page.goto('/lich/');
    const months = [
      ...new Set([...events].sort((a, b) => a.date.localeCompare(b.date)).map((e) => e.date.slice(0, 7))),
    ];
    await expect(page.getByRole('heading', { level: 2, name: /^Tháng \d+\/\d{4}$/ })).toHaveText(
      months.map((month) => `Tháng ${Number(month.slice(5))}/${month.slice(0, 4)}`),
    );
    for (const event of events) {
      const month = `Tháng ${Number(event.date.slice(5, 7))}/${event.date.slice(0, 4)}`;
      const section = page.getByRole('region', { name: month });
      await expect(section.locator(`#${event.id}`)).toContainText(
        `${vietnameseDate(event.date)} — ${event.name}`,
      );
    }
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
});
