// The README and docs show what the snippet generator makes, not a copy that drifts: every
// `<!-- snippet: name -->` block must equal dist/snippets/<name>.html. Run after the build.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
let stale = 0;
for (const doc of ['README.md', 'docs/embedding.md']) {
  const text = readFileSync(join(root, doc), 'utf8');
  for (const [, name, body] of text.matchAll(/<!-- snippet: ([\w.-]+) -->\n```html\n([\s\S]*?)```\n<!-- \/snippet -->/g)) {
    const built = readFileSync(join(root, 'dist/snippets', `${name}.html`), 'utf8');
    if (body !== built) {
      console.error(`✖ ${doc}: the "${name}" snippet differs from dist/snippets/${name}.html (the generator's output); update it.`);
      stale += 1;
    }
  }
}
if (stale) process.exit(1);
console.log('Snippets in the docs match the generator.');
