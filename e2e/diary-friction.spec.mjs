// The diary in daily use (issue 13): what a newcomer tripped over, as a person on a phone meets it.
import { test, expect, lockFromSettings, openApp, screenshot } from './fixtures.mjs';
import { inEarlierMonth, isoDate, isoDay, now } from './today.mjs';
import { weeksOfDiary } from './seed.mjs';

const DIARY_KEY = 'headache-diary.diary';

test.use({ viewport: { width: 390, height: 844 } });

async function seed(page, attacks) {
  await openApp(page, '#/');
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [DIARY_KEY, JSON.stringify({ version: 1, data: { a: attacks } })]);
  await page.goto('#/diary');
  await page.reload();
}

/** Whether `locator`'s box lies wholly inside the window. */
async function inView(page, locator) {
  const box = await locator.boundingBox();
  const { height, width } = page.viewportSize();
  return box !== null && box.y >= 0 && box.y + box.height <= height && box.x >= 0 && box.x + box.width <= width;
}

test('friction_undo_is_in_view_after_deleting_a_row_far_down_and_stays_until_dismissed', async ({ page }) => {
  const days = Array.from({ length: 25 }, (_, index) => isoDay(-(index + 1)));
  await seed(page, days.map((day, index) => ({ id: 300 + index, s: `${day}T08:00`, e: `${day}T10:00`, sv: 4 })));
  const rows = page.getByRole('button', { name: /^Delete headache of/ });
  await expect(rows).toHaveCount(25);
  const last = rows.last();
  await last.scrollIntoViewIfNeeded();
  const name = await last.getAttribute('aria-label');
  await last.click();
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeVisible();
  expect(await inView(page, undo), 'Undo is where the person is').toBe(true);
  await screenshot(page, 'diary-undo-in-view-light');
  // A generous time later it is still there.
  await page.clock.runFor(60_000);
  await expect(undo).toBeVisible();
  await undo.click();
  await expect(page.getByRole('button', { name })).toHaveCount(1);
  await expect(undo).toHaveCount(0);
});

test('friction_a_refusal_shows_beside_the_button_that_caused_it_and_today_shows_what_is_logged', async ({ page }) => {
  await seed(page, [{ id: 401, s: `${isoDay(0)}T07:00`, e: `${isoDay(0)}T09:00`, sv: 5 }]);
  const panel = page.getByRole('region', { name: 'Today as a whole' });
  await expect(panel).toContainText('a headache is logged');
  const button = panel.getByRole('button', { name: 'No headache today' });
  await button.scrollIntoViewIfNeeded();
  await button.click();
  const refusal = panel.getByRole('alert');
  await expect(refusal).toContainText('cannot be marked headache-free');
  expect(await inView(page, refusal), 'the refusal is in view, beside the button').toBe(true);
  // Said once, where the person is: not also at the top of the page.
  await expect(page.getByRole('alert')).toHaveCount(1);
  await screenshot(page, 'diary-refusal-beside-button-light');
  await refusal.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('friction_a_day_with_two_medicine_classes_is_one_medicine_day_in_the_chart', async ({ page }) => {
  // Five headaches on the 10th to 14th of last month (one whole month, whatever today is), each treated with a
  // triptan and ibuprofen: five medicine days, not ten.
  const lastMonth = now();
  lastMonth.setHours(12, 0, 0, 0);
  lastMonth.setDate(1);
  lastMonth.setMonth(lastMonth.getMonth() - 1);
  const attacks = Array.from({ length: 5 }, (_, index) => {
    lastMonth.setDate(10 + index);
    const day = isoDate(lastMonth);
    return {
      id: 500 + index, s: `${day}T08:00`, e: `${day}T14:00`, sv: 7,
      m: [
        { n: 'Sumatriptan', t: `${day}T08:30`, c: 'triptan' },
        { n: 'Ibuprofen', t: `${day}T09:00`, c: 'simple' },
      ],
    };
  });
  await seed(page, attacks);
  await page.goto('#/insights');
  const chart = page.locator('figure.chart', { has: page.getByRole('heading', { name: 'Days with acute medicine per month' }) });
  await expect(chart).toBeVisible();
  // The numbers: the month's total is 5 days, each class 5.
  await chart.getByText('Show the numbers').click();
  const month = lastMonth.toLocaleDateString('en-GB', { month: 'short' });
  const row = chart.locator('tbody tr').filter({ hasText: month });
  await expect(row.locator('td').last()).toHaveText('5');
  // The bar: its coloured parts together are as tall as 5 days on the chart's scale, not 10.
  const heights = await chart.evaluate((figure) => {
    const svg = figure.querySelector('svg');
    const rects = [...svg.querySelectorAll('rect.chart__bar')].map((rect) => ({ x: rect.getAttribute('x'), h: Number(rect.getAttribute('height')) }));
    // The month's bar is the one before the current month's (which has no medicine, so no rect).
    const lastX = rects.at(-1).x;
    const bar = rects.filter((rect) => rect.x === lastX).reduce((sum, rect) => sum + rect.h, 0);
    const lines = [...svg.querySelectorAll('line.chart__threshold')].map((line) => Number(line.getAttribute('y1')));
    const axis = Number(svg.querySelector('line.chart__axis').getAttribute('y1'));
    return { bar, axis, ten: lines[0] };
  });
  // The 10-day line is drawn at axis − 10 units; five days are half that height.
  const tenDays = heights.axis - heights.ten;
  expect(heights.bar).toBeGreaterThan(tenDays * 0.45);
  expect(heights.bar).toBeLessThan(tenDays * 0.55);
  await expect(chart).toContainText('a day with more than one kind counts once');
  await screenshot(page, 'insights-medicine-days-one-per-day-light');
});

test('friction_moving_a_headaches_times_offers_to_move_its_medicine_times_with_it', async ({ page }) => {
  const day = isoDay(-2);
  await seed(page, [{ id: 601, s: `${day}T10:00`, e: `${day}T12:00`, sv: 6, m: [{ n: 'Ibuprofen', t: `${day}T11:00`, c: 'simple' }] }]);
  await page.goto('#/diary/attack/601');
  // It really started three hours earlier.
  await page.locator('#attack-start').fill(`${day}T07:00`);
  await page.locator('#attack-end').fill(`${day}T09:00`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert').first()).toContainText('after this headache ended');
  const move = page.getByRole('button', { name: 'Move the medicine times 3 h earlier too' });
  await move.click();
  await expect(page.locator('#dose-0-time')).toHaveValue(`${day}T08:00`);
  await expect(page.getByRole('status').filter({ hasText: 'moved 3 h earlier' })).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/#\/diary$/);
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).data.a[0], DIARY_KEY);
  expect(stored.s).toBe(`${day}T07:00`);
  expect(stored.m[0].t).toBe(`${day}T08:00`);
});

test('friction_any_past_day_can_be_logged_from_the_calendar_as_a_headache_day_with_how_bad', async ({ page }) => {
  const day = isoDay(-3);
  await seed(page, []);
  if (inEarlierMonth(-3)) await page.getByRole('button', { name: 'Previous month' }).click();
  await page.locator(`#calendar-day-${day}`).click();
  const panel = page.locator('.day-panel');
  await expect(panel).toBeVisible();
  await panel.getByRole('group', { name: 'Headache this day, at its worst:' }).getByRole('button', { name: 'Severe', exact: true }).click();
  await expect(panel.getByRole('button', { name: 'Severe', exact: true })).toHaveAttribute('aria-pressed', 'true');
  // "Took something" on that day, with the same quick picks as the headache form.
  await panel.getByRole('button', { name: '+ Ibuprofen' }).click();
  await expect(panel.getByRole('button', { name: /^Remove Ibuprofen on / })).toBeVisible();
  const notes = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).data.d, DIARY_KEY);
  expect(notes.map((note) => note.d)).toEqual([day]);
  expect(JSON.stringify(notes[0].k)).toContain('7');
  expect(notes[0].m.map((dose) => [dose.n, dose.t.slice(0, 10)])).toEqual([['Ibuprofen', day]]);
  // It counts in insights as a headache day and a day with headache medicine.
  await page.goto('#/insights');
  await expect(page.locator('.insights__figures')).toContainText('1');
  await expect(page.locator('main')).toContainText(/Headache on 1 of/);
  await expect(page.locator('.insights').getByText(/headache medicine on 1 day/).first()).toBeAttached();
});

test('friction_recent_days_with_nothing_logged_are_offered_to_fill_in_one_tap_each', async ({ page }) => {
  const began = isoDay(-5);
  await seed(page, [{ id: 701, s: `${began}T08:00`, e: `${began}T11:00`, sv: 5 }]);
  const list = page.getByRole('region', { name: 'Days you have not logged' });
  await expect(list).toContainText('4 recent days have nothing logged');
  const dayGroup = (offset) =>
    list.getByRole('group', { name: new Date(`${isoDay(offset)}T12:00`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' }) });
  await expect(dayGroup(-1)).toBeVisible();
  await expect(dayGroup(-5)).toHaveCount(0);
  await screenshot(page, 'diary-missed-days-light');

  await dayGroup(-1).getByRole('button', { name: 'No headache' }).click();
  await dayGroup(-2).getByRole('button', { name: 'Headache: moderate' }).click();
  await dayGroup(-3).getByRole('button', { name: 'Not sure' }).click();
  await expect(list).toContainText('One recent day has nothing logged');
  const notes = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).data.d.map((note) => note.d), DIARY_KEY);
  expect(notes.sort()).toEqual([isoDay(-2), isoDay(-1)].sort());
  // "Not sure" stores nothing: that day is still unknown, never headache-free.
  await list.getByRole('button', { name: 'Not now' }).click();
  await expect(list).toHaveCount(0);
});

test('friction_progress_and_the_period_read_are_in_words_a_person_understands', async ({ page }) => {
  // Ten weeks of entries, no period marked.
  const diary = weeksOfDiary(10);
  diary.data.p = [];
  await openApp(page, '#/');
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [DIARY_KEY, JSON.stringify(diary)]);
  await page.goto('#/diary');
  await page.reload();
  const progress = page.locator('.diary__progress');
  await expect(progress).toContainText('10 weeks kept');
  await expect(progress).toContainText(/to go for the 12 weeks your doctor can use/);
  await expect(progress).toContainText(/\d+ of 71 days logged/);
  await expect(progress).not.toContainText('unknown');
  await page.goto('#/insights');
  const periods = page.locator('section[aria-labelledby="cycle-title"]');
  await expect(periods).toContainText('No periods are marked yet');
  await expect(periods).not.toContainText('0 of 3');
  // With cycle tracking off, the period read is not shown at all.
  await page.goto('#/settings');
  await page.getByLabel('Log periods and show cycle days').uncheck();
  await page.goto('#/insights');
  await expect(page.locator('section[aria-labelledby="cycle-title"]')).toHaveCount(0);
});

test('friction_the_installed_apps_headache_now_shortcut_logs_once_and_opens_the_diary', async ({ page, request }) => {
  const manifest = JSON.parse(await (await request.get('manifest.webmanifest')).text());
  expect(manifest.shortcuts.map((s) => [s.name, s.url])).toEqual([
    ['Headache now', './#/now'],
    ['Self-check', './check/'],
  ]);
  await openApp(page, '#/now');
  await expect(page).toHaveURL(/#\/diary$/);
  await expect(page.getByRole('button', { name: "It's over" }).first()).toBeVisible();
  const running = async () =>
    JSON.parse(await page.evaluate((key) => localStorage.getItem(key), DIARY_KEY)).data.a.length;
  expect(await running()).toBe(1);
  // Back, a reload, or the shortcut again while it is still going: never a second headache.
  await page.reload();
  await page.goto('#/now');
  await expect(page).toHaveURL(/#\/diary$/);
  await expect(page.getByRole('button', { name: "It's over" }).first()).toBeVisible();
  expect(await running()).toBe(1);
});

test('friction_the_headache_now_shortcut_with_the_lock_on_logs_after_unlocking', async ({ page }) => {
  await openApp(page, '#/settings');
  await lockFromSettings(page, 'correct horse battery');
  await page.goto('#/now');
  await page.reload();
  await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page).toHaveURL(/#\/diary$/);
  await expect(page.getByRole('button', { name: "It's over" }).first()).toBeVisible();
  await expect(page.getByText(/Headache since/).first()).toBeVisible();
});

test('friction_a_desktop_uses_its_width_and_the_phone_layout_is_unchanged', async ({ page }) => {
  await openApp(page, '#/');
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [DIARY_KEY, JSON.stringify(weeksOfDiary(10))]);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('#/diary');
  await page.reload();
  const calendar = page.getByRole('heading', { name: 'Calendar', level: 2 });
  const history = page.getByRole('heading', { name: 'History', level: 2 });
  await expect(history).toBeVisible();
  const [c, h] = [await calendar.boundingBox(), await history.boundingBox()];
  expect(h.x, 'history beside the calendar').toBeGreaterThan(c.x + 300);
  expect(Math.abs(h.y - c.y), 'at the same height').toBeLessThan(40);
  await screenshot(page, 'desktop-diary-light');
  await page.goto('#/insights');
  const charts = page.locator('.insight-charts > .chart');
  await expect(charts.first()).toBeVisible();
  const [first, second] = [await charts.nth(0).boundingBox(), await charts.nth(1).boundingBox()];
  expect(second.x, 'charts in two columns').toBeGreaterThan(first.x + first.width - 1);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'desktop-insights-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  // The self-check stays one readable column.
  await page.goto('check/');
  const check = await page.locator('.page.check').boundingBox();
  expect(check.width).toBeLessThanOrEqual(44 * 16 + 1);
  // A phone: stacked as before.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('#/diary');
  const [pc, ph] = [await calendar.boundingBox(), await history.boundingBox()];
  expect(ph.y, 'history under the calendar on a phone').toBeGreaterThan(pc.y + 200);
  expect(Math.abs(ph.x - pc.x)).toBeLessThan(2);
});

test('friction_the_report_keeps_the_period_from_insights_and_its_table_carries_what_a_doctor_asks', async ({ page }) => {
  const diary = weeksOfDiary(10);
  const attack = diary.data.a.find((a) => a.sv >= 6);
  attack.au = { k: ['visual'], min: 20 };
  await openApp(page, '#/');
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [DIARY_KEY, JSON.stringify(diary)]);
  await page.goto('#/insights');
  await page.reload();
  await page.getByLabel('Last 4 weeks').check();
  const range = await page.locator('.insights__range').textContent();
  await page.getByRole('link', { name: 'Make a report for my doctor' }).click();
  // The report opens on the period chosen in insights, not the default 8 weeks.
  await expect(page.getByLabel('Last 4 weeks')).toBeChecked();
  await expect(page.locator('.report__period')).toContainText(range.trim());
  await page.getByLabel('Last 12 weeks').check();
  const table = page.locator('.report__attacks');
  await expect(table.locator('thead')).toContainText('Where, what it felt like');
  await expect(table).toContainText('aura: visual, 20 min');
  await expect(table).toContainText('left, throbbing');
  await expect(table).toContainText(/Sumatriptan 50 mg: (full|some) relief in 1 h 30 min/);
  await expect(table).toContainText(/cycle day \d+|before a period/);
  // Printed, severities and medicine classes are told apart by fills, not by shades of grey.
  await page.emulateMedia({ media: 'print' });
  const fills = await page.evaluate(() =>
    ['mild', 'moderate', 'severe', 'very-severe', 'simple', 'triptan'].map((key) =>
      getComputedStyle(document.querySelector(`.chart__bar--${key}`) ?? document.body).fill));
  expect(fills.slice(0, 3)).toEqual(['url("#print-dots")', 'url("#print-diagonal")', 'url("#print-cross")']);
  expect(fills[3]).toBe('rgb(0, 0, 0)');
  expect(new Set(fills.slice(0, 4)).size).toBe(4);
  await page.pdf({ path: 'e2e/screenshots/report-black-and-white.pdf', format: 'A4' });
  // Back in insights, the period chosen last on the report is kept.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Back to insights' }).click();
  await expect(page.getByLabel('Last 12 weeks')).toBeChecked();
});

test('friction_the_day_by_day_grid_has_its_dates_and_nothing_logged_differs_from_no_headache_in_dim', async ({ page }) => {
  await openApp(page, '#/');
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [DIARY_KEY, JSON.stringify(weeksOfDiary(12))]);
  await page.evaluate(() => localStorage.setItem('headache-diary.preferences', JSON.stringify({ version: 1, data: { theme: 'dim' } })));
  await page.goto('#/insights');
  await page.reload();
  await page.getByLabel('Last 12 weeks').check();
  const grid = page.locator('.chart__svg--heat');
  // Month names over the weeks they begin in, and each week's Monday under its column.
  const months = await grid.locator('.heat__month').allTextContents();
  expect(months.length).toBeGreaterThanOrEqual(3);
  for (const month of months) expect(month).toMatch(/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/);
  const mondays = await grid.locator('.heat__week').allTextContents();
  expect(mondays.length).toBeGreaterThanOrEqual(12);
  // Mondays a week apart: the next is 7 more, or a new month's 1st to 7th after the 22nd or later.
  for (let i = 1; i < mondays.length; i += 1) {
    const [before, next] = [Number(mondays[i - 1]), Number(mondays[i])];
    expect(next - before === 7 || (next <= 7 && before >= 22), `${before} then ${next}`).toBe(true);
  }
  // No label overlaps another.
  const boxes = await grid.locator('text').evaluateAll((texts) => texts.map((t) => t.getBBox()).map(({ x, y, width, height }) => ({ x, y, width, height })));
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const [a, b] = [boxes[i], boxes[j]];
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart, `labels ${i} and ${j} overlap`).toBe(true);
    }
  }
  // In the dim theme, "nothing logged" and "no headache" differ by outline, not by colour alone.
  const outline = (selector) => grid.locator(selector).first().evaluate((el) => getComputedStyle(el).strokeDasharray);
  expect(await outline('.heat__day--unknown')).not.toBe('none');
  expect(await outline('.heat__day--free')).toBe('none');
  await screenshot(page, 'insights-heat-map-dim');
});

test('friction_no_chart_label_sits_on_a_bar_even_when_a_month_is_over_the_limits', async ({ page }) => {
  // Twenty medicine days in one month: the bars reach past both dashed lines.
  const diary = weeksOfDiary(8);
  diary.data.d = diary.data.d.map((note) => ({ d: note.d, k: { ache: { sv: 5 } }, m: [{ n: 'Sumatriptan', t: `${note.d}T09:00`, c: 'triptan' }, { n: 'Ibuprofen', t: `${note.d}T10:00`, c: 'simple' }] }));
  await openApp(page, '#/');
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [DIARY_KEY, JSON.stringify(diary)]);
  await page.goto('#/insights');
  await page.reload();
  for (const id of ['#headache-days-chart-title', '#medicine-days-chart-title']) {
    const svg = page.locator('figure.chart', { has: page.locator(id) }).locator('svg.chart__svg');
    const overlaps = await svg.evaluate((chart) => {
      const boxes = (selector) => [...chart.querySelectorAll(selector)].map((el) => el.getBBox());
      const hit = (a, b) => !(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y);
      const labels = boxes('text');
      const bars = boxes('rect.chart__bar');
      return labels.filter((label) => bars.some((bar) => hit(label, bar))).length;
    });
    expect(overlaps, `${id}: labels on bars`).toBe(0);
  }
  await expect(page.locator('.chart__lines-note').nth(1)).toContainText('10 days a month, the limit for triptans');
});

test('friction_locked_diary_headache_now_is_explained_when_off_and_one_tap_when_allowed', async ({ page }) => {
  await openApp(page, '#/settings');
  await lockFromSettings(page, 'correct horse battery');
  await page.goto('#/');
  await page.reload();
  // Off (the default): the home page says why the button is missing.
  await expect(page.getByText(/Your diary is locked, so "Headache now" waits until you unlock it/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Headache now' })).toHaveCount(0);

  // Allowed in Settings, where it says what it stores.
  await page.goto('#/settings');
  const choice = page.getByLabel("Log a headache's start while locked");
  await expect(page.locator('#log-start-while-locked-hint')).toContainText('stores only the time, not encrypted');
  await choice.check();
  await page.goto('#/');
  await page.getByRole('button', { name: 'Headache now' }).click();
  await expect(page.locator('.locked-now__status')).toContainText('Noted: a headache that started at');
  const stored = await page.evaluate(() => localStorage.getItem('headache-diary.pending-start'));
  expect(Object.keys(JSON.parse(stored).data)).toEqual(['s']);
  await screenshot(page, 'home-locked-headache-noted');

  // Unlocking puts it in the diary and removes the plain copy.
  await page.goto('#/diary');
  await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('button', { name: "It's over" }).first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('headache-diary.pending-start'))).toBeNull();
  expect(await page.evaluate(() => localStorage.getItem('headache-diary.diary'))).not.toContain('"a":[');
});
