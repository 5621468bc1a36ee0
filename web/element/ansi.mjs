// ansi.mjs: terminal text (ANSI SGR colour sequences, as CPython 3.13+ writes
// its tracebacks) into markup, and HTML escaping. One parser, two outputs:
//   ansiSegments(text)      [{ text, classes }]: the text runs and their style
//   ansiToHtml(text)        an HTML string of <span class="..."> (pre-renderer)
//   ansiToDom(text, doc)    a DocumentFragment built with textContent only (element, playground)
//   escapeHtml(s)           & < > " ' as entities: safe in text and quoted attributes
// Invariant: text from the program only ever reaches a page as escaped HTML or
// as a text node; class names come from the fixed tables below, never from
// the text. Control sequences other than SGR (CSI ... final byte) are dropped,
// as a terminal would not print them; anything else stays as text.

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** s with & < > " ' replaced by entities. */
export function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

// A CSI sequence: ESC [ parameters intermediates final.
const CSI = /\x1b\[([0-?]*)([ -/]*)([@-~])/g;

// The style state an SGR sequence changes.
function plain() {
  return { bold: false, dim: false, italic: false, underline: false, fg: -1, bg: -1 };
}

// Applies the parameters of one SGR sequence (ESC [ params m) to st.
function applySgr(st, params) {
  const p = params === '' ? [0] : params.split(/[;:]/).map((x) => (x === '' ? 0 : Number(x)));
  for (let i = 0; i < p.length; i++) {
    const n = p[i];
    if (n === 0) Object.assign(st, plain());
    else if (n === 1) st.bold = true;
    else if (n === 2) st.dim = true;
    else if (n === 3) st.italic = true;
    else if (n === 4) st.underline = true;
    else if (n === 22) st.bold = st.dim = false;
    else if (n === 23) st.italic = false;
    else if (n === 24) st.underline = false;
    else if (n >= 30 && n <= 37) st.fg = n - 30;
    else if (n >= 90 && n <= 97) st.fg = n - 90 + 8;
    else if (n === 39) st.fg = -1;
    else if (n >= 40 && n <= 47) st.bg = n - 40;
    else if (n >= 100 && n <= 107) st.bg = n - 100 + 8;
    else if (n === 49) st.bg = -1;
    else if (n === 38 || n === 48) {
      // 38;5;N (256 colours: the first 16 map to classes) or 38;2;R;G;B (skipped)
      const key = n === 38 ? 'fg' : 'bg';
      if (p[i + 1] === 5) {
        const c = p[i + 2];
        if (c >= 0 && c < 16) st[key] = c;
        i += 2;
      } else if (p[i + 1] === 2) i += 4;
    }
  }
}

// The class names of a style state (fixed vocabulary).
function classesOf(st) {
  const c = [];
  if (st.bold) c.push('pyexc-bold');
  if (st.dim) c.push('pyexc-dim');
  if (st.italic) c.push('pyexc-italic');
  if (st.underline) c.push('pyexc-underline');
  if (st.fg >= 0) c.push(`pyexc-fg-${st.fg}`);
  if (st.bg >= 0) c.push(`pyexc-bg-${st.bg}`);
  return c;
}

/** The runs of text with their class names; adjacent runs of one style are merged. */
export function ansiSegments(text) {
  const out = [];
  const st = plain();
  let last = 0;
  const push = (s) => {
    if (!s) return;
    const classes = classesOf(st);
    const prev = out[out.length - 1];
    if (prev && prev.classes.join(' ') === classes.join(' ')) prev.text += s;
    else out.push({ text: s, classes });
  };
  CSI.lastIndex = 0;
  for (let m; (m = CSI.exec(text));) {
    push(text.slice(last, m.index));
    if (m[3] === 'm' && m[2] === '') applySgr(st, m[1]);
    last = CSI.lastIndex;
  }
  push(text.slice(last));
  return out;
}

/** text as HTML: escaped, styled runs in <span class="...">. */
export function ansiToHtml(text) {
  return ansiSegments(text)
    .map(({ text: s, classes }) => (classes.length ? `<span class="${classes.join(' ')}">${escapeHtml(s)}</span>` : escapeHtml(s)))
    .join('');
}

/** text as a DocumentFragment of text nodes and spans (no HTML parsing). */
export function ansiToDom(text, doc = document) {
  const frag = doc.createDocumentFragment();
  for (const { text: s, classes } of ansiSegments(text)) {
    if (!classes.length) {
      frag.append(doc.createTextNode(s));
      continue;
    }
    const span = doc.createElement('span');
    span.className = classes.join(' ');
    span.textContent = s;
    frag.append(span);
  }
  return frag;
}
