#!/usr/bin/env node
// Draws the PNG app icons from their SVG sources in pwa/icons/ with Debian's Chromium (the same
// browser the tests use; ImageMagick's own SVG renderer fills stroked curves). The PNGs are
// committed, so this only runs when an icon's SVG changes:  node scripts/pwa-icons.mjs
import { chromium } from '@playwright/test';
import fs from 'node:fs';

const ICONS = [
  ['pwa/icons/icon.svg', 'pwa/icons/icon-192.png', 192],
  ['pwa/icons/icon.svg', 'pwa/icons/icon-512.png', 512],
  ['pwa/icons/icon-maskable.svg', 'pwa/icons/icon-maskable-512.png', 512],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const [svg, png, size] of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const source = fs.readFileSync(svg, 'utf8');
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`,
    );
    await page.screenshot({ path: png, omitBackground: true });
    await page.close();
    console.log(`${png} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
