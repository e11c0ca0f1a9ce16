#!/usr/bin/env node
// Trunk post_build hook: writes the list of this build's files and its version into the staged
// service worker (sw.js, from pwa/sw.js), and the version into index.html as
// <meta name="app-version">, which the app compares with the last version it ran (the quiet
// "updated" note).
//
// The version is a SHA-256 over every file's path and contents, so any changed byte gives a new
// sw.js, which makes browsers install a new worker. It must run after every hook that changes
// staged files (the Content-Security-Policy hook, scripts/post-build.mjs): trunk starts all
// hooks of one stage at once, so Trunk.toml runs the two in one entry, one after the other.
//
// Usage: node scripts/sw-precache.mjs [DIR]   (DIR defaults to $TRUNK_STAGING_DIR)
// Running it again on a built folder is safe: the lines it fills are replaced, not appended.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const SW = 'sw.js';
const INDEX = 'index.html';
// Instructions to the static host (written by scripts/post-build.mjs), not files it serves: hosts
// answer 404 for them, which would fail the install. They still count towards the version. Matched in any
// folder: check/ carries its own `_headers` from its build.
const HOST_FILES = new Set(['_headers', '_redirects']);
const VERSION_LINE = /^self\.__VERSION = .*;$/m;
const PRECACHE_LINE = /^self\.__PRECACHE = .*;$/m;
// Exactly what is inserted before </head>, so removing it gives back the page as it was.
const VERSION_META = /<meta name="app-version" content="[^"]*">\n(?=<\/head>)/;

function fail(message) {
  console.error(`sw-precache: ${message}`);
  process.exit(1);
}

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) fail('no folder given and TRUNK_STAGING_DIR is not set');

const sha256 = (data) => crypto.createHash('sha256').update(data).digest('hex');

/** Every file under `root`, as sorted '/'-separated paths relative to it. */
function listFiles(root, prefix = '') {
  return fs
    .readdirSync(path.join(root, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      // Dot files are the tools' own (trunk's .trunk-lock in a finished dist), never the app's.
      if (entry.name.startsWith('.')) return [];
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return listFiles(root, relative);
      return entry.isFile() ? [relative] : [];
    })
    .sort();
}

const read = (file) => fs.readFileSync(path.join(dir, file));
const files = listFiles(dir);
for (const needed of [SW, INDEX]) {
  if (!files.includes(needed)) fail(`${needed} is missing from ${dir}`);
}

// The files as they are without what this script writes, so a second run gives the same version.
const sw = read(SW).toString('utf8');
if (!VERSION_LINE.test(sw) || !PRECACHE_LINE.test(sw)) {
  fail(`${SW} lacks the "self.__VERSION = …;" and "self.__PRECACHE = …;" lines`);
}
// Shipped without its whole-line comments and blank lines: they explain the source (pwa/sw.js), and every
// visitor downloads this file (1 KB of gzip). Template literals in it stay on one line, so no text changes.
const withoutComments = (text) =>
  text
    .split('\n')
    .filter((line) => !/^\s*(\/\/.*)?$/.test(line))
    .join('\n') + '\n';
const swTemplate = withoutComments(sw)
  .replace(VERSION_LINE, 'self.__VERSION = "";')
  .replace(PRECACHE_LINE, 'self.__PRECACHE = [];');
const indexWithout = read(INDEX).toString('utf8').replace(VERSION_META, '');
if (!indexWithout.includes('</head>')) fail(`${INDEX} has no </head>`);

const cached = files.filter((file) => file !== SW && !HOST_FILES.has(path.posix.basename(file)));
const fingerprint = files
  .map((file) => {
    const content = file === SW ? swTemplate : file === INDEX ? indexWithout : read(file);
    return `${file}\0${sha256(content)}\n`;
  })
  .join('');
const version = sha256(fingerprint).slice(0, 20);

// Under `trunk serve` (its live-reload script is in the page) the worker keeps nothing and passes
// every request on: a cached copy would hide each rebuild until the tab is closed. No version in
// the page either, so rebuilds bring no "updated" note.
const serving = indexWithout.includes('{{__TRUNK_ADDRESS__}}');
const index = serving
  ? indexWithout
  : indexWithout.replace('</head>', `<meta name="app-version" content="${version}">\n</head>`);
fs.writeFileSync(path.join(dir, INDEX), index);

const precache = (serving ? [] : cached).map((file) => ({
  url: file.split('/').map(encodeURIComponent).join('/'),
  sha256: sha256(file === INDEX ? index : read(file)),
}));
const filled = swTemplate
  .replace(VERSION_LINE, () => `self.__VERSION = ${JSON.stringify(version)};`)
  .replace(PRECACHE_LINE, () => `self.__PRECACHE = ${JSON.stringify(precache)};`);
fs.writeFileSync(path.join(dir, SW), filled);
console.log(`sw-precache: version ${version}, ${precache.length} files${serving ? ' (trunk serve: nothing kept)' : ''}`);
