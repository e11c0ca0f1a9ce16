#!/usr/bin/env node
// Trunk post_build hook, before the Content-Security-Policy and the service worker's list: puts the
// prerendered first screens (examples/prerender.rs, run by the pre_build hook) into the staged index.html.
//
// - The home screen goes inside #app, so it shows at once, even with JavaScript off.
// - The self-check build's first screen (check-app.html) goes inside check/'s #app (--only, below); the full
//   app has no self-check of its own (static/first-screen.js sends an old #/check address to check/).
// The app replaces #app's content with its own render of the same screen when it starts (src/main.rs).
//
// With --only FILE (the self-check build, check/Trunk.toml), FILE alone goes inside #app.
//
// Usage: node scripts/prerender-inject.mjs [--only FILE] [STAGING_DIR] [PRERENDER_DIR]
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : null;
const staging = args[0] ?? process.env.TRUNK_STAGING_DIR;
const here = path.dirname(new URL(import.meta.url).pathname);
const prerendered = args[1] ?? path.join(here, '..', 'target/prerender');
if (!staging) {
  console.error('prerender-inject.mjs: no folder given and TRUNK_STAGING_DIR is not set');
  process.exit(1);
}

export function inject(html, first) {
  // As written in index.html, or as trunk's minifier leaves it (attributes without quotes).
  const placeholder = /<div id="?app"?>\s*<p class="?app-loading"?>Loading…<\/p>\s*<\/div>/;
  if (!placeholder.test(html)) throw new Error('index.html has no <div id="app"> with the "Loading…" placeholder');
  // `$` in the markup must not be read as a replacement pattern.
  return html.replace(placeholder, () => `<div id="app">${first}</div>`);
}

const read = (name) => fs.readFileSync(path.join(prerendered, name), 'utf8').trim();
const indexPath = path.join(staging, 'index.html');
const html = fs.readFileSync(indexPath, 'utf8');
fs.writeFileSync(
  indexPath,
  inject(html, read(only ?? 'home.html')),
);
