// The diary's calendar and history as a person meets them on a phone: a period marked in the calendar and an
// attack two days later read as cycle day 3, the calendar driven by keyboard alone, no sideways scrolling at
// 360 px, and screenshots of both views with a seeded diary in light and dark.
import { test, expect, screenshot, openApp } from './fixtures.mjs';
import { isoDay, inEarlierMonth, now } from './today.mjs';
import { seedDiary, weeksOfDiary } from './seed.mjs';

const DIARY_KEY = 'headache-diary.diary';

test.use({ viewport: { width: 390, height: 844 } });


async function seed(page, data) {
  await page.goto('#/');
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key, JSON.stringify({ version: 1, data: value })),
    [DIARY_KEY, data],
  );
  // The app read storage when it started: start it again so it loads the seeded diary.
  await page.reload();
}

/** A varied diary over the last ~7 weeks: every severity band, medicines, two periods, marked free days. */
function richDiary() {
  const attack = (id, offset, hour, hours, extra) => {
    const start = `${isoDay(offset)}T${String(hour).padStart(2, '0')}:00`;
    const endDate = new Date(`${start}:00`);
    endDate.setHours(endDate.getHours() + hours);
    const pad = (n) => String(n).padStart(2, '0');
    const end = `${endDate.getFullYear()}-${pad(endDate.getMonth() + 1)}-${pad(endDate.getDate())}T${pad(endDate.getHours())}:00`;
    return { id, s: start, e: end, ...extra };
  };
  const med = (offset, hour, n, c) => ({ n, d: '', t: `${isoDay(offset)}T${String(hour).padStart(2, '0')}:30`, c });
  const migraine = { lo: ['left'], q: ['throb'], sy: ['nausea', 'light', 'sound'] };
  return {
    a: [
      attack(101, -45, 7, 10, { sv: 8, ...migraine, m: [med(-45, 7, 'Sumatriptan', 'triptan')] }),
      attack(102, -38, 15, 3, { sv: 3 }),
      attack(103, -30, 6, 30, { sv: 9, ...migraine, m: [med(-30, 6, 'Sumatriptan', 'triptan'), med(-30, 8, 'Metoclopramide', 'antiemetic')] }),
      attack(104, -24, 18, 4, { sv: 5, lo: ['both'], q: ['press'], m: [med(-24, 18, 'Ibuprofen', 'simple')] }),
      attack(105, -17, 9, 6, { sv: 2 }),
      attack(106, -12, 21, 9, { sv: 7, ...migraine, m: [med(-12, 21, 'Rizatriptan', 'triptan')] }),
      attack(107, -6, 14, 2, { sv: 4, m: [med(-6, 14, 'Paracetamol', 'simple')] }),
      attack(108, -2, 8, 5, { sv: 10, ...migraine, m: [med(-2, 8, 'Sumatriptan', 'triptan')] }),
    ],
    d: [-40, -36, -35, -20, -19, -15, -9, -8, -4, -1].map((offset) => ({ d: isoDay(offset), k: 'free' })),
    p: [{ s: isoDay(-31), e: isoDay(-27) }, { s: isoDay(-3), e: isoDay(-1) }],
  };
}

test('a period marked in the calendar and an attack two days later reads as cycle day 3', async ({ page }) => {
  await seed(page, {
    a: [{ id: 5001, s: `${isoDay(-3)}T09:00`, e: `${isoDay(-3)}T15:00`, sv: 6 }],
  });
  await openApp(page, '#/diary');
  if (inEarlierMonth(-5)) await page.getByRole('button', { name: 'Previous month' }).click();
  await page.locator(`#calendar-day-${isoDay(-5)}`).click();
  const toggle = page.getByRole('button', { name: 'Period started this day' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator(`#calendar-day-${isoDay(-5)}`)).toHaveAttribute('aria-label', /period, day 1/);

  const row = page.locator('.history-row').first();
  await expect(row).toContainText('cycle day 3');

  // The day before a period is day −1 (there is no day 0): move the period start to the day after the attack.
  await toggle.click();
  await expect(row).not.toContainText('cycle day');
  if (inEarlierMonth(-2) !== inEarlierMonth(-5)) await page.getByRole('button', { name: 'Next month' }).click();
  await page.locator(`#calendar-day-${isoDay(-2)}`).click();
  await page.getByRole('button', { name: 'Period started this day' }).click();
  await expect(row).toContainText('the day before a period');

  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), DIARY_KEY);
  expect(stored.data.p.map((p) => p.s)).toEqual([isoDay(-2)]);
});

test('the calendar works by keyboard: arrows move, Enter opens the day, Escape closes it', async ({ page }) => {
  await seed(page, richDiary());
  await openApp(page, '#/diary');
  const today = page.locator(`#calendar-day-${isoDay(0)}`);
  await expect(today).toHaveAttribute('tabindex', '0');
  await today.focus();

  await page.keyboard.press('ArrowLeft');
  await expect(page.locator(`#calendar-day-${isoDay(-1)}`)).toBeFocused();
  await expect(page.locator(`#calendar-day-${isoDay(-1)}`)).toHaveAttribute('tabindex', '0');
  // On the 1st the arrow turns the calendar to the previous month, and today's cell is no longer shown.
  if (inEarlierMonth(-1)) await expect(today).toHaveCount(0);
  else await expect(today).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(`#calendar-day-${isoDay(-8)}`)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(`#calendar-day-${isoDay(-7)}`)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(`#calendar-day-${isoDay(0)}`)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const attackDay = page.locator(`#calendar-day-${isoDay(-2)}`);
  await expect(attackDay).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(attackDay).toHaveAttribute('aria-expanded', 'true');
  const panel = page.locator('.day-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('10 – very severe');
  await expect(panel.getByRole('link', { name: /Headache from 08:00/ })).toBeVisible();
  await screenshot(page, 'diary-views-calendar-panel-light');
  await panel.screenshot({ path: 'e2e/screenshots/diary-views-day-panel-light.png' });

  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(attackDay).toBeFocused();

  await page.keyboard.press('Space');
  await expect(panel).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(page.locator('#calendar-month-title')).not.toHaveText(
    now().toLocaleString('en-GB', { month: 'long', year: 'numeric' }),
  );
});

test('history and calendar fit a 360 px phone with 44 px day buttons', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await seed(page, richDiary());
  await openApp(page, '#/diary');
  await expect(page.locator('.history-row').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await page.locator(`#calendar-day-${isoDay(0)}`).boundingBox();
  expect(box.width).toBeGreaterThanOrEqual(44);
  expect(box.height).toBeGreaterThanOrEqual(44);
  await page.locator('section.calendar').screenshot({ path: 'e2e/screenshots/diary-views-calendar-360-light.png' });
  const deleteBox = await page.locator('.history-row__delete').first().boundingBox();
  expect(deleteBox.width).toBeGreaterThanOrEqual(44);
  expect(deleteBox.height).toBeGreaterThanOrEqual(44);
});

for (const scheme of ['light', 'dark']) {
  test(`screenshots of the calendar and history with a seeded diary (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await seed(page, richDiary());
    await openApp(page, '#/diary');
    const calendar = page.locator('section.calendar');
    await expect(calendar.locator('.calendar-day--very-severe').first()).toBeVisible();
    await calendar.scrollIntoViewIfNeeded();
    await screenshot(page, `diary-views-page-${scheme}`);
    await calendar.screenshot({ path: `e2e/screenshots/diary-views-calendar-${scheme}.png` });

    await page.getByRole('button', { name: 'Previous month' }).click();
    await calendar.screenshot({ path: `e2e/screenshots/diary-views-calendar-previous-${scheme}.png` });

    const history = page.locator('section.history');
    await expect(history.getByRole('heading', { level: 3 }).first()).toBeVisible();
    await history.screenshot({ path: `e2e/screenshots/diary-views-history-${scheme}.png` });

    await page.getByLabel('Only migraine-like').check();
    await expect(history.locator('.history-row')).toHaveCount(4);
    await history.getByRole('button', { name: `Delete headache of ${new Date(`${isoDay(-2)}T12:00`).getDate()} ${new Date(`${isoDay(-2)}T12:00`).toLocaleString('en-GB', { month: 'long' })}` }).click();
    await expect(history.locator('.history-row')).toHaveCount(3);
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(history.locator('.history-row')).toHaveCount(4);
  });
}

test('a long diary: the page comes at once, its headaches a frame later, and nothing of it is lost', async ({ page }) => {
  // Three years of the realistic diary: over the 64 KB above which the app reads the diary after its first paint
  // (storage::diary::LONG_DIARY_TEXT).
  const diary = weeksOfDiary(156);
  expect(JSON.stringify(diary).length).toBeGreaterThan(64 * 1024);
  await page.addInitScript(() => {
    // In which batch of changes to the page the heading and the "Headache now" button first appear (counted, as
    // the tests' clock is Playwright's): the heading comes in an earlier one.
    let batch = 0;
    new MutationObserver(() => {
      batch += 1;
      // Inside the diary page: the prerendered home page, with a heading and a button of its own, is in the HTML.
      if (document.querySelector('.diary h1.page__title') && window.__headingAt === undefined) window.__headingAt = batch;
      if (document.querySelector('.diary .headache-now__start') && window.__buttonAt === undefined) window.__buttonAt = batch;
    }).observe(document, { childList: true, subtree: true });
  });
  await seedDiary(page, diary, '#/diary');
  await expect(page.getByRole('heading', { level: 1, name: 'My headache diary' })).toBeVisible();
  await expect(page.getByText(`${diary.data.a.length} headaches logged.`)).toBeVisible();
  const order = await page.evaluate(() => [window.__headingAt, window.__buttonAt]);
  expect(order[0]).toBeLessThan(order[1]);

  await page.getByRole('button', { name: 'Headache now' }).click();
  await expect(page.getByText(/Headache since/).first()).toBeVisible();
  const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), DIARY_KEY));
  expect(stored.data.a).toHaveLength(diary.data.a.length + 1);
  await screenshot(page, 'diary-long');
});
