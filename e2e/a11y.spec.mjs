// axe-core (from npm, node_modules/axe-core) finds no WCAG 2.1 A/AA or best-practice violation on any
// screen of the app, in the light, dark and dim themes, on a 360×640 phone and on a desktop; the same
// tour saves a full-page screenshot of each (e2e/screenshots/tour-<size>-<theme>-<screen>.png).
import path from 'node:path';
import { test, expect, screenshot } from './fixtures.mjs';
import { DESKTOP, PHONE, THEMES, tourPages, tourSelfCheck, useStoredTheme } from './tour.mjs';

const AXE = path.resolve('node_modules/axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

// The app's Content-Security-Policy allows no inline script but its hashed loader, and
// addScriptTag({ path }) injects the file as an inline <script>, which the policy blocks. Only this
// spec bypasses the policy, to add the checker; e2e/csp.spec.mjs keeps proving it is enforced.
test.use({ bypassCSP: true });

/** Runs axe on the page as it is now and returns "id (impact): target, …" lines, one per violation. */
async function violations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async (tags) => {
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} — ${n.failureSummary.replace(/\s+/g, ' ')}`),
      count: v.nodes.length,
    }));
  }, TAGS);
  return found.map((v) => `${v.id} (${v.impact}, ${v.count}×): ${v.help}\n      ${v.nodes.join('\n      ')}`);
}

for (const [device, viewport] of Object.entries({ phone: PHONE, desktop: DESKTOP })) {
  for (const theme of THEMES) {
    test(`no axe violations on any screen: ${theme} theme, ${device}`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.setViewportSize(viewport);
      await useStoredTheme(page, theme);
      const report = {};
      const check = async (name) => {
        const found = await violations(page);
        if (found.length) report[name] = found;
        // The same tour gives the pictures to look at: every screen, in every theme and size.
        await screenshot(page, `tour-${device}-${theme}-${name}`);
      };
      await tourSelfCheck(page, theme, check);
      await tourPages(page, theme, check);
      const lines = Object.entries(report).map(([name, found]) => `${name}:\n    ${found.join('\n    ')}`);
      expect(lines.join('\n'), `axe violations (${theme}, ${device})`).toBe('');
    });
  }
}

test('dim, chosen in settings, is darker than dark with no white text, is kept, and the switch offers light', async ({ page }) => {
  const colours = () =>
    page.evaluate(() => {
      const luminance = (rgb) => {
        const [r, g, b] = rgb.match(/\d+/g).slice(0, 3).map((c) => {
          const v = Number(c) / 255;
          return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const body = getComputedStyle(document.body);
      return { background: luminance(body.backgroundColor), text: luminance(body.color) };
    });
  await page.goto('#/settings');
  await page.getByLabel('Dark (low light)').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await colours();
  await page.getByLabel('Dim (darkest, for a dark room)').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dim');
  const dim = await colours();
  expect(dim.background).toBeLessThan(dark.background);
  expect(dim.text, 'text well below white').toBeLessThan(0.5);
  expect(dim.text).toBeLessThan(dark.text);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dim');
  await expect(page.getByLabel('Dim (darkest, for a dark room)')).toBeChecked();
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
