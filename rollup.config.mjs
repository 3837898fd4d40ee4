import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

/** The self-contained bundle a page loads with one script tag: lit, @lit/context and the article inside. */
export default {
  input: 'src/index.ts',
  output: { file: 'dist/cdn/rebuild-trust.js', format: 'es', sourcemap: true },
  plugins: [
    resolve({ browser: true, exportConditions: ['production'] }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
};
