// The three engines the tests run in, where Debian puts them, and the packages that provide them.
import { existsSync } from 'node:fs';
import { MINIBROWSER, WEBKIT_DRIVER } from './webkit-launcher.mjs';

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
