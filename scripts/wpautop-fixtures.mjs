// Runs WordPress's real wptexturize() and wpautop() (Debian's `wordpress` package, through php-cli)
// over each built snippet, writing what WordPress's classic editor would serve to dist/fixtures/wpautop/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const WORDPRESS = '/usr/share/wordpress/wp-includes/formatting.php';
const root = resolve(import.meta.dirname, '..');

export function makeFixtures() {
  const out = join(root, 'dist/fixtures/wpautop');
  mkdirSync(out, { recursive: true });
  const inputs = readdirSync(join(root, 'dist/snippets')).map(name => [name, readFileSync(join(root, 'dist/snippets', name), 'utf8')]);
  // A heading of the clinic's that wptexturize changes in the fallback (a curly apostrophe, an em
  // dash) but not in its data-heading: still no edit of the article's words.
  const [, checklist] = inputs.find(([name]) => name === 'trust-checklist.html');
  inputs.push([
    'trust-checklist.own-heading.html',
    checklist
      .replace('<div data-rebuild-trust="trust-checklist">', `<div data-rebuild-trust="trust-checklist" data-heading="Don't pull away -- yet">`)
      .replace(/<h2>[^<]*<\/h2>/, "<h2>Don't pull away -- yet</h2>"),
  ]);
  for (const [name, input] of inputs) {
    const php = spawnSync('php', [join(root, 'test/wordpress/wpautop.php')], { input });
    if (php.status !== 0) throw new Error(`wpautop failed on ${name}: ${php.stderr}`);
    writeFileSync(join(out, name), php.stdout);
  }
}

if (process.argv[1] === import.meta.filename) {
  if (!existsSync(WORDPRESS)) {
    console.error(`WordPress's formatting.php is missing: sudo apt-get install --no-install-recommends php-cli wordpress`);
    process.exit(1);
  }
  makeFixtures();
}
