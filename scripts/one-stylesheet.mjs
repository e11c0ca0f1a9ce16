#!/usr/bin/env node
// Trunk post_build hook: the build's stylesheets shipped as one file.
//
// index.html lists the sheets in cascade order, one `<link data-trunk rel="css">` each, so the sources stay
// small and each feature keeps its own (styles/*.css); trunk minifies each. Shipped like that, the full app
// asked for thirteen stylesheets before its first paint (on a phone of 150 ms round trip, several rounds of
// requests) and gzip compressed each alone: 14.6 KB where the same text in one file is 9.6 KB. One file with
// the sheets in the order the page listed them is the same cascade: a later rule still wins over an earlier
// one of the same specificity, exactly as between two <link> elements.
//
// The merged file is named like trunk's own (`styles-<16 hex of its SHA-256>.css`) and linked where the first
// sheet was, with its sha384 integrity; the separate files leave the build, so the service worker's list
// (scripts/sw-precache.mjs, run after this) names only what is shipped. Nothing else in the page may stand
// between two sheets (a <style> would change the cascade): if something does, the build stops.
//
// Usage: node scripts/one-stylesheet.mjs [STAGING_DIR]   (default: $TRUNK_STAGING_DIR)
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sri } from './short-import-names.mjs';

const LINK = /<link\b[^>]*>/gi;

/**
 * The value of attribute `name` in one tag as trunk's minifier writes it (quoted, unquoted, or a bare `defer` as
 * ''), or null when the tag does not have it. Shared with scripts/inline-first-paint.mjs.
 */
export function attribute(tag, name) {
  const match = tag.match(new RegExp(`\\s${name}(?:=(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?(?=[\\s/>])`, 'i'));
  if (!match) return null;
  return match[1] ?? match[2] ?? match[3] ?? '';
}

const isStylesheet = (tag) => /^stylesheet$/i.test(attribute(tag, 'rel') ?? '');

/** A stylesheet's href as a file of the build: `./tokens-….css` → `tokens-….css`. Anything else stops the build. */
function localFile(href) {
  const file = href.replace(/^\.\//, '');
  if (!/^[\w.-]+\.css$/.test(file)) throw new Error(`one-stylesheet: "${href}" is not a stylesheet of this build`);
  return file;
}

/**
 * `html` with its stylesheet links replaced by one link to their contents joined in order. `read(file)` gives a
 * sheet's text. Returns the new page, the merged file's name and text, and the files it replaces.
 */
export function mergeStylesheets(html, read) {
  const links = [...html.matchAll(LINK)].filter(([tag]) => isStylesheet(tag));
  if (links.length < 2) return { html, merged: null, replaced: [] };
  for (const [tag] of links) {
    if (attribute(tag, 'media') !== null) throw new Error(`one-stylesheet: ${tag} has a media attribute, keep it apart`);
  }
  const first = links[0].index;
  const last = links[links.length - 1].index + links[links.length - 1][0].length;
  const between = html.slice(first, last).replace(LINK, '');
  if (/\S/.test(between)) {
    throw new Error(`one-stylesheet: something stands between the stylesheets (${between.trim().slice(0, 80)})`);
  }
  const replaced = links.map(([tag]) => localFile(attribute(tag, 'href')));
  // A newline between sheets: a sheet that ends without one (or in a comment) cannot run into the next.
  const css = replaced.map((file) => read(file).replace(/\s+$/, '')).join('\n') + '\n';
  const name = `styles-${crypto.createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  const link = `<link href=./${name} integrity="${sri(css)}" rel=stylesheet>`;
  let seen = 0;
  const merged = html.replace(LINK, (tag) => {
    if (!isStylesheet(tag)) return tag;
    return seen++ === 0 ? link : '';
  });
  return { html: merged, merged: { name, css }, replaced };
}

/** Merges the stylesheets of the build staged in `dir` (its index.html and files) in place. */
export function mergeStaged(dir) {
  const page = path.join(dir, 'index.html');
  const result = mergeStylesheets(fs.readFileSync(page, 'utf8'), (file) =>
    fs.readFileSync(path.join(dir, file), 'utf8'),
  );
  if (!result.merged) return result;
  fs.writeFileSync(path.join(dir, result.merged.name), result.merged.css);
  fs.writeFileSync(page, result.html);
  for (const file of new Set(result.replaced)) fs.rmSync(path.join(dir, file));
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('one-stylesheet: no staging directory (TRUNK_STAGING_DIR or an argument)');
  const { merged, replaced } = mergeStaged(dir);
  if (merged) console.log(`one-stylesheet: ${replaced.length} sheets as ${merged.name} (${merged.css.length} bytes)`);
}
