// style.mjs: the snippet's CSS, one text for both uses: the element adopts it
// as a constructed stylesheet in its shadow root (allowed under a strict CSP,
// style-src 'self', as it is no inline style), and the pre-renderer writes it
// to pyexc-snippet.css. Every rule is scoped under .pyexc-snippet (in a page
// of pre-rendered fragments it must not touch the site's own elements).
// Theming: the --pyexc-* custom properties (they inherit into the shadow root)
// and, for the element, ::part(snippet|header|label|button|code|editor|output|
// stdout|stderr|status).

const LIGHT = `
  --_fg: var(--pyexc-fg, #1f2328);
  --_bg: var(--pyexc-bg, #f6f8fa);
  --_out-bg: var(--pyexc-output-bg, #ffffff);
  --_border: var(--pyexc-border, #d0d7de);
  --_muted: var(--pyexc-muted, #59636e);
  --_accent: var(--pyexc-accent, #0969da);
  --_keyword: var(--pyexc-keyword, #cf222e);
  --_string: var(--pyexc-string, #0a3069);
  --_comment: var(--pyexc-comment, #6e7781);
  --_number: var(--pyexc-number, #0550ae);
  --_def: var(--pyexc-def, #8250df);
  --_builtin: var(--pyexc-builtin, #953800);
  --_c0: var(--pyexc-ansi-black, #24292f);   --_c8: var(--pyexc-ansi-bright-black, #57606a);
  --_c1: var(--pyexc-ansi-red, #c4161c);     --_c9: var(--pyexc-ansi-bright-red, #e5534b);
  --_c2: var(--pyexc-ansi-green, #116329);   --_c10: var(--pyexc-ansi-bright-green, #1a7f37);
  --_c3: var(--pyexc-ansi-yellow, #7d4e00);  --_c11: var(--pyexc-ansi-bright-yellow, #9a6700);
  --_c4: var(--pyexc-ansi-blue, #0550ae);    --_c12: var(--pyexc-ansi-bright-blue, #218bff);
  --_c5: var(--pyexc-ansi-magenta, #a0148e); --_c13: var(--pyexc-ansi-bright-magenta, #bf3989);
  --_c6: var(--pyexc-ansi-cyan, #1b7c83);    --_c14: var(--pyexc-ansi-bright-cyan, #3192aa);
  --_c7: var(--pyexc-ansi-white, #6e7781);   --_c15: var(--pyexc-ansi-bright-white, #8c959f);`;

const DARK = `
  --_fg: var(--pyexc-fg, #e6edf3);
  --_bg: var(--pyexc-bg, #161b22);
  --_out-bg: var(--pyexc-output-bg, #0d1117);
  --_border: var(--pyexc-border, #30363d);
  --_muted: var(--pyexc-muted, #9198a1);
  --_accent: var(--pyexc-accent, #4493f8);
  --_keyword: var(--pyexc-keyword, #ff7b72);
  --_string: var(--pyexc-string, #a5d6ff);
  --_comment: var(--pyexc-comment, #9198a1);
  --_number: var(--pyexc-number, #79c0ff);
  --_def: var(--pyexc-def, #d2a8ff);
  --_builtin: var(--pyexc-builtin, #ffa657);
  --_c0: var(--pyexc-ansi-black, #484f58);   --_c8: var(--pyexc-ansi-bright-black, #6e7681);
  --_c1: var(--pyexc-ansi-red, #ff7b72);     --_c9: var(--pyexc-ansi-bright-red, #ffa198);
  --_c2: var(--pyexc-ansi-green, #3fb950);   --_c10: var(--pyexc-ansi-bright-green, #56d364);
  --_c3: var(--pyexc-ansi-yellow, #d29922);  --_c11: var(--pyexc-ansi-bright-yellow, #e3b341);
  --_c4: var(--pyexc-ansi-blue, #58a6ff);    --_c12: var(--pyexc-ansi-bright-blue, #79c0ff);
  --_c5: var(--pyexc-ansi-magenta, #d371e3); --_c13: var(--pyexc-ansi-bright-magenta, #e298ed);
  --_c6: var(--pyexc-ansi-cyan, #39c5cf);    --_c14: var(--pyexc-ansi-bright-cyan, #56d4dd);
  --_c7: var(--pyexc-ansi-white, #b1bac4);   --_c15: var(--pyexc-ansi-bright-white, #ffffff);`;

const ansiRules = Array.from({ length: 16 }, (_, i) =>
  `.pyexc-snippet .pyexc-fg-${i} { color: var(--_c${i}); }\n.pyexc-snippet .pyexc-bg-${i} { background: var(--_c${i}); }`).join('\n');

/** The snippet's CSS (for a page of pre-rendered fragments, or the element's shadow root). */
export const css = `/* pyexc-snippet: CPython snippets and their real output */
.pyexc-snippet {${LIGHT}
  display: block;
  box-sizing: border-box;
  margin: var(--pyexc-margin, 1em 0);
  border: 1px solid var(--_border);
  border-radius: var(--pyexc-radius, 6px);
  overflow: hidden;
  color: var(--_fg);
  background: var(--_bg);
  font-family: var(--pyexc-font, ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace);
  font-size: var(--pyexc-font-size, 13px);
  line-height: 1.45;
  text-align: left;
}
@media (prefers-color-scheme: dark) {
  .pyexc-snippet {${DARK}
  }
}
.pyexc-snippet.pyexc-light {${LIGHT}
}
.pyexc-snippet.pyexc-dark {${DARK}
}
.pyexc-snippet .pyexc-head {
  display: flex;
  align-items: center;
  gap: 0.5em;
  min-height: 2em;
  padding: 0 0.5em 0 0.9em;
  border-bottom: 1px solid var(--_border);
  color: var(--_muted);
  font-family: var(--pyexc-ui-font, system-ui, sans-serif);
  font-size: 12px;
}
.pyexc-snippet .pyexc-label { flex: 1; }
.pyexc-snippet pre {
  margin: 0;
  padding: 0.75em 0.9em;
  overflow: auto;
  white-space: pre;
  font: inherit;
  color: inherit;
  background: none;
  border: 0;
  tab-size: 4;
}
.pyexc-snippet code { font: inherit; color: inherit; background: none; padding: 0; }
.pyexc-snippet .pyexc-output {
  border-top: 1px solid var(--_border);
  background: var(--_out-bg);
}
.pyexc-snippet .pyexc-status {
  padding: 0.2em 0.9em 0.35em;
  background: var(--_out-bg);
  color: var(--_muted);
  font-family: var(--pyexc-ui-font, system-ui, sans-serif);
  font-size: 12px;
}
.pyexc-snippet .pyexc-t-keyword { color: var(--_keyword); }
.pyexc-snippet .pyexc-t-string { color: var(--_string); }
.pyexc-snippet .pyexc-t-comment { color: var(--_comment); font-style: italic; }
.pyexc-snippet .pyexc-t-number { color: var(--_number); }
.pyexc-snippet .pyexc-t-constant { color: var(--_number); }
.pyexc-snippet .pyexc-t-def { color: var(--_def); }
.pyexc-snippet .pyexc-t-decorator { color: var(--_def); }
.pyexc-snippet .pyexc-t-builtin { color: var(--_builtin); }
.pyexc-snippet .pyexc-bold { font-weight: bold; }
.pyexc-snippet .pyexc-dim { opacity: 0.7; }
.pyexc-snippet .pyexc-italic { font-style: italic; }
.pyexc-snippet .pyexc-underline { text-decoration: underline; }
${ansiRules}
`;

/** The element's own rules (shadow root only): host, buttons, the editor, the running state. */
export const elementCss = `
:host { display: block; }
:host([hidden]) { display: none; }
.pyexc-snippet button {
  font: inherit;
  font-family: var(--pyexc-ui-font, system-ui, sans-serif);
  font-size: 12px;
  padding: 0.15em 0.7em;
  border: 1px solid var(--_border);
  border-radius: 4px;
  color: var(--_fg);
  background: var(--_out-bg);
  cursor: pointer;
}
.pyexc-snippet button:hover { border-color: var(--_accent); }
.pyexc-snippet button:focus-visible { outline: 2px solid var(--_accent); outline-offset: 1px; }
.pyexc-snippet textarea {
  display: block;
  box-sizing: border-box;
  width: 100%;
  margin: 0;
  padding: 0.75em 0.9em;
  border: 0;
  outline: none;
  resize: vertical;
  white-space: pre;
  overflow: auto;
  font: inherit;
  line-height: inherit;
  tab-size: 4;
  color: var(--_fg);
  background: var(--_bg);
}
.pyexc-snippet textarea:focus-visible { box-shadow: inset 0 0 0 2px var(--_accent); }
.pyexc-snippet .pyexc-running { color: var(--_muted); font-style: italic; }
.pyexc-snippet .pyexc-result[aria-busy] { opacity: 0.5; }
.pyexc-snippet .pyexc-error { color: var(--_c1); }
`;
