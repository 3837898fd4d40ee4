import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, seenText, takeWarnings, text } from '../../test/helpers.js';
import '../index.js';
import type { KeyPoints } from './key-points.js';

const POINTS = [
  'Therapy can model secure attachment through consistency and care.',
  'Rupture and repair teach the body that safety can survive conflict.',
  'Testing boundaries is part of healing, not failure.',
  'Trust is relearned through experience, not instruction.',
];

const items = (el: Element) => $$(el, '[part~="item"]').map(li => text(li));

describe('<key-points>', () => {
  it('is registered under its tag', () => {
    expect(customElements.get('key-points')).to.equal(document.createElement('key-points').constructor);
  });

  describe('defaults', () => {
    it('renders “At a glance” and the four points verbatim, as a real list', async () => {
      const el = await fixture<KeyPoints>(html`<key-points></key-points>`);
      expect($(el, 'h2').textContent!.trim()).to.equal('At a glance');
      expect($$(el, 'ul > li').map(li => li.textContent!.trim())).to.deep.equal(POINTS);
      expect($(el, 'ul').getAttribute('role')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('marks the content root with the article’s language and direction', async () => {
      const el = await fixture<KeyPoints>(html`<key-points></key-points>`);
      const base = $(el, '[part~="base"]');
      expect(base.getAttribute('lang')).to.equal('en-GB');
      expect(base.getAttribute('dir')).to.equal('ltr');
    });

    it('inherits the page’s font and text colour in the auto theme', async () => {
      const wrapper = await fixture(html`<div style="color: rgb(10, 120, 30); font-family: monospace"><key-points></key-points></div>`);
      const el = wrapper.querySelector('key-points')!;
      const base = getComputedStyle($(el, '[part~="base"]'));
      expect(base.color).to.equal('rgb(10, 120, 30)');
      expect(base.fontFamily).to.equal('monospace');
      await expect(el).to.be.accessible();
    });
  });

  describe('attributes', () => {
    it('heading replaces the heading text, as text (never HTML)', async () => {
      const el = await fixture<KeyPoints>(html`<key-points heading=${'<b>In short</b>'}></key-points>`);
      const heading = $(el, '[part~="heading"]');
      expect(heading.textContent!.trim()).to.equal('<b>In short</b>');
      expect(heading.querySelector('b')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('heading-level sets the heading’s level', async () => {
      const el = await fixture<KeyPoints>(html`<key-points heading-level="4"></key-points>`);
      expect($(el, '[part~="heading"]').localName).to.equal('h4');
      el.headingLevel = 1;
      await el.updateComplete;
      expect($(el, '[part~="heading"]').localName).to.equal('h1');
      await expect(el).to.be.accessible();
    });

    it('an invalid heading-level warns once, naming element and attribute, and falls back to 2', async () => {
      const el = await fixture<KeyPoints>(html`<key-points heading-level="7"></key-points>`);
      el.requestUpdate();
      await el.updateComplete;
      expect($(el, '[part~="heading"]').localName).to.equal('h2');
      const warnings = takeWarnings();
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<key-points>').and.contain('heading-level').and.contain('"7"');
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`theme="${theme}" draws its own opaque surface`, async () => {
        const el = await fixture<KeyPoints>(html`<key-points theme=${theme}></key-points>`);
        const base = $(el, '[part~="base"]');
        const bg = getComputedStyle(base).backgroundColor;
        expect(bg).to.equal(theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(21, 25, 30)');
        expect(getComputedStyle(base).colorScheme).to.equal(theme);
        await expect(el).to.be.accessible();
      });
    }

    it('auto theme stays light on a light page even when the reader prefers dark', async () => {
      const el = await fixture<KeyPoints>(html`<key-points></key-points>`);
      const base = $(el, '[part~="base"]');
      // no surface of its own (the page shows through): never an opaque dark fill
      // Engines report either rgba(0–255, …) or color(srgb 0–1 …): bring both to 0–255.
      const bg = getComputedStyle(base).backgroundColor;
      const numbers = bg.match(/[\d.]+/g)!.map(Number);
      const [r, g, b] = bg.startsWith('color(') ? numbers.slice(0, 3).map(n => n * 255) : numbers.slice(0, 3);
      const alpha = bg.includes('/') || bg.startsWith('rgba') ? numbers[3] : 1;
      expect(alpha).to.be.below(0.2);
      expect(Math.max(r, g, b)).to.be.below(60);
    });

    it('theme is reflected to its attribute, so a page can style on it, and only as written', async () => {
      const el = await fixture<KeyPoints>(html`<key-points></key-points>`);
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(el.matches('[theme=dark]')).to.equal(true);
      // a value that is not a theme is drawn as auto, and is not reflected as if it were one
      (el as { theme: unknown }).theme = ' dark ';
      await el.updateComplete;
      expect(el.matches('[theme=dark]')).to.equal(false);
      expect($(el, '[part~="base"]').className).to.contain('auto');
      (el as { theme: unknown }).theme = { toString: () => 'dark' };
      await el.updateComplete;
      expect(el.matches('[theme=dark]')).to.equal(false);
      const warnings = takeWarnings();
      expect(warnings[0]).to.equal('<key-points> theme: " dark " is not one of auto, light, dark; ignored.');
      expect(warnings).to.have.length(2);
    });

    it('an unknown theme warns and falls back to auto', async () => {
      const el = await fixture<KeyPoints>(html`<key-points theme="purple"></key-points>`);
      expect($(el, '[part~="base"]').className).to.contain('auto');
      const warnings = takeWarnings();
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<key-points>').and.contain('theme');
    });
  });

  describe('authored content', () => {
    /** What a slot of the element shows: the page's own nodes assigned to it. */
    const slotted = (el: Element, name = '') => $<HTMLSlotElement>(el, name ? `slot[name="${name}"]` : 'slot:not([name])').assignedNodes();
    /** Whether the reader sees an element of the page. */
    const seen = (node: Element) => node.getClientRects().length > 0;
    const authoredItems = (el: Element) => Array.from(el.querySelectorAll('li'), li => text(li));

    it('shows the author’s own list, as written: the page’s nodes, links and emphasis', async () => {
      const el = await fixture<KeyPoints>(html`<key-points>
        <ul>
          <li>We offer <a href="/book">free first sessions</a>.</li>
          <li>Sessions are <em>weekly</em>.</li>
        </ul>
      </key-points>`);
      const list = el.querySelector('ul')!;
      expect(slotted(el)).to.deep.equal([list]);
      expect(seen(list)).to.equal(true);
      expect(authoredItems(el)).to.deep.equal(['We offer free first sessions.', 'Sessions are weekly.']);
      // nothing copied: the article's list is not drawn, and the author's is not duplicated
      expect($$(el, 'li')).to.have.length(0);
      expect(text(el)).to.not.contain(POINTS[0]);
      // the list sits inside the box, under our heading
      const box = $(el, '[part~="base"]').getBoundingClientRect();
      const shown = list.getBoundingClientRect();
      expect(shown.top).to.be.at.least($(el, '[part~="heading"]').getBoundingClientRect().bottom);
      expect(shown.bottom).to.be.at.most(box.bottom);
      expect($(el, '[part~="heading"]').textContent!.trim()).to.equal('At a glance');
      expect($(el, '[part~="heading"]').getAttribute('lang')).to.equal('en-GB');
      await expect(el).to.be.accessible();
    });

    it('the page’s own listeners and images stay the page’s: nothing is copied or loaded twice', async () => {
      let clicks = 0;
      const el = await fixture<KeyPoints>(html`<key-points><ul><li><button @click=${() => clicks++}>Tell me more</button></li></ul></key-points>`);
      const button = el.querySelector('button')!;
      expect(seen(button)).to.equal(true);
      button.click();
      expect(clicks).to.equal(1);
      expect($$(el, 'button')).to.have.length(0);
    });

    it('shows an authored heading in the heading’s place, at the level its author gave it, and an ordered list', async () => {
      const el = await fixture<KeyPoints>(html`<key-points>
        <h3>What we believe</h3>
        <ol><li>One</li><li>Two</li></ol>
      </key-points>`);
      const heading = el.querySelector('h3')!;
      expect(slotted(el, 'heading')).to.deep.equal([heading]);
      expect(slotted(el)).to.deep.equal([el.querySelector('ol')]);
      expect(seen(heading)).to.equal(true);
      expect(heading.getBoundingClientRect().bottom).to.be.at.most(el.querySelector('ol')!.getBoundingClientRect().top);
      // ours is not drawn as well
      expect($$(el, '[part~="heading"]')).to.have.length(0);
      expect(authoredItems(el)).to.deep.equal(['One', 'Two']);
      await expect(el).to.be.accessible();
    });

    it('finds a list an editor wrapped in a block, and shows it with its heading in place', async () => {
      const el = await fixture<KeyPoints>(html`<key-points><div><h3>Mine</h3><ul><li>One</li></ul></div></key-points>`);
      expect(slotted(el)).to.deep.equal([el.querySelector('div')]);
      expect(seenText(el)).to.equal('Mine One');
      // the author's heading is shown in place, and ours is not drawn as well
      expect($$(el, '[part~="heading"]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('the heading attribute replaces an authored heading', async () => {
      const el = await fixture<KeyPoints>(html`<key-points heading="Ours"><h3>Theirs</h3><ul><li>One</li></ul></key-points>`);
      expect(text($(el, '[part~="heading"]'))).to.equal('Ours');
      expect(seen(el.querySelector('h3')!)).to.equal(false);
    });

    it('leaves out the empty paragraphs and other content an editor adds around the list', async () => {
      const el = await fixture<KeyPoints>(html`<key-points>
        <p></p>
        <ul>
          <li>First<br /></li>
          <li>Second</li>
        </ul>
        <p><br /></p>
        <p>Not a point</p>
      </key-points>`);
      expect(slotted(el)).to.deep.equal([el.querySelector('ul')]);
      for (const p of el.querySelectorAll('p')) expect(seen(p)).to.equal(false);
      expect(authoredItems(el)).to.deep.equal(['First', 'Second']);
    });

    it('is readable before the script runs, and follows later edits', async () => {
      const el = document.createElement('div');
      el.innerHTML = '<key-points-later><ul><li>Readable first</li></ul></key-points-later>';
      document.body.append(el);
      expect((el.querySelector('li') as HTMLElement).offsetParent).to.not.equal(null);
      el.remove();

      const kp = await fixture<KeyPoints>(html`<key-points><ul><li>Before</li></ul></key-points>`);
      kp.querySelector('li')!.textContent = 'After';
      expect(seen(kp.querySelector('li')!)).to.equal(true);
      // a list added later replaces the article's
      const later = await fixture<KeyPoints>(html`<key-points></key-points>`);
      expect(items(later)).to.deep.equal(POINTS);
      later.insertAdjacentHTML('beforeend', '<ul><li>Added</li></ul>');
      await new Promise(r => setTimeout(r));
      await later.updateComplete;
      expect(items(later)).to.deep.equal([]);
      expect(slotted(later)).to.deep.equal([later.querySelector('ul')]);
      expect(seen(later.querySelector('li')!)).to.equal(true);
      // and removing it brings the article's back
      later.replaceChildren();
      await new Promise(r => setTimeout(r));
      await later.updateComplete;
      expect(items(later)).to.deep.equal(POINTS);
    });

    it('never parses host strings as HTML', async () => {
      const el = await fixture<KeyPoints>(html`<key-points heading=${'<img src=x onerror=alert(1)>'}><ul><li>&lt;img src=x onerror=alert(1)&gt;</li></ul></key-points>`);
      expect(authoredItems(el)).to.deep.equal(['<img src=x onerror=alert(1)>']);
      expect(text($(el, '[part~="heading"]'))).to.equal('<img src=x onerror=alert(1)>');
      expect($$(el, 'img')).to.have.length(0);
      expect(el.querySelectorAll('img')).to.have.length(0);
    });

    it('content without a list warns and shows the article’s points', async () => {
      const el = await fixture<KeyPoints>(html`<key-points><p>Just a paragraph</p></key-points>`);
      expect(items(el)).to.deep.equal(POINTS);
      expect(seen(el.querySelector('p')!)).to.equal(false);
      const warnings = takeWarnings();
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<key-points>');
    });
  });

  it('authored links are reached with Tab and keep a visible focus indicator', async () => {
    const el = await fixture<KeyPoints>(html`<key-points><ul><li><a href="#x">Link</a></li></ul></key-points>`);
    const link = el.querySelector('a')!;
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(link);
    // the page's own link, with the page's (here the browser's) focus style
    expect(getComputedStyle(link).outlineStyle).to.not.equal('none');
  });

  it('registering the tag again does not throw', async () => {
    const { define } = await import('../define.js');
    const { KeyPoints: Same } = await import('./key-points.js');
    expect(() => define('key-points', Same)).not.to.throw();
    expect(takeWarnings()).to.deep.equal([]);
    // a page that already uses the tag for something else keeps its own element
    class Foreign extends HTMLElement {}
    customElements.define('kp-taken', Foreign);
    expect(() => define('kp-taken', Same)).not.to.throw();
    expect(customElements.get('kp-taken')).to.equal(Foreign);
    const warnings = takeWarnings();
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<kp-taken>').and.contain('another script');
  });
});
