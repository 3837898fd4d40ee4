// A real back/forward navigation in Debian's Chromium (puppeteer-core): the page comes back from
// the back/forward cache with its state, and the checklist forgets the ticks that are neither saved
// nor in a form, as its note promises; saved ticks and a form's stay. Runs against the built CDN
// bundle (npm test runs it after the build, when Chromium is installed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSite } from './site.mjs';

const PAGES = {
  '/reflection.html': `<!doctype html><html lang="en-GB"><body>
    <script type="module" src="/rebuild-trust.js"></script>
    <trust-checklist id="private"></trust-checklist>
    <trust-checklist id="saved" persist></trust-checklist>
    <form><trust-checklist id="form" name="r"></trust-checklist></form>
    <a id="next" href="/next.html">Next</a>
    <script>addEventListener('pageshow', e => (window.__restored = e.persisted));</script>
  </body></html>`,
  '/next.html': '<!doctype html><html lang="en-GB"><body><p>Another page of the site.</p></body></html>',
};

test('back to a page from the back/forward cache: only the ticks that were saved or in a form are still there', async () => {
  await withSite(PAGES, async (browser, origin) => {
    const page = await browser.newPage();
    await page.goto(`${origin}/reflection.html`);
    await page.waitForFunction("customElements.get('trust-checklist')");
    await page.evaluate(`(async () => {
      for (const el of document.querySelectorAll('trust-checklist')) {
        await el.updateComplete;
        el.shadowRoot.querySelectorAll('input')[1].click();
      }
      window.__kept = 'the page itself';
    })()`);
    await Promise.all([page.waitForNavigation(), page.click('#next')]);
    await page.goBack();
    // (the first load's pageshow set it to false: this waits for the one from the cache)
    await page.waitForFunction('window.__restored === true', { timeout: 5000 });
    const after = await page.evaluate(`({
      restored: window.__restored,
      kept: window.__kept,
      checked: Object.fromEntries([...document.querySelectorAll('trust-checklist')].map(el => [el.id, el.checked])),
    })`);
    // the page really came back from the cache, with its own state
    assert.equal(after.restored, true);
    assert.equal(after.kept, 'the page itself');
    assert.deepEqual(after.checked, { private: [], saved: ['hide-needs'], form: ['hide-needs'] });
  });
});
