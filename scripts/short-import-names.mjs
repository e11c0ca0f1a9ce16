#!/usr/bin/env node
// Trunk post_build hook, before the Content-Security-Policy: gives the WebAssembly's imports from its
// wasm-bindgen glue (and the glue's calls into its closure exports) short names, in both files at once.
//
// Why: wasm-bindgen names every import after its function plus a 16-digit hash
// (`__wbg_querySelectorAll_bd785907acdf7800`), and each name is written twice, in the wasm's import section
// and as a key of the glue's import object. Those hashes do not compress: in the self-check build (check/)
// they were 4 KB of its gzip -9 bytes, which a phone downloads before the page can be used. The names mean
// nothing outside these two files, so `a`, `b`, … do the same job.
//
// Safe by construction: only names that start with `__wbg_` (imports) or `wasm_bindgen_` (exports) and that
// the glue uses are renamed, as whole words; afterwards every import of the wasm must be a key the glue
// defines and no old name may be left, or the build stops. Trunk's integrity hashes for the two files in
// index.html are written again. The e2e specs load the renamed build.
//
// Usage: node scripts/short-import-names.mjs [STAGING_DIR]   (default: $TRUNK_STAGING_DIR)
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const WASM_MAGIC = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
const IMPORT_SECTION = 2;
const EXPORT_SECTION = 7;

function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

/** The sections of a wasm module as { id, body } in order. */
function sections(wasm) {
  if (!wasm.subarray(0, 8).equals(WASM_MAGIC)) throw new Error('not a WebAssembly module (version 1)');
  const found = [];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, bodyAt] = readLeb(wasm, at + 1);
    found.push({ id, body: wasm.subarray(bodyAt, bodyAt + size) });
    at = bodyAt + size;
  }
  return found;
}

function readName(body, at) {
  const [length, from] = readLeb(body, at);
  return [body.subarray(from, from + length).toString('utf8'), from + length];
}

const nameBytes = (name) => Buffer.concat([leb(Buffer.byteLength(name)), Buffer.from(name, 'utf8')]);

/** Where an import's description ends (function, table, memory or global type). */
function importDescriptionEnd(body, at, kind) {
  switch (kind) {
    case 0: return readLeb(body, at)[1];
    case 1: {
      const [flags, next] = readLeb(body, at + 1);
      const [, afterMin] = readLeb(body, next);
      return flags & 1 ? readLeb(body, afterMin)[1] : afterMin;
    }
    case 2: {
      const [flags, next] = readLeb(body, at);
      const [, afterMin] = readLeb(body, next);
      return flags & 1 ? readLeb(body, afterMin)[1] : afterMin;
    }
    case 3: return at + 2;
    default: throw new Error(`import of unknown kind ${kind}`);
  }
}

/** Rewrites the import (or export) section with `rename(name)`; returns the new body and the names seen. */
function renameEntries(body, id, rename) {
  const [count, first] = readLeb(body, 0);
  const parts = [leb(count)];
  const names = [];
  let at = first;
  for (let entry = 0; entry < count; entry++) {
    if (id === IMPORT_SECTION) {
      const [module, afterModule] = readName(body, at);
      const [field, afterField] = readName(body, afterModule);
      const kind = body[afterField];
      const end = importDescriptionEnd(body, afterField + 1, kind);
      const name = rename(field);
      names.push(name);
      parts.push(nameBytes(module), nameBytes(name), body.subarray(afterField, end));
      at = end;
    } else {
      const [field, afterField] = readName(body, at);
      const end = readLeb(body, afterField + 1)[1];
      const name = rename(field);
      names.push(name);
      parts.push(nameBytes(name), body.subarray(afterField, end));
      at = end;
    }
  }
  return { body: Buffer.concat(parts), names };
}

/** `$a`, `$b`, … `$z`, `$ba`, …: the `$` keeps them apart from every JavaScript keyword and from the names kept. */
function shortName(index) {
  let name = '';
  do {
    name = String.fromCharCode(97 + (index % 26)) + name;
    index = Math.floor(index / 26);
  } while (index > 0);
  return `$${name}`;
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Renames in `wasm` (a Buffer) and `glue` (its JavaScript); returns both and the count renamed. */
export function shortenNames(wasm, glue) {
  const renamed = new Map();
  const usedByGlue = (name) => new RegExp(`\\b${escapeRegExp(name)}\\b`).test(glue);
  const renameIf = (prefix) => (name) => {
    if (!name.startsWith(prefix) || !usedByGlue(name)) return name;
    if (!renamed.has(name)) renamed.set(name, shortName(renamed.size));
    return renamed.get(name);
  };
  const importNames = [];
  const rebuilt = [WASM_MAGIC];
  for (const { id, body } of sections(wasm)) {
    let newBody = body;
    if (id === IMPORT_SECTION) {
      const result = renameEntries(body, id, renameIf('__wbg_'));
      newBody = result.body;
      importNames.push(...result.names);
    } else if (id === EXPORT_SECTION) {
      newBody = renameEntries(body, id, renameIf('wasm_bindgen_')).body;
    }
    rebuilt.push(Buffer.from([id]), leb(newBody.length), newBody);
  }
  let newGlue = glue;
  for (const [long, short] of renamed) {
    newGlue = newGlue.replace(new RegExp(`\\b${escapeRegExp(long)}\\b`, 'g'), () => short);
  }
  for (const long of renamed.keys()) {
    if (newGlue.includes(long)) throw new Error(`${long} is still in the glue after renaming`);
  }
  for (const name of importNames) {
    if (name.startsWith('$') && !newGlue.includes(`${name}:`)) {
      throw new Error(`the wasm imports ${name}, which the glue does not define`);
    }
  }
  return { wasm: Buffer.concat(rebuilt), glue: newGlue, count: renamed.size };
}

/** The integrity value (subresource integrity, sha384) trunk writes for `bytes`. */
export const sri = (bytes) => `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;

/** Writes the integrity attribute of the <link> (or <script>) whose href or src is `file` again. */
export function withIntegrity(html, file, bytes) {
  const tag = new RegExp(`<(?:link|script)\\b[^>]*\\b(?:href|src)="?\\.?/?${escapeRegExp(file)}"?[^>]*>`, 'g');
  return html.replace(tag, (found) => found.replace(/\bintegrity="?sha384-[A-Za-z0-9+/=]+"?/, `integrity="${sri(bytes)}"`));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const staging = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!staging) {
    console.error('short-import-names.mjs: no folder given and TRUNK_STAGING_DIR is not set');
    process.exit(1);
  }
  const files = fs.readdirSync(staging);
  const wasmFile = files.find((name) => name.endsWith('_bg.wasm'));
  const glueFile = files.find(
    (name) => name.endsWith('.js') && fs.readFileSync(path.join(staging, name), 'utf8').includes('__wbg_get_imports'),
  );
  if (!wasmFile || !glueFile) {
    console.error(`short-import-names.mjs: no wasm-bindgen output in ${staging}`);
    process.exit(1);
  }
  const { wasm, glue, count } = shortenNames(
    fs.readFileSync(path.join(staging, wasmFile)),
    fs.readFileSync(path.join(staging, glueFile), 'utf8'),
  );
  fs.writeFileSync(path.join(staging, wasmFile), wasm);
  fs.writeFileSync(path.join(staging, glueFile), glue);
  const indexPath = path.join(staging, 'index.html');
  let html = fs.readFileSync(indexPath, 'utf8');
  html = withIntegrity(html, wasmFile, wasm);
  html = withIntegrity(html, glueFile, Buffer.from(glue, 'utf8'));
  fs.writeFileSync(indexPath, html);
  console.log(`short-import-names: ${count} names shortened in ${wasmFile} and ${glueFile}`);
}
