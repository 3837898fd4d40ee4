/**
 * The four elements together on one page, as a reader meets them: privacy across the page,
 * reflow at 320 px, target sizes, print, forced colours, reduced motion, and no style leaks.
 */
import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, emulate, emulated, mediaRules, requestsSince, takeWarnings } from '../test/helpers.js';
import './index.js';
import type { TrustChecklist } from './trust-checklist/trust-checklist.js';

const page = () => html`<main style="max-width: 40rem">
  <p class="host-paragraph">A clinic’s own paragraph.</p>
  <reflection-card section="rupture-and-repair"></reflection-card>
  <key-points></key-points>
  <reflection-card section="the-therapeutic-frame" variant="quote"></reflection-card>
  <trust-checklist><footer><p>Talk to us: <a href="#book">book a conversation</a></p></footer></trust-checklist>
  <trust-provider heading-level="3"><reflection-card section="therapy-beyond-the-hour"></reflection-card></trust-provider>
</main>`;

const elements = (root: Element) => Array.from(root.querySelectorAll('key-points, trust-checklist, reflection-card'));
const settle = async (root: Element) => {
  await Promise.all(elements(root).map(el => (el as TrustChecklist).updateComplete));
};

describe('a page with every element', () => {
  afterEach(async () => {
    localStorage.clear();
    await emulate({});
  });

  it('sends nothing, sets no cookie and stores nothing while the reader ticks and clears', async () => {
    const start = performance.now();
    const root = await fixture(page());
    await settle(root);
    const checklist = root.querySelector('trust-checklist')!;
    const boxes = $$<HTMLInputElement>(checklist, 'input[type=checkbox]');
    boxes[0].click();
    boxes[3].click();
    $(checklist, '[part~="clear-button"]').click();
    boxes[1].click();
    await checklist.updateComplete;
    expect(requestsSince(start)).to.deep.equal([]);
    expect(document.cookie).to.equal('');
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    await expect(root).to.be.accessible();
  });

  it('reflows at 320 px without horizontal scrolling (400% zoom)', async () => {
    const root = await fixture(html`<div style="width: 320px; font-size: 16px">${page()}</div>`);
    await settle(root);
    for (const el of elements(root)) {
      const base = $(el, '[part~="base"]');
      expect(base.scrollWidth, `<${el.localName}> overflows`).to.be.at.most(base.clientWidth);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    }
    await expect(root).to.be.accessible();
  });

  it('gives every control a target of at least 24×24 px', async () => {
    const root = await fixture(page());
    await settle(root);
    const checklist = root.querySelector('trust-checklist')!;
    const controls = [...$$(checklist, 'input[type=checkbox]'), $(checklist, '[part~="clear-button"]')];
    expect(controls).to.have.length(6);
    for (const control of controls) {
      const { width, height } = control.getBoundingClientRect();
      expect(width).to.be.at.least(24);
      expect(height).to.be.at.least(24);
    }
  });

  it('keeps its styles inside: the host page’s paragraphs are untouched and page rules do not reach in', async () => {
    const root = await fixture(html`<div>
      <style>
        .leak-test p { color: rgb(255, 0, 0); margin: 0; }
      </style>
      <div class="leak-test" style="color: rgb(0, 0, 0)">
        <p id="outside">Outside</p>
        <reflection-card></reflection-card>
      </div>
    </div>`);
    await settle(root);
    const outside = root.querySelector('#outside')!;
    expect(getComputedStyle(outside).marginBottom).to.equal('0px');
    const card = root.querySelector('reflection-card')!;
    const inside = $(card, '[part~="body"] p');
    expect(getComputedStyle(inside).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(inside).marginBottom).to.not.equal('0px');
  });

  it('moves keyboard focus from the last checkbox to “Clear my ticks” to the clinic’s footer link', async () => {
    const root = await fixture(page());
    await settle(root);
    const checklist = root.querySelector('trust-checklist')!;
    const boxes = $$<HTMLInputElement>(checklist, 'input[type=checkbox]');
    boxes[4].focus();
    await sendKeys({ press: 'Tab' });
    expect(checklist.shadowRoot!.activeElement).to.equal($(checklist, '[part~="clear-button"]'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(checklist.querySelector('footer a'));
  });

  it('prints on a light surface with the boxes visible and the buttons and status hidden', async () => {
    const root = await fixture(html`<div style="background: #111; color: #eee">${page()}</div>`);
    await settle(root);
    const checklist = root.querySelector('trust-checklist')!;
    if (await emulated({ media: 'print' }, 'print')) {
      const base = getComputedStyle($(checklist, '[part~="base"]'));
      expect(base.backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(base.color).to.equal('rgb(0, 0, 0)');
      expect($(checklist, '[part~="clear-button"]').getClientRects()).to.have.length(0);
      expect($(checklist, '[part~="status"]').getClientRects()).to.have.length(0);
      for (const box of $$(checklist, 'input[type=checkbox]')) {
        expect(getComputedStyle(box).display).to.not.equal('none');
        expect(box.getBoundingClientRect().width).to.be.at.least(20);
      }
      expect(getComputedStyle($(checklist, '[part~="item"]')).breakInside).to.equal('avoid');
    } else {
      // Engines that can't emulate print here: the print rules are in the parsed styles.
      const rules = mediaRules(checklist, 'print');
      expect(rules).to.match(/\.controls[^{]*\{[^}]*display: none/);
      expect(rules).to.match(/\.base \{[^}]*background: (rgb\(255, 255, 255\)|#fff)/);
      expect(rules).to.match(/li[^{]*\{[^}]*break-inside: avoid/);
    }
  });

  it('draws real borders and focus in forced-colours mode', async () => {
    const root = await fixture(page());
    await settle(root);
    const card = root.querySelector('reflection-card')!;
    if (await emulated({ features: [{ name: 'forced-colors', value: 'active' }] }, '(forced-colors: active)')) {
      const base = getComputedStyle($(card, '[part~="base"]'));
      expect(base.borderTopStyle).to.equal('solid');
      expect(base.borderTopWidth).to.equal('1px');
      expect(base.borderTopColor).to.not.match(/rgba\(.*, 0\)$/);
      // the accent rule keeps its width
      expect(parseFloat(base.borderInlineStartWidth)).to.be.above(3);
    } else {
      expect(mediaRules(card, 'forced-colors')).to.match(/\.base \{[^}]*border-color: canvastext/i);
    }
  });

  it('nothing moves, so a reader who prefers reduced motion sees none', async () => {
    const root = await fixture(page());
    await settle(root);
    await emulate({ features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    for (const el of root.querySelectorAll('key-points, trust-checklist, reflection-card')) {
      for (const node of [el, ...el.shadowRoot!.querySelectorAll('*')]) {
        const style = getComputedStyle(node);
        expect(style.transitionDuration.split(', ').every(d => d === '0s'), `<${node.localName}> transition`).to.equal(true);
        expect(style.animationName, `<${node.localName}> animation`).to.equal('none');
      }
    }
  });

  it('survives a host page that assigns odd values to every property', async () => {
    const root = await fixture(page());
    await settle(root);
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const odd = [42, null, undefined, {}, [], '', '   ', true];
    const checklist = root.querySelector('trust-checklist')!;
    $$<HTMLInputElement>(checklist, 'input[type=checkbox]')[0].click();
    for (const el of [...elements(root), root.querySelector('trust-provider')!]) {
      for (const prop of ['heading', 'headingLevel', 'theme', 'section', 'variant', 'persist', 'storageKey', 'name', 'checked', 'strings', 'content']) {
        for (const value of odd) {
          (el as unknown as Record<string, unknown>)[prop] = value;
          await (el as TrustChecklist).updateComplete;
        }
        (el as unknown as Record<string, unknown>)[prop] = undefined;
      }
    }
    await settle(root);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    // every element still shows its heading and words
    for (const el of elements(root)) expect($(el, '[part~="heading"]').textContent!.trim()).to.not.equal('');
    // the bad values were reported, each naming its element
    const warnings = takeWarnings();
    expect(warnings.length).to.be.greaterThan(0);
    for (const warning of warnings) expect(warning).to.match(/^<(key-points|trust-checklist|reflection-card|trust-provider)> /);
  });
});
