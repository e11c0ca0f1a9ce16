// Trunk post-build hook (Trunk.toml [[hooks]]): locks the built app down to its own origin.
//
// 1. Writes a Content-Security-Policy <meta> as the first thing in the staged index.html. Trunk adds
//    one inline module script (the wasm loader); it is allowed by its sha-256 hash, nothing else inline
//    is. WebAssembly needs 'wasm-unsafe-eval' (and only that: no 'unsafe-eval').
// 2. Writes `_headers` beside it (the format Netlify and Cloudflare Pages read; the README shows the
//    nginx and Apache equivalents) with the same policy plus `frame-ancestors`, from
//    config/clinic.json's "embed_origins". Browsers ignore frame-ancestors in a <meta> tag, so which
//    sites may show the app in an iframe can only be said by the server.
//
// Run by trunk with TRUNK_STAGING_DIR (the build being assembled) and TRUNK_SOURCE_DIR (the project).
// Also imported by the tests (e2e/embed.spec.mjs, scripts/post-build.test.mjs).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const sha256Source = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The `'sha256-…'` source of every inline <script> (one without src) in `html`. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(match[1])) continue;
    hashes.push(sha256Source(match[2]));
  }
  return hashes;
}

/** The `'sha256-…'` source of every <style> element in `html` (check/'s inlined stylesheet, scripts/inline-first-paint.mjs). */
export function inlineStyleHashes(html) {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => sha256Source(match[1]));
}

/**
 * The policy for the page itself. Everything is the app's own origin, and inline code only by its hash; `data:` images only for the
 * inline SVG favicon fallbacks browsers make; `blob:` for the downloads the app creates itself.
 */
export function contentSecurityPolicy(scriptHashes, styleHashes = []) {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
    `style-src 'self' ${styleHashes.join(' ')}`.trim(),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Checks the clinic's embed origins and returns the frame-ancestors directive: the app's own origin
 * always, plus each listed origin. Only bare https origins (or http://localhost for trying it out) are
 * accepted, so a typo cannot open the app to every site.
 */
export function frameAncestors(origins = []) {
  if (!Array.isArray(origins)) {
    throw new Error('config/clinic.json: "embed_origins" must be a list of origins like "https://www.your-clinic.org"');
  }
  const checked = origins.map((origin) => {
    let url;
    try {
      url = new URL(origin);
    } catch {
      throw new Error(`config/clinic.json: embed origin "${origin}" is not a web address`);
    }
    const local = url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname);
    if ((url.protocol !== 'https:' && !local) || url.origin !== origin.replace(/\/$/, '')) {
      throw new Error(
        `config/clinic.json: embed origin "${origin}" must be just an https origin, like "https://www.your-clinic.org"`,
      );
    }
    return url.origin;
  });
  return ["frame-ancestors 'self'", ...checked].join(' ');
}

/** The `_headers` file: the policy with frame-ancestors, for every path of the app. */
export function headersFile(policy, ancestors) {
  return [
    '# Written by scripts/post-build.mjs from config/clinic.json. Serve these headers with every file.',
    '/*',
    `  Content-Security-Policy: ${policy}; ${ancestors}`,
    '  Referrer-Policy: no-referrer',
    '  X-Content-Type-Options: nosniff',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '',
  ].join('\n');
}

/** Puts the policy <meta> straight after <meta charset>, before anything it must govern. */
export function withPolicyMeta(html, policy) {
  if (html.includes('http-equiv="Content-Security-Policy"')) {
    throw new Error('index.html already has a Content-Security-Policy; it is written by scripts/post-build.mjs');
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  // Trunk's minified page writes attributes without quotes when it can (`<meta charset=utf-8>`).
  const charset = /<meta charset="?utf-8"?>/i;
  if (!charset.test(html)) throw new Error('index.html has no <meta charset="utf-8"> to put the policy after');
  return html.replace(charset, (found) => `${found}\n  ${meta}`);
}

/**
 * Copies the clinic's logo (config/clinic.json "logo", a plain .svg or .png name in config/) beside
 * the app, where the header shows it. The same rule as ClinicConfig::logo_src in src/domain/clinic.rs.
 */
export function copyLogo(sourceDir, stagingDir, clinicConfig) {
  const name = (clinicConfig.logo ?? '').trim();
  if (!name) return null;
  if (!/^[A-Za-z0-9_-][A-Za-z0-9_.-]*\.(svg|png)$/i.test(name)) {
    throw new Error(`config/clinic.json: logo "${name}" must be a .svg or .png file name in config/`);
  }
  const from = path.join(sourceDir, 'config', name);
  if (!fs.existsSync(from)) throw new Error(`config/clinic.json: logo file config/${name} does not exist`);
  fs.copyFileSync(from, path.join(stagingDir, name));
  return name;
}

/**
 * Applies both steps to a built folder. `_headers` covers every path, so its policy also allows the loader, the
 * inlined scripts and the inlined stylesheet of the self-check build copied to check/ (its own index.html already carries its own policy meta); the page's meta
 * allows only its own loader.
 */
export function lockDown(stagingDir, clinicConfig) {
  const indexPath = path.join(stagingDir, 'index.html');
  const html = fs.readFileSync(indexPath, 'utf8');
  const policy = contentSecurityPolicy(inlineScriptHashes(html), inlineStyleHashes(html));
  fs.writeFileSync(indexPath, withPolicyMeta(html, policy));
  const checkIndex = path.join(stagingDir, 'check', 'index.html');
  const checkHtml = fs.existsSync(checkIndex) ? fs.readFileSync(checkIndex, 'utf8') : '';
  const both = (hashes) => [...new Set([...hashes(html), ...hashes(checkHtml)])];
  const everyPage = contentSecurityPolicy(both(inlineScriptHashes), both(inlineStyleHashes));
  fs.writeFileSync(
    path.join(stagingDir, '_headers'),
    headersFile(everyPage, frameAncestors(clinicConfig.embed_origins ?? [])),
  );
  return policy;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const staging = process.env.TRUNK_STAGING_DIR;
  const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
  if (!staging) {
    console.error('post-build.mjs runs as a trunk hook (TRUNK_STAGING_DIR is not set)');
    process.exit(2);
  }
  try {
    const config = JSON.parse(fs.readFileSync(path.join(source, 'config/clinic.json'), 'utf8'));
    copyLogo(source, staging, config);
    lockDown(staging, config);
  } catch (error) {
    console.error(`post-build: ${error.message}`);
    process.exit(1);
  }
}
