// custom-elements.json: the elements' public API, from their JSDoc, for docs, Storybook and editors.

/** What the analyzer picks up from the base's internals (the shadow root's style sheets): not API for pages. */
const machinery = new Set(['adoptedStyleSheets']);

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
