// Whatever the browser's storage holds, nothing is lost: a diary saved as corrupt JSON, as valid JSON of the
// wrong shape, or by a newer version is shown as such with its exact text to download, is never saved over,
// and the rest of the app keeps working; the diary as the first release wrote it loads; storage that is
// disabled (private mode, blocked site data) or full is explained and what is logged stays in the tab.
// Storage is seeded before the app's first load (an init script, once per tab), as a person's browser would
// hold it.
import fs from 'node:fs';
import { test, expect, openApp, openCheck, appKeys } from './fixtures.mjs';
import { isoDay } from './today.mjs';

const DIARY_KEY = 'headache-diary.diary';
const SETTINGS_KEY = 'headache-diary.preferences';

test.use({ viewport: { width: 390, height: 844 } });

/** Three finished headaches in the last fortnight, as the app stores them. */
function threeHeadaches() {
  return JSON.stringify({
    version: 1,
    data: {
      a: [
        { id: 501, s: `${isoDay(-10)}T08:00`, e: `${isoDay(-10)}T12:00`, sv: 6 },
        { id: 502, s: `${isoDay(-6)}T14:00`, e: `${isoDay(-6)}T16:00`, sv: 4 },
        { id: 503, s: `${isoDay(-3)}T07:00`, e: `${isoDay(-3)}T09:30`, sv: 8 },
      ],
    },
  });
}

/** Writes `entries` ({ key: text }) to localStorage before the app's first load in this tab (only once, so a
 * reload shows what the app left). */
async function seedStorage(page, entries) {
  await page.addInitScript((seed) => {
    if (sessionStorage.getItem('e2e-seeded') === null) {
      localStorage.clear();
      for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
      sessionStorage.setItem('e2e-seeded', '1');
    }
  }, entries);
}

async function stored(page, key) {
  return page.evaluate((name) => localStorage.getItem(name), key);
}

/** Clicks `button` and returns the text of the file the browser downloads. */
async function downloadedText(page, button) {
  const waiting = page.waitForEvent('download');
  await button.click();
  const file = await waiting;
  return fs.readFileSync(await file.path(), 'utf8');
}

/** The self-check shows in `tab` and its first question can be answered ("no": a "yes" to a warning sign leaves
 * the questions for the "go now" screen). */
async function expectFirstQuestionAnswerable(tab) {
  await expect(tab.getByRole('heading', { level: 1, name: 'Self-check: is it migraine?' })).toBeVisible();
  const firstQuestion = tab.locator('fieldset').first();
  await expect(firstQuestion).toBeVisible();
  const no = firstQuestion.locator('input[type="radio"][value="no"]');
  await no.check();
  await expect(no).toBeChecked();
}

/** The self-check opens from the app and its first question can be answered. */
async function expectSelfCheckUsable(page) {
  await page.getByRole('link', { name: 'Headache check & diary' }).click();
  await page.getByRole('link', { name: /Check my headaches/ }).click();
  await expectFirstQuestionAnswerable(page);
  // Back to the app: the self-check is a build of its own beside it (check/).
  await page.goBack();
  await expect(page.locator('header.site-header')).toBeVisible();
}

/** Whether leaving the page now would first ask the person (the browser's own "Leave site?"): the page refuses a
 * cancelable beforeunload. Asked of the page directly: a real dialog's "Stay" stalls headless Chromium's
 * navigation bookkeeping (microsoft/playwright#23141). */
async function leavingAsks(page) {
  return page.evaluate(() => {
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    return leaving.defaultPrevented;
  });
}

/** With changes kept in this tab only, leaving the page (for the self-check, a page of its own: check/) asks
 * first; the self-check works in a tab of its own meanwhile, and this tab keeps everything. */
async function expectLeavingAsksFirst(page) {
  expect(await leavingAsks(page), 'leaving asks first').toBe(true);
  const check = await page.context().newPage();
  await check.goto('check/');
  await expectFirstQuestionAnswerable(check);
  await check.close();
}

/** The unreadable-diary alert on the diary page: its words, the exact stored text as a download, no logging
 * over it, and the text still stored after the rest of the app has been used. */
async function expectUnreadableDiaryKept(page, raw, words) {
  await openApp(page, '#/diary');
  const alert = page.getByRole('alert').filter({ hasText: 'Your saved diary could not be read' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(words);
  await expect(alert).toContainText('Nothing has been deleted or changed.');
  await expect(page.getByRole('button', { name: 'Headache now' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'No headache today' })).toHaveCount(0);

  const text = await downloadedText(page, alert.getByRole('button', { name: 'Download the saved data' }));
  expect(text).toBe(raw);

  // The rest of the app works, and nothing it does writes over the diary.
  await expectSelfCheckUsable(page);
  await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click();
  await page.reload();
  await expect(page.locator('header.site-header')).toBeVisible();
  expect(await stored(page, DIARY_KEY)).toBe(raw);
  expect(await stored(page, `${DIARY_KEY}.unreadable`)).toBeNull();
  await page.goto('#/diary');
  await expect(page.getByRole('alert').filter({ hasText: 'Your saved diary could not be read' })).toBeVisible();
  expect(await stored(page, DIARY_KEY)).toBe(raw);
}

test('storage_diary_corrupt_json_is_shown_downloadable_and_never_saved_over', async ({ page }) => {
  const raw = '{"version":1,"data":{"a":[{"id":501,"s":"2026-03-02T21:30","e":';
  await seedStorage(page, { [DIARY_KEY]: raw });
  await expectUnreadableDiaryKept(page, raw, 'The saved data is damaged and cannot be read');
});

test('storage_diary_valid_json_of_the_wrong_shape_is_shown_downloadable_and_never_saved_over', async ({ page }) => {
  const raw = '{"version":1,"data":{"a":"three headaches","d":{"2026-03-01":"free"}}}';
  await seedStorage(page, { [DIARY_KEY]: raw });
  await expectUnreadableDiaryKept(page, raw, 'not in a shape this app understands');
});

test('storage_diary_of_a_bare_list_is_shown_downloadable_and_never_saved_over', async ({ page }) => {
  const raw = '[{"id":501,"s":"2026-03-02T21:30"}]';
  await seedStorage(page, { [DIARY_KEY]: raw });
  await expectUnreadableDiaryKept(page, raw, 'not in a shape this app understands');
});

test('storage_diary_from_a_newer_version_says_reload_and_is_never_saved_over', async ({ page }) => {
  const raw = JSON.stringify({ version: 99, data: { a: [{ id: 501, s: '2026-03-02T21:30' }], z: { new: true } } });
  await seedStorage(page, { [DIARY_KEY]: raw });
  await expectUnreadableDiaryKept(page, raw, 'written by a newer version of this app (version 99; this one reads up to 2)');
});

test('storage_diary_as_the_first_release_wrote_it_loads_with_every_entry_and_is_not_rewritten', async ({ page }) => {
  // Version 1 is the oldest stored version; later versions must keep reading it (migrations start here).
  const raw = fs.readFileSync('tests/fixtures/diary-v1.json', 'utf8');
  await seedStorage(page, { [DIARY_KEY]: raw });
  await openApp(page, '#/diary');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText('4 headaches logged.')).toBeVisible();
  await expect(page.locator('.history-row')).toHaveCount(4);
  // Reading is not writing: the text stays exactly as the first release stored it until a change is made.
  expect(await stored(page, DIARY_KEY)).toBe(raw);
  await page.goto('#/data');
  await expect(page.locator('#data-status')).toHaveText('Your diary in this browser holds 4 headaches, 6 day entries and 2 periods.');
});

test('storage_disabled_is_explained_and_a_headache_is_kept_in_the_tab', async ({ page }) => {
  // Private mode with site data blocked: reading window.localStorage itself throws.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
      },
    });
  });
  await openApp(page, '#/diary');
  const words = 'This browser is not letting the app store anything';
  await expect(page.getByRole('alert').filter({ hasText: words }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Headache now' }).click();
  await expect(page.getByRole('region', { name: 'Headache in progress' })).toContainText('Headache since');
  await expect(page.getByRole('alert').filter({ hasText: 'Changes are kept in this tab only.' })).toContainText(words);
  await page.getByRole('button', { name: "It's over" }).click();
  await expect(page.getByText('1 headache logged.')).toBeVisible();
  await expectLeavingAsksFirst(page);
  await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', /dark|light/);
});

/** Fills this origin's localStorage until not even one more character fits. Returns how many keys it wrote. */
async function fillQuota(page) {
  return page.evaluate(() => {
    let count = 0;
    for (const size of [256 * 1024, 1024, 1]) {
      const block = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`e2e-filler-${count}`, block);
          count += 1;
        } catch (error) {
          if (error.name !== 'QuotaExceededError') throw error;
          break;
        }
      }
    }
    return count;
  });
}

async function freeQuota(page) {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('e2e-filler-')) localStorage.removeItem(key);
  });
}

const FULL = "The browser's storage for this site is full, so the latest change was not saved.";

test('storage_full_on_save_keeps_the_headache_in_the_tab_says_so_and_loses_nothing_saved', async ({ page }) => {
  const raw = threeHeadaches();
  await seedStorage(page, { [DIARY_KEY]: raw });
  await openApp(page, '#/diary');
  await expect(page.getByText('3 headaches logged.')).toBeVisible();
  expect(await fillQuota(page)).toBeGreaterThan(10);

  await page.getByRole('button', { name: 'Headache now' }).click();
  await expect(page.getByRole('region', { name: 'Headache in progress' })).toContainText('Headache since');
  await expect(page.getByRole('alert').filter({ hasText: FULL }).first()).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Changes are kept in this tab only.' })).toBeVisible();
  // What was saved before is untouched.
  expect(await stored(page, DIARY_KEY)).toBe(raw);
  // The app still works, and the headache is still on screen after going to another page was asked about.
  await expectLeavingAsksFirst(page);
  await expect(page.getByRole('region', { name: 'Headache in progress' })).toBeVisible();
  expect(await stored(page, DIARY_KEY)).toBe(raw);
  await freeQuota(page);
});

// The "not saved" message shows on every page (src/app.rs frame), not only on the diary page.
test('storage_full_on_save_from_the_home_page_says_the_headache_was_not_saved', async ({ page }) => {
  await seedStorage(page, { [DIARY_KEY]: threeHeadaches() });
  await openApp(page, '#/');
  await fillQuota(page);
  await page.getByRole('button', { name: 'Headache now' }).click();
  await expect(page.getByRole('region', { name: 'Headache in progress' })).toContainText('Headache since');
  await expect(page.getByRole('alert').filter({ hasText: FULL }).first()).toBeVisible();
  await freeQuota(page);
});

test('storage_full_then_freed_the_next_change_saves_everything_kept_in_the_tab', async ({ page }) => {
  const raw = threeHeadaches();
  await seedStorage(page, { [DIARY_KEY]: raw });
  await openApp(page, '#/diary');
  await expect(page.getByText('3 headaches logged.')).toBeVisible();
  await fillQuota(page);
  await page.getByRole('button', { name: 'Headache now' }).click();
  await expect(page.getByRole('alert').filter({ hasText: FULL }).first()).toBeVisible();
  expect(await stored(page, DIARY_KEY)).toBe(raw);
  expect(await leavingAsks(page), 'a change kept in this tab only').toBe(true);

  await freeQuota(page);
  await page.getByRole('button', { name: "It's over" }).click();
  await expect(page.getByText('4 headaches logged.')).toBeVisible();
  expect(await leavingAsks(page), 'everything saved').toBe(false);
  const saved = JSON.parse(await stored(page, DIARY_KEY));
  expect(saved.data.a.map((attack) => attack.id).slice(0, 3)).toEqual([501, 502, 503]);
  expect(saved.data.a).toHaveLength(4);
  expect(saved.data.a[3].e).toBeTruthy();
  await page.reload();
  await expect(page.getByText('4 headaches logged.')).toBeVisible();
});

// Once storage takes changes again, the tab is back in step: the changes kept in it are replayed one by one on the
// diary as stored (src/state/diary.rs keep_in_memory), so another tab's saved change is never written over.
test('storage_full_then_freed_the_tab_is_back_in_step_and_never_writes_over_another_tab', async ({ page, context }) => {
  const raw = threeHeadaches();
  await seedStorage(page, { [DIARY_KEY]: raw });
  await openApp(page, '#/diary');
  await fillQuota(page);
  await page.getByRole('button', { name: 'Headache now' }).click();
  await expect(page.getByRole('alert').filter({ hasText: FULL }).first()).toBeVisible();
  await freeQuota(page);
  await page.getByRole('button', { name: "It's over" }).click();
  await expect(page.getByText('4 headaches logged.')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Changes are kept in this tab only.' })).toHaveCount(0);

  // A second tab marks a period; the first tab follows it, and its next change keeps it.
  const other = await context.newPage();
  await openApp(other, '#/diary');
  await other.getByRole('button', { name: 'Period started today' }).click();
  await expect(other.getByRole('button', { name: 'Period started today ✓' })).toBeVisible();
  expect(JSON.parse(await stored(page, DIARY_KEY)).data.p).toHaveLength(1);
  await expect(page.getByRole('button', { name: 'Period started today ✓' })).toBeVisible();
  await page.goto('#/diary/attack/501');
  await page.locator('#attack-note').fill('Edited after the storage was freed');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/#\/diary$/);
  const saved = JSON.parse(await stored(page, DIARY_KEY));
  expect(saved.data.a.find((attack) => attack.id === 501).n).toBe('Edited after the storage was freed');
  expect(saved.data.p, "the other tab's period").toHaveLength(1);
});

test('storage_settings_corrupt_json_is_reported_kept_aside_before_the_next_save_and_downloadable', async ({ page }) => {
  const raw = '{"version":1,"data":{"theme":"da';
  const diary = threeHeadaches();
  await seedStorage(page, { [SETTINGS_KEY]: raw, [DIARY_KEY]: diary });
  await openApp(page, '#/');
  const alert = page.getByRole('alert').filter({ hasText: 'Settings: The saved data is damaged and cannot be read' });
  await expect(alert).toBeVisible();
  expect(await stored(page, SETTINGS_KEY)).toBe(raw);

  // Choosing a theme saves new settings, but only after the damaged text is kept under its own key.
  await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', /dark|light/);
  expect(await stored(page, `${SETTINGS_KEY}.unreadable`)).toBe(raw);
  expect(JSON.parse(await stored(page, SETTINGS_KEY)).version).toBe(1);
  expect(await stored(page, DIARY_KEY)).toBe(diary);

  await page.goto('#/data');
  const copy = page.getByRole('button', { name: /^Download: / });
  await expect(copy).toHaveCount(1);
  expect(await downloadedText(page, copy)).toBe(raw);
  await expect(page.locator('#data-status')).toHaveText('Your diary in this browser holds 3 headaches, no day entries and no periods.');
  const keys = await appKeys(page);
  expect(Object.keys(keys).filter((key) => key.startsWith(SETTINGS_KEY))).toEqual([SETTINGS_KEY, `${SETTINGS_KEY}.unreadable`]);
  expect(keys[`${SETTINGS_KEY}.unreadable`]).toBe(raw);
  expect(keys[DIARY_KEY]).toBe(diary);
});

test('storage_self_check_corrupt_json_is_reported_kept_aside_before_the_next_save_and_downloadable', async ({ page }) => {
  const raw = '{"version":1,"data":{"answers":{"warning":{"thunderclap":"n';
  const diary = threeHeadaches();
  await seedStorage(page, { 'headache-diary.self-check': raw, [DIARY_KEY]: diary });
  await openCheck(page);
  const alert = page.getByRole('alert').filter({ hasText: 'Self-check: The saved data is damaged and cannot be read' });
  await expect(alert).toBeVisible();
  expect(await stored(page, 'headache-diary.self-check')).toBe(raw);

  // Answering saves the new answers, but only after the damaged text is kept under its own key.
  const no = page.locator('fieldset').first().locator('input[type="radio"][value="no"]');
  await no.check();
  await expect(no).toBeChecked();
  await expect.poll(() => stored(page, 'headache-diary.self-check.unreadable')).toBe(raw);
  expect(JSON.parse(await stored(page, 'headache-diary.self-check')).version).toBe(2);
  expect(await stored(page, DIARY_KEY)).toBe(diary);

  await page.goto('#/data');
  const copy = page.getByRole('button', { name: /^Download: / });
  await expect(copy).toHaveCount(1);
  expect(await downloadedText(page, copy)).toBe(raw);
});
