// Insights and the doctor's report from a few weeks of logged data: figures, pictures with
// text equivalents, period choice, and a printed report of 1–3 A4 pages.
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { test, expect, screenshot, SCREENSHOT_DIR } from './fixtures.mjs';
import { weeksOfDiary, seedDiary } from './seed.mjs';

test.use({ viewport: { width: 390, height: 844 } });

test('insights show the figures, pictures with their numbers, and follow the chosen period', async ({ page }) => {
  const diary = weeksOfDiary(12);
  await seedDiary(page, diary, '#/insights');
  await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Last 8 weeks')).toBeChecked();
  const figures = page.locator('.insights__figures');
  // 56 days back, one headache every third day → 18 or 19 attacks in the last 8 weeks.
  const attacks = Number(await figures.locator('li', { hasText: 'headaches logged' }).locator('.figure__value').textContent());
  expect(attacks).toBeGreaterThanOrEqual(18);
  expect(attacks).toBeLessThanOrEqual(19);

  await expect(page.getByRole('img', { name: 'Headache days per month' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Days with acute medicine per month' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Day by day' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'How bad each headache was' })).toBeVisible();
  // The text equivalent of the headache chart.
  await page.getByText('Show the numbers').first().click();
  await expect(page.locator('.chart__data table').first()).toBeVisible();

  await expect(page.getByText(/Stress: noted before \d+ of \d+/)).toBeVisible();
  await expect(page.getByText(/Sumatriptan/).first()).toBeVisible();
  await screenshot(page, 'insights-light');

  await page.getByLabel('Last 4 weeks').check();
  const fewer = Number(await figures.locator('li', { hasText: 'headaches logged' }).locator('.figure__value').textContent());
  expect(fewer).toBeLessThan(attacks);

  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'insights-dark');
});

test('an empty diary says so calmly', async ({ page }) => {
  await page.goto('#/insights');
  await expect(page.getByText('Nothing is logged yet.')).toBeVisible();
});

test("the doctor's report prints on 1 to 3 A4 pages, black on white, with the name typed in", async ({ page }) => {
  // Ten weeks with a painkiller on every other day that has no attack too, so that whatever today is, some
  // calendar month in the period has enough medicine days to reach an ICHD-3 8.2 limit.
  const diary = weeksOfDiary(10);
  diary.data.d = diary.data.d.map((note, index) =>
    index % 2 === 0
      ? { d: note.d, k: { ache: { sv: 3 } }, m: [{ n: 'Ibuprofen', d: '400 mg', t: `${note.d}T09:00`, c: 'simple' }] }
      : note,
  );
  await seedDiary(page, diary, '#/insights');
  await page.getByRole('link', { name: 'Make a report for my doctor' }).click();
  await expect(page).toHaveURL(/#\/report$/);
  await page.getByLabel('Name').fill('Alex Example');
  await page.getByLabel('Date of birth').fill('1 May 1990');
  await expect(page.getByRole('heading', { name: /Every headache in the period/ })).toBeVisible();
  const rows = await page.locator('.report__attacks tbody tr').count();
  expect(rows).toBeGreaterThanOrEqual(18);
  await expect(page.locator('.report__attacks')).toContainText('Sumatriptan');

  // The person's theme does not reach the paper.
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  const paper = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(paper).toBe('rgb(255, 255, 255)');
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  // Medicine-day warnings reach the paper too.
  await expect(page.getByText(/medicine days reached a limit/).first()).toBeVisible();

  const pdfPath = `${SCREENSHOT_DIR}/report.pdf`;
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
  const pdf = fs.readFileSync(pdfPath, 'latin1');
  const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(3);
  await page.pdf({ path: `${SCREENSHOT_DIR}/report-letter.pdf`, format: 'Letter', printBackground: true });
  // Pictures of the pages to look at, where poppler is installed (it is not needed to pass).
  try {
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, `${SCREENSHOT_DIR}/report-page`]);
  } catch {
    // pdftoppm is optional.
  }
});

test('export the backup, wipe everything, restore it: the insights read exactly the same', async ({ page }) => {
  await seedDiary(page, weeksOfDiary(10), '#/insights');
  const figuresBefore = await page.locator('.insights__figures').innerText();
  const findingsBefore = await page.locator('.insight-findings').innerText();
  expect(figuresBefore).toContain('headache days');

  await page.goto('#/data');
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: /full backup/ }).click();
  const backupPath = await (await waiting).path();

  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.locator('#data-status')).toHaveText('Your diary in this browser is empty.');
  await page.goto('#/insights');
  await expect(page.getByText('Nothing is logged yet.')).toBeVisible();

  await page.goto('#/data');
  await page.getByLabel('Backup file (.json)').setInputFiles(backupPath);
  await page.getByLabel('Replace my diary').check();
  await page.getByRole('button', { name: 'Replace my diary' }).click();
  await page.goto('#/insights');
  await expect(page.locator('.insights__figures')).toBeVisible();
  expect(await page.locator('.insights__figures').innerText()).toBe(figuresBefore);
  expect(await page.locator('.insight-findings').innerText()).toBe(findingsBefore);
});
