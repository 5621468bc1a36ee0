// ansi.mjs: turns text with ANSI SGR escapes (as CPython 3.13+ colours a
// traceback) into DOM nodes: plain runs become text nodes, styled runs
// <span class="sgr-…"> elements whose text is set with textContent. No
// markup is ever parsed from the text, so user text stays text.

const SGR = /\x1b\[([0-9;]*)m/g;

// The classes for the SGR state: bold, and a foreground colour 30-37/90-97.
function classesOf(state) {
  const c = [];
  if (state.bold) c.push('sgr-bold');
  if (state.fg) c.push(`sgr-fg${state.fg}`);
  return c;
}

function apply(state, params) {
  const codes = params === '' ? [0] : params.split(';').map(Number);
  for (const n of codes) {
    if (n === 0) { state.bold = false; state.fg = 0; }
    else if (n === 1) state.bold = true;
    else if (n === 22) state.bold = false;
    else if ((n >= 30 && n <= 37) || (n >= 90 && n <= 97)) state.fg = n;
    else if (n === 39) state.fg = 0;
  }
}

/** Appends text to parent, styled by its SGR escapes. Returns parent. */
export function appendAnsi(parent, text) {
  const doc = parent.ownerDocument;
  const state = { bold: false, fg: 0 };
  let last = 0;
  const emit = (chunk) => {
    if (!chunk) return;
    const cls = classesOf(state);
    if (!cls.length) { parent.append(doc.createTextNode(chunk)); return; }
    const span = doc.createElement('span');
    span.className = cls.join(' ');
    span.textContent = chunk;
    parent.append(span);
  };
  for (const m of text.matchAll(SGR)) {
    emit(text.slice(last, m.index));
    apply(state, m[1]);
    last = m.index + m[0].length;
  }
  emit(text.slice(last));
  return parent;
}
