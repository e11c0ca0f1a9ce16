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

function seedDiary(text) {
  if (text !== null) localStorage.setItem('headache-diary.diary', text);
}

async function coldLoad(route = '#/', diaryText = null) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ARGS,
    viewport: { width: 390, height: 844 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript(watchFirstScreen);
  // Seeding runs before the app's own script on the first navigation only matters once:
  // the profile is fresh, so localStorage starts empty every run.
  await page.addInitScript(seedDiary, diaryText);
  await page.goto(`http://127.0.0.1:${PORT}/${route}`);
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

async function measure(label, route, diaryText) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await coldLoad(route, diaryText));
  const firstScreens = runs.map((r) => r.firstScreen);
  console.log(
    `  ${label.padEnd(34)} median ${median(firstScreens).toFixed(0).padStart(5)} ms` +
      `  (runs: ${firstScreens.map((v) => v.toFixed(0)).join(', ')};` +
      ` DOMContentLoaded median ${median(runs.map((r) => r.domContentLoaded)).toFixed(0)} ms)`,
  );
  return median(firstScreens);
}

const tenYear = process.argv[2] && fs.existsSync(process.argv[2]) ? fs.readFileSync(process.argv[2], 'utf8') : null;

console.log(`Cold load to the first rendered screen, ${RUNS} runs each, fresh profile, phone viewport:`);
await measure('home page', '#/', null);
const empty = await measure('diary page, empty diary', '#/diary', null);
if (tenYear) {
  const full = await measure(`diary page, ten-year diary (${Math.round(tenYear.length / 1024)} KiB)`, '#/diary', tenYear);
  console.log(`  ten-year diary vs empty: ${(full / empty).toFixed(2)}x`);
}
if (tenYear) {
  // Recomputing every statistic for another period on the ten-year diary, in the browser:
  // from the click to the next painted frame.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ARGS,
    viewport: { width: 390, height: 844 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript(seedDiary, tenYear);
  await page.goto(`http://127.0.0.1:${PORT}/#/insights`);
  await page.waitForSelector('.insights__figures');
  const switchTimes = [];
  for (const label of ['Last 12 weeks', 'Last 4 weeks', 'Last 8 weeks', 'Last 12 weeks', 'Last 4 weeks']) {
    const id = await page.evaluate((text) => [...document.querySelectorAll('label')].find((l) => l.textContent === text)?.htmlFor, label);
    switchTimes.push(
      await page.evaluate(
        (inputId) =>
          new Promise((resolve) => {
            const started = performance.now();
            document.getElementById(inputId).click();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
          }),
        id,
      ),
    );
  }
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
  console.log(
    `  insights period switch, ten-year diary: median ${median(switchTimes).toFixed(1)} ms to the next frame` +
      ` (runs: ${switchTimes.map((v) => v.toFixed(1)).join(', ')})`,
  );
}
server.close();
