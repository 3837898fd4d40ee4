// Rollup plugin: folds the indentation inside our html`…` templates (lit-html), for the CDN bundle.
// Only white space that holds a line break is touched, and only in the templates' own text (never
// inside `${…}`):
// - between a tag and a tag or a binding (`>\n  <li`, `>\n  ${x}`, `}\n  </ul>`) it goes: the
//   browser shows no space there in our block-level markup;
// - anywhere else it becomes one space, as the browser would show it (`Heading,\n  <cite>`,
//   attributes on several lines).
// The transform comes with a source map (see source-edits.mjs), so the bundle's map still points
// into our sources.

import { applyEdits } from './source-edits.mjs';

/** Index just after the template literal whose opening backtick is at `i`. */
const skipTemplate = (code, i, parts) => {
  let start = i + 1;
  for (i = start; i < code.length; i++) {
    if (code[i] === '\\') i++;
    else if (code[i] === '`') {
      parts?.push([start, i]);
      return i + 1;
    } else if (code[i] === '$' && code[i + 1] === '{') {
      parts?.push([start, i]);
      i = skipExpression(code, i + 2) - 1;
      start = i + 1;
    }
  }
  throw new Error('unterminated template literal');
};

/** Index just after the `}` that closes the expression starting at `i`. */
const skipExpression = (code, i) => {
  for (let depth = 1; i < code.length; i++) {
    const c = code[i];
    if (c === '`') i = skipTemplate(code, i) - 1;
    else if (c === '"' || c === "'") {
      for (i++; code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  throw new Error('unterminated expression');
};

/** The edits: [start, end, replacement] for each run of white space with a line break. */
const edits = code => {
  const out = [];
  for (const match of code.matchAll(/\bhtml`/g)) {
    const parts = [];
    skipTemplate(code, match.index + 4, parts);
    for (const [from, to] of parts) {
      for (const ws of code.slice(from, to).matchAll(/\s*\n\s*/g)) {
        const start = from + ws.index;
        const end = start + ws[0].length;
        // what the run sits between: `>` or the end of a binding before, `<`, a binding or the end after
        const before = start === from ? (code[from - 1] === '`' ? '`' : '}') : code[start - 1];
        const after = end === to ? (code[to] === '`' ? '`' : '$') : code[end];
        const tight = ('>`'.includes(before) && '<$`'.includes(after)) || (before === '}' && '<`'.includes(after));
        out.push([start, end, tight ? '' : ' ']);
      }
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
};

export const minifyHtml = () => ({
  name: 'minify-html-templates',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('html`')) return null;
    const changes = edits(code);
    return changes.length ? applyEdits(code, changes, id) : null;
  },
});
