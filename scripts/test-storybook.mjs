/* global window, document */
// Loads every story of the built Storybook (storybook-static/) in headless Chromium: each must
// render its element, log no error and no warning (but those its `expectedWarnings` parameter
// lists), and have no axe violations (WCAG 2.2 AA tags). Fails naming the story.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from './browsers.mjs';
import { serve } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');
const staticDir = join(root, 'storybook-static');
const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const { entries } = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const stories = Object.values(entries).filter(e => e.type === 'story');
// Each story on the default white page, and again on the near-black host page.
const passes = [
  { label: '', globals: '' },
  { label: ' (near-black page)', globals: '&globals=page:near-black' },
];

const { server, port } = await serve(staticDir, { port: 6100 });
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS,
});
const failures = [];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 900 });
  let log = [];
  // The browser's own request for /favicon.ico (Storybook's iframe names no icon) is not a story's doing.
  page.on('console', m => {
    const favicon = m.text().startsWith('Failed to load resource') && m.location()?.url?.endsWith('/favicon.ico');
    if (['error', 'warn', 'warning'].includes(m.type()) && !favicon) log.push(`${m.type()}: ${m.text()}`);
  });
  page.on('requestfailed', r => log.push(`request failed: ${r.url()}`));
  page.on('response', r => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && log.push(`HTTP ${r.status()}: ${r.url()}`));
  page.on('pageerror', e => log.push(`uncaught: ${e.message}`));
  for (const pass of passes) for (const story of stories) {
    log = [];
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${story.id}&viewMode=story${pass.globals}`, { waitUntil: 'load' });
    const problems = [];
    try {
      await page.waitForFunction(
        () => {
          const root = document.querySelector('#storybook-root');
          const els = root ? Array.from(root.querySelectorAll('key-points, trust-checklist, reflection-card')) : [];
          return els.length > 0 && els.every(el => el.shadowRoot?.querySelector('[part~="base"]'));
        },
        { timeout: 10000 },
      );
    } catch {
      problems.push('no rendered element');
    }
    await new Promise(r => setTimeout(r, 100));
    const { expected, media } = await page.evaluate(() => {
      const parameters = window.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters ?? {};
      return { expected: parameters.expectedWarnings ?? [], media: parameters.media };
    });
    // A story of the printed page is checked as printed: the button and status gone, the boxes there.
    await page.emulateMediaType(media ?? null);
    if (media === 'print') {
      const printed = await page.evaluate(() => {
        const root = document.querySelector('trust-checklist').shadowRoot;
        const shown = selector => root.querySelector(selector).getClientRects().length > 0;
        return { button: shown('button'), date: shown('[part~="date"]'), boxes: root.querySelectorAll('input:checked').length };
      });
      if (printed.button || !printed.date || printed.boxes !== 2) problems.push(`printed: ${JSON.stringify(printed)}`);
    }
    const unexpected = log.filter(line => !expected.some(text => line.includes(text)));
    problems.push(...unexpected);
    for (const text of expected) if (!log.some(line => line.includes(text))) problems.push(`expected warning not logged: ${text}`);
    await page.evaluate(axe);
    const violations = await page.evaluate(async () => {
      // Storybook's a11y panel may be running axe on the same page: wait for it to finish.
      for (let tries = 0; ; tries += 1) {
        try {
          const result = await window.axe.run(document.querySelector('#storybook-root'), {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
          return result.violations.map(v => `${v.id}: ${v.nodes.length} node(s), ${v.help}`);
        } catch (error) {
          if (!String(error).includes('already running') || tries > 50) throw error;
          await new Promise(r => setTimeout(r, 100));
        }
      }
    });
    problems.push(...violations.map(v => `axe ${v}`));
    if (problems.length) failures.push(`${story.id}${pass.label}\n  ${problems.join('\n  ')}`);
    console.log(`${problems.length ? '✖' : '✔'} ${story.id}${pass.label}${problems.length ? `\n    ${problems.join('\n    ')}` : ''}`);
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`\n${failures.length} of ${stories.length * passes.length} story checks failed:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`\nAll ${stories.length} stories render, log nothing unexpected and pass axe, on a white and a near-black page.`);
