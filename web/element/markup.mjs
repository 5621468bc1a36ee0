// markup.mjs: the markup of a snippet (header, code, output, exit status),
// described once as a small tree and turned into an HTML string (the
// pre-renderer) or into DOM nodes (the element), so both show the same
// elements and classes. Invariant: program text enters only as string
// children (escaped / text nodes) or as { ansi } children (ansi.mjs); tag and
// attribute names are this module's own.
import { escapeHtml, ansiToHtml, ansiToDom } from './ansi.mjs';
import { highlight } from './highlight.mjs';

/** A node: h('pre', { class: 'x', part: 'x' }, child...). null children are skipped. */
export function h(tag, attrs, ...children) {
  return { tag, attrs: attrs ?? {}, children: children.flat().filter((c) => c !== null && c !== undefined && c !== '') };
}

/** The node as HTML. */
export function toHtml(node) {
  if (typeof node === 'string') return escapeHtml(node);
  if ('ansi' in node) return ansiToHtml(node.ansi);
  let s = `<${node.tag}`;
  for (const [k, v] of Object.entries(node.attrs)) if (v !== false && v !== undefined) s += ` ${k}="${escapeHtml(v)}"`;
  return `${s}>${node.children.map(toHtml).join('')}</${node.tag}>`;
}

/** The node as a DOM node of doc. */
export function toDom(node, doc = document) {
  if (typeof node === 'string') return doc.createTextNode(node);
  if ('ansi' in node) return ansiToDom(node.ansi, doc);
  const el = doc.createElement(node.tag);
  for (const [k, v] of Object.entries(node.attrs)) if (v !== false && v !== undefined) el.setAttribute(k, String(v));
  for (const c of node.children) el.append(toDom(c, doc));
  return el;
}

/** 'Python 3.12', with the platform when it is not linux. */
export function labelText(python, platform) {
  return `Python ${python}${platform && platform !== 'linux' ? ` (${platform})` : ''}`;
}

/** The code block, highlighted. */
export function codeNode(code) {
  return h('pre', { class: 'pyexc-code', part: 'code' }, h('code', null, highlight(code)));
}

/** The output block: stdout then stderr as a terminal shows them; null when both are empty. */
export function outputNode({ stdout, stderr }) {
  if (!stdout && !stderr) return null;
  return h('pre', { class: 'pyexc-output', part: 'output' },
    stdout ? h('span', { class: 'pyexc-stdout', part: 'stdout' }, { ansi: stdout }) : null,
    stderr ? h('span', { class: 'pyexc-stderr', part: 'stderr' }, { ansi: stderr }) : null);
}

/** The exit status line; null for status 0. */
export function statusNode({ exitCode }) {
  if (!exitCode) return null;
  return h('div', { class: 'pyexc-status', part: 'status' }, `exit status ${exitCode}`);
}

/** A whole static snippet (the pre-renderer's fragment). */
export function snippetNode({ python, platform, code, result }) {
  return h('div', { class: 'pyexc-snippet', 'data-python': python, 'data-platform': platform },
    h('div', { class: 'pyexc-head', part: 'header' }, h('span', { class: 'pyexc-label', part: 'label' }, labelText(python, platform))),
    codeNode(code),
    outputNode(result),
    statusNode(result));
}
