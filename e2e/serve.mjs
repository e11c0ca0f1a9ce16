// A tiny static file server for the built app (dist/), used by the end-to-end tests and the
// benchmark. Only serves on 127.0.0.1, only files inside the folder, with correct MIME types
// (browsers refuse streaming compilation of wasm without application/wasm).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** The headers `_headers` (written by scripts/post-build.mjs) asks for on every path, as a static
 * host that reads it (Netlify, Cloudflare Pages) would send them. Read per request, so a test can
 * serve a folder whose `_headers` it wrote itself. */
function configuredHeaders(base) {
  let text;
  try {
    text = fs.readFileSync(path.join(base, '_headers'), 'utf8');
  } catch {
    return {};
  }
  const headers = {};
  for (const line of text.split('\n')) {
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (match) headers[match[1].toLowerCase()] = match[2];
  }
  return headers;
}

/**
 * Serves `root` on `host:port`. With `{ gzip: true }` (the benchmark's phone profile), every file is sent
 * gzip -9 compressed to a browser that accepts it, as a real static host would.
 */
export function serve(root, port, host = '127.0.0.1', { gzip = false } = {}) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let file = path.resolve(base, '.' + decodeURIComponent(url.pathname));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const compress = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(200, {
        ...configuredHeaders(base),
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      res.end(compress ? zlib.gzipSync(body, { level: 9 }) : body);
    });
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

// `node e2e/serve.mjs DIR PORT` serves until killed.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '8081'] = process.argv.slice(2);
  await serve(root, Number(port));
  console.log(`serving ${root} on http://127.0.0.1:${port}/`);
}
