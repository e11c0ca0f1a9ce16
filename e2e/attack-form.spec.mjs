// The headache form on a phone: the quick entry during an attack (severity, one symptom, one medicine, Save) with
// its taps counted, editing an ended headache and seeing the change after a reload, a refused save that keeps
// what was typed, keyboard-only use, no sideways scrolling, and screenshots (top and bottom, light and dark).
import { test, expect, screenshot, openApp, SCREENSHOT_DIR } from './fixtures.mjs';

test.use({ viewport: { width: 390, height: 844 } });

const KEY = 'headache-diary.diary';
const RUNNING_ID = 1815026688000017;
const ENDED_ID = 1815618355200017;

/** Local wall-clock time `minutesAgo` before now, as the diary stores it (`2026-03-02T21:30`). */
function localTime(minutesAgo) {
  return `(() => {
    const d = new Date(Date.now() - ${minutesAgo} * 60000);
    const p = (n) => String(n).padStart(2, '0');
    return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + 'T' + p(d.getHours()) + ':' + p(d.getMinutes());
  })()`;
}

/** Writes a diary (its `data` built in the page from `dataExpression`) and opens `route` on it. */
async function seed(page, dataExpression, route) {
  await openApp(page, '#/');
  await page.evaluate(
    ([key, expression]) => {
      // eslint-disable-next-line no-eval
      const data = (0, eval)(`(${expression})`);
      localStorage.setItem(key, JSON.stringify({ version: 1, data }));
    },
    [KEY, dataExpression],
  );
  await page.goto(route);
  await page.reload();
  await expect(page.locator('#attack-form-title')).toBeVisible();
}

const runningDiary = `{ a: [{ id: ${RUNNING_ID}, s: ${localTime(90)} }] }`;
const endedDiary = `{ a: [
  { id: ${ENDED_ID}, s: ${localTime(60 * 30)}, e: ${localTime(60 * 26)}, sv: 4, lo: ['both'], q: ['press'],
    m: [{ n: 'Ibuprofen', d: '400 mg', t: ${localTime(60 * 29)}, c: 'simple', ef: 'some', r: 90 }], st: false }
] }`;

async function storedAttack(page, id) {
  return page.evaluate(
    ([key, id]) => JSON.parse(localStorage.getItem(key)).data.a.find((a) => a.id === id),
    [KEY, id],
  );
}

async function hasNoSidewaysScroll(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

test('quick entry on a running headache: severity, one symptom, one medicine, Save in 4 taps', async ({ page }) => {
  await seed(page, runningDiary, `#/diary/attack/${RUNNING_ID}`);
  await expect(page.getByText('Still going.')).toBeVisible();

  let taps = 0;
  const tap = async (locator) => {
    taps += 1;
    await locator.click();
  };
  await tap(page.locator('label[for="severity-7"]'));
  await expect(page.locator('#severity-words')).toHaveText('7 – severe');
  await tap(page.getByText('feeling sick', { exact: true }));
  await tap(page.getByRole('button', { name: 'Add Ibuprofen' }));
  await tap(page.getByRole('button', { name: 'Save', exact: true }));

  await expect(page).toHaveURL(/#\/diary$/);
  test.info().annotations.push({ type: 'actions', description: `quick entry took ${taps} taps` });
  console.log(`ATTACK FORM QUICK ENTRY: ${taps} taps`);
  expect(taps).toBeLessThanOrEqual(4);

  const attack = await storedAttack(page, RUNNING_ID);
  expect(attack.sv).toBe(7);
  expect(attack.sy).toEqual(['nausea']);
  expect(attack.m).toHaveLength(1);
  expect(attack.m[0]).toMatchObject({ n: 'Ibuprofen', c: 'simple' });
  expect(attack.e, 'still going').toBeUndefined();
});

test('editing an ended headache: the change is there after a reload', async ({ page }) => {
  await seed(page, endedDiary, `#/diary/attack/${ENDED_ID}`);
  await expect(page.locator('#attack-form-title')).toHaveText(/^Headache of /);
  // Ibuprofen was used before, so it is offered with its last dose.
  await expect(page.getByRole('button', { name: 'Add Ibuprofen 400 mg' })).toBeVisible();
  await expect(page.locator('#dose-0-name')).toHaveValue('Ibuprofen');

  await page.locator('label[for="severity-8"]').click();
  await page.getByText('throbbing', { exact: true }).click();
  await page.locator('#attack-note').fill('Better after a sleep in a dark room.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/#\/diary$/);

  await page.goto(`#/diary/attack/${ENDED_ID}`);
  await page.reload();
  await expect(page.locator('#severity-8')).toBeChecked();
  await expect(page.locator('#attack-quality-throb')).toBeChecked();
  await expect(page.locator('#attack-note')).toHaveValue('Better after a sleep in a dark room.');
  await expect(page.locator('#dose-0-relief')).toHaveValue('90');
});

test('an end before the start is refused next to the field, and nothing typed is lost', async ({ page }) => {
  await seed(page, runningDiary, `#/diary/attack/${RUNNING_ID}`);
  const start = await page.locator('#attack-start').inputValue();
  // Midnight of the start's day: before the start (which is 90 minutes ago, so never exactly midnight but once a day).
  const earlier = `${start.split('T')[0]}T00:00`;
  await page.locator('label[for="severity-6"]').click();
  await page.locator('#attack-note').fill('Typed before the mistake');
  await page.locator('#attack-end').fill(earlier);
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  await expect(page.locator('#attack-end-error')).toContainText('is before the start');
  await expect(page.locator('.attack-form [role="alert"]')).toContainText('is before the start');
  await expect(page).toHaveURL(new RegExp(`#/diary/attack/${RUNNING_ID}$`));
  await expect(page.locator('#attack-note')).toHaveValue('Typed before the mistake');
  await expect(page.locator('#severity-6')).toBeChecked();
  await expect(page.locator('#attack-end')).toBeFocused();
  expect((await storedAttack(page, RUNNING_ID)).sv).toBeUndefined();
  // What the person sees: the focused end field with its message (a viewport, not the whole page).
  await page.screenshot({ path: `${SCREENSHOT_DIR}/diary-form-error.png` });
});

test('keyboard only: severity with arrow keys, a chip with Space, Save with Enter', async ({ page }) => {
  await seed(page, runningDiary, `#/diary/attack/${RUNNING_ID}`);
  await page.locator('#severity-0').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#severity-words')).toHaveText('3 – mild');
  await page.keyboard.press('Tab');
  // Focus leaves the radio group: the next stop is Clear, then the first symptom chip.
  await page.keyboard.press('Tab');
  await expect(page.locator('#attack-symptom-nausea')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('#attack-symptom-nausea')).toBeChecked();
  await page.locator('.attack-form__save').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/diary$/);
  const attack = await storedAttack(page, RUNNING_ID);
  expect(attack.sv).toBe(3);
  expect(attack.sy).toEqual(['nausea']);
});

test('screenshots of the form, top and bottom, light and dark; nothing wider than the phone', async ({ page }) => {
  await seed(page, endedDiary, `#/diary/attack/${ENDED_ID}`);
  await page.locator('label[for="severity-7"]').click();
  await page.getByText('feeling sick', { exact: true }).click();
  await page.getByText('light bothers me', { exact: true }).click();
  await page.getByText('seeing things', { exact: false }).click();
  expect(await hasNoSidewaysScroll(page)).toBe(true);

  // Every tap target is at least 44 px tall.
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('.attack-form label.chip, .attack-form button, .severity-picker__score, .attack-form .field__input')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => [el.id || el.textContent.trim().slice(0, 30), el.getBoundingClientRect().height])
      .filter(([, height]) => height < 43.5),
  );
  expect(small).toEqual([]);

  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOT_DIR}/diary-form-top-${scheme}.png` });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.screenshot({ path: `${SCREENSHOT_DIR}/diary-form-bottom-${scheme}.png` });
    // A full-page capture draws the sticky Save bar where the viewport was; lay it out in place for this one.
    // (Through the CSS object model: the app's Content-Security-Policy rightly refuses an added <style>.)
    const actions = page.locator('.attack-form__actions');
    await actions.evaluate((bar) => bar.style.setProperty('position', 'static'));
    await screenshot(page, `diary-form-full-${scheme}`);
    await actions.evaluate((bar) => bar.style.removeProperty('position'));
    // The middle of the form, one phone screen at a time (the full-page image is too tall to read).
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 844, part = 1; y < height - 844; y += 760, part += 1) {
      await page.screenshot({
        path: `${SCREENSHOT_DIR}/diary-form-part-${part}-${scheme}.png`,
        fullPage: true,
        clip: { x: 0, y, width: 390, height: 844 },
      });
    }
    expect(await hasNoSidewaysScroll(page)).toBe(true);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  await seed(page, runningDiary, `#/diary/attack/${RUNNING_ID}`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOT_DIR}/diary-form-running-top-light.png` });
});
