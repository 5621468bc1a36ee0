#!/usr/bin/env node
// serve.mjs: a small static server for dist/web on 127.0.0.1, with the
// right MIME types (application/wasm for compileStreaming) and a strict
// Content-Security-Policy on every response (no 'unsafe-eval', no
// 'unsafe-inline'; 'wasm-unsafe-eval' is what compiling wasm needs).
//   node web/serve.mjs            PORT from the environment, else 8080, else a free port
// It prints one line, the URL. Also importable:
//   const { url, close } = await startServer({ port: 0, root });
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, normalize, extname, resolve, sep } from 'node:path';

export const CSP = [
  "default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "connect-src 'self'",
  "worker-src 'self'", "img-src 'self' data:", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const DEFAULT_ROOT = fileURLToPath(new URL('../dist/web/', import.meta.url));
const DEFAULT_PORT = 8080;

// The file for a URL path inside root, or null when it escapes root.
function fileFor(root, urlPath) {
  let p;
  try {
    p = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  if (p.includes('\0')) return null;
  if (p.endsWith('/')) p += 'index.html';
  const full = normalize(join(root, p));
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
}

function headers(type, length) {
  return {
    'Content-Type': type,
    'Content-Length': length,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

async function handle(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...headers('text/plain; charset=utf-8', 18), Allow: 'GET, HEAD' }).end('method not allowed');
    return;
  }
  const file = fileFor(root, new URL(req.url, 'http://x').pathname);
  let body = null;
  if (file) {
    try {
      if ((await stat(file)).isFile()) body = await readFile(file);
    } catch { /* not found */ }
  }
  if (!body) {
    res.writeHead(404, headers('text/plain; charset=utf-8', 9)).end('not found');
    return;
  }
  res.writeHead(200, headers(MIME[extname(file)] ?? 'application/octet-stream', body.length));
  res.end(req.method === 'HEAD' ? undefined : body);
}

function listen(server, port) {
  return new Promise((ok, fail) => {
    const onError = (err) => { server.off('listening', onListening); fail(err); };
    const onListening = () => { server.off('error', onError); ok(); };
    server.once('error', onError).once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

/**
 * Serves root (default dist/web) on 127.0.0.1:port (0: a free port). With
 * fallback, a taken port falls back to a free one. Resolves with
 * { url, port, close() }.
 */
export async function startServer({ port = 0, root = DEFAULT_ROOT, fallback = false } = {}) {
  root = resolve(root);
  const server = createServer((req, res) => {
    handle(root, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, headers('text/plain; charset=utf-8', 5));
      res.end('error');
    });
  });
  try {
    await listen(server, port);
  } catch (err) {
    if (!(fallback && err.code === 'EADDRINUSE')) throw err;
    await listen(server, 0);
  }
  const actual = server.address().port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(() => ok()); }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const env = process.env.PORT;
  const port = env !== undefined && env !== '' ? Number(env) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`web/serve.mjs: PORT must be a port number, not '${env}'`);
    process.exit(2);
  }
  try {
    await stat(join(DEFAULT_ROOT, 'index.html'));
  } catch {
    console.error('web/serve.mjs: dist/web/index.html is missing: run `node web/build.mjs` (or `npm run build`)');
    process.exit(1);
  }
  const { url } = await startServer({ port, fallback: env === undefined || env === '' });
  console.log(url);
}
