// highlight.mjs: a small Python highlighter for the code block: comments,
// strings, numbers, keywords, built-in names, decorators and the names that
// def/class define. It only splits the text into runs (the runs joined are
// the code, unchanged); markup.mjs escapes them.

const KEYWORDS = new Set(('and as assert async await break class continue def del elif else except finally for ' +
  'from global if import in is lambda nonlocal not or pass raise return try while with yield match case type').split(' '));
const CONSTANTS = new Set(['True', 'False', 'None', 'Ellipsis', 'NotImplemented', '__debug__']);
const BUILTINS = new Set(('abs all any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile ' +
  'delattr dict dir divmod enumerate eval exec filter float format frozenset getattr globals hasattr hash help hex ' +
  'id input int isinstance issubclass iter len list locals map max memoryview min next object oct open ord pow ' +
  'print property range repr reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip').split(' '));

// One token per alternative, in this order; anything else is plain text.
const TOKEN = new RegExp([
  /(#[^\n]*)/.source,                                                      // 1 comment
  /((?:[rRbBuUfF]{1,2})?(?:'''[\s\S]*?(?:'''|$(?![\s\S]))|"""[\s\S]*?(?:"""|$(?![\s\S]))|'(?:[^'\\\n]|\\[\s\S])*'?|"(?:[^"\\\n]|\\[\s\S])*"?))/.source, // 2 string
  /(@[A-Za-z_][\w.]*)/.source,                                             // 3 decorator
  /((?:0[xXoObB][\da-fA-F_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?))(?![\w])/.source, // 4 number
  /([^\W\d]\w*)/.source,                                                   // 5 name
].join('|'), 'gu');

/** The code as an array of strings and { tag: 'span', class } runs (see markup.mjs h()). */
export function highlight(code) {
  const out = [];
  let last = 0, defining = false;
  const span = (cls, text) => ({ tag: 'span', attrs: { class: cls }, children: [text] });
  TOKEN.lastIndex = 0;
  for (let m; (m = TOKEN.exec(code));) {
    if (m.index > last) out.push(code.slice(last, m.index));
    last = TOKEN.lastIndex;
    const [text, comment, string, decorator, number, name] = m;
    if (comment) out.push(span('pyexc-t-comment', text));
    else if (string) out.push(span('pyexc-t-string', text));
    else if (decorator) out.push(span('pyexc-t-decorator', text));
    else if (number) out.push(span('pyexc-t-number', text));
    else if (name) {
      if (defining) out.push(span('pyexc-t-def', text));
      else if (KEYWORDS.has(text)) out.push(span('pyexc-t-keyword', text));
      else if (CONSTANTS.has(text)) out.push(span('pyexc-t-constant', text));
      else if (BUILTINS.has(text) || /^[A-Z]\w*(Error|Exception|Warning|Group|Exit|Interrupt|Iteration)$/.test(text)) out.push(span('pyexc-t-builtin', text));
      else out.push(text);
      defining = text === 'def' || text === 'class';
      continue;
    }
    defining = false;
  }
  if (last < code.length) out.push(code.slice(last));
  return out;
}
