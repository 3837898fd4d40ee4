/**
 * The shared base of the four elements, under what a host page may do to them: set properties
 * before the tag is defined, move elements between providers mid-update, attach a shadow root
 * first, assign values that have no text, subclass and re-register them.
 * Registers nothing on import: each test defines the tags it uses, under names of its own.
 */
import { expect, fixtureSync } from '@open-wc/testing';
import { savedIds, $, seenText, settle, storedKeys, takeWarnings, text, tickedIds } from '../test/helpers.js';
import { define } from './define.js';
import { KeyPoints } from './key-points/key-points.js';
import { ReflectionCard } from './reflection-card/reflection-card.js';
import { TrustChecklist } from './trust-checklist/trust-checklist.js';
import { TrustProvider } from './trust-provider/trust-provider.js';

const heading = (el: Element) => $(el, '[part~="heading"]');

describe('the elements’ shared base', () => {
  afterEach(() => localStorage.clear());

  it('a checklist moved into a new provider mid-update keeps its saved ticks', async () => {
    define('b1-provider', class extends TrustProvider {});
    define('b1-checklist', class extends TrustChecklist {});
    const first = fixtureSync(`<div><b1-provider persist><b1-checklist></b1-checklist></b1-provider></div>`);
    const saving = first.querySelector('b1-checklist') as TrustChecklist;
    await settle(first);
    saving.checked = ['withdraw'];
    await settle(first);
    const saved = storedKeys().map(savedIds);
    expect(saved).to.deep.equal([['withdraw']]);

    // a reload: the ticks come back
    const page = fixtureSync(`<div><b1-provider persist><b1-checklist></b1-checklist></b1-provider></div>`);
    const el = page.querySelector('b1-checklist') as TrustChecklist;
    await settle(page);
    expect(el.checked).to.deep.equal(['withdraw']);
    const events: string[][] = [];
    el.addEventListener('trust-checklist-change', e => events.push(e.detail.checked));

    // in one task: a change that asks for a render, then a new provider wrapped around it
    el.heading = 'Moved';
    const inner = document.createElement('b1-provider');
    el.before(inner);
    inner.append(el);
    await settle(page);
    expect(text(heading(el))).to.equal('Moved');
    expect(el.checked).to.deep.equal(['withdraw']);
    expect(tickedIds(el)).to.deep.equal(['withdraw']);
    expect(storedKeys().map(savedIds)).to.deep.equal(saved);
    expect(events).to.deep.equal([]);
  });

  /** A page where a reader ticked `ids` under a saving provider, then left: the ticks are saved. */
  const savedBefore = async (provider: string, checklist: string, ids: string[]) => {
    const before = fixtureSync(`<div><${provider} persist><${checklist}></${checklist}></${provider}></div>`);
    await settle(before);
    (before.querySelector(checklist) as TrustChecklist).checked = ids;
    await settle(before);
    before.remove();
    expect(storedKeys().map(savedIds)).to.deep.equal([ids]);
  };

  it('after a reload, a checklist moved into a provider that turns saving on in the same task keeps its saved ticks', async () => {
    define('b20-provider', class extends TrustProvider {});
    define('b20-checklist', class extends TrustChecklist {});
    await savedBefore('b20-provider', 'b20-checklist', ['withdraw']);
    const page = fixtureSync(`<div><b20-provider persist id="a"><b20-checklist></b20-checklist></b20-provider><b20-provider id="b"></b20-provider></div>`);
    const el = page.querySelector('b20-checklist') as TrustChecklist;
    await settle(page);
    expect(el.checked).to.deep.equal(['withdraw']);
    // as a framework might: move it first, then set the new provider's attribute
    const b = page.querySelector('#b')!;
    b.append(el);
    b.setAttribute('persist', '');
    await settle(page);
    expect(el.checked).to.deep.equal(['withdraw']);
    expect(storedKeys().map(savedIds)).to.deep.equal([['withdraw']]);
  });

  it('after a reload, a provider replaced by a new one, its checklist moved in before saving is turned on: the ticks stay', async () => {
    define('b21-provider', class extends TrustProvider {});
    define('b21-checklist', class extends TrustChecklist {});
    await savedBefore('b21-provider', 'b21-checklist', ['hide-needs']);
    const page = fixtureSync(`<div><b21-provider persist><b21-checklist></b21-checklist></b21-provider></div>`);
    const el = page.querySelector('b21-checklist') as TrustChecklist;
    await settle(page);
    expect(el.checked).to.deep.equal(['hide-needs']);
    const replacement = document.createElement('b21-provider');
    page.querySelector('b21-provider')!.replaceWith(replacement);
    await new Promise(r => setTimeout(r));
    replacement.append(el);
    replacement.setAttribute('persist', '');
    await settle(page);
    expect(el.checked).to.deep.equal(['hide-needs']);
    expect(storedKeys().map(savedIds)).to.deep.equal([['hide-needs']]);
  });

  it('ticks cleared while the checklist is off the page are cleared from storage once it is back', async () => {
    define('b22-provider', class extends TrustProvider {});
    define('b22-checklist', class extends TrustChecklist {});
    const page = fixtureSync(`<div><b22-provider persist><b22-checklist></b22-checklist></b22-provider></div>`);
    const el = page.querySelector('b22-checklist') as TrustChecklist;
    const provider = page.querySelector('b22-provider')!;
    await settle(page);
    el.checked = ['withdraw'];
    await settle(page);
    el.remove();
    el.clear();
    provider.append(el);
    await settle(page);
    expect(el.checked).to.deep.equal([]);
    expect(storedKeys()).to.deep.equal([]);
  });

  it('an old declarative shadow root: the author’s heading, body and footer still go to their places', async () => {
    define('b23-card', class extends ReflectionCard {});
    define('b23-checklist', class extends TrustChecklist {});
    const page = fixtureSync(`<div></div>`);
    page.setHTMLUnsafe(`<b23-card variant="quote"><template shadowrootmode="open"><p>Server-rendered</p></template><h3>Our approach</h3><p>We listen.</p><p slot="footer">Talk to us</p></b23-card>
      <b23-checklist><template shadowrootmode="open"><p>Server-rendered</p></template><footer>Call us</footer></b23-checklist>`);
    await settle(page);
    const card = page.querySelector('b23-card')!;
    expect(seenText(card)).to.equal('Our approach We listen. Talk to us');
    // the heading in the heading's place, outside the quotation
    expect(card.querySelector('h3')!.assignedSlot?.name).to.equal('heading');
    expect(card.querySelector('p')!.assignedSlot?.closest('blockquote')).to.not.equal(null);
    const checklist = page.querySelector('b23-checklist')!;
    expect(seenText(checklist)).to.contain('I test people to see if they’ll leave.');
    expect(seenText(checklist)).to.match(/Call us$/);
    expect(text(checklist)).not.to.contain('Server-rendered');
    await expect(page).to.be.accessible();
  });

  it('an open shadow root the page attached: the footer still shows', async () => {
    const page = fixtureSync(`<div><b24-key-points><footer>Talk to us</footer></b24-key-points></div>`);
    page.querySelector('b24-key-points')!.attachShadow({ mode: 'open' });
    define('b24-key-points', class extends KeyPoints {});
    await settle(page);
    expect(seenText(page.querySelector('b24-key-points')!)).to.match(/^At a glance .*instruction\. Talk to us$/);
  });

  it('ticks set before the tag was defined are saved under the key of the author’s own items only', async () => {
    const page = fixtureSync(`<div><b2-checklist persist><ul><li data-id="withdraw">Mine</li><li>Two</li></ul></b2-checklist></div>`);
    const el = page.querySelector('b2-checklist') as TrustChecklist;
    el.checked = ['withdraw'];
    define('b2-checklist', class extends TrustChecklist {});
    await settle(page);
    expect(tickedIds(el)).to.deep.equal(['withdraw']);
    expect(storedKeys()).to.have.length(1);
    expect(savedIds(storedKeys()[0])).to.deep.equal(['withdraw']);
  });

  it('a property set before the tag was defined wins over the attribute, as in Lit', async () => {
    const page = fixtureSync(`<div><b3-key-points heading="From the attribute"></b3-key-points></div>`);
    const el = page.querySelector('b3-key-points') as KeyPoints;
    el.heading = 'From the property';
    define('b3-key-points', class extends KeyPoints {});
    await settle(page);
    expect(text(heading(el))).to.equal('From the property');
    el.setAttribute('heading', 'Later attribute');
    await settle(page);
    expect(text(heading(el))).to.equal('Later attribute');
  });

  it('asks for the provider’s settings once per element connected', async () => {
    define('b4-key-points', class extends KeyPoints {});
    const box = fixtureSync(`<div></div>`);
    let requests = 0;
    const count = (e: Event) => {
      if ((e.composedPath()[0] as Element).localName === 'b4-key-points') requests += 1;
    };
    window.addEventListener('context-request', count);
    box.innerHTML = '<b4-key-points></b4-key-points>';
    window.removeEventListener('context-request', count);
    await settle(box);
    expect(requests).to.equal(1);
  });

  it('renders into an open shadow root the page attached before the tag was defined', async () => {
    const page = fixtureSync(`<div><b5-key-points></b5-key-points></div>`);
    const el = page.querySelector('b5-key-points')!;
    const root = el.attachShadow({ mode: 'open' });
    define('b5-key-points', class extends KeyPoints {});
    await settle(page);
    expect(el.shadowRoot).to.equal(root);
    expect(text(heading(el))).to.equal('At a glance');
    await expect(el).to.be.accessible();
  });

  it('properties read on the prototype (devtools, frameworks probing it) do not throw', () => {
    expect(KeyPoints.prototype.heading).to.equal(undefined);
    expect(TrustProvider.prototype.strings).to.equal(undefined);
    expect(TrustChecklist.prototype.checked).to.deep.equal([]);
    expect(() => KeyPoints.prototype.updateComplete).not.to.throw();
  });

  it('takes over a declarative shadow root, showing only its own content', async () => {
    const page = fixtureSync(`<div></div>`);
    page.setHTMLUnsafe('<b9-key-points><template shadowrootmode="open"><p>Server-rendered leftovers</p></template></b9-key-points>');
    const el = page.querySelector('b9-key-points')!;
    expect(el.shadowRoot?.textContent).to.contain('Server-rendered leftovers');
    define('b9-key-points', class extends KeyPoints {});
    await settle(page);
    expect(text(el)).not.to.contain('Server-rendered leftovers');
    expect(text(heading(el))).to.equal('At a glance');
  });

  it('a closed shadow root the page attached first: nothing throws', async () => {
    const page = fixtureSync(`<div><b10-key-points></b10-key-points></div>`);
    page.querySelector('b10-key-points')!.attachShadow({ mode: 'closed' });
    define('b10-key-points', class extends KeyPoints {});
    await settle(page);
  });

  it('a read-only member the page set before the tag was defined stays the page’s: nothing throws', async () => {
    const page = fixtureSync(`<div></div>`);
    const el = document.createElement('b13-key-points');
    Object.assign(el, { updateComplete: 'the page’s own' });
    page.append(el);
    define('b13-key-points', class extends KeyPoints {});
    await new Promise(resolve => setTimeout(resolve));
    expect((el as unknown as { updateComplete: unknown }).updateComplete).to.equal('the page’s own');
    expect(text(heading(el))).to.equal('At a glance');
  });

  it('ticks set before the tag was defined, then persist turned off: nothing is stored', async () => {
    const page = fixtureSync(`<div><b12-checklist persist></b12-checklist></div>`);
    const el = page.querySelector('b12-checklist') as TrustChecklist;
    el.checked = ['withdraw'];
    el.persist = 'off';
    define('b12-checklist', class extends TrustChecklist {});
    await settle(page);
    expect(tickedIds(el)).to.deep.equal(['withdraw']);
    expect(storedKeys()).to.deep.equal([]);
    expect(text($(el, '[part~="note"]'))).to.equal('Only you can see your ticks. They are not saved or sent to anyone, and they go when you leave this page.');
  });

  it('values with no text (a Symbol, an object without toString) warn and fall back, or count as unset; nothing throws', async () => {
    define('b7-key-points', class extends KeyPoints {});
    define('b7-provider', class extends TrustProvider {});
    const page = fixtureSync(`<div><b7-provider><b7-key-points></b7-key-points></b7-provider></div>`);
    const el = page.querySelector('b7-key-points') as KeyPoints;
    const provider = page.querySelector('b7-provider') as TrustProvider;
    await settle(page);
    const odd = [Symbol('level'), Object.create(null) as object];
    for (const value of odd) {
      Object.assign(el, { headingLevel: value, theme: value });
      Object.assign(provider, { headingLevel: value, theme: value, persist: value });
      await settle(page);
      expect(heading(el).localName).to.equal('h2');
      expect(text(heading(el))).to.equal('At a glance');
    }
    const warnings = takeWarnings();
    for (const [tag, attribute] of [
      ['b7-key-points', 'heading-level'],
      ['b7-key-points', 'theme'],
      ['b7-provider', 'heading-level'],
      ['b7-provider', 'theme'],
    ]) {
      expect(warnings.some(w => w.startsWith(`<${tag}> ${attribute}: "symbol"`)), `${tag} ${attribute}`).to.equal(true);
      expect(warnings.some(w => w.startsWith(`<${tag}> ${attribute}: "object"`)), `${tag} ${attribute}`).to.equal(true);
    }
    el.headingLevel = 3;
    el.heading = Object.create(null) as string;
    await settle(page);
    expect(heading(el).localName).to.equal('h3');
    expect(text(heading(el))).to.equal('At a glance');
    // saving is opt-in: a Symbol does not turn it on
    define('b7-checklist', class extends TrustChecklist {});
    const cl = document.createElement('b7-checklist') as TrustChecklist;
    (cl as { persist: unknown }).persist = Symbol('on');
    provider.append(cl);
    await settle(page);
    cl.checked = ['withdraw'];
    await settle(page);
    expect(storedKeys()).to.deep.equal([]);
    expect(text($(cl, '[part~="note"]'))).to.equal('Only you can see your ticks. They are not saved or sent to anyone, and they go when you leave this page.');
  });

  it('a subclass may declare a property again, under another attribute', async () => {
    class Renamed extends KeyPoints {
      static override properties = { headingLevel: { attribute: 'level', type: Number } };
    }
    define('b8-key-points', Renamed);
    expect(Renamed.observedAttributes).to.include('level');
    expect(Renamed.observedAttributes).not.to.include('heading-level');
    const page = fixtureSync(`<div><b8-key-points level="4" heading="Renamed"></b8-key-points></div>`);
    const el = page.querySelector('b8-key-points')!;
    await settle(page);
    expect(heading(el).localName).to.equal('h4');
    expect(text(heading(el))).to.equal('Renamed');
  });
});
