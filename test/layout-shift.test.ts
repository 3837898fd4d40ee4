/**
 * Chromium only (the one engine with the Layout Instability API): each recommended snippet
 * upgrades into its element without shoving the page about. The page renders the snippet's
 * fallback first; the bundle is held back and added afterwards, as on a slow network. The
 * block sits near the top with the clinic's text after it, inside the viewport.
 */
import { expect } from '@open-wc/testing';
import { snippet, type SnippetOptions } from '../src/snippets.js';
import { CDN, axeViolations, page, rendered } from './frame.js';

const supported = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('layout-shift');
const VIEWPORTS = [
  [390, 844],
  [1280, 800],
] as const;
const CASES: SnippetOptions[] = [
  { tag: 'key-points' },
  { tag: 'trust-checklist' },
  { tag: 'trust-checklist', attributes: { persist: true } },
  { tag: 'reflection-card' },
  { tag: 'reflection-card', attributes: { section: 'the-therapeutic-frame', variant: 'quote' } },
  { tag: 'reflection-card', attributes: { section: 'rupture-and-repair', 'heading-level': 3 } },
];
const ARTICLE_PAGE = (html: string) => `<main style="max-width: 42rem; margin: 0 auto; padding: 0 1rem; font: 18px/1.6 Georgia, serif">
  <p>A clinic’s own introduction.</p>
  ${html.replace(/<script[^>]*><\/script>/, '')}
  ${'<p>The clinic’s text carries on after the element, and must not jump when it upgrades.</p>'.repeat(12)}
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
const label = (o: SnippetOptions) => `${o.tag}${o.attributes ? ` ${JSON.stringify(o.attributes)}` : ''}`;

if (supported) {
  describe('layout shift when the bundle arrives late (Chromium)', () => {
    for (const options of CASES) {
      for (const [width, height] of VIEWPORTS) {
        for (const scripts of [true, false]) {
          it(`${label(options)}${scripts ? '' : ' (no-script)'} at ${width}×${height}: layout shift below 0.01`, async () => {
            const html = snippet({ ...options, scripts });
            const head = scripts ? '' : '<link rel="stylesheet" href="/dist/cdn/rebuild-trust.css">';
            const frame = await page(ARTICLE_PAGE(html), { head, width, height });
            await frames();
            const block = frame.doc.querySelector('[data-rebuild-trust]') as HTMLElement;
            const before = block.getBoundingClientRect().height;
            watchShifts(frame.win);
            releaseBundle(frame.doc);
            await rendered(frame, 1);
            await frames();
            await frames();
            const after = block.getBoundingClientRect().height;
            const cls = (frame.win as ShiftWindow).__cls!;
            expect(cls, `layout shift ${cls.toFixed(4)} (block ${before.toFixed(0)} → ${after.toFixed(0)} px)`).to.be.below(0.01);
            // The block keeps its height: to the pixel, but for the checklist's button row and note, which are estimated.
            expect(Math.abs(after - before), `block ${before} → ${after} px`).to.be.below(options.tag === 'trust-checklist' ? 8 : 2);
            expect(await axeViolations(frame)).to.deep.equal([]);
          });
        }
      }
    }
  });
}
