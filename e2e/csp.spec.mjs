// No data leaves the device: the built app carries a Content-Security-Policy that allows only its own
// origin, the policy is really enforced, and a tour of every page and the main journeys causes no
// violation and no request to another origin (the fixture fails a test on either).
import { test, expect, openApp, newContext } from './fixtures.mjs';
import { seedDiary, weeksOfDiary } from './seed.mjs';

/** The policy in the served index.html, as a map of directive → sources. */
async function servedPolicy(request) {
  const html = await (await request.get('./')).text();
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
  expect(match, 'index.html has a Content-Security-Policy meta').not.toBeNull();
  const head = html.slice(0, html.indexOf('</head>'));
  // The meta must come before anything it governs.
  expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.search(/<script|<link/));
  return Object.fromEntries(
    match[1].split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

test('the policy allows only the app itself: no inline code but the hashed loader, no eval, no other origin', async ({ request }) => {
  const policy = await servedPolicy(request);
  expect(policy['default-src']).toEqual(["'self'"]);
  expect(policy['connect-src']).toEqual(["'self'"]);
  expect(policy['style-src']).toEqual(["'self'"]);
  expect(policy['object-src']).toEqual(["'none'"]);
  expect(policy['script-src'].slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  const rest = policy['script-src'].slice(2);
  expect(rest.length).toBeGreaterThan(0);
  for (const source of rest) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  const all = Object.values(policy).flat().join(' ');
  expect(all).not.toContain('unsafe-inline');
  expect(all).not.toContain("'unsafe-eval'");
  expect(all).not.toMatch(/https?:|\*/);

  // The server side of the policy (`_headers`, sent by e2e/serve.mjs as a static host would) adds
  // frame-ancestors, which browsers ignore in a meta tag.
  const response = await request.get('./');
  const header = response.headers()['content-security-policy'];
  expect(header).toContain("frame-ancestors 'self'");
});

test('the policy is enforced: injected inline script and a request elsewhere are blocked and reported', async ({ browser, baseURL }) => {
  // A page of its own: this test provokes violations on purpose, which the shared fixture forbids.
  const context = await newContext(browser);
  const page = await context.newPage();
  const violations = [];
  await page.exposeBinding('__violation', (_source, text) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violation(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  // Chromium still reports the attempt as a request; what matters is that it never got a response.
  const answered = [];
  const refused = [];
  page.on('response', (response) => {
    if (!response.url().startsWith(new URL(baseURL).origin)) answered.push(response.url());
  });
  page.on('requestfailed', (request) => refused.push(`${request.url()} ${request.failure()?.errorText}`));
  await page.goto(baseURL);
  await expect(page.locator('header.site-header')).toBeVisible();
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    const image = document.createElement('img');
    image.src = 'https://tracker.example/pixel.gif';
    document.body.append(image);
    const element = document.createElement('div');
    element.setAttribute('onclick', 'window.__handlerRan = true');
    document.body.append(element);
    element.click();
  });
  await expect.poll(() => violations.length).toBeGreaterThanOrEqual(3);
  expect(await page.evaluate(() => window.__inlineRan)).toBeUndefined();
  expect(await page.evaluate(() => window.__handlerRan)).toBeUndefined();
  expect(violations.some((v) => v.startsWith('script-src-elem inline'))).toBe(true);
  expect(violations.some((v) => v.startsWith('img-src https://tracker.example'))).toBe(true);
  expect(answered).toEqual([]);
  await expect.poll(() => refused).toContain('https://tracker.example/pixel.gif csp');
  await context.close();
});

test('a tour of every page and the main journeys breaks no rule of the policy', async ({ page }) => {
  await seedDiary(page, weeksOfDiary(8), '#/');
  await openApp(page, '#/');
  for (const [route, heading] of [
    ['#/diary', /diary/i],
    ['#/insights', /insights|pattern/i],
    ['#/report', /report/i],
    ['#/data', /data/i],
    ['#/settings', /settings/i],
    ['#/nowhere', /not found|can.t find/i],
  ]) {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
  }
  // The self-check to its first question, a headache logged, and the downloads, which use blob: links.
  await page.goto('check/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('#/diary');
  await page.getByRole('button', { name: /Headache now/ }).click();
  await expect(page.getByText(/since|started/i).first()).toBeVisible();
  await page.goto('#/data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /backup/i }).first().click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
});
