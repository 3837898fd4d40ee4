// Rollup plugin: minifies the CSS inside our css`…` literals (no interpolations) by dropping
// comments and folding white space. It only touches space around `{ } ; ,`, which never changes
// meaning (space around `:` or `+` can: `.a :b`, `calc(a + b)`).
export const minifyCss = () => ({
  name: 'minify-css-literals',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) return null;
    const out = code.replace(/css`([^`$]*)`/g, (_, body) =>
      'css`' +
      body
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,])\s*/g, '$1')
        .replace(/;}/g, '}')
        .trim() +
      '`',
    );
    return out === code ? null : { code: out, map: null };
  },
});
