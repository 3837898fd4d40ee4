// custom-elements.json: the elements' public API, from their JSDoc, for docs, Storybook and editors.

/** What the analyzer picks up from Lit's machinery (how the shadow root is made): not API for pages. */
const machinery = new Set(['shadowRootOptions']);

export default {
  globs: ['src/base.ts', 'src/*/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/trust-checklist/store.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      name: 'drop-machinery',
      packageLinkPhase({ customElementsManifest }) {
        for (const declaration of customElementsManifest.modules.flatMap(m => m.declarations ?? [])) {
          if (declaration.members) declaration.members = declaration.members.filter(m => !machinery.has(m.name));
        }
      },
    },
  ],
};
