// editor.mjs: the CodeMirror 6 editor. It lives in a shadow root so that
// CodeMirror's own styles go into an adopted (constructed) stylesheet, which
// a strict CSP (style-src 'self', no 'unsafe-inline') allows, where a
// <style> element in the document would be blocked. Its look (theme below)
// uses the page's CSS custom properties (playground.css), which inherit
// into the shadow tree, so light and dark follow the page.
// Tab indents; Escape then Tab moves focus on (CodeMirror's tab-focus rule).
import { EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter,
  drawSelection, highlightSpecialChars } from '@codemirror/view';
import { EditorState } from '@codemirror/state';
import { python } from '@codemirror/lang-python';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { syntaxHighlighting, indentOnInput, bracketMatching, indentUnit } from '@codemirror/language';
import { searchKeymap, highlightSelectionMatches } from '@codemirror/search';
import { classHighlighter } from '@lezer/highlight';

const v = (name) => `var(--${name})`;
const theme = EditorView.theme({
  '&': { height: '100%', color: v('text'), backgroundColor: v('surface'), fontSize: v('code-size') },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: v('mono'), lineHeight: '1.6', overflow: 'auto' },
  '.cm-content': { caretColor: v('accent'), padding: '10px 0' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: v('accent'), borderLeftWidth: '2px' },
  '.cm-gutters': { backgroundColor: v('surface'), color: v('gutter'), border: 'none', paddingLeft: '6px' },
  '.cm-activeLineGutter': { backgroundColor: 'transparent', color: v('text') },
  '.cm-activeLine': { backgroundColor: v('active-line') },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection':
    { backgroundColor: v('selection') },
  '.cm-selectionMatch': { backgroundColor: v('match') },
  '&.cm-focused .cm-matchingBracket': { backgroundColor: v('match'), outline: `1px solid ${v('border')}` },
  '.cm-panels': { backgroundColor: v('surface-2'), color: v('text') },
  '.cm-textfield': { backgroundColor: v('surface'), color: v('text'), border: `1px solid ${v('border')}` },
  '.cm-button': { backgroundImage: 'none', backgroundColor: v('surface-2'), color: v('text'), border: `1px solid ${v('border')}` },
  '.tok-keyword, .tok-bool, .tok-atom': { color: v('tok-keyword') },
  '.tok-string, .tok-string2': { color: v('tok-string') },
  '.tok-number': { color: v('tok-number') },
  '.tok-comment': { color: v('tok-comment'), fontStyle: 'italic' },
  '.tok-variableName.tok-definition, .tok-className': { color: v('tok-def') },
  '.tok-propertyName': { color: v('tok-prop') },
  '.tok-operator, .tok-punctuation': { color: v('tok-op') },
  '.tok-invalid': { color: v('bad') },
});

/**
 * Makes the editor in host (an element); onChange(text) after each edit.
 * label names the text box for assistive technology.
 */
export function createEditor(host, { doc = '', onChange, label }) {
  const shadow = host.attachShadow({ mode: 'open' });
  const view = new EditorView({
    root: shadow,
    parent: shadow,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        indentUnit.of('    '),
        EditorState.tabSize.of(4),
        bracketMatching(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        syntaxHighlighting(classHighlighter),
        theme,
        python(),
        keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap, indentWithTab]),
        EditorView.contentAttributes.of({ 'aria-label': label }),
        EditorView.updateListener.of((u) => { if (u.docChanged) onChange?.(u.state.doc.toString()); }),
      ],
    }),
  });
  return {
    view,
    get text() { return view.state.doc.toString(); },
    /** Replaces the whole text (one undoable change). */
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    /** Inserts text at the cursor (replacing the selection) and focuses the editor. */
    insert(text) {
      view.dispatch(view.state.replaceSelection(text));
      view.focus();
    },
    /** Selects line n (1-based), or the columns [col, endCol) of it, and scrolls to it. */
    selectLine(n, col = -1, endCol = -1) {
      const doc = view.state.doc;
      if (n < 1 || n > doc.lines) return;
      const line = doc.line(n);
      const codePoints = (c) => {   // code points from the line start -> UTF-16 offset
        let i = 0;
        for (let k = 0; k < c && i < line.text.length; k++) i += line.text.codePointAt(i) > 0xffff ? 2 : 1;
        return i;
      };
      let from = line.from, to = line.to;
      if (col >= 0 && endCol > col) { from = line.from + codePoints(col); to = line.from + codePoints(endCol); }
      view.dispatch({ selection: { anchor: from, head: to }, effects: EditorView.scrollIntoView(from, { y: 'center' }) });
      view.focus();
    },
  };
}
