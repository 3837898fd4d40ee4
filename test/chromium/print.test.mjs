// Printing the checklist, as a reader does to bring it to a session: each theme, on a near-black
// page, printed to PDF by Debian's Chromium (with background graphics on, the harder case), then
// read back with Poppler (pdftotext, pdftoppm). The worksheet must hold the statements and a
// line for the date, no button, status or hint; every box open (white inside, a dark edge) but the
// one the reader ticked, which shows its tick. Runs against the built CDN bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withSite } from './site.mjs';

const WIDTH = 800;
// Saving on, and the browser refusing it: after the reader's tick the status and the hint have words
// to print, and must not.
const page = theme => `<!doctype html><html lang="en-GB"><head><title>Reflection</title></head>
  <body style="margin: 0; padding: 16px; background: #121212; color: #f0f0f0">
    <script type="module" src="/rebuild-trust.js"></script>
    <trust-checklist theme="${theme}" persist storage-key="print-${theme}"></trust-checklist>
  </body></html>`;
const THEMES = ['auto', 'light', 'dark'];

/** A grey-scale PGM (P5) from pdftoppm: its width, height and one byte per pixel. */
const readPgm = buffer => {
  const header = buffer.toString('latin1', 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+255\s/);
  assert.ok(header, 'a P5 grey map');
  return { width: Number(header[1]), height: Number(header[2]), pixels: buffer.subarray(header[0].length) };
};

test('each theme prints as a light worksheet: statements, a line for the date, open boxes but the ticked one; no button, status or hint', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rebuild-trust-print-'));
  try {
    await withSite(Object.fromEntries(THEMES.map(t => [`/${t}.html`, page(t)])), async (browser, origin) => {
      for (const theme of THEMES) {
        const tab = await browser.newPage();
        await tab.setViewport({ width: WIDTH, height: 1200 });
        await tab.goto(`${origin}/${theme}.html`);
        await tab.waitForFunction("customElements.get('trust-checklist')");
        const said = await tab.evaluate(`(async () => {
          const el = document.querySelector('trust-checklist');
          await el.updateComplete;
          Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
          el.shadowRoot.querySelectorAll('input')[2].click();
          await el.updateComplete;
          return el.shadowRoot.querySelector('[role=status]').textContent.trim();
        })()`);
        assert.match(said, /couldn’t save/, `${theme}: the status has words to leave off the page`);
        // Where the boxes are on the printed page (print media, the page's width).
        await tab.emulateMediaType('print');
        const boxes = await tab.evaluate(`[...document.querySelector('trust-checklist').shadowRoot.querySelectorAll('input')].map(b => {
          const r = b.getBoundingClientRect();
          return { x: r.x, y: r.y, size: r.width, checked: b.checked };
        })`);
        const base = await tab.evaluate(`(() => {
          const r = document.querySelector('trust-checklist').shadowRoot.querySelector('[part~=base]').getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width };
        })()`);
        const pdf = join(dir, `${theme}.pdf`);
        // With background graphics on (a reader may tick that box): the worksheet is still light.
        writeFileSync(pdf, await tab.pdf({ width: `${WIDTH}px`, height: '1200px', printBackground: true, margin: { top: 0, right: 0, bottom: 0, left: 0 } }));
        await tab.close();

        const words = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, ' ');
        assert.match(words, /I test people to see if they’ll leave\./, `${theme}: the statements`);
        assert.match(words, /Date:/, `${theme}: a line for the date`);
        assert.doesNotMatch(words, /Clear my ticks/, `${theme}: no button`);
        assert.doesNotMatch(words, /can’t save your ticks|Only you can see/, `${theme}: no hint`);
        assert.doesNotMatch(words, /couldn’t save that tick/, `${theme}: no status`);

        // At 96 dpi a PDF pixel is a CSS pixel.
        execFileSync('pdftoppm', ['-r', '96', '-gray', '-singlefile', '-f', '1', '-l', '1', pdf, join(dir, theme)]);
        const { width, pixels } = readPgm(readFileSync(join(dir, `${theme}.pgm`)));
        const at = (x, y) => pixels[Math.round(y) * width + Math.round(x)];
        const region = (x0, y0, x1, y1) => {
          const values = [];
          for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) values.push(at(x, y));
          return values;
        };
        assert.equal(boxes.length, 5);
        for (const [i, { x, y, size, checked }] of boxes.entries()) {
          const inner = region(x + size * 0.3, y + size * 0.3, x + size * 0.7, y + size * 0.7);
          // the edge: the darkest pixel across the left border, at mid-height
          const edge = Math.min(...region(x - 2, y + size / 2, x + 4, y + size / 2));
          assert.ok(edge < 100, `${theme}, box ${i + 1}: a dark edge (darkest ${edge})`);
          if (checked) assert.ok(Math.min(...inner) < 100, `${theme}, box ${i + 1}: the reader's tick is printed`);
          else assert.ok(Math.min(...inner) > 200, `${theme}, box ${i + 1}: open, to tick by pen (darkest inside ${Math.min(...inner)})`);
        }
        // a light worksheet: inside the checklist's box, between its edge and its heading, the paper is white
        assert.ok(at(base.x + base.width / 2, base.y + 6) > 240, `${theme}: printed on white`);
      }
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
