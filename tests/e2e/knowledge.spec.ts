/**
 * What a reader in 2026 meets on an entry whose subject changed since the plan: the
 * notice under the title leads to the change on /thay-doi/; the status of a document
 * leads to its numbered source; the sources are shown under a heading; every page says
 * the handbook is a reference.
 */
import { expect, test } from './fixtures.ts';

const DOCUMENT = '/van-ban/nq-quoc-hoi-co-che-dac-thu-hai-phong/';

test('thông báo dưới tiêu đề dẫn tới đúng thay đổi trên /thay-doi/', async ({ page }) => {
  await page.goto(DOCUMENT);
  const notice = page.getByText('Đã thay đổi từ năm 2022:');
  await expect(notice).toBeInViewport();
  await notice
    .locator('..')
    .getByRole('link', { name: /^Nghị quyết 226\/2025\/QH15/ })
    .click();
  await expect(page).toHaveURL('/thay-doi/#nq-226-2025-qh15-hai-phong');
  const heading = page.getByRole('heading', { level: 2, name: /^Nghị quyết 226\/2025\/QH15/ });
  await expect(heading).toBeInViewport();
  const change = page.getByRole('region', { name: /^Nghị quyết 226\/2025\/QH15/ });
  await expect(change.getByRole('heading', { level: 3, name: 'Nguồn' })).toBeVisible();
  // The change lists the entries it affects, this document among them.
  await change
    .getByRole('link', {
      name: 'Nghị quyết của Quốc hội (khóa XV) về thí điểm một số cơ chế, chính sách đặc thù phát triển thành phố Hải Phòng',
    })
    .click();
  await expect(page).toHaveURL(DOCUMENT);
});

test('hiệu lực của văn bản: thay thế bởi văn bản nào, số nguồn dẫn tới phần "Nguồn" hiện rõ', async ({
  page,
}) => {
  await page.goto(DOCUMENT);
  const facts = page.locator('dl').first();
  await expect(facts.getByText('Đã được thay thế bởi')).toBeVisible();
  await expect(facts.getByRole('link', { name: 'Nghị quyết 226/2025/QH15' })).toHaveAttribute(
    'href',
    '/van-ban/226-2025-qh15/',
  );
  const sources = page.getByRole('heading', { level: 2, name: 'Nguồn', exact: true });
  await expect(sources).toBeVisible();
  await facts.locator('sup a').click();
  await expect(page).toHaveURL(/#user-content-fn-diendandoanhnghiep-226$/);
  await expect(page.locator('#user-content-fn-diendandoanhnghiep-226')).toBeInViewport();
});

test('chân trang nói sổ tay là tài liệu tham khảo, không phải văn bản chính thức', async ({ page }) => {
  for (const path of ['/', DOCUMENT, '/thay-doi/']) {
    await page.goto(path);
    await expect(page.getByRole('contentinfo').getByText(/là tài liệu tham khảo/)).toBeVisible();
  }
});
