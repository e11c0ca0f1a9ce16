// Shared e2e fixture: every test fails if the page talks to another origin, logs an error, or
// breaks the Content-Security-Policy (each violation is reported to the test as it happens).
import { test as base, expect } from '@playwright/test';
import fs from 'node:fs';
import { fixClock } from './today.mjs';

export const SCREENSHOT_DIR = 'e2e/screenshots';

export const test = base.extend({
  // Every test's pages read the same fixed "today" (e2e/today.mjs), never the machine's date.
  context: async ({ context }, use) => {
    await fixClock(context);
    await use(context);
  },
  page: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL).origin;
    const foreignRequests = [];
    const consoleErrors = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
        foreignRequests.push(url);
      }
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    const cspViolations = [];
    await page.exposeBinding('__reportCspViolation', (_source, violation) => cspViolations.push(violation));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__reportCspViolation(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
      });
    });
    await use(page);
    expect(foreignRequests, 'requests to other origins').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
    expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
  },
});

export { expect };

/** A new browser context (for tests that need their own options) on the tests' fixed "today". */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext(options);
  await fixClock(context);
  return context;
}

export async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

/**
 * Opens the app at a hash route and waits until the app itself has started (`<html data-ready>`), not
 * only its prerendered first screen.
 */
export async function openApp(page, route = '#/') {
  await page.goto(route);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  await expect(page.locator('header.site-header')).toBeVisible();
}

/** Opens the self-check, a build of its own beside the app (check/), and waits until it has started. */
export async function openCheck(page, query = '') {
  await page.goto(`check/${query}`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  await expect(page.locator('#check-screen-title')).toBeVisible();
}

/** Every key the app stored and its text, sorted by key. */
export async function appKeys(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('headache-diary.'))
        .sort()
        .map((key) => [key, localStorage.getItem(key)]),
    ),
  );
}

/** Turns the lock on from the Settings page already open in `page`, as a person does. */
export async function lockFromSettings(page, passphrase) {
  await page.getByLabel('New passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type the passphrase again', { exact: true }).fill(passphrase);
  await page.getByLabel('I understand that a forgotten passphrase cannot be recovered').check();
  await page.getByRole('button', { name: 'Lock the diary' }).click();
  await expect(page.getByText('Your diary is now locked.')).toBeVisible();
}
