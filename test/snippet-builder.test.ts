/**
 * Storybook's Snippet builder: what it hands a designer, pasted into a plain page with the CDN
 * bundle, renders the chosen element with the chosen settings.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { SnippetBuilder, builderSnippet, contrastWarning, type Choices } from '../stories/snippet-builder.js';
import { snippet } from '../src/snippets.js';
import { axeViolations, CDN, page, rendered, snippetFile } from './frame.js';

const BASE: Choices = { tag: 'reflection-card', section: 'rupture-and-repair', variant: 'quote', headingLevel: 3, theme: 'dark', persist: false, accent: '#7fd1c7', scripts: true };
const local = (html: string) => html.replace(/src="https:\/\/cdn\.jsdelivr\.net[^"]*"/, `src="${CDN}"`);

describe('Snippet builder', () => {
  it('pasted with its script, renders the chosen element with the chosen attributes and brand colour', async () => {
    const integrity = (await (await fetch('/dist/cdn/rebuild-trust.js.integrity')).text()).trim();
    const html = builderSnippet(BASE, integrity);
    expect(html).to.contain(`integrity="${integrity}"`).and.contain('referrerpolicy="no-referrer"');
    // the hash is checked by the browser: the bundle would not run if it were wrong
    const frame = await page(local(html));
    const [el] = await rendered(frame, 1);
    expect(await axeViolations(frame)).to.deep.equal([]);
    expect(el.localName).to.equal('reflection-card');
    expect(el.getAttribute('section')).to.equal('rupture-and-repair');
    expect(el.getAttribute('variant')).to.equal('quote');
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.shadowRoot!.querySelector('blockquote')!.textContent).to.contain('The body learns a crucial lesson: connection can survive disruption.');
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(21, 25, 30)');
    expect(getComputedStyle(base).borderInlineStartColor).to.equal('rgb(127, 209, 199)');
    expect(frame.win.__log).to.deep.equal([]);
  });

  it('markup only: with the script site-wide, a persist checklist at heading level 4', async () => {
    const choices: Choices = { ...BASE, tag: 'trust-checklist', headingLevel: 4, theme: 'auto', persist: true, storageKey: 'clinic', name: 'reflection', accent: '', scripts: false };
    const html = builderSnippet(choices);
    expect(html).to.not.contain('<script').and.not.contain('<style');
    const frame = await page(html, { head: `<link rel="stylesheet" href="/dist/cdn/rebuild-trust.css"><script type="module" src="${CDN}"></script>` });
    const [el] = await rendered(frame, 1);
    expect(el.localName).to.equal('trust-checklist');
    expect(el.hasAttribute('persist')).to.equal(true);
    expect(el.getAttribute('storage-key')).to.equal('clinic');
    expect(el.getAttribute('name')).to.equal('reflection');
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.localName).to.equal('h4');
    localStorage.clear();
  });

  it('is the generator’s output, not a copy of it', async () => {
    const built = await snippetFile('/dist/snippets/key-points.no-script.html');
    const fromBuilder = builderSnippet({ ...BASE, tag: 'key-points', headingLevel: 2, theme: 'auto', accent: '', scripts: false });
    expect(fromBuilder).to.equal(built);
    expect(fromBuilder).to.equal(snippet({ tag: 'key-points', scripts: false }));
  });

  it('with the classic bundle and its own hash, for builders that allow only a plain script tag', async () => {
    const integrity = (await (await fetch('/dist/cdn/rebuild-trust.classic.js.integrity')).text()).trim();
    const html = builderSnippet({ ...BASE, classic: true, heading: 'A line to keep' }, integrity);
    expect(html).to.not.contain('type="module"');
    expect(html).to.contain('rebuild-trust.classic.js').and.contain(`integrity="${integrity}"`);
    const frame = await page(html.replace(/src="https:\/\/cdn\.jsdelivr\.net[^"]*"/, 'src="/dist/cdn/rebuild-trust.classic.js"'));
    const [el] = await rendered(frame, 1);
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim()).to.equal('A line to keep');
  });

  it('warns when the brand colour is below 3:1 on the surface it sits on', () => {
    expect(contrastWarning({ ...BASE, theme: 'light', accent: '#ffeb3b' })).to.contain('#ffeb3b').and.contain(':1');
    expect(contrastWarning({ ...BASE, theme: 'light', accent: '#00665e' })).to.equal('');
    expect(contrastWarning({ ...BASE, theme: 'dark', accent: '#00665e' })).to.contain('dark');
    expect(contrastWarning({ ...BASE, theme: 'dark', accent: '#7fd1c7' })).to.equal('');
    // auto sits on the page: a plum that is fine on white is not on a near-black page
    expect(contrastWarning({ ...BASE, theme: 'auto', page: '#ffffff', accent: '#6b2d5c' })).to.equal('');
    expect(contrastWarning({ ...BASE, theme: 'auto', page: '#121212', accent: '#6b2d5c' })).to.contain('#121212');
  });

  it('its lists set the element, section, heading level and theme a designer picks', async () => {
    const el = await fixture<SnippetBuilder>(html`<snippet-builder></snippet-builder>`);
    const lists = () => Array.from(el.shadowRoot!.querySelectorAll('select'));
    const pick = async (i: number, index: number) => {
      lists()[i].selectedIndex = index;
      lists()[i].dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    await pick(0, 2);
    await pick(1, 3);
    await pick(2, 3);
    await pick(3, 2);
    expect(el.choices).to.deep.include({ tag: 'reflection-card', section: 'earned-secure-attachment', headingLevel: 4, theme: 'dark' });
    expect(lists().map(list => list.selectedIndex)).to.deep.equal([2, 3, 3, 2]);
    expect(builderSnippet(el.choices)).to.contain('data-heading-level="4"').and.contain('data-theme="dark"');
  });
});
