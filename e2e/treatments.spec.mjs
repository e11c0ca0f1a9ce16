// Treatments (issue 12): preventive treatments tried, days that stopped you, and the EHF 2020 read of migraine
// that resists treatment, as a person with such migraine meets them on a phone.
import { test, expect, openApp, screenshot } from './fixtures.mjs';
import { isoDate, now } from './today.mjs';

const DIARY_KEY = 'headache-diary.diary';

test.use({ viewport: { width: 390, height: 844 } });

/** The first day of the complete month `back` months before the tests' today (1 = last month). */
function monthStart(back) {
  const date = now();
  date.setHours(12, 0, 0, 0);
  date.setDate(1);
  date.setMonth(date.getMonth() - back);
  return date;
}

/** Day entries: `perMonth` headache days that stopped you in each of the last `months` complete months. */
function stoppedDays(perMonth, months) {
  const notes = [];
  for (let back = months; back >= 1; back -= 1) {
    for (let day = 0; day < perMonth; day += 1) {
      const date = monthStart(back);
      date.setDate(1 + day * 3);
      notes.push({ d: isoDate(date), k: { ache: { sv: 7 } }, st: true });
    }
  }
  return notes;
}

async function seed(page, data) {
  await openApp(page, '#/');
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [DIARY_KEY, JSON.stringify({ version: 2, data })]);
}

/** Adds a treatment as a person does: Add, a common name, how it went, Save (4 taps). */
async function addCommon(page, name, outcome) {
  await page.getByRole('button', { name: 'Add a treatment' }).click();
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByLabel(outcome, { exact: true }).check();
  await page.getByRole('button', { name: 'Save treatment' }).click();
  await expect(page.getByRole('button', { name: `Edit ${name}` })).toBeVisible();
}

test('treatments_three_failed_classes_and_eight_days_a_month_for_three_months_read_as_resistant_everywhere', async ({ page }) => {
  await seed(page, { d: stoppedDays(8, 3) });
  await page.goto('#/treatments');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Treatments' })).toBeVisible();
  await addCommon(page, 'Propranolol', 'Side effects');
  await addCommon(page, 'Topiramate', 'Could not take it (a doctor advised against it)');
  // "Not enough effect" counts only once the trial was long enough at the prescribed dose.
  await addCommon(page, 'Amitriptyline', 'Not enough effect');
  await expect(page.getByText('Not counted in the read yet')).toBeVisible();
  const read = page.locator('section.resistance');
  await expect(read).toContainText('do not (yet) fit');
  await expect(read).toContainText('2 of the 3 needed');
  await page.getByRole('button', { name: 'Edit Amitriptyline' }).click();
  await page.getByLabel('If you don\'t know the months: how many months did you take it?').fill('4');
  await page.getByLabel('Yes', { exact: true }).check();
  await page.getByRole('button', { name: 'Save treatment' }).click();
  await expect(page.getByText('Not counted in the read yet')).toHaveCount(0);
  await expect(read).toContainText('fit what headache specialists call resistant migraine (EHF 2020)');
  await expect(read).toContainText('3 of the 3 needed');
  await expect(read).toContainText('8 or more days that stopped you: 3 (3 needed)');
  await expect(read.locator('.clinic-contact')).toHaveCount(1);
  await expect(read).not.toContainText('diagnosis is');
  await screenshot(page, 'treatments-phone-light');

  // The same read in insights, and in the doctor's report with the table of treatments.
  await page.goto('#/insights');
  await expect(page.locator('section.resistance')).toContainText('resistant migraine (EHF 2020)');
  await page.goto('#/report');
  const table = page.getByRole('region', { name: /Treatments tried \(3\)/ });
  await expect(table).toContainText('Propranolol');
  await expect(table).toContainText('Beta-blocker');
  await expect(table).toContainText('Side effects');
  await expect(table).toContainText('4 mo');
  await expect(page.locator('section.resistance')).toContainText('resistant migraine (EHF 2020)');
  await screenshot(page, 'report-treatments-phone-light');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: 'e2e/screenshots/report-treatments.pdf', format: 'A4' });
});

test('treatments_two_failed_classes_say_what_is_missing_in_insights_and_report', async ({ page }) => {
  await seed(page, {
    d: stoppedDays(8, 3),
    rx: [
      { id: 1, n: 'Propranolol', c: 'beta-blocker', o: 'side-effects' },
      { id: 2, n: 'Metoprolol', c: 'beta-blocker', o: 'side-effects' },
      { id: 3, n: 'Topiramate', c: 'antiepileptic', o: 'contraindicated' },
      { id: 4, n: 'Candesartan', c: 'angiotensin', o: 'helping', now: true },
    ],
  });
  await page.goto('#/insights');
  await page.reload();
  const read = page.locator('section.resistance');
  // Two beta-blockers are one class; "helping" is not a failure.
  await expect(read).toContainText('do not (yet) fit');
  await expect(read).toContainText('2 of the 3 needed (anti-seizure medicine, beta-blocker)');
  await page.goto('#/report');
  await expect(page.locator('section.resistance')).toContainText('2 of the 3 needed');
  await expect(page.getByRole('region', { name: /Treatments tried \(4\)/ })).toContainText('taking it now');
});

test('treatments_fewer_than_eight_days_that_stopped_you_is_not_resistant_and_unknown_days_do_not_count', async ({ page }) => {
  await seed(page, {
    d: stoppedDays(7, 3),
    rx: [
      { id: 1, n: 'Propranolol', c: 'beta-blocker', o: 'side-effects' },
      { id: 2, n: 'Topiramate', c: 'antiepileptic', o: 'side-effects' },
      { id: 3, n: 'Amitriptyline', c: 'antidepressant', o: 'contraindicated' },
    ],
  });
  await page.goto('#/treatments');
  await page.reload();
  const read = page.locator('section.resistance');
  await expect(read).toContainText('do not (yet) fit');
  await expect(read).toContainText('none in a row up to last month');
  await expect(read.locator('.clinic-contact')).toHaveCount(0);
});

test('treatments_a_refused_form_says_why_beside_the_field_and_keeps_what_was_typed', async ({ page }) => {
  await openApp(page, '#/treatments');
  await page.getByRole('button', { name: 'Add a treatment' }).click();
  await page.getByRole('button', { name: 'Save treatment' }).click();
  await expect(page.getByRole('alert')).toContainText('Give the treatment\'s name');
  await expect(page.getByLabel('Name')).toBeFocused();
  await page.getByLabel('Name').fill('Magnesium');
  await page.getByRole('button', { name: 'Save treatment' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose what kind of treatment it is');
  await page.getByLabel('Kind of treatment').selectOption({ label: 'Other' });
  await page.getByText('When, how much, and for how long (optional)').click();
  await page.getByLabel('Started (month)').fill('2025-05');
  await page.getByLabel('Stopped (month)').fill('2025-02');
  await page.getByRole('button', { name: 'Save treatment' }).click();
  await expect(page.getByRole('alert')).toContainText('cannot stop (February 2025) before it started (May 2025)');
  await expect(page.getByLabel('Name')).toHaveValue('Magnesium');
  await page.getByLabel('Stopped (month)').fill('2025-09');
  await page.getByRole('button', { name: 'Save treatment' }).click();
  await expect(page.getByRole('button', { name: 'Edit Magnesium' })).toBeVisible();
  // Delete offers Undo, and Undo brings it back.
  await page.getByRole('button', { name: 'Delete Magnesium' }).click();
  await expect(page.getByRole('button', { name: 'Edit Magnesium' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Edit Magnesium' })).toBeVisible();
  // It is kept: a reload shows it, stored in the diary at version 2.
  await page.reload();
  await expect(page.getByText('May 2025 – September 2025 · 5 months')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit Magnesium' })).toBeVisible();
  const stored = await page.evaluate((key) => localStorage.getItem(key), DIARY_KEY);
  expect(stored).toContain('"version":2');
  expect(stored).toContain('"n":"Magnesium"');
});

test('treatments_a_day_entry_with_a_medicine_counts_as_an_acute_medicine_day_and_can_stop_you', async ({ page }) => {
  await openApp(page, '#/diary');
  const log = page.locator('section.day-log');
  await log.getByRole('button', { name: 'Moderate' }).click();
  await log.getByRole('button', { name: 'Yes, it stopped me' }).click();
  await expect(log.getByRole('button', { name: 'Yes, it stopped me' })).toHaveAttribute('aria-pressed', 'true');
  await log.getByRole('button', { name: '+ Ibuprofen' }).click();
  await expect(log.getByRole('button', { name: 'Remove Ibuprofen today' })).toBeVisible();
  await screenshot(page, 'diary-day-log-took-something-phone-light');
  const stored = await page.evaluate((key) => localStorage.getItem(key), DIARY_KEY);
  expect(stored).toContain('"st":true');
  expect(stored).toContain('"n":"Ibuprofen"');
  await page.goto('#/insights');
  // The insights count it: one day with headache medicine, one day that stopped normal activities.
  await expect(page.getByText('Normal activities stopped on 1 day.')).toBeVisible();
  await expect(page.locator('.insights').getByText(/headache medicine on 1 day/).first()).toBeAttached();
});
