// `npm run bench`: what a reader's browser pays for our elements, in headless Chromium (Debian's),
// side by side in one run with the same content as static HTML and with a plain LitElement
// checklist of the same markup (test/bench/plain-checklist.ts). Several rounds in shuffled order;
// each figure is the median with min–max. `npm run bench -- --readme` also writes the table into the
// README's performance section. Needs `npm run build` first (npm run bench does it).
//
// - render N: from navigation start until all N checklists are drawn and laid out (parse, script,
//   upgrade, render, style, layout), N = 1, 100, 1000;
// - heap and DOM nodes per instance: after garbage collection, (page with 1000) − (page with none), ÷ 1000;
// - listeners per instance on window and document: the same difference, from the DevTools protocol;
// - longest task: the longest main-thread task (the Long Tasks API: 50 ms and over) while 1000 render;
// - layout shift: each recommended snippet, its bundle held back 400 ms, at 390×844 and 1280×800.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ENGINES, installMissing } from './browsers.mjs';
import { rollup } from 'rollup';

const root = resolve(import.meta.dirname, '..');
const chromium = ENGINES.find(e => e.name === 'chromium');
if (!process.env.CHROME_PATH && installMissing([chromium]).length) {
  console.error(`✖ npm run bench needs Chromium: sudo apt-get install --no-install-recommends ${chromium.packages.join(' ')}`);
  process.exit(1);
}
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const COUNTS = [1, 100, 1000];
const VARIANTS = ['static', 'lit', 'ours'];
const NAMES = { static: 'static HTML', lit: 'plain LitElement', ours: 'rebuild-trust' };
const TAG = { lit: 'plain-checklist', ours: 'trust-checklist' };

// The three pages' scripts and styles.
// BENCH_BUNDLE=path/to/rebuild-trust.js measures another build (an earlier release, say) in its place.
const ours = readFileSync(process.env.BENCH_BUNDLE ?? join(root, 'dist/cdn/rebuild-trust.js'));
// The baseline, built exactly as the CDN bundle is (the same rollup plugins, from rollup.config.mjs).
process.chdir(root);
const { default: config } = await import('../rollup.config.mjs');
const cdn = config.find(c => c.input === 'src/index.ts');
const plain = Buffer.from(
  (await (await rollup({ ...cdn, input: 'test/bench/plain-checklist.ts', onwarn() {} })).generate({ format: 'es' })).output[0].code,
);
// The static page: the checklist's own markup and styles, written out (the styles' `:host` rules simply
// don't apply). Read from the built npm modules (Lit's `node` build imports in Node).
const { baseStyles } = await import('../dist/npm/styles.js');
const { checklistStyles } = await import('../dist/npm/trust-checklist/trust-checklist.styles.js');
const { article } = await import('../dist/npm/content.js');
const { heading, intro, items, closing } = article.checklist;
const staticChecklist = `<div class="base auto" lang="en-GB" dir="ltr"><h2 class="heading">${heading}</h2>
<fieldset aria-describedby="note"><legend>${intro}</legend><p class="note" id="note">Only you can see your ticks. They are not saved or sent to anyone, and they go when you leave this page.</p>
<ul role="list">${items.map(i => `<li><label><input type="checkbox" value="${i.id}">${i.text}</label></li>`).join('')}</ul></fieldset>
<p>${closing}</p><div class="controls"><button type="button">Clear my ticks</button><p class="status" role="status"></p></div></div>`;

const HEAD = `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<script>
  window.__longest = 0;
  new PerformanceObserver(list => { for (const e of list.getEntries()) __longest = Math.max(__longest, e.duration); }).observe({ type: 'longtask', buffered: true });
  window.__cls = 0;
  new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) __cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
</script>`;
// Runs after the page is parsed and (module scripts run in order) after the library's module.
const DONE = tag => `<script type="module">
  ${tag ? `await customElements.whenDefined('${tag}');
  for (const el of document.querySelectorAll('${tag}')) await el.updateComplete;` : ''}
  document.body.getBoundingClientRect();
  window.__done = performance.now();
</script>`;

const renderPage = (variant, n) => {
  const one = variant === 'static' ? staticChecklist : `<${TAG[variant]}></${TAG[variant]}>`;
  const style = variant === 'static' ? `<style>${baseStyles.cssText}${checklistStyles.cssText}</style>` : '';
  const script = variant === 'static' ? '' : `<script type="module" src="/${variant}.js"></script>`;
  return `<!doctype html><html lang="en-GB"><head>${HEAD}${style}</head><body><main style="max-width: 42rem; margin: 0 auto">
${one.repeat(n)}</main>${script}${DONE(TAG[variant])}</body></html>`;
};

// The recommended snippet on an article page; its script arrives 400 ms late.
const snippetPage = tag => {
  const snippet = readFileSync(join(root, `dist/snippets/${tag}.html`), 'utf8').replace(/<script[^>]*><\/script>/, '');
  return `<!doctype html><html lang="en-GB"><head>${HEAD}</head><body>
<main style="max-width: 42rem; margin: 0 auto; padding: 0 1rem; font: 18px/1.6 Georgia, serif">
<p>A clinic’s own introduction.</p>${snippet}${'<p>The clinic’s text carries on after the element.</p>'.repeat(12)}</main>
<script type="module" src="/late.js"></script>${DONE(tag)}</body></html>`;
};

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const send = (type, body) => res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  if (url.pathname === '/ours.js') return send('text/javascript', ours);
  if (url.pathname === '/lit.js') return send('text/javascript', plain);
  if (url.pathname === '/late.js') return setTimeout(() => send('text/javascript', ours), 400);
  if (url.pathname === '/render') return send('text/html; charset=utf-8', renderPage(url.searchParams.get('variant'), Number(url.searchParams.get('n'))));
  if (url.pathname === '/snippet') return send('text/html; charset=utf-8', snippetPage(url.searchParams.get('tag')));
  res.writeHead(404).end();
});
await new Promise(r => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
});

/** Loads `path` in a fresh context at `width`×`height`; returns what the page measured, and the CDP metrics after GC. */
async function measure(path, { width = 1280, height = 800 } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height });
  await page.goto(origin + path);
  await page.waitForFunction('window.__done !== undefined', { timeout: 60000 });
  // two frames: any shift from the upgrade is recorded
  await page.evaluate('new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))');
  const { done, longest, cls } = await page.evaluate('({ done: __done, longest: __longest, cls: __cls })');
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(m => [m.name, m.value]));
  let listeners = 0;
  for (const target of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: target });
    listeners += (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })).listeners.length;
  }
  await context.close();
  return { done, longest, cls, heap: metrics.JSHeapUsedSize, nodes: metrics.Nodes, listeners };
}

const shuffle = list => {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
};

const results = {}; // `${variant} ${n}` → measurements
for (let round = 1; round <= ROUNDS; round++) {
  process.stdout.write(`round ${round}/${ROUNDS}…\r`);
  for (const [variant, n] of shuffle(VARIANTS.flatMap(v => [0, ...COUNTS].map(n => [v, n])))) {
    (results[`${variant} ${n}`] ??= []).push(await measure(`/render?variant=${variant}&n=${n}`));
  }
}
const SNIPPETS = ['key-points', 'trust-checklist', 'reflection-card'];
const VIEWPORTS = [[390, 844], [1280, 800]];
const shifts = {};
for (let round = 1; round <= Math.min(ROUNDS, 3); round++) {
  for (const [tag, [width, height]] of shuffle(SNIPPETS.flatMap(t => VIEWPORTS.map(v => [t, v])))) {
    (shifts[`${tag} ${width}×${height}`] ??= []).push((await measure(`/snippet?tag=${tag}`, { width, height })).cls);
  }
}
await browser.close();
server.close();

const median = values => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (values, digits = 0) => `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;
/** Per-instance figures: each round's page with 1000, less the median page with none, ÷ 1000. */
const perInstance = (variant, key, scale = 1) => {
  const empty = median(results[`${variant} 0`].map(r => r[key]));
  return results[`${variant} 1000`].map(r => (r[key] - empty) / 1000 / scale);
};
const ratio = (a, b) => `${(median(a) / median(b)).toFixed(2)}×`;

const rows = [];
for (const n of COUNTS) {
  const t = v => results[`${v} ${n}`].map(r => r.done);
  rows.push([`render ${n} (ms)`, ...VARIANTS.map(v => fmt(t(v))), ratio(t('ours'), t('lit'))]);
}
const heap = v => perInstance(v, 'heap', 1024);
rows.push(['JS heap per instance (KB)', ...VARIANTS.map(v => fmt(heap(v), 1)), ratio(heap('ours'), heap('lit'))]);
const nodes = v => perInstance(v, 'nodes');
rows.push(['DOM nodes per instance', ...VARIANTS.map(v => fmt(nodes(v), 1)), ratio(nodes('ours'), nodes('lit'))]);
rows.push(['window/document listeners per instance', ...VARIANTS.map(v => fmt(perInstance(v, 'listeners'), 3)), '']);
const longest = v => results[`${v} 1000`].map(r => r.longest);
rows.push(['longest task, 1000 (ms)', ...VARIANTS.map(v => fmt(longest(v))), ratio(longest('ours'), longest('lit'))]);

const table = [
  `| ${['', ...VARIANTS.map(v => NAMES[v]), 'ours ÷ Lit'].join(' | ')} |`,
  `| --- | ${VARIANTS.map(() => '---:').join(' | ')} | ---: |`,
  ...rows.map(r => `| ${r.join(' | ')} |`),
  '',
  `| layout shift, bundle 400 ms late | ${VIEWPORTS.map(([w, h]) => `${w}×${h}`).join(' | ')} |`,
  `| --- | ${VIEWPORTS.map(() => '---:').join(' | ')} |`,
  ...SNIPPETS.map(tag => `| \`${tag}\` snippet | ${VIEWPORTS.map(([w, h]) => fmt(shifts[`${tag} ${w}×${h}`], 4)).join(' | ')} |`),
].join('\n');
const about = `Chromium ${(await import('node:child_process')).execFileSync(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).match(/[\d.]+/)?.[0]}, ${ROUNDS} rounds, median (min–max).`;
console.log(`\n${about}\n\n${table}`);

if (process.argv.includes('--readme')) {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const [start, end] = ['<!-- bench:start -->', '<!-- bench:end -->'];
  if (!text.includes(start)) throw new Error(`README.md has no ${start} … ${end} section`);
  writeFileSync(readme, text.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${about}\n\n${table}\n${end}`));
  console.log('\nWritten into README.md.');
}
