// playground.test.mjs: the web playground (web/playground, built into
// dist/web by web/build.mjs) in headless Chromium (playwright-core), served
// by web/serve.mjs under its strict Content-Security-Policy. The expected
// program outputs are CPython's, from the oracle (shared/oracle/oracle.sh)
// with each snippet saved as main.py. Skipped when Chromium or
// dist/pyexc-core.wasm is missing, except under CI (CI=true), where that fails.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './support/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ready = findChromium() !== null && existsSync(join(root, 'dist/pyexc-core.wasm'));
const skip = ready || process.env.CI ? false : 'needs Chromium and dist/pyexc-core.wasm (scripts/build.sh wasm-web)';

// ------------------------------------------------------------ CPython's outputs (oracle, file main.py)
const CHAINED = `def check(n):
    if n < 0:
        raise ValueError(f'negative: {n}')
    return n

try:
    check(-1)
except ValueError as e:
    raise RuntimeError('check failed') from e
`;
const CHAINED_313 = `Traceback (most recent call last):
  File "main.py", line 7, in <module>
    check(-1)
    ~~~~~^^^^
  File "main.py", line 3, in check
    raise ValueError(f'negative: {n}')
ValueError: negative: -1

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "main.py", line 9, in <module>
    raise RuntimeError('check failed') from e
RuntimeError: check failed
`;

const GROUP = `try:
    raise KeyError('missing')
except KeyError:
    eg = ExceptionGroup('batch failed', [
        ValueError('v1'),
        TypeError('t1'),
        ExceptionGroup('inner', [ValueError('v2'), OSError(2, 'No such file or directory', 'x.txt')]),
    ])
    eg.add_note('while loading batch 7')
    raise eg
`;
const groupOut = (oserror) => `Traceback (most recent call last):
  File "main.py", line 2, in <module>
    raise KeyError('missing')
KeyError: 'missing'

During handling of the above exception, another exception occurred:

  + Exception Group Traceback (most recent call last):
  |   File "main.py", line 10, in <module>
  |     raise eg
  | ExceptionGroup: batch failed (3 sub-exceptions)
  | while loading batch 7
  +-+---------------- 1 ----------------
    | ValueError: v1
    +---------------- 2 ----------------
    | TypeError: t1
    +---------------- 3 ----------------
    | ExceptionGroup: inner (2 sub-exceptions)
    +-+---------------- 1 ----------------
      | ValueError: v2
      +---------------- 2 ----------------
      | ${oserror}: [Errno 2] No such file or directory: 'x.txt'
      +------------------------------------
`;
const GROUP_311_LINUX = groupOut('FileNotFoundError');        // native CPython 3.11
const GROUP_313_EMSCRIPTEN = groupOut('PermissionError');     // CPython 3.13 on emscripten (Pyodide)
// print(repr(m)); print(repr(r)) for m, r = eg.split(ValueError) and eg.split((ValueError, OSError)), 3.11
const SPLIT_VALUE = [
  "ExceptionGroup('batch failed', [ValueError('v1'), ExceptionGroup('inner', [ValueError('v2')])])",
  "ExceptionGroup('batch failed', [TypeError('t1'), ExceptionGroup('inner', [FileNotFoundError(2, 'No such file or directory')])])",
];
const SPLIT_VALUE_OS = [
  "ExceptionGroup('batch failed', [ValueError('v1'), ExceptionGroup('inner', [ValueError('v2'), FileNotFoundError(2, 'No such file or directory')])])",
  "ExceptionGroup('batch failed', [TypeError('t1')])",
];

const XSS = "raise ValueError('<img src=x onerror=alert(1)>')\n";
const XSS_OUT = `Traceback (most recent call last):
  File "main.py", line 1, in <module>
    raise ValueError('<img src=x onerror=alert(1)>')
ValueError: <img src=x onerror=alert(1)>
`;

// ------------------------------------------------------------ harness
let browser, server, profileDir;
const problems = [];   // CSP violations, console errors, page errors, dialogs: none expected

before(async () => {
  if (skip) return;
  const { buildPlayground } = await import('../../web/build.mjs');
  const { startServer } = await import('../../web/serve.mjs');
  const { chromium } = await import('playwright-core');
  profileDir = await mkdtemp(join(tmpdir(), 'pyexc-pg-'));
  const outdir = join(profileDir, 'web');
  await buildPlayground({ outdir });
  server = await startServer({ port: 0, root: outdir });
  assert.ok(existsSync(join(root, 'dist/pyexc-core.wasm')), 'dist/pyexc-core.wasm missing: scripts/build.sh wasm-web');
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (profileDir) await rm(profileDir, { recursive: true, force: true });
});

const hashFor = (py, pl, code) => `#py=${py}&pl=${pl}&code=${Buffer.from(code).toString('base64url')}`;

async function open(hash = '', viewport = { width: 1280, height: 800 }) {
  const page = await browser.newPage({ viewport });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  page.on('worker', (w) => w.on('console', (m) => { if (m.type() === 'error') problems.push(`worker: ${m.text()}`); }));
  await page.goto(server.url + hash);
  await ran(page, 1);
  return page;
}

// Waits until the page has shown at least n run results.
const ran = (page, n) => page.waitForFunction((k) => Number(document.body.dataset.ran ?? 0) >= k, n);
const runs = (page) => page.evaluate(() => Number(document.body.dataset.ran ?? 0));

// Waits until the output shows text that satisfies pred (the page re-runs as it likes).
async function outputWhen(page, pred) {
  let last = '';
  for (let i = 0; i < 200; i++) {
    last = await page.textContent('#output');
    if (pred(last)) return last;
    await page.waitForTimeout(50);
  }
  return last;
}

// Types code into the editor with the keyboard, line by line, fixing the
// editor's automatic indentation to the line's own (Backspace removes one
// indent unit, spaces add).
async function typeCode(page, code) {
  await page.click('#editor .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  const lines = code.replace(/\n$/, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) await page.keyboard.press('Enter');
    const want = /^ */.exec(lines[i])[0].length;
    const have = await page.evaluate(() => {
      const line = document.querySelector('#editor').shadowRoot.querySelector('.cm-activeLine');
      return /^ */.exec(line.textContent)[0].length;
    });
    for (let k = have; k > want; k -= 4) await page.keyboard.press('Backspace');
    if (want > have) await page.keyboard.type(' '.repeat(want - have));
    await page.keyboard.type(lines[i].slice(want));
  }
}

const codeInHash = (page) => page.evaluate(() => {
  const b64 = new URLSearchParams(location.hash.slice(1)).get('code');
  const bin = atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
});

// ------------------------------------------------------------ tests
test('playground: typed code runs live and prints what CPython 3.13 prints', { skip }, async () => {
  const page = await open('#py=3.13&pl=linux');
  await typeCode(page, CHAINED);
  const out = await outputWhen(page, (t) => t === CHAINED_313);
  assert.equal(out, CHAINED_313);
  assert.equal(await codeInHash(page), CHAINED.replace(/\n$/, ''));
  assert.equal(await page.textContent('#exit'), 'exit 1');
  // 3.13 colours the traceback: the type name is a bold magenta span
  assert.ok(await page.locator('#output .pyexc-bold.pyexc-fg-5', { hasText: 'RuntimeError' }).count() >= 1);
  // the explorer: RuntimeError caused by ValueError
  const root = page.locator('#explorer details.exc').first();
  assert.equal(await root.locator(':scope > summary .exc-type').textContent(), 'RuntimeError');
  assert.equal(await root.locator(':scope > summary .exc-str').textContent(), ': check failed');
  const cause = root.locator(':scope > .exc-body > section.chain').first();
  assert.match(await cause.locator('.sec-title').first().textContent(), /__cause__/);
  assert.equal(await cause.locator('details.exc > summary .exc-type').first().textContent(), 'ValueError');
  // clicking a frame selects that line in the editor
  await cause.locator('button.frame', { hasText: 'main.py:3' }).click();
  const active = await page.evaluate(() => document.querySelector('#editor').shadowRoot.querySelector('.cm-activeLine').textContent);
  assert.equal(active, "        raise ValueError(f'negative: {n}')");
  await page.close();
});

test('playground: explorer tree of a group with notes, context and members', { skip }, async () => {
  const page = await open(hashFor('3.11', 'linux', GROUP));
  assert.equal(await outputWhen(page, (t) => t === GROUP_311_LINUX), GROUP_311_LINUX);
  const root = page.locator('#explorer details.exc').first();
  const summary = (loc) => loc.locator(':scope > summary').textContent();
  assert.equal(await summary(root), 'uncaughtExceptionGroup: batch failed (3 sub-exceptions)#0');
  assert.deepEqual(await root.locator(':scope > .exc-body ul.notes li').allTextContents(), ['while loading batch 7']);
  const members = root.locator(':scope > .exc-body > section.members > details.exc');
  assert.equal(await members.count(), 3);
  assert.deepEqual((await members.locator(':scope > summary .exc-type').allTextContents()),
    ['ValueError', 'TypeError', 'ExceptionGroup']);
  const inner = members.nth(2).locator(':scope > .exc-body > section.members > details.exc > summary');
  assert.deepEqual(await inner.allTextContents(), [
    "[0]ValueError: v2#5",
    "[1]FileNotFoundError: [Errno 2] No such file or directory: 'x.txt'#6",
  ]);
  const context = root.locator(':scope > .exc-body > section.chain');
  assert.match(await context.locator('.sec-title').textContent(), /^__context__/);
  assert.equal(await summary(context.locator('details.exc').first()), "KeyError: 'missing'#4");
  // FileNotFoundError's attributes
  const fnf = members.nth(2).locator(':scope > .exc-body > section.members > details.exc').nth(1);
  await fnf.locator(':scope > summary').click();   // third level starts closed
  const attrs = await fnf.locator(':scope > .exc-body > dl.fields').evaluate((dl) =>
    [...dl.querySelectorAll('dt')].map((dt) => `${dt.textContent}=${dt.nextElementSibling.textContent}`));
  assert.deepEqual(attrs.slice(0, 5), [
    "repr=FileNotFoundError(2, 'No such file or directory')", "args=(2, 'No such file or directory')",
    'errno=2', "strerror='No such file or directory'", "filename='x.txt'",
  ]);
  // the platform selector: on emscripten errno 2 is EPERM (CPython 3.13 under Pyodide)
  await page.selectOption('#python', '3.13');
  await page.selectOption('#platform', 'emscripten');
  assert.equal(await outputWhen(page, (t) => t === GROUP_313_EMSCRIPTEN), GROUP_313_EMSCRIPTEN);
  await page.close();
});

test('playground: split view shows match and rest of the group', { skip }, async () => {
  const page = await open(hashFor('3.11', 'linux', GROUP));
  await page.click('#tab-split');
  const matchRepr = () => page.locator('#split-match dl.fields dd').first().textContent();
  const restRepr = () => page.locator('#split-rest dl.fields dd').first().textContent();
  // the first member's class is chosen at first: ValueError
  await page.waitForFunction(() => document.querySelector('#split-match dl.fields'));
  assert.equal(await page.locator('#split-checks input:checked').evaluateAll((a) => a.map((i) => i.value).join()), 'ValueError');
  assert.equal(await matchRepr(), SPLIT_VALUE[0]);
  assert.equal(await restRepr(), SPLIT_VALUE[1]);
  // add OSError: FileNotFoundError moves to match
  const n = await runs(page);
  await page.locator('#split-checks label', { hasText: /^OSError$/ }).click();
  await ran(page, n + 1);
  await page.waitForFunction((want) => document.querySelector('#split-match dl.fields dd')?.textContent === want, SPLIT_VALUE_OS[0]);
  assert.equal(await matchRepr(), SPLIT_VALUE_OS[0]);
  assert.equal(await restRepr(), SPLIT_VALUE_OS[1]);
  assert.match(await page.textContent('#split-target'), /^exc\.split\(\(ValueError, OSError\)\) on ExceptionGroup: batch failed/);
  // "Split this group" on the inner group: split by its first member's class
  await page.click('#tab-explorer');
  const inner = page.locator('#explorer details.exc').first()
    .locator(':scope > .exc-body > section.members > details.exc').nth(2);
  await inner.locator(':scope > .exc-body > section.members > .sec-head button', { hasText: 'Split this group' }).click();
  assert.equal(await page.getAttribute('#tab-split', 'aria-selected'), 'true');
  await page.waitForFunction(() => document.getElementById('split-target').textContent.startsWith('exc.exceptions[2]'));
  assert.equal(await page.textContent('#split-target'), 'exc.exceptions[2].split((ValueError,)) on ExceptionGroup: inner (2 sub-exceptions)');
  await page.waitForFunction(() => document.querySelector('#split-match dl.fields dd')?.textContent.startsWith("ExceptionGroup('inner'"));
  assert.equal(await matchRepr(), "ExceptionGroup('inner', [ValueError('v2')])");
  assert.equal(await restRepr(), "ExceptionGroup('inner', [FileNotFoundError(2, 'No such file or directory')])");
  await page.close();
});

test('playground: a runaway loop stops at the step budget', { skip }, async () => {
  const page = await open('#py=3.12&pl=linux');
  await typeCode(page, 'while True: pass');
  const out = await outputWhen(page, (t) => t.includes('step budget'));
  assert.equal(out, 'pyexc: stopped after 20000001 steps: the program ran past its step budget (an infinite loop?)\n');
  assert.equal(await page.textContent('#exit'), 'exit 124 · step budget reached');
  assert.equal(await page.locator('#explorer').textContent(), 'No uncaught exception: the program ended normally.');
  await page.close();
});

test('playground: a long computation is stopped after 3 s; the page stays responsive meanwhile', { skip }, async () => {
  const page = await open('#py=3.14&pl=linux');
  await typeCode(page, 'x = 7 ** 10**7');   // long work inside one big-integer operation, past no step
  await page.waitForFunction(() => document.getElementById('run-state').dataset.kind === 'busy');
  // the worker is busy; the page still answers clicks and typing
  await page.click('#tab-hierarchy');
  assert.equal(await page.getAttribute('#tab-hierarchy', 'aria-selected'), 'true');
  await page.fill('#hier-filter', 'Timeout');
  assert.deepEqual(await page.locator('#hierarchy button.cls.hit').allTextContents(), ['TimeoutError']);
  assert.equal(await page.evaluate(() => document.getElementById('run-state').dataset.kind), 'busy');
  const out = await outputWhen(page, (t) => t.startsWith('Stopped'));
  assert.equal(out, 'Stopped after 3 s: the program took too long, so its worker was restarted.');
  assert.equal(await page.textContent('#exit'), 'stopped');
  // a fresh worker runs the next program
  await typeCode(page, 'print(sum(range(10**3)))');
  assert.equal(await outputWhen(page, (t) => t === '499500\n'), '499500\n');
  assert.equal(await page.textContent('#exit'), 'exit 0');
  await page.close();
});

test('playground: user text is shown as text (no markup, no script)', { skip }, async () => {
  const page = await open(hashFor('3.11', 'linux', XSS));
  assert.equal(await outputWhen(page, (t) => t === XSS_OUT), XSS_OUT);
  assert.equal(await page.locator('img').count(), 0);
  assert.equal(await page.locator('#explorer .exc-str').first().textContent(), ': <img src=x onerror=alert(1)>');
  await page.close();
});

test('playground: URL state round-trips; hierarchy filter and insert', { skip }, async () => {
  const code = "print('héllo ✓')\nraise KeyError('k')\n";
  const page = await open(hashFor('3.12', 'wasi', code));
  assert.equal(await page.inputValue('#python'), '3.12');
  assert.equal(await page.inputValue('#platform'), 'wasi');
  assert.equal(await codeInHash(page), code);
  assert.equal(await outputWhen(page, (t) => t.startsWith('héllo')), "héllo ✓\nTraceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n    raise KeyError('k')\nKeyError: 'k'\n");
  // hierarchy: the filter keeps matches and their ancestors
  await page.click('#tab-hierarchy');
  await page.fill('#hier-filter', 'permission');
  const visible = await page.locator('#hierarchy button.cls:visible').allTextContents();
  assert.deepEqual(visible, ['BaseException', 'Exception', 'OSError', 'PermissionError']);
  assert.equal(await page.textContent('#hier-count'), '1 class matches.');
  // clicking a class inserts it at the cursor (the end of the code)
  await page.click('#editor .cm-content');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('raise ');
  const n = await runs(page);
  await page.locator('#hierarchy button.cls', { hasText: 'PermissionError' }).click();
  await ran(page, n + 1);
  assert.equal(await codeInHash(page), code + 'raise PermissionError');
  // a new page from the URL restores it all
  const url = await page.evaluate(() => location.href);
  const again = await browser.newPage();
  await again.goto(url);
  await ran(again, 1);
  assert.equal(await again.inputValue('#python'), '3.12');
  assert.equal(await again.inputValue('#platform'), 'wasi');
  assert.equal(await codeInHash(again), code + 'raise PermissionError');
  assert.equal(await again.evaluate(() => document.querySelector('#editor').shadowRoot.querySelector('.cm-content').innerText),
    code + 'raise PermissionError');
  await again.close();
  await page.close();
});

test('playground: keyboard: Escape then Tab leaves the editor', { skip }, async () => {
  const page = await open();
  await page.click('#editor .cm-content');
  await page.keyboard.press('Tab');   // indents, focus stays
  assert.equal(await page.evaluate(() => document.activeElement.id), 'editor');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  assert.notEqual(await page.evaluate(() => document.activeElement.id), 'editor');
  await page.close();
});

test('playground: phone width stacks the panes', { skip }, async () => {
  const page = await open('', { width: 375, height: 812 });
  const box = async (sel) => page.locator(sel).boundingBox();
  const ed = await box('#editor-pane');
  const outp = await box('.output-pane');
  assert.ok(ed.width <= 375 && outp.y >= ed.y + ed.height, 'output below the editor');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375);
  await page.close();
});

test('playground: no CSP violations, console errors or dialogs', { skip }, () => {
  assert.deepEqual(problems, []);
});
