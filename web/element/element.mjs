// element.mjs: <pyexc-snippet>, a Python snippet and the output CPython
// prints for it, computed by pyexc in a worker (runner.mjs).
//   <pyexc-snippet python="3.12" platform="linux" filename="example.py" editable>
//     code
//   </pyexc-snippet>
// Attributes: python (3.11-3.14, default 3.14), platform (linux, emscripten,
// wasi; default linux), filename (the script's name in tracebacks, default
// example.py), src (fetch the code from this same-origin URL instead of the
// text), editable (an Edit button; the code becomes a textarea, run again
// with Run or Ctrl+Enter), timeout (seconds before a run is stopped, default
// 10), theme (light or dark; default: the page's prefers-color-scheme).
// Renders into an open shadow root styled by constructed stylesheets (no
// inline style: strict CSP works); parts and --pyexc-* properties theme it.
// Every run ends in a 'pyexc-rendered' event (bubbles, composed) with detail
// { stdout, stderr, exitCode } (exitCode null and detail.error when the
// snippet could not run, 124 and detail.timedOut when it was stopped).
import { toDom, h, labelText, codeNode, outputNode, statusNode } from './markup.mjs';
import { css, elementCss } from './style.mjs';
import { codeFromText } from './source.mjs';
import { runnerFor } from './runner.mjs';

const PYTHONS = ['3.11', '3.12', '3.13', '3.14'];
const PLATFORMS = ['linux', 'emscripten', 'wasi'];

let sheets = null;   // shared by every element
function styleSheets() {
  if (!sheets) {
    sheets = [new CSSStyleSheet(), new CSSStyleSheet()];
    sheets[0].replaceSync(css);
    sheets[1].replaceSync(elementCss);
  }
  return sheets;
}

export class PyexcSnippet extends HTMLElement {
  static observedAttributes = ['python', 'platform', 'filename', 'src', 'editable', 'theme'];

  #root = null;        // the .pyexc-snippet div in the shadow root
  #parts = {};         // label, buttons, body (code or editor), result (output + status)
  #code = null;        // the code as given (text or src)
  #editor = null;      // the textarea while editing
  #runs = 0;           // the latest run's number (older results are dropped)
  #started = false;

  get python() { return this.getAttribute('python') ?? '3.14'; }
  get platform() { return this.getAttribute('platform') ?? 'linux'; }
  get filename() { return this.getAttribute('filename') || 'example.py'; }
  /** The code shown (the editor's text while editing). */
  get code() { return this.#editor ? this.#editor.value : this.#code; }

  connectedCallback() {
    if (this.#started) return;
    this.#started = true;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = styleSheets();
    this.#build(shadow);
    // The text is complete once the parser is past the element.
    if (document.readyState === 'loading' && !this.hasAttribute('src')) {
      document.addEventListener('DOMContentLoaded', () => this.#load(), { once: true });
    } else this.#load();
  }

  attributeChangedCallback(name, old, value) {
    if (!this.#started || old === value) return;
    if (name === 'src') this.#load();
    else if (name === 'theme') this.#applyTheme();
    else if (name === 'editable') this.#renderHead();
    else if (this.#code !== null) {
      this.#renderHead();
      this.run();
    }
  }

  /** Runs the code shown again; resolves with the event detail. */
  async run() {
    const n = ++this.#runs;
    const code = this.code;
    const { python, platform } = this;
    let detail;
    if (!PYTHONS.includes(python) || !PLATFORMS.includes(platform)) {
      detail = this.#failure(`unknown profile: python="${python}" platform="${platform}" (python 3.11-3.14; platform linux, emscripten, wasi)`);
    } else {
      this.#showRunning();
      const seconds = Number(this.getAttribute('timeout') ?? 10);
      const timeout = (Number.isFinite(seconds) && seconds > 0 ? seconds : 10) * 1000;
      try {
        const r = await runnerFor(python, platform).run(code, this.filename, timeout);
        detail = r.timedOut
          ? { stdout: '', stderr: '', exitCode: 124, timedOut: true }
          : { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
      } catch (e) {
        detail = this.#failure(String(e?.message ?? e));
      }
    }
    if (n !== this.#runs) return detail;   // a newer run replaced this one
    this.#showResult(detail, timeoutText(this));
    this.dispatchEvent(new CustomEvent('pyexc-rendered', { detail, bubbles: true, composed: true }));
    return detail;
  }

  #failure(message) {
    return { stdout: '', stderr: '', exitCode: null, error: message };
  }

  // The skeleton: header (label, buttons), body, result.
  #build(shadow) {
    this.#root = toDom(h('div', { class: 'pyexc-snippet', part: 'snippet' },
      h('div', { class: 'pyexc-head', part: 'header' }, h('span', { class: 'pyexc-label', part: 'label' })),
      h('div', { class: 'pyexc-body' }),
      h('div', { class: 'pyexc-result', 'aria-live': 'polite' })));
    const q = (sel) => this.#root.querySelector(sel);
    this.#parts = { head: q('.pyexc-head'), label: q('.pyexc-label'), body: q('.pyexc-body'), result: q('.pyexc-result') };
    shadow.replaceChildren(this.#root);
    this.#applyTheme();
    this.#renderHead();
  }

  #applyTheme() {
    const theme = this.getAttribute('theme');
    this.#root.classList.toggle('pyexc-light', theme === 'light');
    this.#root.classList.toggle('pyexc-dark', theme === 'dark');
  }

  #renderHead() {
    const { head, label } = this.#parts;
    label.textContent = labelText(this.python, this.platform);
    head.querySelectorAll('button').forEach((b) => b.remove());
    if (!this.hasAttribute('editable')) {
      if (this.#editor) this.#closeEditor();
      return;
    }
    if (this.#editor) {
      head.append(this.#button('Run', 'run', () => this.run(), 'Run (Ctrl+Enter)'));
      head.append(this.#button('Reset', 'reset', () => {
        this.#editor.value = this.#code;
        this.run();
      }));
      head.append(this.#button('Done', 'done', () => this.#closeEditor()));
    } else {
      head.append(this.#button('Edit', 'edit', () => this.#openEditor()));
    }
  }

  #button(text, name, onClick, title) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.className = `pyexc-${name}`;
    b.setAttribute('part', `button ${name}-button`);
    if (title) b.title = title;
    b.addEventListener('click', onClick);
    return b;
  }

  // Reads the code (text or src), shows it and runs it.
  async #load() {
    const src = this.getAttribute('src');
    this.#editor = null;
    if (src) {
      this.#code = '';
      this.#showCode();
      try {
        this.#code = await fetchSource(src);
      } catch (e) {
        this.#code = null;
        const detail = this.#failure(String(e?.message ?? e));
        this.#showResult(detail);
        this.dispatchEvent(new CustomEvent('pyexc-rendered', { detail, bubbles: true, composed: true }));
        return;
      }
    } else {
      this.#code = codeFromText(this.textContent);
    }
    this.#showCode();
    this.#renderHead();
    this.run();
  }

  #showCode() {
    this.#parts.body.replaceChildren(toDom(codeNode(this.#code ?? '')));
  }

  #openEditor() {
    const ta = document.createElement('textarea');
    ta.className = 'pyexc-editor';
    ta.setAttribute('part', 'editor');
    ta.setAttribute('aria-label', 'Python code (Ctrl+Enter runs it)');
    ta.spellcheck = false;
    ta.autocapitalize = 'off';
    ta.setAttribute('autocomplete', 'off');
    ta.value = this.#code;
    ta.rows = Math.max(3, this.#code.split('\n').length);
    ta.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        this.run();
      }
    });
    this.#editor = ta;
    this.#parts.body.replaceChildren(ta);
    this.#renderHead();
    ta.focus();
  }

  // Back to the highlighted view, of the edited code.
  #closeEditor() {
    const code = this.#editor.value;
    this.#editor = null;
    this.#parts.body.replaceChildren(toDom(codeNode(code)));
    this.#renderHead();
  }

  #showRunning() {
    const { result } = this.#parts;
    if (!result.firstChild) {
      result.replaceChildren(toDom(h('div', { class: 'pyexc-status pyexc-running', part: 'status' }, 'running…')));
    } else result.setAttribute('aria-busy', 'true');
  }

  #showResult(detail, stoppedText) {
    const { result } = this.#parts;
    result.removeAttribute('aria-busy');
    const nodes = [];
    if (detail.error !== undefined) {
      nodes.push(h('div', { class: 'pyexc-status pyexc-error', part: 'status' }, `pyexc-snippet: ${detail.error}`));
    } else if (detail.timedOut) {
      nodes.push(h('div', { class: 'pyexc-status pyexc-error', part: 'status' }, stoppedText));
    } else {
      nodes.push(outputNode(detail), statusNode(detail));
    }
    result.replaceChildren(...nodes.filter(Boolean).map((n) => toDom(n)));
  }
}

function timeoutText(el) {
  const s = Number(el.getAttribute('timeout') ?? 10);
  return `stopped: the program ran longer than ${Number.isFinite(s) && s > 0 ? s : 10} s (exit status 124)`;
}

// The text at a same-origin URL.
async function fetchSource(src) {
  const url = new URL(src, document.baseURI);
  if (url.origin !== location.origin) throw new Error(`src must be on this page's origin: ${url.href}`);
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`could not fetch ${url.href}: HTTP ${res.status}`);
  return res.text();
}

/** Defines <pyexc-snippet> (once). */
export function defineElement() {
  if (!customElements.get('pyexc-snippet')) customElements.define('pyexc-snippet', PyexcSnippet);
}
