/**
 * Chromium only (the one engine with the Layout Instability API): each recommended snippet
 * upgrades into its element without shoving the page about. The page renders the snippet's
 * fallback first; the bundle is held back and added afterwards, as on a slow network.
 */
import { expect } from '@open-wc/testing';
import { CDN, TAGS, page, rendered, snippetFile } from './frame.js';

const supported = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('layout-shift');
const VIEWPORTS = [
  [390, 844],
  [1280, 800],
] as const;
const ARTICLE_PAGE = (snippet: string) => `<main style="max-width: 42rem; margin: 0 auto; padding: 1rem; font: 18px/1.6 Georgia, serif">
  <h1>How Therapy Helps Rebuild Trust</h1>
  <p>A clinic’s own introduction, a sentence or two long, before the embedded piece.</p>
  ${snippet.replace(/<script[^>]*><\/script>/, '')}
  <p>The clinic’s text carries on after the element, and must not jump when it upgrades.</p>
  <p>More of the clinic’s text.</p>
</main>`;

type ShiftWindow = Window & { __cls?: number };
const watchShifts = (win: ShiftWindow) => {
  win.__cls = 0;
  new (win as unknown as typeof globalThis).PerformanceObserver(list => {
    for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
      if (!entry.hadRecentInput) win.__cls! += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: false });
};
const releaseBundle = (doc: Document) => {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = CDN;
  doc.head.append(script);
};
const frames = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));

if (supported) {
  describe('layout shift when the bundle arrives late (Chromium)', () => {
    for (const tag of TAGS) {
      for (const [width, height] of VIEWPORTS) {
        for (const variant of ['', '.no-script'] as const) {
          it(`${tag}${variant} at ${width}×${height}: cumulative layout shift below 0.01`, async () => {
            const snippet = await snippetFile(`/dist/snippets/${tag}${variant}.html`);
            const head = variant ? '<link rel="stylesheet" href="/dist/cdn/rebuild-trust.css">' : '';
            const frame = await page(ARTICLE_PAGE(snippet), { head, width, height });
            await frames();
            watchShifts(frame.win);
            releaseBundle(frame.doc);
            await rendered(frame, 1);
            await frames();
            await frames();
            const cls = (frame.win as ShiftWindow).__cls!;
            expect(cls, `layout shift ${cls.toFixed(4)}`).to.be.below(0.01);
          });
        }
      }
    }
  });
}
