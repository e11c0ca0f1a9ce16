// The self-check on its own at check/ (src/check_app.rs): what a clinic links to or frames. Its first step is
// in the HTML (readable with JavaScript off), the app takes it over keeping what was chosen, a whole story
// reaches its result with the clinic's contact, the result is kept for the full app too, and a clinic listed in
// config/clinic.json can frame it with ?embed=1.
import fs from 'node:fs';
import { test, expect, openApp, newContext, screenshot } from './fixtures.mjs';
import { serve } from './serve.mjs';

test.use({ viewport: { width: 390, height: 844 } });

const DIST = process.env.E2E_DIST ?? 'dist';
const ready = (page) => expect(page.locator('html')).toHaveAttribute('data-ready', '');
const title = (page) => page.locator('#check-screen-title');

/** From the safety step (emergency signs already answered "no") to the result of a migraine story. */
async function answerAMigraineStory(page) {
  for (const [id, value] of [['same-day-signs', 'no'], ['history', 'same-over-a-year']]) {
    await page.locator(`label[for="q-${id}-${value}"]`).click();
  }
  await page.locator('.check-nav__next').click();
  await expect(title(page)).toHaveText('About you, and how often');
  for (const [id, value] of [['age-input', '34'], ['headache-days-input', '2'], ['headache-months-input', '24']]) {
    await page.locator(`#q-${id}`).fill(value);
  }
  await page.locator('label[for="q-has-periods-no"]').click();
  await page.locator('.check-nav__next').click();
  await expect(title(page)).toHaveText('Your usual headache');
  for (const [id, value] of [
    ['attack-count', '10-plus'], ['attack-length', '4-h-to-3-days'], ['eye-temple-attacks', 'no'], ['side', 'one-side'],
    ['quality', 'throbbing'], ['severity', 'severe'], ['worse-with-activity', 'yes'], ['sickness', 'sick'], ['aura', 'no'],
  ]) {
    await page.locator(`label[for="q-${id}-${value}"]`).click();
  }
  await page.locator('.check-nav__next').click();
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('check/ shows its heading and its first question', async ({ page }) => {
    await page.goto('./check/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Self-check: is it migraine?');
    await expect(page.locator('#q-emergency-signs legend')).toHaveText('Right now, or in the last few days, have you had any of these?');
    await expect(page.locator('#q-emergency-signs .check-question__signs li').first()).toContainText('at its worst within a minute');
    await screenshot(page, 'check-build-no-js');
  });
});

test('check/: a story to its result, the diary link to the full app, and the result kept for the full app', async ({ page }) => {
  await page.route('**/*.wasm', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('./check/');
  await expect(title(page)).toHaveText('First, some safety questions');
  // Chosen before the app has started, and still chosen after.
  await page.locator('label[for="q-emergency-signs-no"]').click();
  const before = await page.locator('#app').innerText();
  await ready(page);
  expect(await page.locator('#app').innerText()).toBe(before);
  await expect(page.locator('#q-emergency-signs-no')).toBeChecked();
  await answerAMigraineStory(page);
  await expect(title(page)).toHaveText('No warning signs found');
  await expect(page.locator('.check-result__pattern-line')).toHaveText('Your answers fit: Migraine (ICHD-3 1.1).');
  await expect(page.locator('.check-result .clinic-contact')).toBeVisible();
  await screenshot(page, 'check-build-result');
  const diary = page.getByRole('link', { name: 'Start a headache diary' });
  await expect(diary).toHaveAttribute('href', '../#/diary');
  await diary.click();
  await ready(page);
  await expect(page).toHaveURL(/\/#\/diary$/);
  await expect(page.locator('header.site-header')).toBeVisible();
  // The same browser storage: the full app's report reads the result kept here, and the full app's "Self-check"
  // leads back to check/, which opens on the same result and keeps it after "Start again".
  await openApp(page, '#/report');
  await expect(page.locator('.report__self-check')).toContainText('No warning signs found');
  await expect(page.locator('.report__self-check')).toContainText('ICHD-3 1.1');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Self-check' }).click();
  await expect(page).toHaveURL(/\/check\/$/);
  await ready(page);
  await expect(title(page)).toHaveText('No warning signs found');
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.locator('.check-kept')).toContainText('Migraine');
});

test('check/?embed=1 in an iframe on a clinic origin listed in config/clinic.json', async ({ browser }) => {
  const config = JSON.parse(fs.readFileSync('config/clinic.json', 'utf8'));
  const clinicOrigin = config.embed_origins[0];
  const appOrigin = 'https://headache-app.test';
  const port = 8097;
  const server = await serve(DIST, port);
  const context = await newContext(browser, { viewport: { width: 390, height: 800 }, serviceWorkers: 'block' });
  await context.route(`${clinicOrigin}/**`, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><title>Clinic</title><h1>Our clinic</h1>
      <iframe id="app" title="Headache self-check" src="${appOrigin}/check/?embed=1" width="100%" height="600"></iframe>`,
  }));
  await context.route(`${appOrigin}/**`, async (route) => {
    const response = await route.fetch({ url: route.request().url().replace(appOrigin, `http://127.0.0.1:${port}`) });
    await route.fulfill({ response });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  try {
    await page.goto(`${clinicOrigin}/clinic.html`);
    const frame = page.frameLocator('#app');
    await expect(frame.locator('html')).toHaveAttribute('data-ready', '');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Self-check: is it migraine?');
    await expect(frame.getByRole('link', { name: /Open the full app/ })).toHaveAttribute('href', '../#/');
    await frame.locator('label[for="q-emergency-signs-yes"]').click();
    await frame.locator('label[for="q-thunderclap-yes"]').click();
    await expect(frame.locator('.check-emergency')).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    server.close();
  }
});

test('check/: a failure inside the app shows the crash screen, not a frozen page', async ({ browser }) => {
  // A page of its own: the failure is logged to the console on purpose, which the shared fixture forbids.
  const context = await newContext(browser, { viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  // A page without the element the app starts in: the app stops at its first step. The release build stops the
  // WebAssembly at once (immediate-abort, no Rust panic hook), so static/theme-early.js must show the screen.
  await page.route('**/check/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<div id="app">', '<div id="not-the-app">');
    await route.fulfill({ response, body: html });
  });
  await page.goto('./check/');
  const crash = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
  await expect(crash).toBeVisible();
  await expect(crash).toBeFocused();
  await expect(crash.getByRole('link', { name: 'Reload the self-check' })).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-ready', '');
  await context.close();
});
