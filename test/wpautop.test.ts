/**
 * The snippets as WordPress's classic editor serves them: dist/fixtures/wpautop/ holds the
 * output of WordPress's real wptexturize() and wpautop() (Debian's `wordpress` package) for each built snippet,
 * made by npm test. They must render exactly what the clean snippets render.
 */
import { expect } from '@open-wc/testing';
import { axeViolations, CDN, TAGS, items, lightText, page, rendered, snippetFile } from './frame.js';

describe('snippets after WordPress’s wpautop()', () => {
  for (const tag of TAGS) {
    it(`${tag}: what wpautop serves renders exactly what the clean snippet does, nothing shown twice`, async () => {
      const clean = await page(await snippetFile(`/dist/snippets/${tag}.html`));
      const [a] = await rendered(clean, 1);
      const autop = await page(await snippetFile(`/dist/fixtures/wpautop/${tag}.html`));
      const [b] = await rendered(autop, 1);
      expect(await axeViolations(autop), 'axe, after wpautop').to.deep.equal([]);
      expect(items(b)).to.deep.equal(items(a));
      expect(items(a).length).to.be.greaterThan(0);
      for (const text of items(a)) {
        expect(lightText(clean.doc)).to.not.contain(text);
        expect(lightText(autop.doc)).to.not.contain(text);
      }
      expect(clean.win.__log).to.deep.equal([]);
      expect(autop.win.__log).to.deep.equal([]);
    });


    if (tag === 'trust-checklist') {
      it('a heading of the clinic’s that WordPress curls (an apostrophe, a dash) is no edit: the fallback goes, the ids stay', async () => {
        const autop = await page(await snippetFile('/dist/fixtures/wpautop/trust-checklist.own-heading.html'));
        expect(autop.doc.querySelector('h2')).to.equal(null); // (the fallback's, curled by WordPress, is gone)
        const [el] = await rendered(autop, 1);
        expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal("Don't pull away -- yet");
        expect(items(el)).to.have.length(5);
        el.shadowRoot!.querySelector('input')!.click();
        expect((el as unknown as { checked: string[] }).checked).to.deep.equal(['test-people']);
        expect(autop.win.__log).to.deep.equal([]);
      });
    }

    it(`${tag}: the no-script snippet after wpautop, with the script and stylesheet site-wide`, async () => {
      const head = `<link rel="stylesheet" href="/dist/cdn/rebuild-trust.css"><script type="module" src="${CDN}"></script>`;
      const clean = await page(await snippetFile(`/dist/snippets/${tag}.no-script.html`), { head });
      const [a] = await rendered(clean, 1);
      const autop = await page(await snippetFile(`/dist/fixtures/wpautop/${tag}.no-script.html`), { head });
      const [b] = await rendered(autop, 1);
      expect(items(b)).to.deep.equal(items(a));
      for (const text of items(a)) expect(lightText(autop.doc)).to.not.contain(text);
      expect(autop.win.__log).to.deep.equal([]);
    });
  }
});
