// Cold-load timing: the median of 5 loads of the release build, each in a fresh Chromium
// profile, from navigation start to the app's first rendered screen (the header and the page
// title present in the DOM). The moment is recorded inside the page by a MutationObserver,
// so the harness's own polling does not add to it.
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '../e2e/serve.mjs';

const RUNS = 5;
const PORT = 8091;
const ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

const server = await serve('dist', PORT);

function watchFirstScreen() {
  const done = () => document.querySelector('.site-header') && document.querySelector('h1.page__title');
  const observer = new MutationObserver(() => {
    if (done() && window.__firstScreenMs === undefined) {
      window.__firstScreenMs = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function coldLoad() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ARGS,
    viewport: { width: 390, height: 844 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript(watchFirstScreen);
  await page.goto(`http://127.0.0.1:${PORT}/#/`);
  await page.waitForFunction(() => window.__firstScreenMs !== undefined, null, { timeout: 30_000 });
  const result = await page.evaluate(() => ({
    firstScreen: window.__firstScreenMs,
    domContentLoaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
  }));
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
  return result;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(await coldLoad());
server.close();

const firstScreens = runs.map((r) => r.firstScreen);
console.log(`Cold load, ${RUNS} runs, fresh profile each, phone viewport:`);
console.log(`  first rendered screen: median ${median(firstScreens).toFixed(0)} ms  (runs: ${firstScreens.map((v) => v.toFixed(0)).join(', ')})`);
console.log(`  DOMContentLoaded:      median ${median(runs.map((r) => r.domContentLoaded)).toFixed(0)} ms`);
