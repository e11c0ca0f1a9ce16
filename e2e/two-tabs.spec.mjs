// The diary open in several tabs of one browser at once: a headache added in one, another edited in a second
// that was never reloaded, a third deleted in a third tab; every change ends up stored. A headache edited in one
// tab after another tab deleted it gives a clear message and never comes back unannounced. A day logged in one
// tab shows in the other without a reload (the storage event).
import { test, expect, openApp } from './fixtures.mjs';
import { isoDay } from './today.mjs';

const DIARY_KEY = 'headache-diary.diary';

test.use({ viewport: { width: 390, height: 844 } });

const SEEDED = {
  version: 1,
  data: {
    a: [
      { id: 501, s: `${isoDay(-10)}T08:00`, e: `${isoDay(-10)}T12:00`, sv: 6 },
      { id: 502, s: `${isoDay(-6)}T14:00`, e: `${isoDay(-6)}T16:00`, sv: 4 },
      { id: 503, s: `${isoDay(-3)}T07:00`, e: `${isoDay(-3)}T09:30`, sv: 8 },
    ],
  },
};

/** Console errors and requests to other origins from every tab; each test ends by checking there were none
 * (what the shared `page` fixture checks for a single tab). */
let problems = [];

test.beforeEach(() => {
  problems = [];
});

test.afterEach(() => {
  expect(problems, 'console errors or requests to other origins in any tab').toEqual([]);
});

function watch(page) {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('http://127.0.0.1') && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(url);
  });
}

/** Seeds the diary once for the whole browser context (the first page to load writes it), then opens
 * `routes`, one tab each. */
async function openTabs(context, routes) {
  await context.addInitScript(([key, text]) => {
    if (localStorage.getItem('e2e-seeded') === null) {
      localStorage.setItem(key, text);
      localStorage.setItem('e2e-seeded', '1');
    }
  }, [DIARY_KEY, JSON.stringify(SEEDED)]);
  const pages = [];
  for (const route of routes) {
    const page = await context.newPage();
    watch(page);
    await openApp(page, route);
    pages.push(page);
  }
  return pages;
}

async function storedAttacks(page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key)).data.a, DIARY_KEY);
}

test('two_tabs_add_edit_and_delete_in_three_tabs_keep_every_change', async ({ context }) => {
  const [adding, editing, deleting] = await openTabs(context, ['#/diary', '#/diary/attack/502', '#/diary/attack/503']);
  await expect(editing.locator('#attack-note')).toBeVisible();
  await expect(deleting.getByRole('button', { name: 'Delete this headache' })).toBeVisible();

  // Tab A adds a headache.
  await adding.getByRole('button', { name: 'Headache started 1 h ago' }).click();
  await expect(adding.getByRole('region', { name: 'Headache in progress' })).toBeVisible();
  // Tab B, opened before and never reloaded, edits a different one.
  await editing.locator('label[for="severity-9"]').click();
  await editing.locator('#attack-note').fill('Edited in the second tab');
  await editing.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editing).toHaveURL(/#\/diary$/);
  // Tab C, also opened before, deletes a third.
  await deleting.getByRole('button', { name: 'Delete this headache' }).click();
  await expect(deleting).toHaveURL(/#\/diary$/);

  const attacks = await storedAttacks(adding);
  expect(attacks.map((attack) => attack.id).sort()).toEqual(expect.arrayContaining([501, 502]));
  expect(attacks.find((attack) => attack.id === 503)).toBeUndefined();
  expect(attacks).toHaveLength(3);
  const edited = attacks.find((attack) => attack.id === 502);
  expect(edited.n).toBe('Edited in the second tab');
  expect(edited.sv).toBe(9);
  const added = attacks.find((attack) => ![501, 502].includes(attack.id));
  expect(added.e).toBeUndefined();
  expect(attacks.find((attack) => attack.id === 501)).toEqual(SEEDED.data.a[0]);

  // Every tab shows the same diary without a reload.
  for (const page of [adding, editing, deleting]) {
    await expect(page.getByText('3 headaches logged.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Headache in progress' })).toBeVisible();
  }
});

test('two_tabs_edit_of_a_headache_deleted_in_another_tab_says_so_and_does_not_bring_it_back', async ({ context }) => {
  const [editing, deleting] = await openTabs(context, ['#/diary/attack/502', '#/diary/attack/502']);
  await editing.locator('#attack-note').fill('Typed while the other tab deletes it');
  await deleting.getByRole('button', { name: 'Delete this headache' }).click();
  await expect(deleting).toHaveURL(/#\/diary$/);

  // The editing tab hears of the delete at once and says what happened.
  await expect(editing.getByRole('alert').filter({ hasText: 'deleted in another tab' })).toBeVisible();
  await expect(editing.getByRole('heading', { level: 1 })).toHaveText('Headache deleted in another tab');
  const attacks = await storedAttacks(editing);
  expect(attacks.map((attack) => attack.id)).toEqual([501, 503]);
  // Nothing brings it back behind the person's back: leaving the form keeps the diary as stored.
  await editing.getByRole('button', { name: 'Cancel' }).click();
  await expect(editing.getByText('2 headaches logged.')).toBeVisible();
  expect((await storedAttacks(editing)).map((attack) => attack.id)).toEqual([501, 503]);
  // The deleting tab can still undo, and that is the only way back.
  await deleting.getByRole('button', { name: 'Undo' }).click();
  await expect(editing.getByText('3 headaches logged.')).toBeVisible();
});

// The form of a headache deleted in another tab stays open with what was typed, says so, and saves it as an
// entry again only if the person chooses to.
test('two_tabs_edit_of_a_headache_deleted_in_another_tab_keeps_what_was_typed', async ({ context }) => {
  const [editing, deleting] = await openTabs(context, ['#/diary/attack/502', '#/diary/attack/502']);
  await editing.locator('#attack-note').fill('Typed while the other tab deletes it');
  await deleting.getByRole('button', { name: 'Delete this headache' }).click();
  await expect(editing.getByRole('alert')).toContainText('deleted');
  await expect(editing.locator('#attack-note')).toHaveValue('Typed while the other tab deletes it');
  expect((await storedAttacks(editing)).map((attack) => attack.id)).toEqual([501, 503]);
  // Saving is the person's explicit choice to keep it, and keeps what they typed.
  await editing.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editing).toHaveURL(/#\/diary$/);
  const kept = (await storedAttacks(editing)).find((attack) => attack.id === 502);
  expect(kept?.n).toBe('Typed while the other tab deletes it');
});

test('two_tabs_save_in_a_tab_that_has_not_heard_of_the_delete_is_refused_with_a_message', async ({ context }) => {
  const [editing] = await openTabs(context, ['#/diary/attack/502']);
  await editing.locator('#attack-note').fill('Typed before the delete was heard of');
  // Another tab's delete that this tab has not been told about yet (a page's own writes raise no storage event
  // in it): the stored diary loses 502 while this tab still shows it.
  await editing.evaluate((key) => {
    const diary = JSON.parse(localStorage.getItem(key));
    diary.data.a = diary.data.a.filter((attack) => attack.id !== 502);
    localStorage.setItem(key, JSON.stringify(diary));
  }, DIARY_KEY);
  await editing.getByRole('button', { name: 'Save', exact: true }).click();

  await expect(editing.getByRole('alert').filter({ hasText: 'not in the diary any more' })).toContainText('deleted in another tab');
  await expect(editing).toHaveURL(/#\/diary\/attack\/502$/);
  await expect(editing.locator('#attack-note')).toHaveValue('Typed before the delete was heard of');
  expect((await storedAttacks(editing)).map((attack) => attack.id)).toEqual([501, 503]);
});

test('two_tabs_a_day_logged_in_one_tab_shows_in_the_other_without_a_reload', async ({ context }) => {
  const [first, second] = await openTabs(context, ['#/diary', '#/diary']);
  await expect(second.getByText('Nothing logged for today yet.')).toBeVisible();
  await first.getByRole('button', { name: 'No headache today' }).click();
  await expect(first.getByText('Today: no headache.')).toBeVisible();
  await expect(second.getByText('Today: no headache.')).toBeVisible();
  // And back the other way, on top of what the first tab saved.
  await second.getByRole('button', { name: 'Severe', exact: true }).click();
  await expect(first.getByText(/Today: headache, 7/)).toBeVisible();
  const notes = await first.evaluate((key) => JSON.parse(localStorage.getItem(key)).data.d, DIARY_KEY);
  expect(notes).toHaveLength(1);
  expect((await storedAttacks(first)).map((attack) => attack.id)).toEqual([501, 502, 503]);
});
