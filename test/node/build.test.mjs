// The CDN bundles, checked in Node after `npm run build`: building again gives the same bytes, and
// their source maps lead from the minified code back to the line of our source it came from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { rollup } from 'rollup';

const root = fileURLToPath(new URL('../../', import.meta.url));
process.chdir(root); // the config's paths are the project's
const { default: config } = await import(new URL('rollup.config.mjs', `file://${root}`).href);
const cdn = config.find(c => c.input === 'src/index.ts');
const read = file => readFileSync(new URL(file, `file://${root}`), 'utf8');

test('building the CDN bundles again gives the same bytes', async () => {
  const bundle = await rollup({ ...cdn, onwarn() {} });
  for (const output of cdn.output) {
    const [chunk, map] = (await bundle.generate(output)).output;
    assert.ok(chunk.code === read(output.file), `${output.file} differs from a second build`);
    assert.equal(map.source, read(`${output.file}.map`), `${output.file}.map differs from a second build`);
  }
});

/** Where `text` is in our source file `path`: its 1-based line. */
const lineOf = (path, text) => read(path).split('\n').findIndex(line => line.includes(text)) + 1;

// Code that survives minification: strings in modules, and an expression inside an html``
// template (after the template minifier has folded the text around it).
const PROBES = [
  ['src/context.ts', `'rebuild-trust:settings:1'`, 'rebuild-trust:settings:1'],
  ['src/trust-checklist/store.ts', 'the saved ticks were not understood', 'the saved ticks were not understood'],
  ['src/trust-checklist/trust-checklist.ts', "${this.say('clear', root)}", 'this.say("clear"'],
  ['src/strings.ts', 'Clear my ticks', 'Clear my ticks'],
];

for (const file of cdn.output.map(o => o.file)) {
  test(`${file}'s source map leads back to our source lines`, () => {
    const code = read(file);
    const map = new TraceMap(read(`${file}.map`));
    const lines = code.split('\n');
    for (const [source, inSource, inBundle] of PROBES) {
      const line = lines.findIndex(l => l.includes(inBundle));
      assert.notEqual(line, -1, `${inBundle} is in the bundle`);
      const column = lines[line].indexOf(inBundle);
      const original = originalPositionFor(map, { line: line + 1, column });
      assert.ok(original.source?.endsWith(source), `${inBundle}: maps to ${original.source}, not ${source}`);
      assert.equal(original.line, lineOf(source, inSource), `${inBundle}: line in ${source}`);
    }
  });
}

test('the version every class carries (and the snippets pin on the CDN) is the package’s', async () => {
  const { VERSION } = await import(new URL('dist/npm/define.js', `file://${root}`).href);
  assert.equal(VERSION, JSON.parse(read('package.json')).version);
  assert.match(read('dist/snippets/key-points.html'), new RegExp(`rebuild-trust@${VERSION.replaceAll('.', '\\.')}/dist/cdn/`));
});
