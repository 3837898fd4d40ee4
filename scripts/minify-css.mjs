// Rollup plugin: minifies the CSS inside our css`…` literals (no interpolations) by dropping
// comments and folding white space. It only touches space where it never changes meaning:
// around `{ } ; , >`, and after the colon of a declaration (`{color: red` or `;color: red`;
// a space around a selector's `:` can matter: `.a :b`; so can one around `+`: `calc(a + b)`).
// Leading zeros go too (`0.5em` → `.5em`).
export const minifyCss = () => ({
  name: 'minify-css-literals',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) return null;
    const out = code.replace(/css`([^`$]*)`/g, (_, body) =>
      'css`' +
      body
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/([{;])([\w-]+): /g, '$1$2:')
        .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
        .replace(/;}/g, '}')
        .trim() +
      '`',
    );
    return out === code ? null : { code: out, map: null };
  },
});
