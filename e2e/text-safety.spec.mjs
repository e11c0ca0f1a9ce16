// Text a person types is only ever shown as text: markup in notes, medicine names and own
// triggers appears exactly as typed on every page that shows it, and nothing runs.
import { test, expect, openApp } from './fixtures.mjs';
import { isoDay } from './today.mjs';
import { seedDiary } from './seed.mjs';

const PAYLOAD = '<img src=x onerror="window.__pwned=1">"><script>window.__pwned=2</script>';

test('markup in diary text is shown as typed in history, the form, insights and the report', async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  const iso = isoDay(-2);
  const diary = {
    version: 1,
    data: {
      a: [
        {
          id: 1700000000000001,
          s: `${iso}T09:00`,
          e: `${iso}T15:00`,
          sv: 6,
          m: [{ n: PAYLOAD.slice(0, 80), t: `${iso}T09:30`, c: 'simple', ef: 'some', r: 60 }],
          ot: [PAYLOAD.slice(0, 80)],
          n: PAYLOAD,
        },
      ],
    },
  };
  await seedDiary(page, diary, '#/diary');
  const history = page.locator('.history');
  await expect(history).toContainText(PAYLOAD.slice(0, 40));
  await history.getByRole('link').first().click();
  await expect(page.locator('textarea')).toHaveValue(PAYLOAD);

  await page.goto('#/insights');
  await expect(page.locator('.insight-findings')).toContainText(PAYLOAD.slice(0, 40));
  await page.goto('#/report');
  await expect(page.locator('.report__attacks')).toContainText(PAYLOAD.slice(0, 40));

  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});
