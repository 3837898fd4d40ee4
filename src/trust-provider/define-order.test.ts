/**
 * The order in which a page defines the tags, and moving elements between providers.
 * This file runs in its own page and registers nothing on import: each test defines
 * what it needs, so the first test sees a registry where nothing is defined yet.
 *
 * Plain markup goes in with `fixtureSync`: `fixture` waits for an animation frame when the
 * element has no `updateComplete`, and a page running in the background may never get one.
 */
import { expect, fixture, fixtureSync } from '@open-wc/testing';
import { $, $$, text, settle, tickedIds } from '../../test/helpers.js';
import { define } from '../define.js';
import { KeyPoints } from '../key-points/key-points.js';
import { ReflectionCard } from '../reflection-card/reflection-card.js';
import { TrustChecklist } from '../trust-checklist/trust-checklist.js';
import { TrustProvider } from '../trust-provider/trust-provider.js';

const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(21, 25, 30)';
const TAGS = 'key-points, trust-checklist, reflection-card';


const level = (el: Element) => $(el, '[part~="heading"]').localName;
const base = (el: Element) => $(el, '[part~="base"]');
const background = (el: Element) => getComputedStyle(base(el)).backgroundColor;
/** The auto theme: no surface of its own (transparent, or at most faint), never an opaque fill. */
const looksAuto = (el: Element) => {
  const [r, g, b, a] = background(el).match(/[\d.]+/g)!.map(Number);
  return (a ?? 1) < 0.2 && Math.max(r, g, b) < 60;
};

describe('<trust-provider> and the order of definition', () => {
  it('elements defined before the provider pick up its settings once it is defined', async () => {
    for (const tag of ['trust-provider', 'key-points', 'trust-checklist', 'reflection-card']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
    const page = fixtureSync(`<div>
      <trust-provider heading-level="4" theme="dark"><key-points></key-points><trust-checklist></trust-checklist><reflection-card></reflection-card></trust-provider>
      <trust-provider id="json">
        <script type="application/json">{"content":{"lang":"fr","keyPoints":{"heading":"En bref","items":["Un","Deux"]}}}</script>
        <key-points></key-points>
      </trust-provider>
    </div>`);
    const provider = page.querySelector('trust-provider')!;
    const [kp, cl, rc] = Array.from(provider.querySelectorAll(TAGS));
    const french = page.querySelector('#json key-points')!;
    expect(provider.shadowRoot).to.equal(null);
    expect(kp.shadowRoot).to.equal(null);

    // the content elements first: with no provider yet they show their defaults
    define('key-points', KeyPoints);
    define('trust-checklist', TrustChecklist);
    define('reflection-card', ReflectionCard);
    await settle(page);
    expect([kp, cl, rc].map(level)).to.deep.equal(['h2', 'h2', 'h2']);
    for (const el of [kp, cl, rc]) expect(looksAuto(el), background(el)).to.equal(true);
    expect(text($(french, '[part~="heading"]'))).to.equal('At a glance');
    expect(base(french).getAttribute('lang')).to.equal('en-GB');

    // the provider last: its settings reach the elements that were waiting for it
    define('trust-provider', TrustProvider);
    await settle(page);
    expect([kp, cl, rc].map(level)).to.deep.equal(['h4', 'h4', 'h4']);
    for (const el of [kp, cl, rc]) {
      expect(background(el)).to.equal(DARK_BG);
      expect(getComputedStyle(base(el)).colorScheme).to.equal('dark');
    }
    expect(text($(french, '[part~="heading"]'))).to.equal('En bref');
    expect($$(french, '[part~="item"]').map(li => text(li))).to.deep.equal(['Un', 'Deux']);
    expect(base(french).getAttribute('lang')).to.equal('fr');
    await expect(provider).to.be.accessible();

    // and they keep following it
    (provider as TrustProvider).theme = 'light';
    await settle(page);
    for (const el of [kp, cl, rc]) expect(background(el)).to.equal(LIGHT_BG);
    await expect(provider).to.be.accessible();
  });

  it('elements appended to a provider that is already defined take its settings', async () => {
    const provider = await fixture<TrustProvider>(`<trust-provider heading-level="4" theme="dark"></trust-provider>`);
    await settle(provider);
    const els = ['key-points', 'trust-checklist', 'reflection-card'].map(tag => document.createElement(tag));
    provider.append(...els);
    await settle(provider);
    expect(els.map(level)).to.deep.equal(['h4', 'h4', 'h4']);
    for (const el of els) expect(background(el)).to.equal(DARK_BG);
    await expect(provider).to.be.accessible();

    // nested inside other markup, added as HTML
    const section = document.createElement('section');
    section.innerHTML = '<div><reflection-card variant="quote" heading="A quote"></reflection-card></div>';
    provider.append(section);
    await settle(provider);
    const card = section.querySelector('reflection-card')!;
    expect(level(card)).to.equal('h4');
    expect(background(card)).to.equal(DARK_BG);
    await expect(provider).to.be.accessible();
  });

  it('elements whose tag is defined after the provider’s take its settings', async () => {
    const provider = await fixture<TrustProvider>(
      `<trust-provider heading-level="3" theme="light"><late-key-points></late-key-points></trust-provider>`,
    );
    await settle(provider);
    const late = provider.querySelector('late-key-points')!;
    expect(late.shadowRoot).to.equal(null);
    define('late-key-points', class LateKeyPoints extends KeyPoints {});
    await settle(provider);
    expect(level(late)).to.equal('h3');
    expect(background(late)).to.equal(LIGHT_BG);
    await expect(provider).to.be.accessible();
  });

  it('an element moved out of a provider goes back to its defaults, and into another takes that one’s settings', async () => {
    const page = fixtureSync(`<div>
      <trust-provider id="a" heading-level="4" theme="dark"><key-points></key-points><trust-checklist></trust-checklist><reflection-card></reflection-card></trust-provider>
      <div id="plain"></div>
      <trust-provider id="b" heading-level="3" theme="light"></trust-provider>
    </div>`);
    await settle(page);
    const a = page.querySelector<TrustProvider>('#a')!;
    const b = page.querySelector<TrustProvider>('#b')!;
    const plain = page.querySelector('#plain')!;
    const els = Array.from(a.querySelectorAll(TAGS));
    expect(els.map(level)).to.deep.equal(['h4', 'h4', 'h4']);
    for (const el of els) expect(background(el)).to.equal(DARK_BG);

    // out of any provider: the defaults
    plain.append(...els);
    await settle(page);
    expect(els.map(level)).to.deep.equal(['h2', 'h2', 'h2']);
    for (const el of els) expect(looksAuto(el), background(el)).to.equal(true);
    await expect(plain).to.be.accessible();

    // into another provider: its settings
    b.append(...els);
    await settle(page);
    expect(els.map(level)).to.deep.equal(['h3', 'h3', 'h3']);
    for (const el of els) expect(background(el)).to.equal(LIGHT_BG);
    await expect(b).to.be.accessible();

    // the provider they left no longer reaches them
    a.headingLevel = 6;
    a.theme = 'dark';
    await settle(page);
    expect(els.map(level)).to.deep.equal(['h3', 'h3', 'h3']);
    for (const el of els) expect(background(el)).to.equal(LIGHT_BG);

    // straight from one provider into another
    a.append(...els);
    await settle(page);
    expect(els.map(level)).to.deep.equal(['h6', 'h6', 'h6']);
    for (const el of els) expect(background(el)).to.equal(DARK_BG);
    b.headingLevel = 5;
    await settle(page);
    expect(els.map(level)).to.deep.equal(['h6', 'h6', 'h6']);
  });

  it('a provider moved with its children keeps them', async () => {
    const page = fixtureSync(`<div>
      <trust-provider heading-level="4" theme="dark"><key-points></key-points><trust-checklist></trust-checklist></trust-provider>
      <aside></aside>
    </div>`);
    await settle(page);
    const provider = page.querySelector('trust-provider')!;
    page.querySelector('aside')!.append(provider);
    await settle(page);
    const els = Array.from(provider.querySelectorAll(TAGS));
    expect(els.map(level)).to.deep.equal(['h4', 'h4']);
    for (const el of els) expect(background(el)).to.equal(DARK_BG);
    await expect(provider).to.be.accessible();
  });

  it('keeps what a page set on an element before its tag was defined', async () => {
    const page = fixtureSync(`<div><early-checklist></early-checklist><early-provider><early-key-points></early-key-points></early-provider></div>`);
    const el = page.querySelector('early-checklist') as TrustChecklist;
    Object.assign(el, { heading: 'Set before the tag was defined', headingLevel: 3, checked: ['withdraw'] });
    const provider = page.querySelector('early-provider') as TrustProvider;
    provider.strings = { lang: 'cy', clear: 'Clirio fy nhiciau' };
    provider.content = { lang: 'cy', keyPoints: { heading: 'Yn gryno', items: ['Un', 'Dau'] } };
    define('early-checklist', class extends TrustChecklist {});
    define('early-provider', class extends TrustProvider {});
    define('early-key-points', class extends KeyPoints {});
    await settle(page);

    expect(text($(el, '[part~="heading"]'))).to.equal('Set before the tag was defined');
    expect(level(el)).to.equal('h3');
    expect(el.checked).to.deep.equal(['withdraw']);
    expect(tickedIds(el)).to.deep.equal(['withdraw']);
    expect(text($(el, '[role="status"]'))).to.equal('');
    const kp = page.querySelector('early-key-points')!;
    expect(text($(kp, '[part~="heading"]'))).to.equal('Yn gryno');
    expect($$(kp, 'li').map(li => text(li))).to.deep.equal(['Un', 'Dau']);

    // the page's values now go through the elements' own properties
    el.headingLevel = 4;
    await settle(page);
    expect(level(el)).to.equal('h4');
    await expect(el).to.be.accessible();
  });
});
