#!/usr/bin/env node
// Trunk post_build hook of the self-check build (check/Trunk.toml) only: what its first paint waits for, inside
// its index.html.
//
// check/ is a clinic visitor's first contact, usually a single visit from the clinic's site on a phone. Before it
// paints, a browser must have its stylesheet (render-blocking) and have run static/theme-early.js (a classic
// script in <head>) and static/first-screen.js (right after #app): three more requests after the page, on a
// phone of 150 ms round trip, each one competing with the WebAssembly's preload for the same slow link. Inside
// the page they cost no request at all: 3.9 KB of CSS and 1.4 KB of script, gzipped with the page. The full app
// keeps its files apart: its 9.6 KB stylesheet is shared by every page of a visit and cached on its own.
//
// What is inlined is exactly the file trunk built (minified), so the Content-Security-Policy written after this
// (scripts/post-build.mjs) allows each by the sha-256 of its text: `style-src 'self' 'sha256-…'` and the
// script's hash in script-src, nothing inline without one. The files leave the build, so the service worker's
// list names only what ships. A file whose text would close its own element early (`</style`, `</script`) or a
// script that is a module, deferred, asynchronous or from elsewhere stops the build rather than change how it runs.
//
// Usage: node scripts/inline-first-paint.mjs [STAGING_DIR]   (default: $TRUNK_STAGING_DIR)
import fs from 'node:fs';
import path from 'node:path';
import { attribute } from './one-stylesheet.mjs';

/** A file of this build: `./theme-early-….js` → `theme-early-….js`. Anything else stops the build. */
function localFile(href, extension) {
  const file = (href ?? '').replace(/^\.\//, '');
  if (!new RegExp(`^[\\w.-]+\\.${extension}$`).test(file)) {
    throw new Error(`inline-first-paint: "${href}" is not a .${extension} file of this build`);
  }
  return file;
}

/**
 * `html` with its stylesheets as <style> and its classic scripts as inline <script>, each where it was, in the
 * same order. `read(file)` gives a file's text. Returns the new page and the files now inside it.
 */
export function inlineFirstPaint(html, read) {
  const inlined = [];
  let page = html.replace(/<link\b[^>]*>/gi, (tag) => {
    if (!/^stylesheet$/i.test(attribute(tag, 'rel') ?? '')) return tag;
    if (attribute(tag, 'media') !== null) throw new Error(`inline-first-paint: ${tag} has a media attribute`);
    const file = localFile(attribute(tag, 'href'), 'css');
    const css = read(file).trim();
    if (/<\/style/i.test(css)) throw new Error(`inline-first-paint: ${file} contains "</style"`);
    inlined.push(file);
    return `<style>${css}</style>`;
  });
  page = page.replace(/<script\b[^>]*>\s*<\/script>/gi, (tag) => {
    const open = tag.slice(0, tag.indexOf('>') + 1);
    if (attribute(open, 'src') === null) return tag;
    for (const name of ['type', 'defer', 'async', 'nomodule']) {
      if (attribute(open, name) !== null) throw new Error(`inline-first-paint: ${open} has a ${name} attribute`);
    }
    const file = localFile(attribute(open, 'src'), 'js');
    const script = read(file).trim();
    if (/<\/script|<!--/i.test(script)) throw new Error(`inline-first-paint: ${file} contains "</script" or "<!--"`);
    inlined.push(file);
    return `<script>${script}</script>`;
  });
  return { html: page, inlined };
}

/** Inlines into the build staged in `dir` (its index.html and files), in place. */
export function inlineStaged(dir) {
  const indexPath = path.join(dir, 'index.html');
  const result = inlineFirstPaint(fs.readFileSync(indexPath, 'utf8'), (file) => fs.readFileSync(path.join(dir, file), 'utf8'));
  fs.writeFileSync(indexPath, result.html);
  for (const file of new Set(result.inlined)) fs.rmSync(path.join(dir, file));
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('inline-first-paint: no staging directory (TRUNK_STAGING_DIR or an argument)');
  const { inlined } = inlineStaged(dir);
  console.log(`inline-first-paint: ${inlined.join(', ') || 'nothing'} inside index.html`);
}
