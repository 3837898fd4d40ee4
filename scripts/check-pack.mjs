// What `npm pack` would publish: only what users need (the built files, README, licence, package.json).
import { execFileSync } from 'node:child_process';

const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const paths = files.map(f => f.path);
const stray = paths.filter(p => !/^(dist\/(cdn|npm|snippets)\/|dist\/custom-elements\.json$|dist\/vscode\.html-custom-data\.json$|README\.md$|LICENSE$|package\.json$)/.test(p));
const needed = ['dist/cdn/rebuild-trust.js', 'dist/cdn/rebuild-trust.classic.js', 'dist/cdn/rebuild-trust.css', 'dist/npm/index.js', 'dist/npm/index.d.ts', 'dist/custom-elements.json'];
const missing = needed.filter(p => !paths.includes(p));
const tests = paths.filter(p => /\.test\.|fixtures|\.map$/.test(p) && !p.startsWith('dist/cdn/'));
if (stray.length || missing.length || tests.length) {
  console.error(`✖ npm pack: ${[...stray.map(p => `should not ship ${p}`), ...tests.map(p => `should not ship ${p}`), ...missing.map(p => `missing ${p}`)].join('; ')}`);
  process.exit(1);
}
console.log(`npm pack ships ${paths.length} files, all of them built or documentation.`);
