// `npm run build`: the CDN bundles and the npm modules (rollup), their type declarations,
// custom-elements.json and VS Code's HTML data, rebuild-trust.css, and the CMS snippets.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const run = (cmd, args) => {
  const { status } = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
};

rmSync(dist, { recursive: true, force: true });
run('npx', ['rollup', '-c', '--silent']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['cem', 'analyze', '--quiet']);

// VS Code custom HTML data, from the manifest.
const manifest = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'));
const tags = manifest.modules
  .flatMap(m => m.declarations ?? [])
  .filter(d => d.tagName)
  .map(d => ({
    name: d.tagName,
    description: [d.summary, d.description].filter(Boolean).join('\n\n'),
    attributes: (d.attributes ?? []).map(a => ({ name: a.name, description: a.description ?? '' })),
  }));
writeFileSync(join(dist, 'vscode.html-custom-data.json'), JSON.stringify({ version: 1.1, tags }, null, 2));

const { fallbackCss } = await import(join(dist, 'npm/fallback-styles.js'));
writeFileSync(join(dist, 'cdn/rebuild-trust.css'), `/* rebuild-trust: the shape of the elements before their script runs */\n${fallbackCss}\n`);

// The snippets, pinned to this build's file by its integrity hash.
const { snippet } = await import(join(dist, 'npm/snippets.js'));
const hash = file => {
  const integrity = `sha384-${createHash('sha384').update(readFileSync(join(dist, 'cdn', file))).digest('base64')}`;
  writeFileSync(join(dist, 'cdn', `${file}.integrity`), integrity);
  return integrity;
};
const integrity = hash('rebuild-trust.js');
const classicIntegrity = hash('rebuild-trust.classic.js');
const cssIntegrity = hash('rebuild-trust.css');
mkdirSync(join(dist, 'snippets'), { recursive: true });
for (const tag of ['key-points', 'trust-checklist', 'reflection-card']) {
  writeFileSync(join(dist, 'snippets', `${tag}.html`), snippet({ tag, integrity }));
  writeFileSync(join(dist, 'snippets', `${tag}.classic.html`), snippet({ tag, integrity: classicIntegrity, classic: true }));
  writeFileSync(join(dist, 'snippets', `${tag}.no-script.html`), snippet({ tag, scripts: false }));
  writeFileSync(join(dist, 'snippets', `${tag}.strict-csp.html`), snippet({ tag, integrity, cssIntegrity, strictCsp: true }));
}
console.log('Built dist/: cdn/ (module, classic, css), npm/ (modules and types), snippets/, custom-elements.json');
