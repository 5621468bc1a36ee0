// prerender.test.mjs: web/element/prerender.mjs, `pyexc render`: static HTML
// of snippets whose output text equals real CPython's (fixtures/element/*.out,
// from tests/conformance/make_expected.sh), escaped, one file or a folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, readdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from '../../bindings/pyexc.mjs';
import { renderSnippet, main, css } from '../../web/element/prerender.mjs';
import { escapeHtml, ansiToHtml, ansiSegments } from '../../web/element/ansi.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'tests/js/fixtures/element');
const cli = join(root, 'bindings/cli.mjs');

async function expected(name, version) {
  const text = await readFile(join(fixtures, `${name}.${version}.out`), 'utf8');
  const m = /^([\s\S]*)--- stderr ---\n([\s\S]*)--- rc (\d+) ---\n$/.exec(text);
  return { stdout: m[1], stderr: m[2], output: m[1] + m[2], exitCode: Number(m[3]) };
}

const ENT = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };
const textOf = (html) => html.replace(/<[^>]*>/g, '').replace(/&(lt|gt|quot|#39|amp);/g, (e) => ENT[e]);
const outputText = (html) => {
  const m = /<pre class="pyexc-output"[^>]*>([\s\S]*?)<\/pre>/.exec(html);
  return m ? textOf(m[1]) : '';
};
const statusText = (html) => {
  const m = /<div class="pyexc-status"[^>]*>([^<]*)<\/div>/.exec(html);
  return m ? textOf(m[1]) : null;
};

test('ansi: escaping and SGR runs', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  assert.deepEqual(ansiSegments('a\x1b[1;35mB\x1b[0m: \x1b[35mc\x1b[0m\x1b[2Kd'), [
    { text: 'a', classes: [] },
    { text: 'B', classes: ['pyexc-bold', 'pyexc-fg-5'] },
    { text: ': ', classes: [] },
    { text: 'c', classes: ['pyexc-fg-5'] },
    { text: 'd', classes: [] },
  ]);
  assert.equal(ansiToHtml('\x1b[31m<b>\x1b[39m & \x1b[92;44m"q"\x1b[m'),
    '<span class="pyexc-fg-1">&lt;b&gt;</span> &amp; <span class="pyexc-fg-10 pyexc-bg-4">&quot;q&quot;</span>');
  assert.equal(ansiToHtml('\x1b[38;5;3mx\x1b[38;2;1;2;3my\x1b[0m\x1b'), '<span class="pyexc-fg-3">xy</span>\x1b');
});

test('renderSnippet: the whole fragment of a small snippet', async () => {
  const py = await load({ python: '3.11' });
  try {
    const html = renderSnippet(py, "print('hello')\n", { filename: 'hello.py' });
    const want = await expected('hello', '3.11');
    assert.equal(html,
      '<div class="pyexc-snippet" data-python="3.11" data-platform="linux">' +
      '<div class="pyexc-head" part="header"><span class="pyexc-label" part="label">Python 3.11</span></div>' +
      '<pre class="pyexc-code" part="code"><code><span class="pyexc-t-builtin">print</span>(<span class="pyexc-t-string">&#39;hello&#39;</span>)\n</code></pre>' +
      `<pre class="pyexc-output" part="output"><span class="pyexc-stdout" part="stdout">${want.stdout}</span></pre></div>\n`);
    const quiet = renderSnippet(py, 'x = 1\n', { theme: 'dark' });
    assert.match(quiet, /^<div class="pyexc-snippet pyexc-dark" data-python="3.11" data-platform="linux">/);
    assert.doesNotMatch(quiet, /pyexc-output|pyexc-status/, 'no output: no output block, no status');
  } finally {
    py.close();
  }
});

test('renderSnippet: output text equals CPython, exit status, escaping', async () => {
  for (const [version, platform] of [['3.11', 'linux'], ['3.12', 'emscripten'], ['3.13', 'emscripten'], ['3.14', 'emscripten']]) {
    const py = await load({ python: version, platform });
    try {
      for (const name of ['example', 'group', 'exit3', 'zero']) {
        const code = await readFile(join(fixtures, `${name}.py`), 'utf8');
        const want = await expected(name, version);
        const result = {};
        const html = renderSnippet(py, code, { filename: `${name}.py`, result });
        assert.equal(outputText(html), want.output, `${name} ${version}`);
        assert.equal(result.exitCode, want.exitCode);
        assert.equal(statusText(html), want.exitCode ? `exit status ${want.exitCode}` : null, `${name} ${version}`);
        assert.equal(textOf(/<pre class="pyexc-code"[^>]*>([\s\S]*?)<\/pre>/.exec(html)[1]), code);
        assert.doesNotMatch(html, /<img|<script|\x1b/i, `${name} ${version}: user text is escaped, ANSI converted`);
      }
      const html = renderSnippet(py, await readFile(join(fixtures, 'example.py'), 'utf8'));
      assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
      assert.ok(html.includes('a &amp; b &lt; c &gt; &quot;d&quot;'));
      // 3.13+ colour the traceback, as a terminal shows it.
      if (version >= '3.13') assert.ok(html.includes('<span class="pyexc-bold pyexc-fg-5">ValueError</span>'), version);
      else assert.ok(!html.includes('pyexc-fg-'), version);
    } finally {
      py.close();
    }
  }
});

test('pyexc render: a folder is mirrored under --out, with the CSS', async () => {
  const out = await mkdtemp(join(tmpdir(), 'pyexc-render-'));
  try {
    const lines = [];
    const code = await main(['--python', '3.12', '--platform', 'emscripten', '--out', out, fixtures], { out: (s) => lines.push(s), err: (s) => lines.push(`ERR ${s}`) });
    assert.equal(code, 0, lines.join(''));
    const files = [];
    const walk = async (d) => {
      for (const e of await readdir(d, { withFileTypes: true })) {
        if (e.isDirectory()) await walk(join(d, e.name));
        else files.push(relative(out, join(d, e.name)));
      }
    };
    await walk(out);
    assert.deepEqual(files.sort(), ['example.html', 'exit3.html', 'group.html', 'hello.html', 'pyexc-snippet.css', 'sub/cause.html', 'zero.html']);
    assert.equal(await readFile(join(out, 'pyexc-snippet.css'), 'utf8'), css);
    for (const name of ['example', 'exit3', 'group', 'hello', 'zero', 'sub/cause']) {
      const html = await readFile(join(out, `${name}.html`), 'utf8');
      const want = await expected(name, '3.12');
      assert.equal(outputText(html), want.output, name);
      assert.equal(statusText(html), want.exitCode ? `exit status ${want.exitCode}` : null, name);
      assert.match(html, /^<div class="pyexc-snippet" data-python="3.12" data-platform="emscripten">/);
    }
    assert.equal(lines.join(''), [
      `${join(out, 'example.html')} (exit status 1)`, `${join(out, 'exit3.html')} (exit status 3)`,
      `${join(out, 'group.html')} (exit status 1)`, join(out, 'hello.html'),
      `${join(out, 'sub/cause.html')} (exit status 1)`, `${join(out, 'zero.html')} (exit status 1)`, ''].join('\n'));
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('pyexc render: the CLI, one file, errors', async () => {
  const out = await mkdtemp(join(tmpdir(), 'pyexc-render-'));
  try {
    const run = (...args) => spawnSync(process.execPath, [cli, 'render', ...args], { encoding: 'utf8', cwd: out });
    await writeFile(join(out, 'bad.py'), "raise ValueError('<img src=x onerror=alert(1)>')\n");
    let r = run('--python', '3.14', '--out', 'html', 'bad.py');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'html/bad.html (exit status 1)\n');
    const html = await readFile(join(out, 'html/bad.html'), 'utf8');
    assert.ok(outputText(html).endsWith("ValueError: <img src=x onerror=alert(1)>\n"));
    assert.doesNotMatch(html, /<img/);
    r = run('--python', '3.10', 'bad.py');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^pyexc render: unknown profile: python 3\.10/);
    r = run('--nope');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^pyexc render: unknown option --nope\n\nusage: pyexc render/);
    r = run('missing.py');
    assert.equal(r.status, 1);
    assert.equal(r.stderr, "pyexc render: can't open 'missing.py': No such file or directory\n");
    r = run('--help');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^usage: pyexc render /);
    r = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
    assert.match(r.stdout, /\n {7}pyexc render \[--python X\.Y\] \[--platform P\] \[--out DIR\] FILE\.py\|DIR\.\.\.\n/);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
