// The three engines the tests run in, where Debian puts them, and the packages that provide them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { MINIBROWSER, WEBKIT_DRIVER } from './webkit-launcher.mjs';

/**
 * How Debian's Chromium runs headless here, for every tool that launches it (the test runner,
 * Storybook's check, the bench, the Chromium-only tests): root needs no sandbox, and without the
 * background-networking flags it keeps trying to reach the (closed) network.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export const ENGINES = [
  { name: 'chromium', label: 'Chromium', files: ['/usr/bin/chromium'], packages: ['chromium'] },
  { name: 'firefox', label: 'Firefox ESR', files: ['/usr/bin/firefox-esr'], packages: ['firefox-esr'] },
  {
    name: 'webkit',
    label: 'WebKit (WebKitGTK)',
    files: [WEBKIT_DRIVER, MINIBROWSER, '/usr/bin/Xvfb'],
    packages: ['webkit2gtk-driver', 'xvfb'],
  },
];

export const isInstalled = engine => engine.files.every(f => existsSync(f));

/** Engines named in BROWSERS (comma separated), else every engine that is installed. */
export function selectedEngines(env = process.env) {
  const wanted = (env.BROWSERS ?? '').split(',').map(s => s.trim()).filter(Boolean);
  if (wanted.length) {
    const unknown = wanted.filter(w => !ENGINES.some(e => e.name === w));
    if (unknown.length) throw new Error(`BROWSERS names unknown engines: ${unknown.join(', ')} (use ${ENGINES.map(e => e.name).join(', ')})`);
    return ENGINES.filter(e => wanted.includes(e.name));
  }
  return ENGINES.filter(isInstalled);
}

/**
 * Installs the Debian packages of the `tools` ({ packages, files }) that are missing, when this runs
 * as root where apt-get is (about a minute); returns the ones still missing.
 */
export function installMissing(tools) {
  const missing = tools.filter(t => !isInstalled(t));
  if (!missing.length || process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return missing;
  const packages = missing.flatMap(t => t.packages);
  console.log(`Installing what is missing from Debian's packages: ${packages.join(' ')} (apt-get, about a minute)…`);
  const run = args => spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  if (run(['update', '-qq'])) run(['install', '-y', '-qq', '--no-install-recommends', ...packages]);
  return tools.filter(t => !isInstalled(t));
}
