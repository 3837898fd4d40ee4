/**
 * The snippets as WordPress's classic editor serves them: dist/fixtures/wpautop/ holds the
 * output of WordPress's real wpautop() (Debian's `wordpress` package) for each built snippet,
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
