// The diary's quick logging as a person uses it: one tap to start, the running headache
// visible on every page, "It's over", day logs, two tabs at once, damaged data.
import { test, expect, screenshot, openApp } from './fixtures.mjs';
import { now } from './today.mjs';

const DIARY_KEY = 'headache-diary.diary';

async function storedDiary(page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), DIARY_KEY);
}

test.use({ viewport: { width: 390, height: 844 } });

test('one tap on the home page starts a headache that shows everywhere and survives a reload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Headache now' }).click();
  const banner = page.getByRole('region', { name: 'Headache in progress' });
  await expect(banner).toContainText('Headache since');
  await expect(page.getByRole('button', { name: 'Headache now' })).toHaveCount(0);
  await screenshot(page, 'diary-home-running-light');

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(banner).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Headache in progress' })).toBeVisible();

  const stored = await storedDiary(page);
  expect(stored.version).toBe(2);
  expect(stored.data.a).toHaveLength(1);
  expect(stored.data.a[0].e).toBeUndefined();

  await page.getByRole('button', { name: "It's over" }).click();
  await expect(page.getByRole('region', { name: 'Headache in progress' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Headache check & diary' }).click();
  await expect(page.getByRole('button', { name: 'Headache now' })).toBeVisible();
  const ended = await storedDiary(page);
  expect(ended.data.a[0].e).toBeTruthy();
});

test('"started 2 h ago" starts the headache two hours back', async ({ page }) => {
  await openApp(page, '#/diary');
  await page.getByRole('button', { name: 'Headache started 2 h ago' }).click();
  const banner = page.getByRole('region', { name: 'Headache in progress' });
  await expect(banner).toContainText(/2 h/);
  const stored = await storedDiary(page);
  const start = new Date(stored.data.a[0].s);
  // The page's clock started at the tests' "now" and has run on for a few seconds since.
  const minutesAgo = (now().getTime() - start.getTime()) / 60000;
  expect(minutesAgo).toBeGreaterThanOrEqual(118);
  expect(minutesAgo).toBeLessThan(121);
});

test('"no headache today" is one tap, shows, and can be cleared with undo', async ({ page }) => {
  await openApp(page, '#/diary');
  await expect(page.getByText('Nothing logged for today yet.')).toBeVisible();
  await page.getByRole('button', { name: 'No headache today' }).click();
  await expect(page.getByText('Today: no headache.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear today' }).click();
  await expect(page.getByText('Nothing logged for today yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Today: no headache.')).toBeVisible();
  await page.getByRole('button', { name: 'Severe', exact: true }).click();
  await expect(page.getByText(/Today: headache, 7/)).toBeVisible();
  await screenshot(page, 'diary-page-top-light');
});

test('two tabs at once: a headache started in one is ended in the other, a day marked in a third, nothing lost', async ({ context, baseURL }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  const third = await context.newPage();
  for (const page of [first, second, third]) await openApp(page, '#/diary');

  await first.getByRole('button', { name: 'Headache started 1 h ago' }).click();
  await expect(second.getByRole('region', { name: 'Headache in progress' })).toBeVisible();
  await expect(third.getByRole('region', { name: 'Headache in progress' })).toBeVisible();

  await third.getByRole('button', { name: 'Period started today' }).click();
  await second.getByRole('button', { name: "It's over" }).click();

  await expect(first.getByRole('region', { name: 'Headache in progress' })).toHaveCount(0);
  await expect(first.getByRole('button', { name: 'Period started today ✓' })).toBeVisible();
  const stored = await first.evaluate((key) => JSON.parse(localStorage.getItem(key)), DIARY_KEY);
  expect(stored.data.a).toHaveLength(1);
  expect(stored.data.a[0].e).toBeTruthy();
  expect(stored.data.p).toHaveLength(1);
  expect(baseURL).toContain('127.0.0.1');
});

test('a damaged diary is shown as such, can be downloaded, and is never written over', async ({ page }) => {
  await openApp(page);
  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"data":{"a":[{"id":'), DIARY_KEY);
  await page.goto('#/diary');
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'Your saved diary could not be read' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Headache now' })).toHaveCount(0);
  await screenshot(page, 'diary-damaged-light');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the saved data' }).click();
  const download = await downloadPromise;
  const path = await download.path();
  const fs = await import('node:fs');
  expect(fs.readFileSync(path, 'utf8')).toBe('{"version":1,"data":{"a":[{"id":');

  expect(await page.evaluate((key) => localStorage.getItem(key), DIARY_KEY)).toBe('{"version":1,"data":{"a":[{"id":');
  await page.getByRole('button', { name: 'Start a new diary instead…' }).click();
  await page.getByRole('button', { name: 'Start a new diary', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Headache now' })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(`${key}.unreadable`), DIARY_KEY)).toBe(
    '{"version":1,"data":{"a":[{"id":',
  );
});

test('period logging can be switched off in settings', async ({ page }) => {
  await openApp(page, '#/settings');
  await page.getByLabel('Log periods and show cycle days').uncheck();
  await page.getByRole('link', { name: 'Diary', exact: true }).click();
  await expect(page.getByRole('button', { name: /Period started today/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: 'No headache today' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Period started today/ })).toHaveCount(0);
});
