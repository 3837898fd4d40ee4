// Runs WordPress's real wpautop() (Debian's `wordpress` package, through php-cli) over each
// built snippet, writing what WordPress's classic editor would serve to dist/fixtures/wpautop/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const WORDPRESS = '/usr/share/wordpress/wp-includes/formatting.php';
const root = resolve(import.meta.dirname, '..');

export function makeFixtures() {
  const out = join(root, 'dist/fixtures/wpautop');
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(join(root, 'dist/snippets'))) {
    const input = readFileSync(join(root, 'dist/snippets', name));
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
