// The first screen before the app's WebAssembly has arrived: the home page (here) and the self-check's first step
// (check/, the self-check's own build) are in the built HTML (rendered at build time by Yew's own server renderer, examples/prerender.rs), shown at once
// even with JavaScript off, taken over by the app with the same text and nothing moving, and nothing tapped
// before then is lost. Returning visitors, whose first screen depends on what they stored, see "Loading…".
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, screenshot } from './fixtures.mjs';
import { mergeStylesheets } from '../scripts/one-stylesheet.mjs';
import { inlineFirstPaint } from '../scripts/inline-first-paint.mjs';
import { inlineScriptHashes, inlineStyleHashes } from '../scripts/post-build.mjs';

const DIST = process.env.E2E_DIST ?? 'dist';

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

/** The page is styled, not bare: the first sheet's tokens and the layout's rules both apply. */
async function expectStyled(tab) {
  const styled = await tab.evaluate(() => ({
    token: getComputedStyle(document.documentElement).getPropertyValue('--space-4').trim(),
    font: getComputedStyle(document.body).fontFamily,
  }));
  expect(styled.token).not.toBe('');
  expect(styled.font).not.toMatch(/^"?Times/);
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page shows its heading, both jobs and the urgent note', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Headaches: understand them, keep track of them');
    await expect(page.getByRole('link', { name: /Check my headaches/ })).toHaveAttribute('href', 'check/');
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
  await page.goto('./check/');
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
  await expect(page).toHaveURL(/\/check\/$/);
  await expect(page.locator('#check-screen-title')).toHaveText('First, some safety questions');
  expect(await page.locator('html').getAttribute('data-ready')).toBeNull();
  await ready(page);
  await expect(page.locator('#check-screen-title')).toHaveText('First, some safety questions');
});

test('an old #/check address goes on to the self-check build at once, keeping ?embed=1', async ({ page }) => {
  // Held back for good: the move must come from the page's first script, not from the app.
  await page.route('**/*.wasm', () => {});
  await page.goto('./#/check');
  await expect(page).toHaveURL(/\/check\/$/);
  await expect(page.locator('#check-screen-title')).toHaveText('First, some safety questions');
  // The frame's layout goes with it (embedded, check/ waits for its app to start).
  await page.unroute('**/*.wasm');
  await page.goto('./?embed=1#/check');
  await expect(page).toHaveURL(/\/check\/\?embed=1$/);
  await ready(page);
  await expect(page.locator('html')).toHaveClass(/embedded/);
  await expect(page.locator('#check-screen-title')).toHaveText('First, some safety questions');
  // Back does not return to the address that only leads on.
  await page.goBack();
  await expect(page).toHaveURL(/\/check\/$/);
});

test('inside the running app, #/check goes on to the self-check build too', async ({ page }) => {
  await page.goto('./#/diary');
  await ready(page);
  await page.evaluate(() => { location.hash = '#/check'; });
  await expect(page).toHaveURL(/\/check\/$/);
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

test.describe('check/ paints from its page alone (scripts/inline-first-paint.mjs)', () => {
  const files = { 'styles-1.css': 'a{color:red}\n', 'theme-early-1.js': 'var a=1;', 'first-screen-1.js': 'var b=2;' };
  const read = (name) => files[name];

  test('puts the stylesheet and the classic scripts inside the page where they were, and nothing else', () => {
    const html = '<head><link href=./favicon.svg rel=icon><link href=./styles-1.css integrity="sha384-x" rel=stylesheet>' +
      '<script integrity=sha384-y src=./theme-early-1.js></script><script type=module>import"./app.js"</script>' +
      '<link crossorigin href=./app.js rel=modulepreload></head><body><div id=app></div><script src=./first-screen-1.js></script></body>';
    const { html: page, inlined } = inlineFirstPaint(html, read);
    expect(inlined).toEqual(['styles-1.css', 'theme-early-1.js', 'first-screen-1.js']);
    expect(page).toBe('<head><link href=./favicon.svg rel=icon><style>a{color:red}</style>' +
      '<script>var a=1;</script><script type=module>import"./app.js"</script>' +
      '<link crossorigin href=./app.js rel=modulepreload></head><body><div id=app></div><script>var b=2;</script></body>');
  });

  test('stops the build rather than change how a file runs or let its text end its element early', () => {
    expect(() => inlineFirstPaint('<script defer src=./theme-early-1.js></script>', read)).toThrow(/defer/);
    expect(() => inlineFirstPaint('<script type=module src=./theme-early-1.js></script>', read)).toThrow(/type/);
    expect(() => inlineFirstPaint('<script src=https://elsewhere.example/a.js></script>', read)).toThrow(/not a \.js file of this build/);
    expect(() => inlineFirstPaint('<link href=./styles-1.css media=print rel=stylesheet>', read)).toThrow(/media/);
    expect(() => inlineFirstPaint('<link href=./x.css rel=stylesheet>', () => 'a{}</style><script>alert(1)</script>'))
      .toThrow(/<\/style/);
    expect(() => inlineFirstPaint('<script src=./x.js></script>', () => 'var s="</script>"')).toThrow(/<\/script/);
  });

  test('check/ asks for no stylesheet and no script before its first paint, and its policy allows exactly what is inside', async ({ page: tab }) => {
    const html = fs.readFileSync(path.join(DIST, 'check', 'index.html'), 'utf8');
    expect(html).not.toMatch(/rel="?stylesheet/);
    expect(fs.readdirSync(path.join(DIST, 'check')).filter((file) => /\.css$|^(theme-early|first-screen)-.*\.js$/.test(file))).toEqual([]);
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1];
    const directive = (name) => policy.split('; ').find((part) => part.startsWith(`${name} `));
    expect(directive('style-src')).toBe(`style-src 'self' ${inlineStyleHashes(html).join(' ')}`);
    expect(inlineStyleHashes(html)).toHaveLength(1);
    // Trunk's loader and the two small scripts, each by its own hash.
    expect(inlineScriptHashes(html)).toHaveLength(3);
    for (const hash of inlineScriptHashes(html)) expect(directive('script-src')).toContain(hash);

    const requests = [];
    tab.on('request', (request) => requests.push(request.resourceType()));
    await tab.goto('./check/');
    await ready(tab);
    expect(requests.filter((type) => type === 'stylesheet')).toEqual([]);
    expect(requests.filter((type) => type === 'script')).toEqual(['script']);
    await expectStyled(tab);
    // The chosen theme still applies before the first paint (the inlined static/theme-early.js).
    await tab.evaluate(() => localStorage.setItem('headache-diary.preferences', JSON.stringify({ version: 1, data: { theme: 'dark' } })));
    await tab.reload();
    await expect(tab.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

test.describe('one stylesheet per build (scripts/one-stylesheet.mjs)', () => {
  const sheets = { 'a.css': 'a{color:red}', 'b.css': 'a{color:blue}\n/* last */', 'c.css': ':root{--x:1}' };
  const page = (links) => `<head><meta charset=utf-8>${links}<script src=./app.js></script></head>`;

  test('joins the sheets in the order the page lists them, linked once with its integrity', () => {
    const html = page('<link href=./b.css integrity=sha384-x rel=stylesheet><link href=./a.css rel=stylesheet>' +
      '<link href="./c.css" rel="stylesheet"><link href=./icon.svg rel=icon>');
    const { html: merged, merged: file, replaced } = mergeStylesheets(html, (name) => sheets[name]);
    expect(replaced).toEqual(['b.css', 'a.css', 'c.css']);
    // b before a: the page's order, so a's later rule still wins, as between two <link> elements.
    expect(file.css).toBe('a{color:blue}\n/* last */\na{color:red}\n:root{--x:1}\n');
    const integrity = `sha384-${crypto.createHash('sha384').update(file.css).digest('base64')}`;
    expect(merged).toBe(page(`<link href=./${file.name} integrity="${integrity}" rel=stylesheet><link href=./icon.svg rel=icon>`));
    expect(file.name).toMatch(/^styles-[0-9a-f]{16}\.css$/);
  });

  test('stops the build rather than change the cascade or what a sheet applies to', () => {
    const read = (name) => sheets[name];
    expect(() => mergeStylesheets(page('<link href=./a.css rel=stylesheet><style>a{}</style><link href=./b.css rel=stylesheet>'), read))
      .toThrow(/between the stylesheets/);
    expect(() => mergeStylesheets(page('<link href=./a.css rel=stylesheet><link href=./b.css media=print rel=stylesheet>'), read))
      .toThrow(/media/);
    expect(() => mergeStylesheets(page('<link href=https://elsewhere.example/a.css rel=stylesheet><link href=./b.css rel=stylesheet>'), read))
      .toThrow(/not a stylesheet of this build/);
  });

  test('the full app asks for one stylesheet, the one its page links with a matching integrity', async ({ page: tab }) => {
    const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const links = [...html.matchAll(/<link\b[^>]*rel="?stylesheet[^>]*>/g)].map(([tag]) => tag);
    expect(links).toHaveLength(1);
    const [, name, integrity] = links[0].match(/href=\.\/(styles-[0-9a-f]{16}\.css) integrity="([^"]+)"/);
    const bytes = fs.readFileSync(path.join(DIST, name));
    expect(integrity).toBe(`sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`);
    expect(fs.readdirSync(DIST).filter((file) => file.endsWith('.css'))).toEqual([name]);

    const stylesheets = [];
    tab.on('request', (request) => request.resourceType() === 'stylesheet' && stylesheets.push(request.url()));
    await tab.goto('./');
    await ready(tab);
    expect(stylesheets.map((url) => path.basename(new URL(url).pathname))).toEqual([name]);
    await expectStyled(tab);
  });
});
