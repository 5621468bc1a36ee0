// explorer.mjs: draws an exception's toJSON() tree (bindings/pyexc.d.ts,
// ExceptionJSON) as nested <details>: type and str in the summary, then
// repr, args, attributes, notes, traceback frames (buttons), the members of
// a group, __cause__ and __context__ (marked when __suppress_context__ hides
// it from the traceback). An exception met twice is drawn once; later
// meetings ({ ref: id }) link to it. All text goes in with textContent.

/** Python's repr of a str (the common cases; the tree holds JS strings). */
export function pyStr(s) {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '\\') out += '\\\\';
    else if (ch === q) out += '\\' + q;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0xd800 && c <= 0xdfff) out += '\\u' + c.toString(16);
    else out += ch;
  }
  return out + q;
}

function el(doc, tag, cls, text) {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

const isExc = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && 'traceback' in v;
const isRef = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && 'ref' in v && Object.keys(v).length === 1;

/** A short Python-like text for a JSONValue that is not an exception. */
export function valueText(v) {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : String(v);
  if (typeof v === 'string') return pyStr(v);
  if (Array.isArray(v)) return `[${v.map(valueText).join(', ')}]`;
  if (isRef(v)) return `<exception #${v.ref}>`;
  if (isExc(v)) return v.repr;
  if (v && typeof v === 'object' && 'repr' in v) return v.repr;
  return String(v);
}

export class Explorer {
  /**
   * options: onFrame(entry) when a frame is activated; onSplit(path) when
   * "Split" is chosen on a group (path: member indexes, 'cause', 'context'
   * from the root); splitButtons: whether to offer "Split".
   */
  constructor(doc, options = {}) {
    this.doc = doc;
    this.options = options;
  }

  /** The tree of root as a DOM element; role labels the root (e.g. 'uncaught'). */
  render(root, role = null) {
    this.byId = new Map();
    const wrap = el(this.doc, 'div', 'exc-tree');
    wrap.append(this.#node(root, [], role));
    return wrap;
  }

  #ref(ref) {
    const d = this.doc;
    const p = el(d, 'p', 'exc-ref');
    p.append(el(d, 'span', 'muted', 'the same exception as '));
    const b = el(d, 'button', 'linkish', `#${ref.ref}`);
    b.type = 'button';
    b.addEventListener('click', () => {
      const target = this.byId.get(ref.ref);
      if (!target) return;
      for (let t = target; t; t = t.parentElement?.closest('details')) t.open = true;
      target.querySelector(':scope > summary').focus();
    });
    p.append(b);
    return p;
  }

  #node(exc, path, role) {
    const d = this.doc;
    if (isRef(exc)) return this.#ref(exc);
    const det = el(d, 'details', 'exc');
    det.open = path.length < 3;
    det.dataset.excId = String(exc.id);
    this.byId.set(exc.id, det);
    const sum = el(d, 'summary');
    if (role) sum.append(el(d, 'span', 'exc-role', role));
    sum.append(el(d, 'span', 'exc-type', exc.type));
    if (exc.str !== '') sum.append(el(d, 'span', 'exc-str', `: ${exc.str}`));
    sum.append(el(d, 'span', 'exc-id', `#${exc.id}`));
    det.append(sum);

    const body = el(d, 'div', 'exc-body');
    const dl = el(d, 'dl', 'fields');
    const row = (name, value) => {
      dl.append(el(d, 'dt', '', name));
      const dd = el(d, 'dd');
      if (typeof value === 'string') dd.append(el(d, 'code', '', value));
      else dd.append(value);
      dl.append(dd);
    };
    row('repr', exc.repr);
    row('args', exc.args.length === 1 ? `(${valueText(exc.args[0])},)` : `(${exc.args.map(valueText).join(', ')})`);
    for (const [k, v] of Object.entries(exc.attributes)) {
      if (k === 'message' && exc.exceptions) continue;
      row(k, isExc(v) ? this.#node(v, [...path, k], null) : valueText(v));
    }
    if (exc.notes.length) {
      const ul = el(d, 'ul', 'notes');
      for (const n of exc.notes) ul.append(el(d, 'li', '', typeof n === 'string' ? n : valueText(n)));
      row('__notes__', ul);
    }
    if (exc.traceback.length) row('__traceback__', this.#frames(exc.traceback));
    body.append(dl);

    if (exc.exceptions) {
      const sec = el(d, 'section', 'members');
      const h = el(d, 'div', 'sec-head');
      h.append(el(d, 'span', 'sec-title', `exceptions (${exc.exceptions.length})`));
      if (this.options.onSplit) {
        const b = el(d, 'button', 'small', 'Split this group');
        b.type = 'button';
        b.addEventListener('click', () => this.options.onSplit(path, exc));
        h.append(b);
      }
      sec.append(h);
      exc.exceptions.forEach((m, i) => sec.append(this.#node(m, [...path, i], `[${i}]`)));
      body.append(sec);
    }
    if (exc.cause) {
      const sec = el(d, 'section', 'chain');
      sec.append(el(d, 'div', 'sec-title', '__cause__ — the direct cause'));
      sec.append(this.#node(exc.cause, [...path, 'cause'], null));
      body.append(sec);
    }
    if (exc.context) {
      const sec = el(d, 'section', 'chain');
      const t = el(d, 'div', 'sec-title', '__context__ — being handled when this was raised');
      if (exc.suppressContext) {
        t.append(el(d, 'span', 'badge', exc.cause ? 'hidden: __cause__ is set' : 'suppressed: from None'));
      }
      sec.append(t);
      sec.append(this.#node(exc.context, [...path, 'context'], null));
      body.append(sec);
    } else if (exc.suppressContext) {
      body.append(el(d, 'p', 'muted', '__suppress_context__ is True'));
    }
    det.append(body);
    return det;
  }

  #frames(tb) {
    const d = this.doc;
    const ol = el(d, 'ol', 'frames');
    for (const f of tb) {
      const li = el(d, 'li');
      const b = el(d, 'button', 'frame');
      b.type = 'button';
      b.append(el(d, 'span', 'frame-loc', `${f.filename}:${f.lineno}`), el(d, 'span', 'frame-fn', ` in ${f.name}`));
      if (this.options.onFrame) b.addEventListener('click', () => this.options.onFrame(f));
      else b.disabled = true;
      li.append(b);
      if (f.line !== null && f.line !== undefined) li.append(el(d, 'code', 'frame-line', f.line.trim()));
      ol.append(li);
    }
    return ol;
  }
}

/** The distinct class names of the exceptions inside a group tree (members, recursively). */
export function memberTypes(exc) {
  const seen = new Set();
  const walk = (e) => {
    if (!e || isRef(e)) return;
    for (const m of e.exceptions ?? []) {
      if (isRef(m)) continue;
      seen.add(m.type);
      walk(m);
    }
  };
  walk(exc);
  return [...seen];
}

/** The node at path (member indexes, 'cause', 'context') in a tree, or null. */
export function nodeAt(root, path) {
  let cur = root;
  for (const step of path) {
    if (!cur || isRef(cur)) return null;
    cur = typeof step === 'number' ? cur.exceptions?.[step] : cur[step];
  }
  return cur && !isRef(cur) ? cur : null;
}
