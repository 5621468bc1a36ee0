// app.mjs: the playground page. It wires the editor, the selectors and the
// URL hash to a Worker that runs the code (runner.mjs, worker.mjs), and draws
// the reply: the program's output, the uncaught exception's tree
// (explorer.mjs), a live split() of a group, and the class hierarchy.
// Everything from the program reaches the DOM as text (textContent).
import { createEditor } from './editor.mjs';
import { Runner } from './runner.mjs';
import { ansiToDom } from '../element/ansi.mjs';
import { Explorer, memberTypes, nodeAt } from './explorer.mjs';
import { parseHierarchy, allNodes, renderHierarchy } from './hierarchy.mjs';
import { EXAMPLES, DEFAULT_EXAMPLE } from './examples.mjs';
import { PYTHONS, PLATFORMS, readHash, writeHash } from './state.mjs';
import { initTabs } from './tabs.mjs';

const FILENAME = 'main.py';
const DEBOUNCE_MS = 250;
const $ = (id) => document.getElementById(id);

const state = { python: '3.14', platform: 'linux', code: DEFAULT_EXAMPLE.code };
const split = { path: null, classes: new Set(), extra: '' };   // path null: no group chosen
let lastTree = null;

// ------------------------------------------------------------ controls
function fillSelect(sel, values, labels = values) {
  values.forEach((v, i) => sel.append(new Option(labels[i], v)));
}
fillSelect($('python'), PYTHONS, PYTHONS.map((v) => `CPython ${v}`));
fillSelect($('platform'), PLATFORMS);
fillSelect($('example'), EXAMPLES.map((e) => e.id), EXAMPLES.map((e) => e.title));

Object.assign(state, Object.fromEntries(Object.entries(readHash(location.hash)).filter(([, v]) => v !== null)));
$('python').value = state.python;
$('platform').value = state.platform;
$('example').value = EXAMPLES.find((e) => e.code === state.code)?.id ?? '';

const editor = createEditor($('editor'), {
  doc: state.code,
  label: `Python source, ${FILENAME}`,
  onChange(text) { state.code = text; $('example').value = ''; schedule(); },
});

$('python').addEventListener('change', () => { state.python = $('python').value; loadHierarchy(); schedule(0); });
$('platform').addEventListener('change', () => { state.platform = $('platform').value; schedule(0); });
$('example').addEventListener('change', () => {
  const ex = EXAMPLES.find((e) => e.id === $('example').value);
  if (!ex) return;
  split.path = null;
  editor.setText(ex.code);   // onChange clears the menu; show the choice again
  $('example').value = ex.id;
});
$('share').addEventListener('click', async () => {
  saveHash();
  try {
    await navigator.clipboard.writeText(location.href);
    flash($('share'), 'Link copied');
  } catch {
    flash($('share'), 'Link is in the address bar');
  }
});
function flash(button, text) {
  const old = button.dataset.label ?? button.textContent;
  button.dataset.label = old;
  button.textContent = text;
  setTimeout(() => { button.textContent = old; }, 1600);
}

window.addEventListener('hashchange', () => {
  const h = readHash(location.hash);
  if (h.python && h.python !== state.python) { state.python = h.python; $('python').value = h.python; loadHierarchy(); }
  if (h.platform) { state.platform = h.platform; $('platform').value = h.platform; }
  if (h.code !== null && h.code !== state.code) editor.setText(h.code);
  schedule(0);
});

function saveHash() {
  const h = writeHash(state);
  if (h !== location.hash) history.replaceState(null, '', h);
}

initTabs($('main').querySelector('[role=tablist]'));

// ------------------------------------------------------------ running
const runner = new Runner(new URL('./worker.js', import.meta.url), { timeoutMs: 3000 });
let timer = 0;
let inFlight = false;
let dirty = false;

/** Runs the code after ms of quiet (one run in flight at a time; edits meanwhile coalesce). */
function schedule(ms = DEBOUNCE_MS) {
  clearTimeout(timer);
  timer = setTimeout(() => { dirty = true; pump(); }, ms);
}

async function pump() {
  if (inFlight || !dirty) return;
  dirty = false;
  inFlight = true;
  saveHash();
  const slow = setTimeout(() => setRunState('Running…', 'busy'), 150);
  const reply = await runner.request({
    op: 'run', code: state.code, python: state.python, platform: state.platform,
    filename: FILENAME, color: state.python >= '3.13',
    split: split.path ? { path: split.path, classes: splitClasses() } : null,
  });
  clearTimeout(slow);
  inFlight = false;
  if (!dirty) show(reply);
  pump();
}

function setRunState(text, kind = '') {
  const s = $('run-state');
  s.textContent = text;
  s.dataset.kind = kind;
}

function show(reply) {
  const out = $('output');
  const exit = $('exit');
  document.body.dataset.ran = String(Number(document.body.dataset.ran ?? 0) + 1);
  if (!reply.ok) {
    out.replaceChildren();
    const p = document.createElement('span');
    p.className = 'sys-msg';
    p.textContent = reply.error;
    out.append(p);
    exit.hidden = false;
    exit.textContent = reply.timedOut ? 'stopped' : 'error';
    exit.dataset.kind = 'warn';
    setRunState('');
    return;
  }
  const so = document.createElement('span');
  so.className = 'stdout';
  so.textContent = reply.stdout;
  const se = document.createElement('span');
  se.className = 'stderr';
  se.append(ansiToDom(reply.stderr, document));
  out.replaceChildren(so, se);
  if (!reply.stdout && !reply.stderr) {
    const e = document.createElement('span');
    e.className = 'empty';
    e.textContent = 'No output.';
    out.replaceChildren(e);
  }
  exit.hidden = false;
  exit.textContent = reply.budgetExceeded ? `exit ${reply.exitCode} · step budget reached` : `exit ${reply.exitCode}`;
  exit.dataset.kind = reply.budgetExceeded ? 'warn' : reply.exitCode === 0 ? 'ok' : 'bad';
  setRunState('');
  lastTree = reply.tree;
  showExplorer(reply.tree);
  showSplit(reply);
}

// ------------------------------------------------------------ explorer
const explorer = new Explorer(document, {
  onFrame(f) {
    if (f.filename !== FILENAME) return;
    const same = f.endLineno === f.lineno;
    editor.selectLine(f.lineno, same ? f.colno : -1, same ? f.endColno : -1);
  },
  onSplit(path, exc) {
    split.path = path;
    split.classes = new Set(memberTypes(exc).slice(0, 1));
    document.getElementById('tab-split').click();
    schedule(0);
  },
});

function showExplorer(tree) {
  const box = $('explorer');
  if (!tree) {
    box.replaceChildren(emptyNote('No uncaught exception: the program ended normally.'));
    return;
  }
  box.replaceChildren(explorer.render(tree, 'uncaught'));
}

function emptyNote(text) {
  const p = document.createElement('p');
  p.className = 'empty';
  p.textContent = text;
  return p;
}

// ------------------------------------------------------------ split
// The first group met breadth-first from the root (members, cause, context).
function firstGroupPath(tree) {
  const queue = [[tree, []]];
  while (queue.length) {
    const [n, path] = queue.shift();
    if (!n || 'ref' in n) continue;
    if (n.exceptions) return path;
    queue.push([n.cause, [...path, 'cause']], [n.context, [...path, 'context']]);
  }
  return null;
}

function splitClasses() {
  const extra = split.extra.split(/[\s,]+/).filter(Boolean);
  return [...new Set([...split.classes, ...extra])];
}

function pathText(path) {
  return 'exc' + path.map((s) => (typeof s === 'number' ? `.exceptions[${s}]` : `.__${s}__`)).join('');
}

function showSplit(reply) {
  const tree = reply.tree;
  const target = split.path && tree ? nodeAt(tree, split.path) : null;
  if (!target || !target.exceptions) {
    const path = tree ? firstGroupPath(tree) : null;
    if (path) {
      split.path = path;
      const types = memberTypes(nodeAt(tree, path));
      split.classes = new Set(types.slice(0, 1));
      schedule(0);   // run again, now with the split
    } else {
      split.path = null;
    }
    drawSplitIdle(path ? 'Splitting…' : 'The uncaught exception is not an exception group and holds none. Try the "ExceptionGroup" example.');
    return;
  }
  $('split-target').replaceChildren(...splitTargetText(target, split.path));
  drawChecks(target);
  const s = reply.split;
  $('split-form').disabled = false;
  if (!s || s.error) {
    $('split-error').hidden = !s?.error;
    $('split-error').textContent = s?.error ?? '';
    $('split-match').replaceChildren();
    $('split-rest').replaceChildren();
    return;
  }
  $('split-error').hidden = true;
  const side = (json) => (json ? new Explorer(document).render(json) : emptyNote('None'));
  $('split-match').replaceChildren(side(s.match));
  $('split-rest').replaceChildren(side(s.rest));
}

function splitTargetText(target, path) {
  const code = document.createElement('code');
  code.textContent = `${pathText(path)}.split((${splitClasses().join(', ')}${splitClasses().length === 1 ? ',' : ''}))`;
  const t = document.createElement('span');
  t.textContent = ` on ${target.type}: ${target.str}`;
  return [code, t];
}

function drawSplitIdle(text) {
  $('split-target').replaceChildren(emptyNote(text));
  $('split-checks').replaceChildren();
  $('split-form').disabled = true;
  $('split-error').hidden = true;
  $('split-match').replaceChildren();
  $('split-rest').replaceChildren();
}

// Checkboxes: the member classes of the group, then their built-in bases
// worth splitting by, then any class checked before.
function drawChecks(target) {
  const names = memberTypes(target);
  for (const base of ['Exception', 'ArithmeticError', 'LookupError', 'OSError']) {
    if (hierarchyNames.has(base) && !names.includes(base)) names.push(base);
  }
  for (const c of split.classes) if (!names.includes(c)) names.push(c);
  const box = $('split-checks');
  const focused = document.activeElement?.closest?.('#split-checks') ? document.activeElement.value : null;
  box.replaceChildren(...names.map((name) => {
    const label = document.createElement('label');
    label.className = 'check';
    const cb = document.createElement('input');
    cb.type = 'checkbox';
    cb.value = name;
    cb.checked = split.classes.has(name);
    cb.addEventListener('change', () => {
      if (cb.checked) split.classes.add(name); else split.classes.delete(name);
      schedule(0);
    });
    const span = document.createElement('span');
    span.textContent = name;
    label.append(cb, span);
    return label;
  }));
  if (focused) box.querySelector(`input[value="${CSS.escape(focused)}"]`)?.focus();
}

$('split-extra').addEventListener('input', () => { split.extra = $('split-extra').value; schedule(); });

// ------------------------------------------------------------ hierarchy
let hierarchyNames = new Set();
let filterHierarchy = () => 0;

async function loadHierarchy() {
  const python = state.python;
  const reply = await runner.request({ op: 'hierarchy', python, platform: state.platform });
  if (!reply.ok || python !== state.python) return;
  const roots = parseHierarchy(reply.text);
  const nodes = allNodes(roots);
  hierarchyNames = new Set(nodes.map((n) => n.name));
  $('class-names').replaceChildren(...nodes.map((n) => new Option(n.name)));
  filterHierarchy = renderHierarchy($('hierarchy'), roots, (name) => editor.insert(name));
  applyFilter();
}

function applyFilter() {
  const n = filterHierarchy($('hier-filter').value);
  $('hier-count').textContent = $('hier-filter').value.trim() ? `${n} ${n === 1 ? 'class matches' : 'classes match'}.` : '';
}
$('hier-filter').addEventListener('input', applyFilter);

loadHierarchy();
schedule(0);
