/**
 * "My level" (issue 17, SPEC §1): a commune or ward cadre on a 390 × 844 phone reaches her
 * level's entry from the home page in at most two taps, and the plan paragraph to cite in
 * one more; the district level of 2022, abolished on 1/7/2025, is marked as gone.
 */
import { expect, test } from './fixtures.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('cán bộ phường: trang chủ → cấp của mình (1 chạm) → đoạn kế hoạch cần dẫn (1 chạm nữa)', async ({
  page,
}) => {
  await page.goto('/');
  const cadre = page.getByRole('region', { name: 'Cán bộ Mặt trận: cấp mình phải làm gì' });
  let taps = 0;
  const entry = cadre.getByRole('link', { name: 'Cấp xã, phường và khu dân cư' });
  await expect(cadre).toContainText(
    'Kế hoạch năm 2022 không giao việc riêng cho cấp xã, phường hay khu dân cư.',
  );
  await entry.tap();
  taps += 1;
  await expect(page).toHaveURL(/\/cap-xa-va-khu-dan-cu\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Cấp xã, phường và khu dân cư/);
  const paragraph = page.getByRole('link', { name: 'Mục III.2, đoạn 1' }).first();
  await paragraph.tap();
  taps += 1;
  await expect(page).toHaveURL(/\/ke-hoach\/2022\/#III-2-1$/);
  await expect(page.locator('#III-2-1')).toBeInViewport();
  await expect(page.locator('#III-2-1 .plan-text')).toContainText('MTTQ các cấp');
  test.info().annotations.push({ type: 'số lần chạm', description: String(taps) });
});

test('cấp huyện, quận của năm 2022 được ghi rõ là không còn từ 1/7/2025', async ({ page }) => {
  await page.goto('/');
  const cadre = page.getByRole('region', { name: 'Cán bộ Mặt trận: cấp mình phải làm gì' });
  const district = cadre.getByRole('listitem').filter({ hasText: 'Cấp huyện, quận' });
  await expect(district).toContainText('Cấp huyện, quận (năm 2022)');
  await expect(district).toContainText('Không còn từ 1/7/2025');
  await district.getByRole('link', { name: 'xem thay đổi' }).tap();
  await expect(page).toHaveURL(/\/thay-doi\/#chinh-quyen-hai-cap-2025$/);
  await expect(page.locator('#chinh-quyen-hai-cap-2025')).toBeInViewport();
});
