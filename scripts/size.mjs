// `npm run size`: raw, gzip and brotli bytes of each CDN file, and how much of the module bundle
// is our own code (the bundle minus Lit, @lit/context and the article's text).
// The budget for rebuild-trust.js is 16,384 bytes gzipped: the run (and so CI) fails above it.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BUDGET = 16384;
const root = resolve(import.meta.dirname, '..');
const gzip = buf => gzipSync(buf, { level: 9 }).length;
const brotli = buf => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const row = (name, buf) => console.log(`${name.padEnd(28)} ${String(buf.length).padStart(7)} ${String(gzip(buf)).padStart(7)} ${String(brotli(buf)).padStart(7)}`);

console.log(`${'file'.padEnd(28)} ${'raw'.padStart(7)} ${'gzip'.padStart(7)} ${'brotli'.padStart(7)}`);
const files = ['rebuild-trust.js', 'rebuild-trust.classic.js', 'rebuild-trust.css'].map(f => [f, readFileSync(join(root, 'dist/cdn', f))]);
for (const [name, buf] of files) row(name, buf);

// What is not ours: Lit (LitElement, its templates and styles), @lit/context (the key, a consumer,
// a provider and the root) and the article, minified the same way.
const theirs = await build({
  stdin: {
    // What we use of lit and @lit/context, and the article.
    contents: `import { LitElement, adoptStyles, css, html, isServer, nothing } from 'lit';
      import { ContextConsumer, ContextProvider, ContextRoot, createContext } from '@lit/context';
      import { article } from './src/content.ts';
      console.log(LitElement, adoptStyles, css\`\`, html\`<p>\${nothing}</p>\`, isServer, ContextConsumer, ContextProvider, ContextRoot, createContext('x'), article);`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  conditions: ['production'],
  write: false,
});
const base = Buffer.from(theirs.outputFiles[0].contents);
const bundle = files[0][1];
row('  lit, @lit/context, article', base);
console.log(`${'  our own code (difference)'.padEnd(28)} ${String(bundle.length - base.length).padStart(7)} ${String(gzip(bundle) - gzip(base)).padStart(7)} ${String(brotli(bundle) - brotli(base)).padStart(7)}`);

const size = gzip(bundle);
if (size > BUDGET) {
  console.error(`\n✖ rebuild-trust.js is ${size} bytes gzipped, ${size - BUDGET} over the budget of ${BUDGET}.`);
  process.exit(1);
}
console.log(`\n✔ rebuild-trust.js: ${size} of ${BUDGET} bytes gzipped (${BUDGET - size} to spare).`);
