// 1000 create/remove cycles of every element in Debian's Chromium (puppeteer-core), against the
// built CDN bundle: after garbage collection the page holds no more JS heap or DOM nodes than
// before (within what one element costs), so nothing a page does over and over makes it grow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSite } from './site.mjs';

const PAGE = `<!doctype html><html lang="en-GB"><body><main></main><script type="module" src="/rebuild-trust.js"></script></body></html>`;

test('1000 create/remove cycles leave no heap or DOM nodes behind', async () => {
  await withSite({ '/': PAGE }, async (browser, origin) => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.waitForFunction("customElements.get('trust-checklist')");
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    /** One round of `n` cycles: every element, with authored content, a provider and saving on. */
    const cycles = n =>
      page.evaluate(`(async () => {
        const main = document.querySelector('main');
        for (let i = 0; i < ${n}; i++) {
          const provider = document.createElement('trust-provider');
          provider.setAttribute('persist', '');
          const points = document.createElement('key-points');
          points.append(Object.assign(document.createElement('ul'), { innerHTML: '<li>Ours</li>' }));
          provider.append(points, document.createElement('trust-checklist'), document.createElement('reflection-card'));
          main.append(provider);
          await Promise.all([...provider.children].map(el => el.updateComplete));
          provider.querySelector('trust-checklist').shadowRoot.querySelector('input').click();
          provider.remove();
        }
        localStorage.clear();
      })()`);
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(m => [m.name, m.value]));
      return { heap: metrics.JSHeapUsedSize, nodes: metrics.Nodes };
    };
    await cycles(50); // warm up: code compiled, caches filled
    const before = await measure();
    await cycles(1000);
    const after = await measure();
    // One set of elements keeps ~15 KB: 1000 left behind would keep ~15 MB; any leak of 1 KB a cycle
    // or more fails. (The collector leaves some noise: up to ~350 KB was seen without any growth.)
    assert.ok(after.heap - before.heap < 750_000, `heap grew by ${after.heap - before.heap} bytes`);
    assert.ok(after.nodes - before.nodes < 100, `DOM nodes grew by ${after.nodes - before.nodes}`);
  });
});
