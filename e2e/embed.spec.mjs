// Fits a clinic's site: `?embed=1` shows the app without its own header (for an iframe), and which
// sites may frame it follows config/clinic.json's "embed_origins" through the frame-ancestors header
// that scripts/post-build.mjs writes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { test, expect, screenshot, newContext } from './fixtures.mjs';
import { serve } from './serve.mjs';
import { copyLogo, frameAncestors, headersFile } from '../scripts/post-build.mjs';

const DIST = process.env.E2E_DIST ?? 'dist';
const APP_PORT = Number(process.env.E2E_PORT ?? 8081) + 20;
const CLINIC_PORT = APP_PORT + 1;

test('embed mode leaves out the header, keeps the not-a-diagnosis line, and offers the full app', async ({ page }) => {
  // The app's start page, and the self-check (an old #/check address goes on to its own build, check/).
  for (const [address, shot] of [['./?embed=1#/', 'embed-home'], ['./?embed=1#/check', 'embed-check']]) {
    await page.goto(address);
    await expect(page.locator('html')).toHaveAttribute('data-ready', '');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('header.site-header')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    const full = page.getByRole('link', { name: /Open the full app/ });
    await expect(full).toHaveAttribute('target', '_blank');
    await expect(full).toHaveAttribute('rel', /noopener/);
    await expect(page.getByText('This is not a diagnosis.')).toBeVisible();
    await expect(page.locator('html')).toHaveClass(/embedded/);
    await screenshot(page, shot);
  }
  await expect(page).toHaveURL(/\/check\/\?embed=1$/);

  // Without the query, the same addresses are the whole app, and the self-check on a page of its own whose bar
  // leads back to the app in the same tab.
  await page.goto('./#/');
  await expect(page.locator('header.site-header')).toBeVisible();
  await page.goto('./check/');
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  await expect(page.locator('html')).not.toHaveClass(/embedded/);
  const back = page.getByRole('link', { name: 'Open the full app' });
  await expect(back).toHaveAttribute('href', '../#/');
  await expect(back).not.toHaveAttribute('target', /.+/);
  await back.click();
  await expect(page.locator('header.site-header')).toBeVisible();
});

test('the clinic accent from config/clinic.json colours the buttons', async ({ page }) => {
  const config = JSON.parse(fs.readFileSync('config/clinic.json', 'utf8'));
  test.skip(!config.accent, 'no accent configured');
  await page.goto('./#/');
  await expect(page.locator('header.site-header')).toBeVisible();
  const accent = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--clinic-accent-light').trim(),
  );
  expect(accent).toBe(config.accent.light.toLowerCase());
  const hex = (rgb) => '#' + rgb.match(/\d+/g).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('');
  const button = await page.locator('.button--primary').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(hex(button)).toBe(config.accent.light.toLowerCase());
});

/** The clinic page's side of the height messages, as the README gives it (the app's origin checked). */
const SIZE_SCRIPT = (appOrigin) => `<script>
  window.addEventListener('message', function (event) {
    if (event.origin !== '${appOrigin}' || !event.data || event.data.type !== 'headache-app:height') return;
    var frame = document.getElementById('app');
    frame.style.height = Math.min(event.data.height, window.innerHeight) + 'px';
  });
</script>`;

/** A page on the clinic's site (another origin) that frames the app; `extra` goes at the end of its body. */
function clinicPage(appUrl, extra = '') {
  const body = `<!doctype html><title>Clinic</title><style>body{margin:0}</style><h1>Our clinic</h1>
    <iframe id="app" title="Headache self-check" src="${appUrl}" width="100%" height="300" style="border:0;display:block"></iframe>${extra}`;
  const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(body));
  return new Promise((resolve) => server.listen(CLINIC_PORT, 'localhost', () => resolve(server)));
}

/** A copy of the build whose `_headers` allows `origins` to frame it, served on APP_PORT. */
async function buildAllowing(origins) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'embed-'));
  fs.cpSync(DIST, folder, { recursive: true });
  const html = fs.readFileSync(path.join(folder, 'index.html'), 'utf8');
  const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)[1];
  fs.writeFileSync(path.join(folder, '_headers'), headersFile(policy, frameAncestors(origins)));
  return { folder, server: await serve(folder, APP_PORT) };
}

for (const [label, origins, shown] of [
  ['a listed clinic origin may frame the app', [`http://localhost:${CLINIC_PORT}`], true],
  ['any other site is refused by frame-ancestors', ['https://www.some-other-clinic.example'], false],
]) {
  test(label, async ({ browser }) => {
    // Pages of their own: the clinic page is another origin, which the shared fixture forbids.
    const { folder, server } = await buildAllowing(origins);
    const clinic = await clinicPage(`http://127.0.0.1:${APP_PORT}/?embed=1#/check`);
    const context = await newContext(browser);
    const page = await context.newPage();
    try {
      await page.goto(`http://localhost:${CLINIC_PORT}/`);
      const frame = page.frameLocator('#app');
      if (shown) {
        await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(frame.getByRole('link', { name: /Open the full app/ })).toBeVisible();
      } else {
        // Chromium replaces a refused frame with its own error page: the app never renders.
        const framed = await (await page.locator('#app').elementHandle()).contentFrame();
        await expect.poll(() => framed.url()).toContain('chrome-error');
        await expect(frame.locator('#app')).toHaveCount(0);
        await expect(frame.getByRole('link', { name: /Open the full app/ })).toHaveCount(0);
      }
    } finally {
      await context.close();
      clinic.close();
      server.close();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
}

test('the configuration writes frame-ancestors and refuses origins that would open the app to everyone', () => {
  expect(frameAncestors([])).toBe("frame-ancestors 'self'");
  expect(frameAncestors(['https://www.clinic.example', 'https://book.clinic.example'])).toBe(
    "frame-ancestors 'self' https://www.clinic.example https://book.clinic.example",
  );
  for (const bad of ['*', 'http://www.clinic.example', 'https://www.clinic.example/page', 'clinic.example', "'unsafe-inline'"]) {
    expect(() => frameAncestors([bad]), bad).toThrow(/config\/clinic.json/);
  }
  const config = JSON.parse(fs.readFileSync('config/clinic.json', 'utf8'));
  const served = fs.readFileSync(path.join(DIST, '_headers'), 'utf8');
  expect(served).toContain(frameAncestors(config.embed_origins ?? []));
});

test('the clinic logo is copied beside the app only when it is a plain .svg or .png in config/', () => {
  const source = fs.mkdtempSync(path.join(os.tmpdir(), 'clinic-'));
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'staging-'));
  fs.mkdirSync(path.join(source, 'config'));
  fs.writeFileSync(path.join(source, 'config', 'clinic-logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  try {
    expect(copyLogo(source, staging, { logo: 'clinic-logo.svg' })).toBe('clinic-logo.svg');
    expect(fs.readFileSync(path.join(staging, 'clinic-logo.svg'), 'utf8')).toContain('<svg');
    expect(copyLogo(source, staging, { logo: '' })).toBeNull();
    expect(() => copyLogo(source, staging, { logo: 'missing.svg' })).toThrow(/does not exist/);
    for (const bad of ['../secret.svg', 'logo.gif', '.svg', 'a b.svg']) {
      expect(() => copyLogo(source, staging, { logo: bad }), bad).toThrow(/must be a .svg or .png/);
    }
  } finally {
    fs.rmSync(source, { recursive: true, force: true });
    fs.rmSync(staging, { recursive: true, force: true });
  }
});

test('embedded, the app tells the clinic page its height and Next stays in view on a phone', async ({ browser }) => {
  // The clinic's page must be at an origin config/clinic.json lists, so both sites are given https addresses
  // that the browser context answers itself: the clinic page from here, the app from the local server.
  const config = JSON.parse(fs.readFileSync('config/clinic.json', 'utf8'));
  const clinicOrigin = config.embed_origins[0];
  const appOrigin = 'https://headache-app.test';
  const server = await serve(DIST, APP_PORT);
  const context = await newContext(browser, { viewport: { width: 390, height: 700 }, serviceWorkers: 'block' });
  await context.route(`${clinicOrigin}/**`, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><title>Clinic</title><style>body{margin:0}</style><h1>Our clinic</h1>
      <iframe id="app" title="Headache self-check" src="${appOrigin}/check/?embed=1" width="100%" height="300"
        style="border:0;display:block"></iframe>${SIZE_SCRIPT(appOrigin)}`,
  }));
  await context.route(`${appOrigin}/**`, async (route) => {
    const response = await route.fetch({ url: route.request().url().replace(appOrigin, `http://127.0.0.1:${APP_PORT}`) });
    await route.fulfill({ response });
  });
  const page = await context.newPage();
  try {
    await page.goto(`${clinicOrigin}/clinic.html`);
    const frame = page.frameLocator('#app');
    await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
    // The warning step is longer than the screen: the frame grows from 300 px to the screen's height and
    // scrolls inside, so its sticky Next is on screen once the frame is.
    await expect.poll(() => page.locator('#app').evaluate((el) => el.getBoundingClientRect().height)).toBe(700);
    await page.locator('#app').evaluate((el) => el.scrollIntoView());
    // Reading down to the questions inside the frame, Next stays at the bottom of the screen.
    await frame.locator('.check-step__questions fieldset').nth(2).scrollIntoViewIfNeeded();
    const next = await frame.locator('.check-nav__next').boundingBox();
    expect(next.y + next.height).toBeLessThanOrEqual(700);
    expect(next.y).toBeGreaterThanOrEqual(0);
    await screenshot(page, 'embed-phone-sized');
    // On a taller screen a shorter page gets a frame exactly its height: no blank space, no inner scrolling.
    await page.setViewportSize({ width: 390, height: 2400 });
    await page.locator('#app').evaluate((el) => { el.src = el.src.replace('check/?embed=1', '?embed=1#/no-such-page'); });
    await expect(frame.locator('.check-step')).toHaveCount(0);
    const content = () => frame.locator('body').evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
    await expect.poll(async () => Math.abs((await page.locator('#app').evaluate((el) => el.getBoundingClientRect().height)) - (await content()))).toBeLessThan(2);
    expect(await content()).toBeLessThan(2400);
  } finally {
    await context.close();
    server.close();
  }
});
