/**
 * The no-script snippets through a real CKEditor 5 (Drupal's editor) data pipeline: setData,
 * then getData, as when an editor pastes the snippet in Source mode and saves.
 * - With the block allowed (Drupal “Basic HTML” with our `<div data-…>` and `<li data-id>` added to
 *   the allowed tags; “Full HTML”), the saved markup still upgrades into the element, same items.
 * - With divs not allowed (CKEditor's defaults), the block is lost, but the article's words stay.
 */
import { expect } from '@open-wc/testing';
import { axeViolations, CDN, TAGS, items, lightText, page, rendered, snippetFile } from './frame.js';

type Editor = { getData(): string; setData(html: string): void; destroy(): Promise<unknown> };
type Ck = Record<string, unknown> & { ClassicEditor: { create(el: HTMLElement, config: object): Promise<Editor> } };

const load = () => import(/* @vite-ignore */ '/node_modules/ckeditor5/dist/browser/ckeditor5.js' as string) as Promise<Ck>;

async function throughEditor(html: string, allowBlock: boolean): Promise<string> {
  const ck = await load();
  const host = document.createElement('div');
  document.body.append(host);
  const plugins = ['Essentials', 'Paragraph', 'Heading', 'List', 'BlockQuote', 'GeneralHtmlSupport'].map(name => ck[name]);
  const allow = allowBlock
    ? [
        { name: 'div', attributes: { 'data-rebuild-trust': true, 'data-rebuild-trust-fallback': true, lang: true, 'data-section': true, 'data-variant': true } },
        { name: 'li', attributes: { 'data-id': true } },
        { name: /^(figure|figcaption|cite|footer)$/ },
      ]
    : [];
  const editor = await ck.ClassicEditor.create(host, { licenseKey: 'GPL', plugins, htmlSupport: { allow } });
  editor.setData(html);
  const out = editor.getData();
  await editor.destroy();
  host.remove();
  return out;
}

const SITE_WIDE = `<link rel="stylesheet" href="/dist/cdn/rebuild-trust.css"><script type="module" src="${CDN}"></script>`;

describe('snippets through CKEditor 5', () => {
  for (const tag of TAGS) {
    it(`${tag}: with the block allowed, the saved markup renders the same items as the clean snippet`, async () => {
      const snippet = await snippetFile(`/dist/snippets/${tag}.no-script.html`);
      const saved = await throughEditor(snippet, true);
      expect(saved).to.contain(`data-rebuild-trust="${tag}"`);
      const clean = await page(snippet, { head: SITE_WIDE });
      const [a] = await rendered(clean, 1);
      const edited = await page(saved, { head: SITE_WIDE });
      const [b] = await rendered(edited, 1);
      expect(await axeViolations(edited), 'axe, after CKEditor').to.deep.equal([]);
      expect(items(b)).to.deep.equal(items(a));
      for (const text of items(a)) expect(lightText(edited.doc)).to.not.contain(text);
      expect(edited.win.__log).to.deep.equal([]);
      // the checklist's items keep their ids, for a fallback the clinic may edit later
      if (tag === 'trust-checklist') expect(saved).to.match(/<li [^>]*data-id="test-people"/);
    });

    it(`${tag}: with divs stripped, the article's words survive as plain HTML`, async () => {
      const snippet = await snippetFile(`/dist/snippets/${tag}.no-script.html`);
      const saved = await throughEditor(snippet, false);
      expect(saved).to.not.contain('data-rebuild-trust');
      const clean = await page(snippet, { head: SITE_WIDE });
      const [a] = await rendered(clean, 1);
      const stripped = await page(saved, { head: SITE_WIDE });
      for (const text of items(a)) expect(lightText(stripped.doc)).to.contain(text);
      expect(stripped.win.__log).to.deep.equal([]);
    });
  }
});
