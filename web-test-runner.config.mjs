import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { CHROMIUM_ARGS, selectedEngines } from './scripts/browsers.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';

const launchers = {
  chromium: () =>
    chromeLauncher({ launchOptions: { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS } }),
  firefox: () =>
    puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true } }),
  webkit: () => webkitLauncher(),
};

/**
 * `executeServerCommand('emulate-media-cdp', { media: 'print', features: [{ name: 'forced-colors', value: 'active' }] })`
 * emulates print, forced colours and reduced motion in Chromium (CDP); elsewhere it answers false
 * and the test checks the parsed @media rules instead. (The stock emulateMedia command can't do
 * forced colours and throws on WebDriver.)
 */
const mediaPlugin = {
  name: 'emulate-media-cdp',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-cdp') return undefined;
    if (session.browser.type !== 'puppeteer' || !session.browser.name.includes('Chrom')) return false;
    const cdp = await session.browser.getPage(session.id).createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features: payload.features ?? [] });
    await cdp.detach();
    return true;
  },
};

/**
 * `executeServerCommand('a11y-tree')` answers Chromium's whole accessibility tree (puppeteer's
 * snapshot with every node, not only the "interesting" ones: groups and empty live regions too);
 * elsewhere it answers false. (The stock a11ySnapshot command leaves those nodes out.)
 */
const treePlugin = {
  name: 'a11y-tree',
  async executeCommand({ command, session }) {
    if (command !== 'a11y-tree') return undefined;
    if (session.browser.type !== 'puppeteer' || !session.browser.name.includes('Chrom')) return false;
    return session.browser.getPage(session.id).accessibility.snapshot({ interestingOnly: false });
  },
};

/** TypeScript (and its decorators) compiled for the browsers; built files in dist/ are served byte for byte (their integrity hashes must match). */
const esbuild = esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' });
const compile = esbuild.transform.bind(esbuild);
esbuild.transform = context => (context.path.startsWith('/dist/') ? undefined : compile(context));

const browsers = selectedEngines().map(engine => launchers[engine.name]());
if (!browsers.length) throw new Error('No browser engine is installed: run `npm test` (it installs them) or see README.');

export default {
  // The wpautop tests need WordPress's real function (npm test makes the fixtures when it can).
  files: ['src/**/*.test.ts', 'test/**/*.test.ts', ...(existsSync('dist/fixtures/wpautop') ? [] : ['!test/wpautop.test.ts'])],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuild, mediaPlugin, treePlugin],
  browsers,
  concurrency: 1,
  // generous: CI machines have two cores and three browsers
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 20000 } },
  // Lit's dev mode is on so that its own warnings surface (and fail the run, see test/helpers.ts);
  // only the one-off "dev mode" notice is silenced.
  testRunnerHtml: testFramework => `<!doctype html>
<html lang="en-GB">
  <head><script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
};
