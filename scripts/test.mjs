// `npm test`: type-check and lint, then every test file in Chromium, Firefox ESR and WebKit.
// Browsers come from Debian packages. Missing ones are installed with apt-get when this runs
// as root; otherwise the run says which are missing and how to install them, and the engines
// that are present still run. With CI=true all three are required.
import { spawnSync } from 'node:child_process';
import { ENGINES, installMissing, isInstalled } from './browsers.mjs';
import { WORDPRESS, makeFixtures } from './wpautop-fixtures.mjs';

const ci = /^(1|true)$/i.test(process.env.CI ?? '');
const run = (cmd, args, env = process.env) => spawnSync(cmd, args, { stdio: 'inherit', env }).status === 0;
const step = (title, cmd, args, env) => {
  console.log(`\n▶ ${title}`);
  if (!run(cmd, args, env)) {
    console.error(`\n✖ ${title} failed.`);
    process.exit(1);
  }
};

// WordPress's real wpautop(), for the CMS snippet tests, is a Debian package too.
// Poppler reads back the PDF that Chromium prints (test/chromium/print.test.mjs).
const WORDPRESS_TOOL = { name: 'wordpress', label: 'WordPress’s formatting functions (php-cli, wordpress)', files: ['/usr/bin/php', WORDPRESS], packages: ['php-cli', 'wordpress'] };
const POPPLER = { name: 'poppler', label: 'Poppler’s pdftotext and pdftoppm, to check the printed worksheet', files: ['/usr/bin/pdftotext', '/usr/bin/pdftoppm'], packages: ['poppler-utils'] };
const TOOLS = [...ENGINES, WORDPRESS_TOOL, POPPLER];
const missing = installMissing(TOOLS);
for (const engine of missing) {
  console.warn(
    `⚠ ${engine.label} is not installed, so its tests cannot run. Install it with: sudo apt-get install --no-install-recommends ${engine.packages.join(' ')}`,
  );
}
if (missing.length && ci) {
  console.error('✖ CI=true needs all three engines, WordPress’s wpautop and Poppler.');
  process.exit(1);
}
const present = ENGINES.filter(isInstalled).map(e => e.name);
if (!present.length) {
  console.error('✖ No browser engine is installed.');
  process.exit(1);
}

step('Type-check (strict)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('Lint', 'npm', ['run', '--silent', 'lint']);
step('Build (dist/)', 'npm', ['run', '--silent', 'build']);
step('Size', 'npm', ['run', '--silent', 'size']);
step('Snippets in the docs', 'node', ['scripts/check-docs.mjs']);
step('What npm pack would publish', 'node', ['scripts/check-pack.mjs']);
step('Types, as a consumer of the package sees them', 'npx', ['tsc', '-p', 'test/consumer/tsconfig.json']);
step('In Node: the build is reproducible and its source maps right; every entry point imports; @lit-labs/ssr renders each element', 'node', ['--test', 'test/node/']);
if (isInstalled(WORDPRESS_TOOL)) {
  console.log('\n▶ Snippets through WordPress’s wpautop()');
  makeFixtures();
}
const browsers = process.env.BROWSERS || present.join(',');
step(`Tests in ${browsers}`, 'npx', ['wtr'], { ...process.env, BROWSERS: browsers });
if (present.includes('chromium')) {
  const chromiumTests = ['test/chromium/back-forward.test.mjs', 'test/chromium/cycles.test.mjs', ...(isInstalled(POPPLER) ? ['test/chromium/print.test.mjs'] : [])];
  step('In Chromium: a real back/forward navigation; 1000 create/remove cycles; the checklist printed to PDF', 'node', ['--test', ...chromiumTests]);
  step('Storybook, built', 'npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet']);
  step('Every story in Chromium (renders, no stray warnings, axe)', 'node', ['scripts/test-storybook.mjs']);
}
