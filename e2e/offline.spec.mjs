// Offline and installing: after one visit the app opens and keeps working with no network; a new
// version arrives on the next visit with one quiet note and nothing lost; the manifest and icons
// a browser needs to install it are there.
//
// These tests serve the build from a folder of their own on a port of their own (the same origin
// for every visit of a test), so they can take the server away, or "deploy" a second version into
// the folder the way a static host is updated. The app sits in a subfolder (/app/), as on a
// clinic's site: the worker's scope is that folder.
import { test, expect, screenshot, openApp } from './fixtures.mjs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './serve.mjs';

const DIST = path.resolve(process.env.E2E_DIST ?? 'dist');
// Beside the configured port, so parallel checkouts (E2E_PORT) never share one.
const PORT = Number(process.env.E2E_PORT ?? 8081) + 1000;
const DIARY_KEY = 'headache-diary.diary';
const NOTE = 'The app was updated. Your diary and settings are unchanged.';

test.use({ baseURL: `http://127.0.0.1:${PORT}/app/`, viewport: { width: 390, height: 844 } });

let work;
let site;
let server;

/** Replaces what the server serves with `folder`, as uploading a new build to a static host does. */
function deploy(folder) {
  fs.rmSync(site, { recursive: true, force: true });
  fs.cpSync(folder, site, { recursive: true });
}

async function stopServer() {
  if (!server) return;
  const closed = new Promise((resolve) => server.close(resolve));
  // Keep-alive connections from the browser would otherwise hold the server open.
  server.closeAllConnections();
  await closed;
  server = undefined;
}

test.beforeEach(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'headache-offline-'));
  site = path.join(work, 'app');
  deploy(DIST);
  server = await serve(work, PORT);
});

test.afterEach(async () => {
  await stopServer();
  fs.rmSync(work, { recursive: true, force: true });
});

/** Waits until the service worker is active and answers this page's requests. */
async function untilControlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  // The first visit's page is taken over once the worker activates (clients.claim); a reload
  // makes sure of it should the claim come late.
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

async function storedAttacks(page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.data?.a ?? [], DIARY_KEY);
}

async function appVersion(page) {
  return page.locator('meta[name="app-version"]').getAttribute('content');
}

test('after one visit the app opens, logs a headache and changes pages with no network at all', async ({ page, context }) => {
  await openApp(page, '#/diary');
  await untilControlled(page);

  await context.setOffline(true);
  // And no server either: nothing can come from the network, not even for the worker.
  await stopServer();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'My headache diary' })).toBeVisible();

  await page.getByRole('button', { name: 'Headache now' }).click();
  const banner = page.getByRole('region', { name: 'Headache in progress' });
  await expect(banner).toContainText('Headache since');
  expect(await storedAttacks(page)).toHaveLength(1);
  await screenshot(page, 'offline-diary-light');

  await page.getByRole('link', { name: 'Insights' }).click();
  await expect(page.getByRole('heading', { name: 'Insights' })).toBeVisible();
  // A full load of another route, still offline.
  await page.goto('#/settings');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expect(banner).toBeVisible();
  expect(await storedAttacks(page)).toHaveLength(1);
  // The self-check build, precached by the same worker, opens offline too, framed or not.
  for (const address of ['check/', 'check/?embed=1']) {
    await page.goto(address);
    await expect(page.locator('html')).toHaveAttribute('data-ready', '');
    await expect(page.locator('#check-screen-title')).toHaveText('First, some safety questions');
  }
  await context.setOffline(false);
});

test('a new version opens on the next visit with one quiet note, and the diary logged before is kept', async ({ page }) => {
  // Version 2: the same build with one byte changed (a file without an integrity hash, so the
  // browser still accepts it), its precache list and version written again by the build's hook.
  const v2 = path.join(work, 'v2');
  fs.cpSync(DIST, v2, { recursive: true });
  const manifest = path.join(v2, 'manifest.webmanifest');
  fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').replace('"name"', ' "name"'));
  execFileSync('node', ['scripts/sw-precache.mjs', v2], { stdio: 'pipe' });

  // First visit: no note; a headache logged.
  await openApp(page, '#/diary');
  await untilControlled(page);
  const first = await appVersion(page);
  expect(first).toMatch(/^[0-9a-f]{20}$/);
  await expect(page.getByText(NOTE)).toHaveCount(0);
  await page.getByRole('button', { name: 'Headache now' }).click();
  const banner = page.getByRole('region', { name: 'Headache in progress' });
  await expect(banner).toBeVisible();

  deploy(v2);
  // The next visit still opens the version it was installed with (nothing swapped under a
  // running app) while the new one installs in the background.
  await page.reload();
  await expect(banner).toBeVisible();
  expect(await appVersion(page)).toBe(first);
  await expect(page.getByText(NOTE)).toHaveCount(0);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update();
    while (!registration.waiting) await new Promise((resolve) => setTimeout(resolve, 50));
  });

  // Leaving the app lets the new version take over; the visit after that opens it.
  await page.goto('about:blank');
  await expect
    .poll(async () => {
      await openApp(page, '#/diary');
      return appVersion(page);
    })
    .not.toBe(first);
  const note = page.getByRole('status').filter({ hasText: NOTE });
  await expect(note).toBeVisible();
  await expect(banner).toContainText('Headache since');
  expect(await storedAttacks(page)).toHaveLength(1);
  await screenshot(page, 'update-note-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'update-note-dark');
  // Only this version's files are kept.
  expect(await page.evaluate(() => caches.keys())).toEqual([
    `headache-diary http://127.0.0.1:${PORT}/app/ ${await appVersion(page)}`,
  ]);

  await note.getByRole('button', { name: 'Dismiss the update note' }).click();
  await expect(page.getByText(NOTE)).toHaveCount(0);
  // Once: the next start under the same version says nothing.
  await page.reload();
  await expect(banner).toBeVisible();
  await expect(page.getByText(NOTE)).toHaveCount(0);
});

test('the worker keeps exactly the files of its build and answers only GET requests from them', async ({ page, request }) => {
  const sw = await (await request.get('sw.js')).text();
  const listed = JSON.parse(sw.match(/^self\.__PRECACHE = (.*);$/m)[1]).map((entry) => entry.url).sort();
  const files = (function walk(dir, prefix = '') {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const relative = prefix + entry.name;
      if (entry.name.startsWith('.')) return [];
      return entry.isDirectory() ? walk(path.join(dir, entry.name), `${relative}/`) : [relative];
    });
  })(DIST)
    // Host instructions are never fetched, in check/ as at the top: a host answers 404 for them.
    .filter((file) => file !== 'sw.js' && !['_headers', '_redirects'].includes(path.basename(file)))
    .sort();
  expect(listed).toEqual(files);
  expect(listed).not.toContain('check/_headers');
  // Shipped without the source's comments, which every visitor would download.
  expect(sw).not.toMatch(/^\s*\/\//m);
  expect(listed).toContain('index.html');
  expect(listed.some((file) => file.endsWith('_bg.wasm'))).toBe(true);

  await openApp(page);
  await untilControlled(page);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.scope))).toBe(
    `http://127.0.0.1:${PORT}/app/`,
  );
  // The test server marks what it sends "no-store"; the worker's stored copies carry no such header.
  const answers = await page.evaluate(async () => {
    const from = async (method) => (await fetch('index.html', { method })).headers.get('cache-control');
    return { GET: await from('GET'), POST: await from('POST') };
  });
  expect(answers).toEqual({ GET: null, POST: 'no-store' });
});

test('the app can be installed: a linked manifest with names, colours and icons that are served', async ({ page, request }) => {
  await openApp(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('manifest.webmanifest');
  const response = await request.get(href);
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const manifest = JSON.parse(await response.text());
  expect(manifest).toMatchObject({
    name: 'Headache check & diary',
    short_name: 'Headache diary',
    start_url: './',
    scope: './',
    display: 'standalone',
  });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);

  const sizes = new Set();
  for (const icon of manifest.icons) {
    const file = await request.get(new URL(icon.src, new URL(href, page.url())).href);
    expect(file.ok(), icon.src).toBe(true);
    expect(file.headers()['content-type'], icon.src).toBe(icon.type);
    const body = await file.body();
    if (icon.type === 'image/png') {
      // The PNG header's own width and height, not just the name.
      const [width, height] = [body.readUInt32BE(16), body.readUInt32BE(20)];
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    } else {
      expect(body.toString('utf8'), icon.src).toContain('<svg');
    }
    sizes.add(`${icon.sizes} ${icon.purpose ?? 'any'}`);
  }
  expect([...sizes]).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));

  const themes = await page.locator('meta[name="theme-color"]').evaluateAll((metas) =>
    metas.map((meta) => `${meta.media} ${meta.content}`),
  );
  expect(themes).toEqual(['(prefers-color-scheme: light) #ffffff', '(prefers-color-scheme: dark) #1b1f25']);
});
