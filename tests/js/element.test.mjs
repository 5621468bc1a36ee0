// element.test.mjs: <pyexc-snippet> (web/element/) in headless Chromium,
// built by web/element/build.mjs into a temp folder and served on 127.0.0.1
// under a strict CSP (no inline script or style, no eval). The shown output
// must equal real CPython's (fixtures/element/*.out, from
// tests/conformance/make_expected.sh), the text of a message must stay text,
// edit mode must re-run, a run past its time limit must be stopped, and the
// page must run them in a worker with no CSP violation. Needs
// dist/pyexc-core.* (scripts/build.sh wasm-web) and Chromium (support/chromium.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, writeFile, mkdtemp, rm, copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../../web/element/build.mjs';
import { escapeHtml } from '../../web/element/ansi.mjs';
import { renderSnippet } from '../../web/element/prerender.mjs';
import { load } from '../../bindings/pyexc.mjs';
import { launch } from './support/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'tests/js/fixtures/element');
const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; worker-src 'self'";
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.py': 'text/plain; charset=utf-8' };

// CPython's stdout + stderr and status from a fixture's .out file.
async function expected(name, version) {
  const text = await readFile(join(fixtures, `${name}.${version}.out`), 'utf8');
  const m = /^([\s\S]*)--- stderr ---\n([\s\S]*)--- rc (\d+) ---\n$/.exec(text);
  return { output: m[1] + m[2], exitCode: Number(m[3]) };
}

const indent = (code) => code.split('\n').map((l) => (l ? `      ${l}` : l)).join('\n');

// The page: snippets given as entity-escaped, indented text (the element
// decodes and dedents), and one by src.
async function page() {
  const text = async (f) => indent(escapeHtml(await readFile(join(fixtures, f), 'utf8')));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>pyexc-snippet test</title>
<link rel="stylesheet" href="page.css">
<script type="module" src="collect.js"></script>
<script type="module" src="pyexc-snippet.js"></script>
</head><body>
<pyexc-snippet id="group" python="3.11" filename="group.py">
${await text('group.py')}
</pyexc-snippet>
<pyexc-snippet id="xss" python="3.13" platform="emscripten">
${await text('example.py')}
</pyexc-snippet>
<pyexc-snippet id="cause" python="3.12" platform="emscripten" src="cause.py" filename="cause.py"></pyexc-snippet>
<pyexc-snippet id="edit" platform="emscripten" filename="zero.py" editable>
${await text('hello.py')}
</pyexc-snippet>
<pyexc-snippet id="bad" python="2.7">print(1)</pyexc-snippet>
<pyexc-snippet id="missing" src="missing.py"></pyexc-snippet>
<pyexc-snippet id="slow" python="3.14" platform="wasi" timeout="0.05">
      while True:
          pass
</pyexc-snippet>
</body></html>
`;
}

// Records the events and CSP violations for the test to read.
const COLLECT = `
window.__rendered = {};
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
document.addEventListener('pyexc-rendered', (e) => {
  (window.__rendered[e.target.id] ??= []).push(e.detail);
});
`;

const stripAnsi = (s) => s.replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, '');

test('element: <pyexc-snippet> shows CPython\'s output under a strict CSP, in a worker, editable', async (t) => {
  assert.ok(existsSync(join(root, 'dist/pyexc-core.wasm')), 'dist/pyexc-core.wasm missing: scripts/build.sh wasm-web');
  const dir = await mkdtemp(join(tmpdir(), 'pyexc-element-'));
  await build(dir);
  await writeFile(join(dir, 'index.html'), await page());
  await writeFile(join(dir, 'collect.js'), COLLECT);
  await writeFile(join(dir, 'page.css'), 'body { margin: 1em; font-family: sans-serif; }\n');
  await copyFile(join(fixtures, 'sub/cause.py'), join(dir, 'cause.py'));

  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname.replace(/^\/$/, '/index.html');
    if (!/^\/[\w.-]+$/.test(path)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(join(dir, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'content-security-policy': CSP, 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launch(t);
  if (!browser) {
    server.close();
    await rm(dir, { recursive: true, force: true });
    return;
  }
  try {
    const pg = await browser.newPage({ viewport: { width: 900, height: 1400 } });
    const problems = [];
    pg.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    pg.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    pg.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
    await pg.goto(`http://127.0.0.1:${server.address().port}/`);

    // Waits until element id has rendered n times; returns its details.
    const rendered = async (id, n = 1) => {
      for (let i = 0; i < 600; i++) {
        const got = await pg.evaluate((k) => window.__rendered?.[k] ?? [], id);
        if (got.length >= n) return got;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`${id}: no pyexc-rendered event (${n}) in 60 s`);
    };
    const shown = (id) => pg.evaluate((k) => {
      const root = document.getElementById(k).shadowRoot;
      const q = (s) => root.querySelector(s)?.textContent ?? null;
      return { output: q('.pyexc-output') ?? '', status: q('.pyexc-status'), code: q('.pyexc-code'), imgs: root.querySelectorAll('img').length };
    }, id);

    // (#edit is named zero.py, the name of its edited code; hello.py prints no file name.)
    const cases = [['group', 'group', '3.11'], ['xss', 'example', '3.13'], ['cause', 'sub/cause', '3.12'], ['edit', 'hello', '3.14']];
    for (const [id, fixture, version] of cases) {
      const [detail] = await rendered(id);
      const want = await expected(fixture, version);
      const got = await shown(id);
      assert.equal(got.output, want.output, `${id}: the output shown`);
      assert.equal(stripAnsi(detail.stdout + detail.stderr), want.output, `${id}: the event's text`);
      assert.equal(detail.exitCode, want.exitCode, `${id}: exit status`);
      assert.equal(got.status, want.exitCode ? `exit status ${want.exitCode}` : null, `${id}: status line`);
      assert.equal(got.code, await readFile(join(fixtures, `${fixture}.py`), 'utf8'), `${id}: the code shown (decoded, dedented)`);
      assert.equal(got.imgs, 0, `${id}: no img element`);
    }
    // 3.13 colours its traceback: spans with classes, made from the ANSI codes.
    const xss = await pg.evaluate(() => {
      const root = document.getElementById('xss').shadowRoot;
      return [...root.querySelectorAll('.pyexc-stderr span')].map((s) => `${s.className}:${s.textContent}`);
    });
    assert.ok(xss.includes('pyexc-bold pyexc-fg-5:ValueError'), xss.join('\n'));
    assert.ok(xss.includes('pyexc-fg-5:<img src=x onerror=alert(1)>'), xss.join('\n'));
    assert.equal(await pg.evaluate(() => document.querySelectorAll('img').length), 0);
    // The element's output markup is the pre-renderer's (serialized by the
    // browser, which leaves quotes in text unescaped).
    const py = await load({ python: '3.13', platform: 'emscripten' });
    const pre = renderSnippet(py, await readFile(join(fixtures, 'example.py'), 'utf8'));
    py.close();
    const staticOutput = /<pre class="pyexc-output"[\s\S]*?<\/pre>/.exec(pre)[0].replace(/&quot;/g, '"').replace(/&#39;/g, "'");
    assert.equal(await pg.evaluate(() => document.getElementById('xss').shadowRoot.querySelector('.pyexc-output').outerHTML), staticOutput);

    // Errors are shown and reported, not thrown.
    const [bad] = await rendered('bad');
    assert.deepEqual(bad, { stdout: '', stderr: '', exitCode: null,
      error: 'unknown profile: python="2.7" platform="linux" (python 3.11-3.14; platform linux, emscripten, wasi)' });
    assert.equal((await shown('bad')).status, `pyexc-snippet: ${bad.error}`);
    const [missing] = await rendered('missing');
    assert.match(missing.error, /^could not fetch http:\/\/127\.0\.0\.1:\d+\/missing\.py: HTTP 404$/);

    // Stopped after its time limit; the worker is replaced.
    const [slow] = await rendered('slow');
    assert.deepEqual(slow, { stdout: '', stderr: '', exitCode: 124, timedOut: true });
    assert.match((await shown('slow')).status, /^stopped: the program ran longer than 0\.05 s/);

    // Edit mode: the textarea's code runs on Ctrl+Enter, then with the Run button.
    await pg.locator('#edit button.pyexc-edit').click();
    const editor = pg.locator('#edit textarea');
    assert.equal(await editor.inputValue(), "print('hello')\n");
    await editor.fill(await readFile(join(fixtures, 'zero.py'), 'utf8'));
    await editor.press('Control+Enter');
    const afterEdit = await rendered('edit', 2);
    const zero = await expected('zero', '3.14');
    assert.equal(stripAnsi(afterEdit[1].stdout + afterEdit[1].stderr), zero.output);
    assert.equal((await shown('edit')).output, zero.output);
    assert.equal((await shown('edit')).status, 'exit status 1');
    await pg.locator('#edit button.pyexc-reset').click();
    const afterReset = await rendered('edit', 3);
    assert.deepEqual(afterReset[2], { stdout: 'hello\n', stderr: '', exitCode: 0 });
    assert.equal(await editor.inputValue(), "print('hello')\n");

    // The slow profile still works after its worker was terminated.
    await pg.evaluate(() => {
      const el = document.getElementById('slow');
      el.setAttribute('timeout', '30');
      el.setAttribute('python', '3.14');   // unchanged: no re-run
      el.setAttribute('filename', 'again.py');   // changed: re-runs (and is stopped by the step budget)
    });
    const [, again] = await rendered('slow', 2);
    assert.equal(again.exitCode, 124);
    assert.equal(again.timedOut, undefined);
    assert.match(again.stderr, /step budget/);

    assert.ok(pg.workers().length >= 1, 'runs happen in a worker');
    assert.deepEqual(await pg.evaluate(() => window.__violations), [], 'no CSP violation');
    assert.deepEqual(problems.filter((p) => !p.includes('404 (Not Found)')), []);   // (missing.py: on purpose)
    await pg.screenshot({ path: join(tmpdir(), 'pyexc-element.png'), fullPage: true });
  } finally {
    await browser.close();
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
