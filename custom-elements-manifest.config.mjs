// custom-elements.json: the elements' public API, from their JSDoc, for docs, Storybook and editors.
export default {
  globs: ['src/base.ts', 'src/*/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/trust-checklist/store.ts'],
  outdir: 'dist',
  litelement: true,
};
