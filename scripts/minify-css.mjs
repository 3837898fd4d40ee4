// Rollup plugin: minifies the CSS inside our css`…` literals (no interpolations) by dropping
// comments and folding white space. It only touches space where it never changes meaning:
// around `{ } ; , >`, after the colon of a declaration or media feature (`{color: red`,
// `;color: red`, `(forced-colors: active)`), after `@media`, and around a `*` that multiplies
// (`) * 1.25`). A space around a selector's `:` can matter (`.a :b`), as can one around a `*`
// in a selector (`.a *`) or around `+` (`calc(a + b)`). Leading zeros go too (`0.5em` →
// `.5em`), and so does the last `;` of a block.
import { applyEdits } from './source-edits.mjs';

export const minifyCss = () => ({
  name: 'minify-css-literals',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) return null;
    const edits = [...code.matchAll(/\bcss`([^`$\\]*)`/g)].map(({ index, 0: literal, 1: body }) => [
      index,
      index + literal.length,
      'css`' +
        body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/([{;(])([\w-]+): /g, '$1$2:')
          .replace(/@media \(/g, '@media(')
          .replace(/\) \* (?=[\d.])/g, ')*')
          .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
          .replace(/;}/g, '}')
          .trim() +
        '`',
    ]);
    return edits.length ? applyEdits(code, edits, id) : null;
  },
});
