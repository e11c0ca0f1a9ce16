// A person who chose Dark or Dim never sees a flash of white while the app loads: the chosen theme is on
// the page before the app's own code runs (static/theme-early.js).
import { test, expect, newContext } from './fixtures.mjs';

for (const theme of ['dark', 'dim']) {
  test(`the ${theme} theme is applied before the app starts, on a device set to light`, async ({ browser, baseURL }) => {
    // A page of its own: the app's code is held back on purpose, which the shared fixture would report.
    // No service worker: it would serve the WebAssembly from its cache, past the route that holds it back.
    const context = await newContext(browser, { colorScheme: 'light', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(baseURL);
    await page.evaluate(
      (chosen) => localStorage.setItem('headache-diary.preferences', JSON.stringify({ version: 1, data: { theme: chosen } })),
      theme,
    );
    // Hold back the WebAssembly so the loading screen is all there is.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/*.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(baseURL, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('.app-loading')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g).map(Number);
    expect(r + g + b, `the loading screen's background ${background} is dark`).toBeLessThan(3 * 60);
    release();
    await expect(page.locator('header.site-header')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await context.close();
  });
}

test('damaged settings leave the loading screen to follow the device, and the app still starts', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('headache-diary.preferences', '{"version":1,"data":{"theme":'));
  await page.reload();
  await expect(page.locator('header.site-header')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});
