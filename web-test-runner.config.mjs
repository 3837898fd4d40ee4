import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { selectedEngines } from './scripts/browsers.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

const launchers = {
  chromium: () =>
    chromeLauncher({ launchOptions: { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS } }),
  firefox: () =>
    puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true } }),
  webkit: () => webkitLauncher(),
};

const browsers = selectedEngines().map(engine => launchers[engine.name]());
if (!browsers.length) throw new Error('No browser engine is installed: run `npm test` (it installs them) or see README.');

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  // Lit's dev mode is on so that its own warnings surface (and fail the run, see test/helpers.ts);
  // only the one-off "dev mode" notice is silenced.
  testRunnerHtml: testFramework => `<!doctype html>
<html lang="en-GB">
  <head><script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
};
