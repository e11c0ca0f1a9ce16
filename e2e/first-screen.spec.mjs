// The first screen before the app's WebAssembly has arrived: the home page and the self-check's first step are
// in the built HTML (rendered at build time by Yew's own server renderer, examples/prerender.rs), shown at once
// even with JavaScript off, taken over by the app with the same text and nothing moving, and nothing tapped
// before then is lost. Returning visitors, whose first screen depends on what they stored, see "Loading…".
import { test, expect, screenshot } from './fixtures.mjs';

test.use({ viewport: { width: 390, height: 844 } });

/** Holds the app's WebAssembly back for `ms`, so the prerendered screen can be seen and used on its own. */
async function slowWasm(page, ms = 1500) {
  await page.route('**/*.wasm', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

/** Sums layout shifts from the start of the page (PerformanceObserver, buffered). */
async function watchLayoutShift(page) {
  await page.addInitScript(() => {
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) window.__layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const ready = (page) => expect(page.locator('html')).toHaveAttribute('data-ready', '');

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page shows its heading, both jobs and the urgent note', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Headaches: understand them, keep track of them');
    await expect(page.getByRole('link', { name: /Check my headaches/ })).toHaveAttribute('href', '#/check');
    await expect(page.locator('.urgent-note')).toBeVisible();
    await expect(page.getByText('Loading…')).toHaveCount(0);
    await screenshot(page, 'first-screen-home-no-js');
  });
});

test('home: shown before the app starts, then taken over with the same text and no layout shift', async ({ page }) => {
  await slowWasm(page);
  await watchLayoutShift(page);
  await page.goto('./#/');
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText('Headaches: understand them, keep track of them');
  expect(await page.locator('html').getAttribute('data-ready'), 'still starting').toBeNull();
  const before = await page.locator('#app').innerText();
  await ready(page);
  expect(await page.locator('#app').innerText()).toBe(before);
  await expect(title).toHaveText('Headaches: understand them, keep track of them');
  expect(await page.evaluate(() => window.__layoutShift)).toBeLessThan(0.01);
});

test('self-check: its first step before the app starts; choices made then are still chosen after', async ({ page }) => {
  await slowWasm(page, 2500);
  await watchLayoutShift(page);
  await page.goto('./#/check');
  await expect(page.locator('#check-screen-title')).toHaveText('First, some safety questions');
  await expect(page.locator('#q-emergency-signs')).toBeVisible();
  expect(await page.locator('html').getAttribute('data-ready'), 'still starting').toBeNull();
  await screenshot(page, 'first-screen-check-before-start');
  // Tapped while the app is still on its way.
  await page.locator('label[for="q-emergency-signs-no"]').click();
  await page.locator('label[for="q-history-same-over-a-year"]').click();
  const before = await page.locator('#app').innerText();
  await ready(page);
  await expect(page.locator('#q-emergency-signs-no')).toBeChecked();
  await expect(page.locator('#q-history-same-over-a-year')).toBeChecked();
  expect(await page.locator('#app').innerText()).toBe(before);
  // The app has them as answers, not only as ticked boxes: one more tap finishes the step.
  await page.locator('label[for="q-same-day-signs-no"]').click();
  await page.locator('.check-nav__next').click();
  await expect(page.locator('#check-screen-title')).toHaveText('About you, and how often');
  expect(await page.evaluate(() => window.__layoutShift)).toBeLessThan(0.01);
});

test('a "Headache now" tapped before the app starts is logged once it has', async ({ page }) => {
  await slowWasm(page);
  await page.goto('./#/');
  await page.getByRole('button', { name: 'Headache now' }).click();
  await ready(page);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('headache-diary.diary') ?? '')).toContain('"a"');
  await expect(page.getByRole('button', { name: /It's over|over now/i }).first()).toBeVisible();
});

test('a link tapped before the app starts shows its screen at once', async ({ page }) => {
  await slowWasm(page, 2500);
  await page.goto('./#/');
  await page.getByRole('link', { name: /Check my headaches/ }).click();
  await expect(page.locator('#check-screen-title')).toHaveText('First, some safety questions');
  expect(await page.locator('html').getAttribute('data-ready')).toBeNull();
  await ready(page);
  await expect(page.locator('#check-screen-title')).toHaveText('First, some safety questions');
});

test('a returning visitor sees "Loading…", not a first visit\'s screen that would change under them', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded') === null) {
      localStorage.setItem('headache-diary.preferences', '{"version":1,"data":{"theme":"dark"}}');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await slowWasm(page);
  await page.goto('./#/');
  await expect(page.locator('.app-loading')).toHaveText('Loading…');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
