// `npm run size`: raw, gzip and brotli bytes of each CDN file, and how the module bundle splits
// into Lit, @lit/context, the article and our own code. The budget for rebuild-trust.js is
// 17,408 bytes (17 KiB) gzipped: the run (and so CI) fails above it. (It was 16,384 until the
// hardening and reader issues, 12 and 13, whose required behaviour measured 17,1xx bytes after every
// simplification found; see the README's Performance section.)
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BUDGET = 17408;
const root = resolve(import.meta.dirname, '..');
const gzip = buf => gzipSync(buf, { level: 9 }).length;
const brotli = buf => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const sizes = buf => [buf.length, gzip(buf), brotli(buf)];
const row = (name, [raw, gz, br]) => console.log(`${name.padEnd(30)} ${String(raw).padStart(7)} ${String(gz).padStart(7)} ${String(br).padStart(7)}`);

console.log(`${'file'.padEnd(30)} ${'raw'.padStart(7)} ${'gzip'.padStart(7)} ${'brotli'.padStart(7)}`);
const files = ['rebuild-trust.js', 'rebuild-trust.classic.js', 'rebuild-trust.css'].map(f => [f, readFileSync(join(root, 'dist/cdn', f))]);
for (const [name, buf] of files) row(name, sizes(buf));

/** `contents` bundled and minified as the CDN bundle is (production Lit), as bytes. */
const bundled = async contents => {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    conditions: ['production'],
    write: false,
  });
  return Buffer.from(result.outputFiles[0].contents);
};

// What the bundle holds that is not ours, part by part: each step adds one part to the one before,
// and the difference is what that part costs (compressed together, as in the bundle).
const lit = `import { LitElement, adoptStyles, css, html, isServer, nothing } from 'lit';
  console.log(LitElement, adoptStyles, css\`\`, html\`<p>\${nothing}</p>\`, isServer);`;
const context = `${lit}
  import { ContextConsumer, ContextProvider, ContextRoot, createContext } from '@lit/context';
  console.log(ContextConsumer, ContextProvider, ContextRoot, createContext('x'));`;
const withArticle = `${context}
  import { article } from './src/content.ts';
  console.log(article);`;
const steps = [
  ['  Lit (LitElement, templates)', await bundled(lit)],
  ['  @lit/context', await bundled(context)],
  ['  the article', await bundled(withArticle)],
  ['  our own code', files[0][1]],
];
let before = [0, 0, 0];
for (const [name, buf] of steps) {
  const now = sizes(buf);
  row(name, now.map((n, i) => n - before[i]));
  before = now;
}

const size = gzip(files[0][1]);
if (size > BUDGET) {
  console.error(`\n✖ rebuild-trust.js is ${size} bytes gzipped, ${size - BUDGET} over the budget of ${BUDGET}.`);
  process.exit(1);
}
console.log(`\n✔ rebuild-trust.js: ${size} of ${BUDGET} bytes gzipped (${BUDGET - size} to spare).`);
