// The app shell as a person meets it: home page, theme switch that survives a reload,
// navigation, keyboard use, on a phone and a desktop.
import { test, expect, screenshot, openApp, newContext } from './fixtures.mjs';

const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
};

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`on a ${device}`, () => {
    test.use({ viewport });

    test('home offers both jobs and the theme switch is kept after a reload', async ({ page }) => {
      await openApp(page);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Headaches');
      await expect(page.getByRole('link', { name: /Check my headaches/ })).toBeVisible();
      await expect(page.getByRole('link', { name: /My headache diary/ })).toBeVisible();
      await expect(page.getByText('This is not a diagnosis.')).toBeVisible();
      await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const lightBackground = await background();
      await screenshot(page, `home-light-${device}`);

      await page.getByRole('button', { name: 'Switch to dark theme' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await background()).not.toBe(lightBackground);

      await page.reload();
      await expect(page.locator('header.site-header')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
      expect(await background()).not.toBe(lightBackground);
      await screenshot(page, `home-dark-${device}`);
    });

    test('nothing is wider than the screen', async ({ page }) => {
      await openApp(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test('a device set to dark is followed until the person picks a theme', async ({ browser }) => {
  const context = await newContext(browser, { colorScheme: 'dark' });
  const page = await context.newPage();
  await openApp(page);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
  const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
  expect(scheme).toContain('dark');
  await context.close();
});

test('the home links lead to the self-check and the diary', async ({ page }) => {
  await openApp(page);
  // The self-check is its own build beside the app (check/).
  await page.getByRole('link', { name: /Check my headaches/ }).click();
  await expect(page).toHaveURL(/\/check\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Self-check');
  await page.goBack();
  await expect(page.locator('header.site-header')).toBeVisible();
  await page.getByRole('link', { name: /My headache diary/ }).click();
  await expect(page).toHaveURL(/#\/diary$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('diary');
});

test('an unknown address shows a way home', async ({ page }) => {
  await openApp(page, '#/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the start page' }).click();
  await expect(page.getByRole('link', { name: /Check my headaches/ })).toBeVisible();
});

test('keyboard: skip link then the first control in the page', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  // The first control in the page is the one-tap "Headache now".
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Headache now' })).toBeFocused();
});

test('an address hash that is not a route does not stop the app', async ({ page }) => {
  await openApp(page, '#/settings');
  await page.evaluate(() => { window.location.hash = 'top'; });
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole('link', { name: /Check my headaches/ })).toBeVisible();
  await expect(page.locator('#crash-screen')).toBeHidden();
});

test('the crash screen text is in the page, hidden until needed', async ({ page }) => {
  await openApp(page);
  const crash = page.locator('#crash-screen');
  await expect(crash).toBeHidden();
  await expect(crash).toContainText('Something went wrong');
  await expect(crash.getByRole('link', { name: 'Reload the app', includeHidden: true })).toHaveCount(1);
});

test('the theme switch follows the device changing to dark while the app is open', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openApp(page);
  await expect(page.getByRole('button', { name: 'Switch to dark theme' })).toBeVisible();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
});
