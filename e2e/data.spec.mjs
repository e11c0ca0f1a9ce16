// "Your data" as a person meets it on a phone: a few weeks of diary downloaded as two CSV files and a JSON
// backup (contents checked), everything deleted after a confirmation that names it, the empty diary seen, the
// backup restored by replace and the same history back; a hostile file gets a message and changes nothing.
// Screenshots at 390×844 in light and dark.
import fs from 'node:fs';
import { test, expect, screenshot, openApp } from './fixtures.mjs';
import { isoDay } from './today.mjs';

const DIARY_KEY = 'headache-diary.diary';

test.use({ viewport: { width: 390, height: 844 } });

/** Four weeks: six attacks (one with a comma-and-quote note, one with a formula, one with a script), day notes,
 * a period. */
function fewWeeks() {
  const attack = (id, offset, hour, hours, extra) => {
    const start = `${isoDay(offset)}T${String(hour).padStart(2, '0')}:00`;
    const end = `${isoDay(offset)}T${String(hour + hours).padStart(2, '0')}:00`;
    return { id, s: start, e: end, ...extra };
  };
  const med = (offset, hour, n, c, more = {}) => ({ n, t: `${isoDay(offset)}T${String(hour).padStart(2, '0')}:30`, c, ...more });
  return {
    a: [
      attack(101, -27, 7, 10, { sv: 8, lo: ['left'], q: ['throb'], sy: ['nausea'], m: [med(-27, 7, 'Sumatriptan', 'triptan', { d: '50 mg', ef: 'full', r: 60 })], n: 'Bad one, "woke up" with it, then slept' }),
      attack(102, -22, 15, 3, { sv: 3, n: '=1+1' }),
      attack(103, -16, 6, 12, { sv: 9, tr: ['stress', 'sleep'], st: true }),
      attack(104, -10, 18, 4, { sv: 5, m: [med(-10, 18, 'Ibuprofen', 'simple')] }),
      attack(105, -5, 9, 6, { sv: 2, n: '<script>alert(1)</script>' }),
      attack(106, -2, 8, 5, { sv: 7, ot: ['red wine'] }),
    ],
    d: [-25, -20, -12, -8, -3].map((offset) => ({ d: isoDay(offset), k: 'free' }))
      .concat([{ d: isoDay(-1), k: { ache: { sv: 4 } } }]),
    p: [{ s: isoDay(-18), e: isoDay(-14) }],
  };
}

async function seed(page, data) {
  await page.goto('#/');
  await page.evaluate(
    ([key, value]) => {
      localStorage.clear();
      localStorage.setItem(key, JSON.stringify({ version: 1, data: value }));
    },
    [DIARY_KEY, data],
  );
  await page.reload();
}

/** Every localStorage key and value. */
async function storage(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((key) => [key, localStorage.getItem(key)])));
}

async function download(page, name) {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name }).click();
  const file = await waiting;
  return { name: file.suggestedFilename(), path: await file.path() };
}

test('download CSV and backup, delete all, restore by replace: the same history comes back', async ({ page }, testInfo) => {
  await seed(page, fewWeeks());
  await openApp(page, '#/settings');
  await page.getByRole('link', { name: /Your data/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
  await expect(page.locator('#data-status')).toHaveText('Your diary in this browser holds 6 headaches, 6 day entries and 1 period.');

  const today = isoDay(0);
  const attacks = await download(page, 'Download attacks (CSV)');
  expect(attacks.name).toBe(`headache-diary-attacks-${today}.csv`);
  const attacksText = fs.readFileSync(attacks.path, 'utf8');
  const lines = attacksText.split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('id,start,end,duration_minutes,severity,locations,qualities,aura,symptoms,medicines,triggers,own_triggers,stopped_activities,note');
  expect(lines).toHaveLength(7);
  expect(lines[1]).toBe(`101,${isoDay(-27)}T07:00,${isoDay(-27)}T17:00,600,8,left,throb,,nausea,"Sumatriptan (50 mg, triptan, full, relief 60 min)",,,,"Bad one, ""woke up"" with it, then slept"`);
  expect(lines[2]).toContain(",'=1+1");
  expect(lines[3]).toContain('stress; sleep');
  expect(lines[5]).toContain('<script>alert(1)</script>');

  const days = await download(page, 'Download daily entries (CSV)');
  expect(days.name).toBe(`headache-diary-days-${today}.csv`);
  const dayLines = fs.readFileSync(days.path, 'utf8').split('\r\n').filter(Boolean);
  expect(dayLines[0]).toBe('date,kind,severity,medicines,period_start,period_day,stopped_activities');
  expect(dayLines).toHaveLength(1 + 6 + 5);
  expect(dayLines).toContain(`${isoDay(-1)},headache,4,,,,`);
  expect(dayLines).toContain(`${isoDay(-16)},,,,${isoDay(-18)},3,`);

  const backup = await download(page, 'Download a full backup (JSON)');
  expect(backup.name).toBe(`headache-diary-backup-${today}.json`);
  const backupPath = testInfo.outputPath(backup.name);
  fs.copyFileSync(backup.path, backupPath);
  const backupJson = JSON.parse(fs.readFileSync(backupPath, 'utf8'));
  expect(backupJson.version).toBe(1);
  expect(backupJson.data.diary.version).toBe(2);
  expect(backupJson.data.diary.data.a).toHaveLength(6);
  const storedBefore = await storage(page);
  // The diary was seeded as version 1; the backup carries the same entries at the version this build writes.
  expect(JSON.parse(storedBefore[DIARY_KEY]).version).toBe(1);
  expect(backupJson.data.diary.data).toEqual(JSON.parse(storedBefore[DIARY_KEY]).data);
  await screenshot(page, 'data-light');

  // Delete all: the confirmation names what will be lost and offers a backup first.
  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  const confirm = page.locator('.data-delete__confirm');
  await expect(confirm).toContainText('6 headaches');
  await expect(confirm).toContainText('6 day entries');
  await expect(confirm).toContainText('1 period');
  await expect(page.getByRole('heading', { name: 'Delete everything this app keeps in this browser?' })).toBeFocused();
  const again = await download(page, 'Download a backup first');
  expect(again.name).toBe(`headache-diary-backup-${today}.json`);
  await expect(confirm).toContainText('Check it is saved before you delete');
  await screenshot(page, 'data-delete-confirm-light');
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.locator('#data-status')).toHaveText('Your diary in this browser is empty.');
  expect(Object.keys(await storage(page)).filter((key) => key.startsWith('headache-diary.'))).toEqual([]);

  await page.goto('#/diary');
  await expect(page.getByText('No headaches logged yet.')).toBeVisible();

  // Restore the backup, replacing the (empty) diary.
  await page.goto('#/data');
  await page.getByLabel('Backup file (.json)').setInputFiles(backupPath);
  const preview = page.locator('.data-restore__preview');
  await expect(preview).toContainText('6 headaches, 6 day entries and 1 period');
  await expect(preview).toContainText('Nothing in it is in your diary yet.');
  await page.getByLabel('Replace my diary').check();
  await page.getByRole('button', { name: 'Replace my diary' }).click();
  await expect(page.locator('.data-restore__done')).toContainText('Your diary now holds 6 headaches, 6 day entries and 1 period.');
  await expect(page.locator('#data-status')).toHaveText('Your diary in this browser holds 6 headaches, 6 day entries and 1 period.');
  const restored = (await storage(page))[DIARY_KEY];
  expect(restored).toBe(JSON.stringify(backupJson.data.diary));
  expect(JSON.parse(restored).data).toEqual(JSON.parse(storedBefore[DIARY_KEY]).data);

  await page.getByRole('link', { name: 'Diary', exact: true }).click();
  await expect(page.getByText('6 headaches logged.')).toBeVisible();
  await expect(page.locator('.history-row')).toHaveCount(6);
});

test('a hostile or broken file shows a clear message and changes nothing', async ({ page }) => {
  await seed(page, fewWeeks());
  await openApp(page, '#/data');
  const before = await storage(page);
  const input = page.getByLabel('Backup file (.json)');
  const files = [
    ['newer.json', JSON.stringify({ version: 99, data: { diary: { version: 1, data: {} } } }), 'newer version of this app'],
    ['cut.json', '{"version":1,"data":{"diary":{"version":1,"data":{"a":[{"id":1,', 'cut short'],
    ['severity.json', JSON.stringify({ version: 1, data: { diary: { version: 1, data: { a: [{ id: 1, s: '2026-01-02T10:00', sv: 11 }] } } } }), '11 is outside that scale'],
    ['photo.json', '\u0089PNG\r\n\u001a\n', 'not JSON'],
    ['list.json', '[1,2,3]', 'not a backup from this app'],
  ];
  for (const [name, text, message] of files) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
    await expect(page.locator('.data-restore__preview')).toHaveCount(0);
    expect(await storage(page)).toEqual(before);
  }
  await screenshot(page, 'data-hostile-light');
});

test('dark theme: the restore preview and the delete confirmation', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await seed(page, fewWeeks());
  await openApp(page, '#/data');
  const other = { a: [{ id: 101, s: `${isoDay(-27)}T07:00`, e: `${isoDay(-27)}T17:00`, sv: 8 }, { id: 900, s: `${isoDay(-40)}T10:00`, e: `${isoDay(-40)}T12:00`, sv: 4 }], d: [{ d: isoDay(-41), k: 'free' }] };
  await page.getByLabel('Backup file (.json)').setInputFiles({
    name: 'other-phone.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ version: 1, data: { diary: { version: 1, data: other } } })),
  });
  const preview = page.locator('.data-restore__preview');
  await expect(preview).toContainText('2 headaches, 1 day entry and no periods');
  await expect(preview).toContainText('Already in your diary: 1 headache');
  await expect(page.getByLabel('Add to my diary (merge)')).toBeChecked();
  await screenshot(page, 'data-restore-dark');
  await page.getByRole('button', { name: 'Add to my diary' }).click();
  await expect(page.locator('#data-status')).toHaveText('Your diary in this browser holds 7 headaches, 7 day entries and 1 period.');
  await expect(page.getByRole('heading', { name: 'Copies kept before a restore' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  await expect(page.locator('.data-delete__confirm')).toContainText('copy kept before a restore');
  await screenshot(page, 'data-dark');
});
