// The whole diary journey as a patient lives it: one tap when the headache starts, details
// added during it, "It's over", the entry still there after a reload, an edit, a delete and
// its undo.
import { test, expect, screenshot, openApp } from './fixtures.mjs';

test.use({ viewport: { width: 390, height: 844 } });

test('one tap → details → end → reload → edit → delete → undo', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Headache now' }).click();
  const running = page.getByRole('region', { name: 'Headache in progress' });
  await expect(running).toContainText('Headache since');

  await running.getByRole('link', { name: 'Add details' }).click();
  await expect(page).toHaveURL(/#\/diary\/attack\/\d+$/);
  await page.locator('label[for="severity-7"]').click();
  await page.getByText('feeling sick', { exact: true }).click();
  await page.getByRole('button', { name: 'Add Ibuprofen' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/#\/diary$/);

  // Still running after the details were saved; now it ends.
  await page.getByRole('region', { name: 'Headache in progress' }).getByRole('button', { name: "It's over" }).click();
  await expect(page.getByRole('region', { name: 'Headache in progress' })).toHaveCount(0);

  await page.reload();
  const history = page.locator('.history');
  const row = history.locator('li').filter({ hasText: 'Ibuprofen' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('7');
  await expect(row).toContainText(/severe/);
  await screenshot(page, 'diary-journey-after-reload');

  // Edit: make it moderate.
  await row.getByRole('link').first().click();
  await expect(page).toHaveURL(/#\/diary\/attack\/\d+$/);
  await page.locator('label[for="severity-5"]').click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/#\/diary$/);
  await expect(history.locator('li').filter({ hasText: 'Ibuprofen' })).toContainText(/moderate/);

  // Delete, then undo.
  await history.getByRole('button', { name: /^Delete headache of / }).click();
  await expect(history.locator('li').filter({ hasText: 'Ibuprofen' })).toHaveCount(0);
  await expect(page.getByText('No headaches logged yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(history.locator('li').filter({ hasText: 'Ibuprofen' })).toHaveCount(1);

  await page.reload();
  await expect(page.locator('.history li').filter({ hasText: 'Ibuprofen' })).toContainText(/moderate/);
});
