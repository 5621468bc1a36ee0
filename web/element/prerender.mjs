// prerender.mjs: `pyexc render`: static HTML of snippets and their output,
// for sites that want no JavaScript at all. Each FILE.py becomes FILE.html, a
// fragment with the markup and classes of <pyexc-snippet> (markup.mjs), and
// the out folder gets pyexc-snippet.css (style.mjs) for the page to link.
//   pyexc render [--python X.Y] [--platform P] [--theme light|dark] [--out DIR] FILE.py|DIR...
// A FILE.py is written to DIR/FILE.html; a folder's *.py files (recursive)
// are mirrored under DIR. DIR defaults to the current folder. Each snippet
// runs fresh, as `python3 NAME.py` run in its folder (tracebacks name the
// file by its base name), with colour for 3.13+.
import { readFile, writeFile, mkdir, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { load, pythons, platforms } from '../../bindings/pyexc.mjs';
import { toHtml, snippetNode } from './markup.mjs';
import { css } from './style.mjs';

export { css };

/**
 * The HTML fragment of one snippet: runs code in py (a PyRuntime of
 * bindings/pyexc.mjs) as `python3 filename` (opts.filename, default
 * 'example.py'; opts.color, default true; opts.theme 'light' or 'dark').
 * The result is also in opts.result if given (an object to fill).
 */
export function renderSnippet(py, code, opts = {}) {
  const r = py.run(code, { filename: opts.filename ?? 'example.py', fresh: true, color: opts.color ?? true });
  r.exception?.dispose();
  const result = { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  if (opts.result) Object.assign(opts.result, result);
  const node = snippetNode({ python: py.python, platform: py.platform, code, result });
  if (opts.theme === 'light' || opts.theme === 'dark') node.attrs.class += ` pyexc-${opts.theme}`;
  return `${toHtml(node)}\n`;
}

const usage = `usage: pyexc render [--python X.Y] [--platform P] [--theme light|dark] [--out DIR] FILE.py|DIR...

Runs each snippet and writes static HTML of its code and real output:
FILE.py becomes DIR/FILE.html (for a folder, every *.py in it, mirrored
under DIR), and DIR/pyexc-snippet.css styles them. DIR defaults to the
current folder.
`;

// Every *.py under dir, sorted, as paths.
async function pyFiles(dir) {
  const out = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await pyFiles(p));
    else if (entry.isFile() && entry.name.endsWith('.py')) out.push(p);
  }
  return out;
}

/** The command: argv after 'render'; returns the exit status. */
export async function main(argv, io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }) {
  let python = '3.14', platform = 'linux', outDir = '.', theme;
  const inputs = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      io.out(usage);
      return 0;
    }
    if ((a === '--python' || a === '--platform' || a === '--out' || a === '--theme') && i + 1 < argv.length) {
      const v = argv[++i];
      if (a === '--python') python = v;
      else if (a === '--platform') platform = v;
      else if (a === '--theme') theme = v;
      else outDir = v;
    } else if (a.startsWith('-') && a.length > 1) {
      io.err(`pyexc render: unknown option ${a}\n\n${usage}`);
      return 2;
    } else inputs.push(a);
  }
  if (!pythons.includes(python) || !platforms.includes(platform)) {
    io.err(`pyexc render: unknown profile: python ${python}, platform ${platform} (3.11-3.14; linux, emscripten, wasi)\n`);
    return 2;
  }
  if (theme !== undefined && theme !== 'light' && theme !== 'dark') {
    io.err(`pyexc render: --theme is light or dark, not ${theme}\n`);
    return 2;
  }
  if (!inputs.length) {
    io.err(usage);
    return 2;
  }
  // (source path, output path) pairs
  const jobs = [];
  let status = 0;
  for (const input of inputs) {
    let st;
    try {
      st = await stat(input);
    } catch {
      io.err(`pyexc render: can't open '${input}': No such file or directory\n`);
      status = 1;
      continue;
    }
    if (st.isDirectory()) {
      for (const f of await pyFiles(input)) jobs.push([f, join(outDir, relative(input, f).replace(/\.py$/, '.html'))]);
    } else {
      jobs.push([input, join(outDir, basename(input).replace(/\.py$/, '') + '.html')]);
    }
  }
  if (!jobs.length) return status;
  const py = await load({ python, platform });
  try {
    await mkdir(outDir, { recursive: true });
    await writeFile(join(outDir, 'pyexc-snippet.css'), css);
    for (const [src, dest] of jobs) {
      const code = (await readFile(src, 'utf8')).replace(/^\ufeff/, '');
      const result = {};
      const html = renderSnippet(py, code, { filename: basename(src), result, theme });
      await mkdir(dirname(dest), { recursive: true });
      await writeFile(dest, html);
      io.out(`${dest}${result.exitCode ? ` (exit status ${result.exitCode})` : ''}\n`);
    }
  } finally {
    py.close();
  }
  return status;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  process.exitCode = await main(process.argv.slice(2));
}
