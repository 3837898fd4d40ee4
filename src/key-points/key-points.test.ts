import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, takeWarnings, text } from '../../test/helpers.js';
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
      // the surface is a faint tint of the (dark) page text: never an opaque dark fill
      // Engines report either rgba(0–255, …) or color(srgb 0–1 …): bring both to 0–255.
      const bg = getComputedStyle(base).backgroundColor;
      const numbers = bg.match(/[\d.]+/g)!.map(Number);
      const [r, g, b] = bg.startsWith('color(') ? numbers.slice(0, 3).map(n => n * 255) : numbers.slice(0, 3);
      const alpha = bg.includes('/') || bg.startsWith('rgba') ? numbers[3] : 1;
      expect(alpha).to.be.below(0.2);
      expect(Math.max(r, g, b)).to.be.below(60);
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
    it('shows the author’s own items, styled like ours, keeping links and emphasis', async () => {
      const el = await fixture<KeyPoints>(html`<key-points>
        <ul>
          <li>We offer <a href="/book">free first sessions</a>.</li>
          <li>Sessions are <em>weekly</em>.</li>
        </ul>
      </key-points>`);
      expect(items(el)).to.deep.equal(['We offer free first sessions.', 'Sessions are weekly.']);
      const link = $<HTMLAnchorElement>(el, '[part~="item"] a');
      expect(link.getAttribute('href')).to.equal('/book');
      expect($(el, '[part~="item"] em').textContent).to.equal('weekly');
      // not shown twice: the light-DOM list is not slotted
      expect((el.querySelector('ul') as HTMLElement).offsetParent).to.equal(null);
      expect($(el, '[part~="heading"]').textContent!.trim()).to.equal('At a glance');
      await expect(el).to.be.accessible();
    });

    it('uses an authored heading and an ordered list', async () => {
      const el = await fixture<KeyPoints>(html`<key-points>
        <h3>What we believe</h3>
        <ol><li>One</li><li>Two</li></ol>
      </key-points>`);
      expect($(el, '[part~="heading"]').textContent!.trim()).to.equal('What we believe');
      expect($(el, '[part~="list"]').localName).to.equal('ol');
      expect(items(el)).to.deep.equal(['One', 'Two']);
      await expect(el).to.be.accessible();
    });

    it('ignores the empty paragraphs and <br> an editor inserts', async () => {
      const el = await fixture<KeyPoints>(html`<key-points>
        <p></p>
        <ul>
          <li>First<br /></li>
          <li><br /></li>
          <li><p></p>Second</li>
        </ul>
        <p><br /></p>
      </key-points>`);
      expect(items(el)).to.deep.equal(['First', 'Second']);
      expect($$(el, '[part~="item"] br')).to.have.length(0);
    });

    it('is readable before the script runs, and follows later edits', async () => {
      const el = document.createElement('div');
      el.innerHTML = '<key-points-later><ul><li>Readable first</li></ul></key-points-later>';
      document.body.append(el);
      expect((el.querySelector('li') as HTMLElement).offsetParent).to.not.equal(null);
      el.remove();

      const kp = await fixture<KeyPoints>(html`<key-points><ul><li>Before</li></ul></key-points>`);
      kp.querySelector('li')!.textContent = 'After';
      await new Promise(r => setTimeout(r));
      await kp.updateComplete;
      expect(items(kp)).to.deep.equal(['After']);
    });

    it('never parses host strings as HTML', async () => {
      const el = await fixture<KeyPoints>(html`<key-points><ul><li>&lt;img src=x onerror=alert(1)&gt;</li></ul></key-points>`);
      expect(items(el)).to.deep.equal(['<img src=x onerror=alert(1)>']);
      expect($$(el, 'img')).to.have.length(0);
    });

    it('content without a list warns and shows the article’s points', async () => {
      const el = await fixture<KeyPoints>(html`<key-points><p>Just a paragraph</p></key-points>`);
      expect(items(el)).to.deep.equal(POINTS);
      const warnings = takeWarnings();
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<key-points>');
    });
  });

  it('has a visible focus style on authored links (keyboard)', async () => {
    const el = await fixture<KeyPoints>(html`<key-points><ul><li><a href="#x">Link</a></li></ul></key-points>`);
    const link = $<HTMLAnchorElement>(el, 'a');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(link);
    const style = getComputedStyle(link);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
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
