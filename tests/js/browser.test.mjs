// browser.test.mjs: bindings/pyexc.mjs in headless Chromium, on a page and
// in a module worker, under a strict Content-Security-Policy (no
// 'unsafe-eval'; only 'wasm-unsafe-eval', which compiling wasm needs). The
// page fetches the wasm itself (the default), and also loads it through the
// locateFile and wasmBinary options. A local server on 127.0.0.1 serves the
// repository and receives the results by POST; playwright-core drives
// Debian's Chromium (tests/js/support/chromium.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './support/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; worker-src 'self'";

// The checks, run in the page and in the worker; returns plain data.
const CHECKS = `
import { load, PyError } from '/bindings/pyexc.mjs';
export async function checks() {
  const out = {};
  const py = await load();
  out.profile = [py.python, py.platform];
  const e = py.new('OSError', 2, 'No such file or directory', 'a.txt');
  out.linux = [e.type, e.str(), e.repr(), e.args];
  e.dispose();
  const g = py.new('ExceptionGroup', 'm', [py.new('ValueError', 2n ** 70n), py.new('TypeError', new Uint8Array([0, 255]))]);
  out.group = [g.str(), g.exceptions.map((x) => x.repr())];
  try {
    py.new('ExceptionGroup', 'x');
  } catch (err) {
    out.pyError = [err instanceof PyError, err.type, err.message, err.exception.type];
  }
  out.tree = py.hierarchy().split('\\n').length;
  const a = py.new('Exception', '\\ud800😀');
  out.surrogate = a.args[0] === '\\ud800😀';
  py.close();
  try { a.str(); } catch (err) { out.closed = [err.type, err.message]; }
  const ems = await load({ python: '3.12', platform: 'emscripten', locateFile: (p) => '/dist/' + p });
  const b = ems.new('OSError', 2, 'x');
  out.emscripten = [ems.python, ems.platform, b.type];
  ems.close();
  const bytes = await (await fetch('/dist/pyexc-core.wasm')).arrayBuffer();
  const w = await load({ python: '3.11', wasmBinary: bytes });
  out.wasmBinary = [w.python, w.new('KeyError', 'k').str()];
  w.close();
  return out;
}
`;

const PAGE_SCRIPT = `
import { checks } from '/__checks.mjs';
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.blockedURI));
async function inWorker() {
  const worker = new Worker('/__worker.mjs', { type: 'module' });
  return new Promise((resolve) => {
    worker.onmessage = (m) => resolve(m.data);
    worker.onerror = (e) => resolve({ error: 'worker: ' + (e.message || 'failed to start') });
  });
}
let result;
try {
  result = { page: await checks(), worker: await inWorker() };
} catch (e) {
  result = { error: String(e && e.stack || e) };
}
result.violations = violations;
await fetch('/__result', { method: 'POST', body: JSON.stringify(result) });
`;

const WORKER_SCRIPT = `
import { checks } from '/__checks.mjs';
checks().then((r) => postMessage(r), (e) => postMessage({ error: String(e && e.stack || e) }));
`;

const TYPES = { '.mjs': 'text/javascript', '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };

test('browser: the API works on a page and in a worker under a strict CSP', async (t) => {
  const browser = await launch(t);
  if (!browser) return;
  let resolveResult;
  const result = new Promise((resolve) => { resolveResult = resolve; });
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const send = (type, body) => {
      res.writeHead(200, { 'content-type': type, 'content-security-policy': CSP, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (req.method === 'POST' && url.pathname === '/__result') {
      let body = '';
      for await (const chunk of req) body += chunk;
      res.end('ok');
      resolveResult(JSON.parse(body));
      return;
    }
    if (url.pathname === '/') return send('text/html', '<!doctype html><title>pyexc</title><script type="module" src="/__page.mjs"></script>');
    if (url.pathname === '/__page.mjs') return send('text/javascript', PAGE_SCRIPT);
    if (url.pathname === '/__worker.mjs') return send('text/javascript', WORKER_SCRIPT);
    if (url.pathname === '/__checks.mjs') return send('text/javascript', CHECKS);
    const rel = normalize(decodeURIComponent(url.pathname)).replace(/^\/+/, '');
    if (!/^(bindings|dist)\/[\w.-]+$/.test(rel)) {
      res.writeHead(404);
      res.end();
      return;
    }
    try {
      send(TYPES[extname(rel)] ?? 'application/octet-stream', await readFile(join(root, rel)));
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  let timer;
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    const got = await Promise.race([
      result,
      new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('no result from Chromium in 60 s')), 60_000); }),
    ]);
    assert.equal(got.error, undefined, got.error);
    assert.deepEqual(got.violations, [], 'no CSP violation');
    for (const where of ['page', 'worker']) {
      const r = got[where];
      assert.equal(r.error, undefined, `${where}: ${r.error}`);
      assert.deepEqual(r.profile, ['3.14', 'linux'], where);
      assert.deepEqual(r.linux, ['FileNotFoundError', "[Errno 2] No such file or directory: 'a.txt'",
        "FileNotFoundError(2, 'No such file or directory')", [2, 'No such file or directory']], where);
      assert.deepEqual(r.group, ['m (2 sub-exceptions)', ['ValueError(1180591620717411303424)', "TypeError(b'\\x00\\xff')"]], where);
      assert.deepEqual(r.pyError, [true, 'TypeError', 'BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)', 'TypeError'], where);
      assert.deepEqual(r.closed, ['ReferenceError', 'the pyexc runtime (Python 3.14, linux) has been closed'], where);
      assert.deepEqual(r.emscripten, ['3.12', 'emscripten', 'PermissionError'], where);
      assert.deepEqual(r.wasmBinary, ['3.11', "'k'"], where);
      assert.equal(r.tree, 68, where);
      assert.equal(r.surrogate, true, where);
    }
  } finally {
    clearTimeout(timer);
    await browser.close();
    server.close();
  }
});
