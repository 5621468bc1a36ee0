// source.mjs: the code of a snippet from the element's text: entities are
// already decoded by the HTML parser; one leading and one trailing blank line
// (the ones around the code in `<pyexc-snippet>\ncode\n</pyexc-snippet>`) and
// trailing spaces after the last line are trimmed, and the common indentation
// of the non-blank lines is removed (as textwrap.dedent). Line 1 of a
// traceback is the first line of the result.

/** The program text of an element's text content. */
export function codeFromText(text) {
  let lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[0].trim() === '') lines = lines.slice(1);
  if (lines.length > 1 && lines[lines.length - 1].trim() === '') lines = lines.slice(0, -1);
  let indent = null;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const lead = line.match(/^[ \t]*/)[0];
    if (indent === null) indent = lead;
    else {
      let i = 0;
      while (i < indent.length && i < lead.length && indent[i] === lead[i]) i++;
      indent = indent.slice(0, i);
    }
  }
  if (indent) lines = lines.map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()));
  const code = lines.join('\n');
  return code === '' || code.endsWith('\n') ? code : `${code}\n`;
}
