/**
 * Both sides of the context protocol, which the elements implement themselves (with `@lit/context`'s
 * request event and context key): a provider that upgrades inside another one takes over the
 * elements inside it, and each side works with `@lit/context`'s own ContextProvider and ContextConsumer.
 * This file runs in its own page and registers nothing on import: each test defines what it needs.
 *
 * Plain markup goes in with `fixtureSync`: `fixture` waits for an animation frame when the
 * element has no `updateComplete`, and a page running in the background may never get one.
 */
import { expect, fixtureSync } from '@open-wc/testing';
import { ContextConsumer, ContextProvider } from '@lit/context';
import { LitElement, html } from 'lit';
import { settingsContext, type TrustSettings } from '../context.js';
import { $, $$, settle, takeWarnings, text } from '../../test/helpers.js';
import { define } from '../define.js';
import { KeyPoints } from '../key-points/key-points.js';
import { TrustChecklist } from '../trust-checklist/trust-checklist.js';
import { TrustProvider } from '../trust-provider/trust-provider.js';

const level = (el: Element) => $(el, '[part~="heading"]').localName;
const DARK_BG = 'rgb(21, 25, 30)';
const background = (el: Element) => getComputedStyle($(el, '[part~="base"]')).backgroundColor;

describe('<trust-provider> inside another, upgraded later', () => {
  it('takes over the elements inside it; the outer one no longer reaches them', async () => {
    define('trust-provider', TrustProvider);
    define('key-points', KeyPoints);
    const page = fixtureSync(`<trust-provider heading-level="3">
      <key-points id="outside"></key-points>
      <late-provider heading-level="5"><key-points id="inside"></key-points></late-provider>
    </trust-provider>`);
    await settle(page);
    const outer = page as TrustProvider;
    const outside = page.querySelector('#outside')!;
    const inside = page.querySelector('#inside')!;
    // the inner provider is not defined yet: the outer one answers everything
    expect([outside, inside].map(level)).to.deep.equal(['h3', 'h3']);

    define('late-provider', class LateProvider extends TrustProvider {});
    await settle(page);
    expect([outside, inside].map(level)).to.deep.equal(['h3', 'h5']);

    // the outer one's level reaches only its own; its theme is inherited through the inner one
    outer.headingLevel = 4;
    outer.theme = 'dark';
    await settle(page);
    expect([outside, inside].map(level)).to.deep.equal(['h4', 'h5']);
    expect([outside, inside].map(background)).to.deep.equal([DARK_BG, DARK_BG]);
    await expect(page).to.be.accessible();
  });
});

describe('the context protocol, with @lit/context’s own controllers on the other side', () => {
  it('elements take their settings from a @lit/context ContextProvider, and follow its changes', async () => {
    define('key-points', KeyPoints);
    class LitProvider extends LitElement {
      provider = new ContextProvider(this, { context: settingsContext, initialValue: { headingLevel: 4 } });
      protected override render() {
        return html`<slot></slot>`;
      }
    }
    define('lit-settings-provider', LitProvider);
    const page = fixtureSync(`<lit-settings-provider><key-points></key-points></lit-settings-provider>`) as LitProvider;
    await settle(page);
    const el = page.querySelector('key-points')!;
    expect(level(el)).to.equal('h4');
    page.provider.setValue({ headingLevel: 5, theme: 'dark' });
    await settle(page);
    expect(level(el)).to.equal('h5');
    expect(background(el)).to.equal(DARK_BG);
  });

  it('a provider of our key answering with malformed settings: the elements use what is valid, warn once, and throw nothing', async () => {
    define('key-points', KeyPoints);
    define('trust-checklist', TrustChecklist);
    class OddProvider extends LitElement {
      provider = new ContextProvider(this, {
        context: settingsContext,
        initialValue: {
          headingLevel: 'four',
          theme: 'purple',
          persist: 'yes',
          strings: { clear: 5, cleared: { text: 'Wedi clirio', lang: 'cy', dir: 'ltr' } },
          content: { lang: 'en', checklist: { items: 'oops' }, keyPoints: { heading: 'Ours', items: 'also oops' } },
        } as unknown as TrustSettings,
      });
      protected override render() {
        return html`<slot></slot>`;
      }
    }
    define('odd-settings-provider', OddProvider);
    const page = fixtureSync(`<odd-settings-provider><key-points></key-points><trust-checklist></trust-checklist></odd-settings-provider>`) as OddProvider;
    await settle(page);
    const [points, checklist] = Array.from(page.children);
    expect(level(points)).to.equal('h2');
    expect($$(points, '[part~="item"]')).to.have.length(4);
    expect($$(checklist, 'input[type="checkbox"]')).to.have.length(5);
    expect(text($(checklist, 'button'))).to.equal('Clear my ticks');
    const warnings = takeWarnings();
    expect(warnings.filter(w => w.startsWith('<key-points> content:'))).to.have.length(1);
    expect(warnings.filter(w => w.startsWith('<trust-checklist> content:'))).to.have.length(1);
    // saving stays off: "yes" is not a setting
    (checklist as TrustChecklist).checked = ['withdraw'];
    await settle(page);
    expect(Object.keys(localStorage).filter(k => k.startsWith('rebuild-trust:'))).to.deep.equal([]);
    await expect(page).to.be.accessible();
  });

  it('settings a provider only inherits (a polluted prototype) are not settings', async () => {
    define('key-points', KeyPoints);
    class InheritingProvider extends LitElement {
      provider = new ContextProvider(this, { context: settingsContext, initialValue: Object.create({ headingLevel: 5, theme: 'dark' }) as TrustSettings });
      protected override render() {
        return html`<slot></slot>`;
      }
    }
    define('inheriting-settings-provider', InheritingProvider);
    const page = fixtureSync(`<inheriting-settings-provider><key-points></key-points></inheriting-settings-provider>`);
    await settle(page);
    const el = page.querySelector('key-points')!;
    expect(level(el)).to.equal('h2');
    expect(background(el)).to.not.equal(DARK_BG);
  });

  it('<trust-provider> answers a @lit/context ContextConsumer, and keeps it up to date', async () => {
    define('trust-provider', TrustProvider);
    class LitConsumer extends LitElement {
      consumer = new ContextConsumer(this, { context: settingsContext, subscribe: true });
    }
    define('lit-settings-consumer', LitConsumer);
    const page = fixtureSync(`<trust-provider heading-level="3" theme="dark"><lit-settings-consumer></lit-settings-consumer></trust-provider>`) as TrustProvider;
    await settle(page);
    const consumer = page.querySelector('lit-settings-consumer') as LitConsumer;
    expect(consumer.consumer.value).to.deep.include({ headingLevel: 3, theme: 'dark' });
    page.headingLevel = 6;
    await settle(page);
    expect(consumer.consumer.value?.headingLevel).to.equal(6);
    consumer.remove();
    page.headingLevel = 2;
    await settle(page);
    expect(consumer.consumer.value?.headingLevel, 'a removed consumer hears no more').to.equal(6);
  });

  it('a consumer that sends no contextTarget (older protocol) is answered, and handed over to a provider upgraded inside', async () => {
    define('trust-provider', TrustProvider);
    define('key-points', KeyPoints);
    const page = fixtureSync(`<trust-provider heading-level="3"><div id="older"></div></trust-provider>`) as TrustProvider;
    await settle(page);
    const heard: unknown[] = [];
    const older = page.querySelector('#older')!;
    const request = Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
      context: settingsContext,
      callback: (value: { headingLevel?: number }) => heard.push(value.headingLevel),
      subscribe: true,
    });
    older.dispatchEvent(request);
    expect(heard).to.deep.equal([3]);

    // a provider upgraded inside takes over its elements; the older consumer, outside it, stays
    page.insertAdjacentHTML('beforeend', '<older-late-provider heading-level="5"><key-points></key-points></older-late-provider>');
    await settle(page);
    define('older-late-provider', class extends TrustProvider {});
    await settle(page);
    expect(level(page.querySelector('key-points')!)).to.equal('h5');
    page.headingLevel = 2;
    await settle(page);
    expect(heard.at(-1)).to.equal(2);
  });
});
