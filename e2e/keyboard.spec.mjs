// Keyboard only, start to finish: the whole self-check to its result, and a past headache logged with
// its times, severity and a medicine, saved and found in the history. Only Tab, Shift+Tab, Space,
// Enter, arrow keys and typing; every stop on the way shows where the focus is, and the result is
// announced from a live region. (check.spec.mjs covers the first step alone, attack-form.spec.mjs
// severity and a chip on a running headache, diary-views.spec.mjs the calendar grid.)
import { test, expect, openApp, openCheck } from './fixtures.mjs';
import { isoMinute, now } from './today.mjs';
import { MIGRAINE_ANSWERS, NO_WARNING_SIGNS, checkTitle } from './tour.mjs';

// Date fields take typed digits in the order the locale shows them: fixed, so the test types the right ones.
test.use({ viewport: { width: 390, height: 844 }, locale: 'en-US' });

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page, selector, { max = 40, back = false } = {}) {
  for (let presses = 0; presses < max; presses += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${selector}`);
}

/**
 * The focus ring a person sees on the focused control: its own outline, or for a radio or checkbox
 * drawn by its label, the outline of the box that draws it. Returns "style width" of that outline.
 */
async function focusRing(page) {
  return page.evaluate(() => {
    const focused = document.activeElement;
    const drawnBy =
      focused.closest('.check-question__option') ??
      (focused.matches('.severity-picker__input, .chip__input') ? focused.nextElementSibling : focused);
    const style = getComputedStyle(drawnBy);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
}

async function expectVisibleFocus(page) {
  const ring = await focusRing(page);
  expect(ring, 'the focused control shows a ring').toMatch(/^(solid|dashed|dotted|double|auto) ([2-9]|\d\d)(\.\d+)?px$/);
}

/** Answers one self-check question from the keyboard: arrows pick a radio, digits fill a number. */
async function answerByKeyboard(page, id, value) {
  if (!(await page.locator(`#q-${id}`).count())) {
    // The question is on the next step: Tab on to Next, then Enter.
    await tabTo(page, '.check-nav__next');
    await expectVisibleFocus(page);
    const before = await checkTitle(page).textContent();
    await page.keyboard.press('Enter');
    await expect(checkTitle(page)).not.toHaveText(before);
    await expect(checkTitle(page), 'the new step is where the focus lands').toBeFocused();
    await expect(page.locator(`#q-${id}`)).toHaveCount(1);
  }
  await tabTo(page, `#q-${id} input`);
  if (typeof value === 'number') {
    await page.keyboard.type(String(value));
    await expect(page.locator(`#q-${id}-input`)).toHaveValue(String(value));
    return;
  }
  const index = await page
    .locator(`#q-${id} input[type=radio]`)
    .evaluateAll((inputs, wanted) => inputs.findIndex((input) => input.id === wanted), `q-${id}-${value}`);
  expect(index, `q-${id}-${value} is an option`).toBeGreaterThanOrEqual(0);
  await expectVisibleFocus(page);
  if (index === 0) await page.keyboard.press('Space');
  for (let step = 0; step < index; step += 1) await page.keyboard.press('ArrowRight');
  await expect(page.locator(`#q-${id}-${value}`)).toBeChecked();
}

test('keyboard only: the whole self-check to an explained result that is announced', async ({ page }) => {
  await openCheck(page);
  await expect(checkTitle(page)).toHaveText('First, some safety questions');
  for (const [id, value] of [...NO_WARNING_SIGNS, ...MIGRAINE_ANSWERS]) {
    await answerByKeyboard(page, id, value);
  }
  // Shift+Tab goes back through the answers, and Tab returns to "See my result".
  await tabTo(page, '.check-nav__next');
  await tabTo(page, '#q-sickness input', { back: true });
  await tabTo(page, '.check-nav__next');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');

  const result = page.locator('.check-result');
  await expect(result).toBeVisible();
  await expect(page.locator('.pattern-card')).toContainText('ICHD-3 1.1 Migraine without aura');
  await expect(checkTitle(page)).toBeFocused();
  // The result is announced: it sits in a live region (aria-live, or a status/alert role).
  const live = await result.evaluate((el) => {
    const region = el.closest('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]');
    return region ? region.getAttribute('aria-live') ?? region.getAttribute('role') : null;
  });
  expect(live, 'the result is inside a live region').toMatch(/^(polite|assertive|status|alert)$/);
  // What to do next is reachable from the keyboard too.
  await tabTo(page, 'a[href$="#/diary"]');
  await expectVisibleFocus(page);
});

/** Types a local date and time into a focused datetime-local field, segment by segment (en-US order). */
async function typeDateTime(page, date) {
  const pad = (n) => String(n).padStart(2, '0');
  const hours = date.getHours() % 12 || 12;
  await page.keyboard.type(`${pad(date.getMonth() + 1)}${pad(date.getDate())}${date.getFullYear()}`);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(`${pad(hours)}${pad(date.getMinutes())}`);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(date.getHours() < 12 ? 'A' : 'P');
}


test('keyboard only: a past headache with severity and a medicine is saved and shows in the history', async ({ page }) => {
  await openApp(page, '#/diary');
  await tabTo(page, 'a[href$="#/diary/attack/new"]');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/diary\/attack\/new$/);

  // Three days ago, 08:30 to 13:00.
  const start = now();
  start.setDate(start.getDate() - 3);
  start.setHours(8, 30, 0, 0);
  const end = new Date(start);
  end.setHours(13, 0);
  await tabTo(page, '#attack-start');
  await expectVisibleFocus(page);
  await typeDateTime(page, start);
  await expect(page.locator('#attack-start')).toHaveValue(isoMinute(start));
  await tabTo(page, '#attack-end');
  await typeDateTime(page, end);
  await expect(page.locator('#attack-end')).toHaveValue(isoMinute(end));

  // Severity: the group is one Tab stop; arrows move along it and choose.
  await tabTo(page, '.severity-picker__input');
  await expectVisibleFocus(page);
  for (let step = 0; step < 7; step += 1) await page.keyboard.press('ArrowRight');
  await expect(page.locator('#severity-7')).toBeChecked();
  await expect(page.locator('#severity-words')).toHaveText('7 – severe');

  // A medicine in one key press on its quick button.
  await tabTo(page, '#quick-medicine-ibuprofen');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('.medicine-editor')).toHaveCount(1);
  await expect(page.locator('.medicine-editor input[type=text]').first()).toHaveValue('Ibuprofen');

  await tabTo(page, '.attack-form__save', { max: 80 });
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/diary$/);

  const row = page.locator('.history-row').filter({ hasText: 'Ibuprofen' });
  await expect(row).toHaveCount(1);
  await expect(row.locator('.severity-badge__number')).toHaveText('7');
  // The saved row can be reached and opened from the keyboard as well.
  await tabTo(page, '.history-row__link', { max: 80 });
  await expectVisibleFocus(page);
});
