// A tour of every screen of the app, shared by the accessibility and phone specs: the theme set the
// way the app stores it, the self-check walked to its screens, and a seeded diary for the pages
// that need data. Not a spec itself (Playwright only runs *.spec.mjs).
import { expect } from './fixtures.mjs';
import { seedDiary, weeksOfDiary } from './seed.mjs';

export const THEMES = ['light', 'dark', 'dim'];

export const PHONE = { width: 360, height: 640 };
export const DESKTOP = { width: 1280, height: 900 };

/** The first attack `weeksOfDiary` writes, to open an existing headache. */
export const SEEDED_ATTACK_ID = 1_700_000_000_000_000;

/**
 * Stores the theme preference exactly as the app saves it, before any page of the app loads, so
 * every screen of the test opens in that theme (as for a person who chose it in settings).
 */
export async function useStoredTheme(page, theme) {
  await page.addInitScript((choice) => {
    localStorage.setItem('headache-diary.preferences', JSON.stringify({ version: 1, data: { theme: choice } }));
  }, theme);
}

/** Waits until the app shows `route` with its heading and the theme in place. */
export async function open(page, route, theme) {
  await page.goto(route);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  // The app's header, or the self-check build's slim bar.
  await expect(page.locator('header.site-header, header.embed-bar').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  if (theme) await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

// ---- The self-check -------------------------------------------------------------------------------------

/** Both safety groups "no" and headaches the same for over a year: no urgent sign, so the check goes on. */
export const NO_WARNING_SIGNS = [
  ['emergency-signs', 'no'], ['same-day-signs', 'no'], ['history', 'same-over-a-year'],
];

/** Ana, 34: monthly one-sided throbbing headaches, feeling sick, answered after the warning step. */
export const MIGRAINE_ANSWERS = [
  ['age', 34], ['has-periods', 'no'], ['headache-days', 2], ['headache-months', 24],
  ['attack-count', '10-plus'], ['attack-length', '4-h-to-3-days'], ['eye-temple-attacks', 'no'],
  ['side', 'one-side'], ['quality', 'throbbing'], ['severity', 'severe'], ['worse-with-activity', 'yes'],
  ['sickness', 'sick'], ['aura', 'no'],
];

export const checkTitle = (page) => page.locator('#check-screen-title');

/** Presses Next (or "See my result") and waits for the next screen's heading. */
export async function nextCheckScreen(page) {
  const before = await checkTitle(page).textContent();
  await page.locator('.check-nav__next').click();
  await expect(checkTitle(page)).not.toHaveText(before);
}

/** Answers a list of questions by tapping their labels (typing numbers), pressing Next when needed. */
export async function answerCheck(page, answers) {
  for (const [id, value] of answers) {
    const fieldset = page.locator(`#q-${id}`);
    for (let tries = 0; !(await fieldset.count()); tries += 1) {
      if (tries > 10) throw new Error(`question ${id} never appeared`);
      await nextCheckScreen(page);
    }
    if (typeof value === 'number') {
      await page.locator(`#q-${id}-input`).fill(String(value));
    } else {
      await page.locator(`label[for="q-${id}-${value}"]`).click();
    }
  }
}

/** Presses Next until the result or the emergency screen shows. */
export async function finishCheck(page) {
  for (let tries = 0; !(await page.locator('.check-result, .check-emergency').count()); tries += 1) {
    if (tries > 10) throw new Error('no result');
    await nextCheckScreen(page);
  }
}

/**
 * Walks the self-check and calls `visit(name)` on each of its screens: the first step (the
 * warning signs), the same step after a Next with nothing answered (the problems named), a middle
 * step, the result, and, after starting again, the emergency screen.
 */
export async function tourSelfCheck(page, theme, visit) {
  await open(page, 'check/', theme);
  await expect(checkTitle(page)).toHaveText('First, some safety questions');
  await visit('check-warning-signs');
  await page.locator('.check-nav__next').click();
  await expect(page.locator('.check-step [role=alert]')).toContainText('Please answer these');
  await visit('check-warning-signs-unanswered');
  // A safety group opened: its signs, each asked.
  await page.locator('label[for="q-emergency-signs-yes"]').click();
  await expect(page.locator('#q-thunderclap')).toBeVisible();
  await visit('check-warning-group-open');
  await answerCheck(page, [...NO_WARNING_SIGNS, ...MIGRAINE_ANSWERS.slice(0, 6)]);
  await expect(checkTitle(page)).toHaveText('Your usual headache');
  await visit('check-middle-step');
  await answerCheck(page, MIGRAINE_ANSWERS.slice(6));
  await finishCheck(page);
  await expect(page.locator('.pattern-card')).toHaveCount(1);
  await visit('check-result');
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(checkTitle(page)).toHaveText('First, some safety questions');
  await page.locator('label[for="q-emergency-signs-yes"]').click();
  await page.locator('label[for="q-thunderclap-yes"]').click();
  await finishCheck(page);
  await expect(page.locator('.check-emergency')).toBeVisible();
  await visit('check-emergency');
}

/** Every other screen, empty then with twelve weeks of diary; `visit(name)` is called on each. */
export async function tourPages(page, theme, visit) {
  for (const [name, route] of [
    ['home', '#/'],
    ['diary-empty', '#/diary'],
    ['attack-new', '#/diary/attack/new'],
    ['data', '#/data'],
    ['settings', '#/settings'],
    ['not-found', '#/no-such-page'],
  ]) {
    await open(page, route, theme);
    await visit(name);
  }
  await seedDiary(page, weeksOfDiary(12), '#/diary');
  for (const [name, route] of [
    ['diary-seeded', '#/diary'],
    ['attack-existing', `#/diary/attack/${SEEDED_ATTACK_ID}`],
    ['insights', '#/insights'],
    ['report', '#/report'],
    ['treatments', '#/treatments'],
  ]) {
    await open(page, route, theme);
    await visit(name);
  }
  // The treatment form, open with its optional details, and a row in the list.
  await page.getByRole('button', { name: 'Add a treatment' }).click();
  await page.getByRole('button', { name: 'Topiramate', exact: true }).click();
  await page.getByText('When, how much, and for how long (optional)').click();
  await visit('treatments-form');
  await page.getByLabel('Side effects', { exact: true }).check();
  await page.getByRole('button', { name: 'Save treatment' }).click();
  await page.getByRole('button', { name: 'Edit Topiramate' }).waitFor();
  await visit('treatments-list');
}
