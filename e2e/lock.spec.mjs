// The passphrase lock as a person meets it: turned on in Settings, a headache logged with a distinctive note
// that never reaches localStorage in the clear, the unlock screen after a reload (a wrong passphrase changes
// nothing), auto-lock after the shortest idle time (Playwright's clock), "Hide", changing and removing the
// passphrase, and a locked backup that stays encrypted and restores with its passphrase.
// Screenshots of the unlock screen and the lock settings in light and dark.
import fs from 'node:fs';
import { test, expect, screenshot, openApp, lockFromSettings } from './fixtures.mjs';
import { isoDay } from './today.mjs';

const DIARY_KEY = 'headache-diary.diary';
const PASSPHRASE = 'blue kettle morning';
const NOTE = 'zebra-marmalade-7431';

test.use({ viewport: { width: 390, height: 844 } });

/** Every localStorage key and value. */
async function storage(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])));
}

async function storedDiary(page) {
  return page.evaluate((key) => localStorage.getItem(key), DIARY_KEY);
}

/** A fresh start, optionally with a plain diary already stored. */
async function fresh(page, diary) {
  await page.goto('#/');
  await page.evaluate(([key, value]) => {
    localStorage.clear();
    if (value) localStorage.setItem(key, JSON.stringify({ version: 1, data: value }));
  }, [DIARY_KEY, diary]);
  await page.reload();
  await expect(page.locator('header.site-header')).toBeVisible();
}

async function turnOnLock(page, passphrase = PASSPHRASE) {
  await openApp(page, '#/settings');
  await lockFromSettings(page, passphrase);
}

async function unlock(page, passphrase) {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

function sealedPart(text) {
  const parsed = JSON.parse(text);
  expect(parsed.data, 'no plain diary').toBeUndefined();
  expect(parsed.sealed.kdf).toBe('PBKDF2-SHA-256');
  expect(parsed.sealed.iterations).toBeGreaterThanOrEqual(600000);
  return parsed.sealed;
}

test('lock, log a headache with a note, reload: wrong passphrase refused, right one shows the headache', async ({ page }) => {
  await fresh(page);
  await turnOnLock(page);
  const sealedEmpty = await storedDiary(page);
  sealedPart(sealedEmpty);

  await page.goto('#/diary/attack/new');
  await page.locator('#attack-note').fill(NOTE);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/#\/diary$/);
  // Saves while locked are sealed asynchronously: wait until the stored text has changed.
  await expect.poll(() => storedDiary(page)).not.toBe(sealedEmpty);
  const sealedWithNote = await storedDiary(page);
  const first = sealedPart(sealedWithNote);
  expect(first.iv).not.toBe(JSON.parse(sealedEmpty).sealed.iv);
  for (const [key, value] of Object.entries(await storage(page))) {
    expect(value, key).not.toContain(NOTE);
    expect(value, key).not.toContain(Buffer.from(NOTE).toString('base64'));
  }

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your diary is locked' })).toBeVisible();
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Headache now' })).toHaveCount(0);
  await screenshot(page, 'lock-unlock-light');

  await unlock(page, 'blue kettle evening');
  await expect(page.getByRole('alert')).toContainText('That passphrase does not open this diary. Nothing was changed');
  expect(await storedDiary(page)).toBe(sealedWithNote);

  // The self-check (its own build beside the app) stays usable while locked.
  await page.goto('check/');
  await expect(page.locator('#check-screen-title')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Your diary is locked' })).toHaveCount(0);
  await page.goto('#/diary');

  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1, name: 'Your diary is locked' })).toHaveCount(0);
  await page.locator('a[href*="#/diary/attack/"]').first().click();
  await expect(page.locator('#attack-note')).toHaveValue(NOTE);
  expect(await storedDiary(page)).toBe(sealedWithNote);
});

test('auto-lock after one idle minute, and Hide locks and blanks at once', async ({ page }) => {
  // The fixture has installed the page's clock (e2e/today.mjs): here it is only moved on.
  await fresh(page, { a: [{ id: 5, s: `${isoDay(-30)}T08:00`, e: `${isoDay(-30)}T12:00`, n: NOTE }] });
  await turnOnLock(page);
  await page.getByLabel('1 minute').check();
  await expect.poll(async () => JSON.parse((await storage(page))['headache-diary.preferences']).data.auto_lock_minutes).toBe(1);

  await page.getByRole('link', { name: 'Diary', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Headache now' })).toBeVisible();
  await page.clock.fastForward(30_000);
  await expect(page.getByRole('button', { name: 'Headache now' }), 'still open after 30 s').toBeVisible();
  await page.clock.fastForward(35_000);
  await expect(page.getByRole('heading', { level: 1, name: 'Your diary is locked' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Headache now' })).toHaveCount(0);

  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('button', { name: 'Headache now' })).toBeVisible();

  // Hide, from the keyboard: the whole app goes, a neutral screen with one button stays.
  const hide = page.getByRole('button', { name: 'Hide the screen and lock the diary' });
  await hide.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('header.site-header')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('Headache');
  const back = page.getByRole('button', { name: 'Continue' });
  await expect(back).toBeFocused();
  await screenshot(page, 'lock-hidden-light');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Your diary is locked' })).toBeVisible();
});

test('Hide without the lock blanks the screen and comes back to the same page', async ({ page }) => {
  await fresh(page);
  await openApp(page, '#/diary');
  await page.getByRole('button', { name: 'Hide the screen' }).click();
  await expect(page.locator('header.site-header')).toHaveCount(0);
  await expect(page, 'the tab title says nothing either').toHaveTitle('Paused');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('button', { name: 'Headache now' })).toBeVisible();
  await expect(page).toHaveTitle('Headache check & diary');
});

test('change the passphrase, then remove the lock', async ({ page }) => {
  await fresh(page, { a: [{ id: 7, s: `${isoDay(-29)}T08:00`, e: `${isoDay(-29)}T10:00`, n: NOTE }] });
  await turnOnLock(page);
  await screenshot(page, 'lock-settings-light');
  const before = await storedDiary(page);

  await page.locator('#change-current').fill('not my passphrase');
  await page.locator('#change-new').fill('green tea at dawn');
  await page.locator('#change-again').fill('green tea at dawn');
  await page.getByRole('button', { name: 'Change the passphrase' }).click();
  await expect(page.getByRole('alert')).toContainText('does not open this diary');
  expect(await storedDiary(page)).toBe(before);

  await page.locator('#change-current').fill(PASSPHRASE);
  await page.locator('#change-new').fill('green tea at dawn');
  await page.locator('#change-again').fill('green tea at dawn');
  await page.getByRole('button', { name: 'Change the passphrase' }).click();
  await expect(page.getByText('Passphrase changed.')).toBeVisible();
  expect(sealedPart(await storedDiary(page)).salt).not.toBe(sealedPart(before).salt);

  await page.reload();
  await page.goto('#/diary');
  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('alert')).toContainText('does not open this diary');
  await unlock(page, 'green tea at dawn');
  await expect(page.getByRole('button', { name: 'Headache now' })).toBeVisible();

  await page.goto('#/settings');
  await page.getByRole('button', { name: 'Remove the lock…' }).click();
  await page.locator('#remove-current').fill('green tea at dawn');
  await page.getByRole('button', { name: 'Remove the lock', exact: true }).click();
  await expect(page.getByText('The lock is removed.')).toBeVisible();
  const plain = JSON.parse(await storedDiary(page));
  expect(plain.version).toBe(2);
  expect(plain.data.a[0].n).toBe(NOTE);
  await page.reload();
  await page.goto('#/diary');
  await expect(page.getByRole('button', { name: 'Headache now' })).toBeVisible();
  await expect(page.getByLabel('New passphrase', { exact: true })).toHaveCount(0);
});

test('a locked backup stays encrypted and restores only with its passphrase', async ({ page }) => {
  await fresh(page, { a: [{ id: 9, s: `${isoDay(-28)}T08:00`, e: `${isoDay(-28)}T10:00`, n: NOTE }] });
  await turnOnLock(page);
  await page.goto('#/data');
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a full backup' }).click();
  const file = await waiting;
  const text = fs.readFileSync(await file.path(), 'utf8');
  expect(text).not.toContain(NOTE);
  const backup = JSON.parse(text);
  sealedPart(JSON.stringify(backup.data.diary));
  expect(JSON.stringify(backup.data.diary)).toBe(await storedDiary(page));

  // A new browser profile: nothing stored.
  await fresh(page);
  await openApp(page, '#/data');
  await page.getByLabel('Backup file (.json)').setInputFiles({ name: 'locked-backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByLabel("The backup's passphrase").fill('wrong passphrase here');
  await page.getByRole('button', { name: 'Open the backup' }).click();
  await expect(page.getByRole('alert')).toContainText('does not open this diary');
  expect(await storedDiary(page)).toBeNull();

  await page.getByLabel("The backup's passphrase").fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Open the backup' }).click();
  await expect(page.locator('.data-restore__preview')).toContainText('1 headache');
  // Restored into a browser without the lock, it will be stored unencrypted: said before anything is written.
  await expect(page.locator('#restore-unlocked-warning')).toContainText('it will be stored unencrypted');
  await page.getByLabel('Replace my diary').check();
  await page.getByRole('button', { name: 'Replace my diary' }).click();
  await expect(page.locator('.data-restore__done')).toContainText('Your diary now holds 1 headache');
  expect(JSON.parse(await storedDiary(page)).data.a[0].n).toBe(NOTE);
});

test('dark theme: the unlock screen and the lock settings', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await fresh(page);
  await openApp(page, '#/settings');
  await screenshot(page, 'lock-settings-off-dark');
  await turnOnLock(page);
  await screenshot(page, 'lock-settings-dark');
  await page.reload();
  await page.goto('#/diary');
  await expect(page.getByRole('heading', { level: 1, name: 'Your diary is locked' })).toBeVisible();
  await unlock(page, 'not it at all');
  await expect(page.getByRole('alert')).toBeVisible();
  await screenshot(page, 'lock-unlock-dark');
});

test('two tabs: locking in one locks the other; a headache started in one shows in the other once unlocked', async ({ page, context }) => {
  await fresh(page);
  const other = await context.newPage();
  await openApp(other, '#/diary');
  await expect(other.getByRole('button', { name: 'Headache now' })).toBeVisible();

  await turnOnLock(page);
  await expect(other.getByRole('heading', { level: 1, name: 'Your diary is locked' })).toBeVisible();
  await unlock(other, PASSPHRASE);
  await expect(other.getByRole('button', { name: 'Headache now' })).toBeVisible();

  await page.goto('#/diary');
  const sealedBefore = await storedDiary(page);
  await page.getByRole('button', { name: 'Headache now' }).click();
  await expect(page.getByRole('region', { name: 'Headache in progress' })).toBeVisible();
  await expect.poll(() => storedDiary(page)).not.toBe(sealedBefore);
  // The other tab opens the new sealed text with the key it holds.
  await expect(other.getByRole('region', { name: 'Headache in progress' })).toBeVisible();
  await other.getByRole('button', { name: "It's over" }).click();
  await expect(page.getByRole('region', { name: 'Headache in progress' })).toHaveCount(0);
  await other.close();
});
