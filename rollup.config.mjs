import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { readdirSync } from 'node:fs';

const ts = () => [esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' })];
// `module: false` for the classic bundle: with `module: true` terser drops its `var RebuildTrust =`.
const min = module => terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: false } });
const lib = id => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/');

export default [
  // One file, one request: lit, @lit/context and the article inside. Registers the tags.
  {
    input: 'src/index.ts',
    output: [
      { file: 'dist/cdn/rebuild-trust.js', format: 'es', sourcemap: true, plugins: [min(true)] },
      // For builders that allow only a plain <script src>; its exports are the global `RebuildTrust`.
      { file: 'dist/cdn/rebuild-trust.classic.js', format: 'iife', name: 'RebuildTrust', sourcemap: true, plugins: [min(false)] },
    ],
    plugins: [
      resolve({ browser: true, exportConditions: ['production'] }),
      // Lit's own minifier for our html`` and css`` literals (html-minifier-next and lightningcss),
      // with source maps. It saves ~430 B gzip over none; a build with a literal it can't parse fails.
      // (npm run bench builds its plain-Lit baseline with this same config.)
      minifyLiterals({ include: ['src/**/*.ts', 'test/bench/*.ts'], failOnError: true }),
      ...ts(),
    ],
  },
  // For bundlers: one module per source file, lit and @lit/context left to the app.
  {
    input: readdirSync('src', { recursive: true })
      .filter(f => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map(f => `src/${f}`),
    external: lib,
    // Readable, unminified modules: no source maps needed (and none shipped).
    output: { dir: 'dist/npm', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [...ts()],
  },
];
