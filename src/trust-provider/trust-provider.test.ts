import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import type { RebuildTrustElement } from '../base.js';
import { contentProblem } from '../content.js';
import { savedIds, $, $$, takeWarnings, text, settle } from '../../test/helpers.js';
import '../index.js';
import type { KeyPoints, ReflectionCard, TrustChecklist, TrustProvider } from '../index.js';

const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(21, 25, 30)';
const ARTICLE = {
  keyPoints: 'At a glance',
  checklist: 'Reflection: When You Feel the Urge to Pull Away',
  card: 'Why Trust Feels Risky',
};

/** The three content elements inside a provider (the first of each). */
const inside = (root: Element) => ({
  kp: root.querySelector<KeyPoints>('key-points')!,
  cl: root.querySelector<TrustChecklist>('trust-checklist')!,
  rc: root.querySelector<ReflectionCard>('reflection-card')!,
});
const all = (root: Element): RebuildTrustElement[] => Object.values(inside(root));


const level = (el: Element) => $(el, '[part~="heading"]').localName;
const headingText = (el: Element) => text($(el, '[part~="heading"]'));
const base = (el: Element) => $(el, '[part~="base"]');
const background = (el: Element) => getComputedStyle(base(el)).backgroundColor;
/** The auto theme: no surface of its own (transparent, or at most faint), never an opaque fill. */
const looksAuto = (el: Element) => {
  const [r, g, b, a] = background(el).match(/[\d.]+/g)!.map(Number);
  return (a ?? 1) < 0.2 && Math.max(r, g, b) < 60;
};
/** The language the words inside `el` are marked with (the innermost lang around them). */
const langOf = (el: Element) => (el.querySelector('[lang]') ?? el.closest('[lang]'))!.getAttribute('lang');
const items = (el: Element) => $$(el, '[part~="item"]').map(li => text(li));

/** A provider holding one `<script type="application/json">` and the three elements. */
const withJson = async (json: string, attrs = '', children = '<key-points></key-points><trust-checklist></trust-checklist><reflection-card></reflection-card>') => {
  const provider = await fixture<TrustProvider>(
    `<trust-provider ${attrs}><script type="application/json">${json}</script>${children}</trust-provider>`,
  );
  await settle(provider);
  return provider;
};

/** Asserts that exactly one warning was logged and that it contains every one of `parts`. */
const expectOneWarning = (...parts: string[]) => {
  const warnings = takeWarnings();
  expect(warnings, warnings.join('\n')).to.have.length(1);
  for (const part of parts) expect(warnings[0]).to.contain(part);
  return warnings[0];
};

/** Every element under `root`, and inside every shadow root below it. */
const deepQuery = (root: Element | ShadowRoot, selector: string): Element[] => {
  const found = Array.from(root.querySelectorAll(selector));
  for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) found.push(...deepQuery(el.shadowRoot, selector));
  return found;
};

const expectBuiltIn = (provider: Element) => {
  const { kp, cl, rc } = inside(provider);
  expect(headingText(kp)).to.equal(ARTICLE.keyPoints);
  expect(headingText(cl)).to.equal(ARTICLE.checklist);
  expect(headingText(rc)).to.equal(ARTICLE.card);
  for (const el of [kp, cl, rc]) expect(base(el).getAttribute('lang')).to.equal('en-GB');
};

const FRENCH = {
  lang: 'fr',
  dir: 'ltr',
  keyPoints: { heading: 'En bref', items: ['Un', 'Deux'] },
  checklist: { heading: 'Réflexion', intro: 'Remarquez :', items: [{ id: 'a', text: 'Premier' }], closing: 'Fin.' },
  sections: [{ id: 's1', heading: 'Titre', paragraphs: ['Paragraphe.'], quote: 'Citation.' }],
};
const PRIVATE_NOTE = 'Only you can see your ticks. They are not saved or sent to anyone, and they go when you leave this page.';
const WELSH_UI = '{"strings":{"lang":"cy","clear":"Clirio","privateNote":"Dim ond chi sy’n gweld eich ticiau."}}';

describe('<trust-provider>', () => {
  it('is registered under its tag', () => {
    expect(customElements.get('trust-provider')).to.equal(document.createElement('trust-provider').constructor);
  });

  describe('layout', () => {
    it('draws nothing itself; the elements inside render as they would anywhere', async () => {
      const provider = await fixture<TrustProvider>(html`<trust-provider>
        <key-points></key-points><trust-checklist></trust-checklist><reflection-card></reflection-card>
      </trust-provider>`);
      await settle(provider);
      expect(getComputedStyle(provider).display).to.equal('contents');
      // its shadow root holds only the slot: no box, no text of its own
      expect(text(provider.shadowRoot!)).to.equal('');
      expect(Array.from(provider.shadowRoot!.children).map(el => el.localName)).to.deep.equal(['slot']);
      expectBuiltIn(provider);
      for (const el of all(provider)) {
        expect(level(el)).to.equal('h2');
        expect(looksAuto(el)).to.equal(true);
        expect(el.getBoundingClientRect().height).to.be.above(0);
      }
      expect($$(inside(provider).cl, 'input[type="checkbox"]')).to.have.length(5);
      await expect(provider).to.be.accessible();
    });

    it('the elements work the same without any provider', async () => {
      const page = fixtureSync(html`<div>
        <key-points></key-points><trust-checklist></trust-checklist><reflection-card></reflection-card>
      </div>`);
      await settle(page);
      expectBuiltIn(page);
      for (const el of all(page)) {
        expect(level(el)).to.equal('h2');
        expect(looksAuto(el)).to.equal(true);
      }
      expect(text($(inside(page).cl, '[part~="clear-button"]'))).to.equal('Clear my ticks');
      await expect(page).to.be.accessible();
    });
  });

  describe('heading-level', () => {
    it('applies to all three elements inside, and follows changes', async () => {
      const provider = await fixture<TrustProvider>(html`<trust-provider heading-level="4">
        <key-points></key-points><trust-checklist></trust-checklist><reflection-card></reflection-card>
      </trust-provider>`);
      await settle(provider);
      expect(all(provider).map(level)).to.deep.equal(['h4', 'h4', 'h4']);
      await expect(provider).to.be.accessible();

      provider.headingLevel = 3;
      await settle(provider);
      expect(all(provider).map(level)).to.deep.equal(['h3', 'h3', 'h3']);
      await expect(provider).to.be.accessible();

      provider.removeAttribute('heading-level');
      await settle(provider);
      expect(all(provider).map(level)).to.deep.equal(['h2', 'h2', 'h2']);
    });

    it('an element’s own heading-level wins over the provider’s', async () => {
      const provider = await fixture<TrustProvider>(html`<trust-provider heading-level="3">
        <key-points heading-level="5"></key-points><trust-checklist></trust-checklist><reflection-card heading-level="2"></reflection-card>
      </trust-provider>`);
      await settle(provider);
      expect(all(provider).map(level)).to.deep.equal(['h5', 'h3', 'h2']);
      await expect(provider).to.be.accessible();
    });

    for (const value of ['9', 'abc']) {
      it(`an invalid heading-level ("${value}") warns once, naming <trust-provider>, and the elements use h2`, async () => {
        const provider = await fixture<TrustProvider>(html`<trust-provider heading-level=${value}>
          <key-points></key-points><trust-checklist></trust-checklist><reflection-card></reflection-card>
        </trust-provider>`);
        await settle(provider);
        provider.requestUpdate();
        await settle(provider);
        expect(all(provider).map(level)).to.deep.equal(['h2', 'h2', 'h2']);
        expectOneWarning('<trust-provider>', 'heading-level', `"${value}"`);
        await expect(provider).to.be.accessible();
      });
    }
  });

  describe('theme', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`theme="${theme}" applies to every element inside`, async () => {
        const provider = await fixture<TrustProvider>(html`<trust-provider theme=${theme}>
          <key-points></key-points><trust-checklist></trust-checklist><reflection-card></reflection-card>
        </trust-provider>`);
        await settle(provider);
        for (const el of all(provider)) {
          expect(background(el)).to.equal(theme === 'light' ? LIGHT_BG : DARK_BG);
          expect(getComputedStyle(base(el)).colorScheme).to.equal(theme);
        }
        await expect(provider).to.be.accessible();
      });
    }

    it('an element’s own theme wins over the provider’s, and changes follow', async () => {
      const provider = await fixture<TrustProvider>(html`<trust-provider theme="dark">
        <key-points theme="light"></key-points><trust-checklist></trust-checklist><reflection-card></reflection-card>
      </trust-provider>`);
      await settle(provider);
      const { kp, cl, rc } = inside(provider);
      expect([kp, cl, rc].map(background)).to.deep.equal([LIGHT_BG, DARK_BG, DARK_BG]);
      await expect(provider).to.be.accessible();

      provider.theme = 'light';
      await settle(provider);
      expect([kp, cl, rc].map(background)).to.deep.equal([LIGHT_BG, LIGHT_BG, LIGHT_BG]);
      await expect(provider).to.be.accessible();
    });

    it('an unknown theme warns once, naming <trust-provider>, and the elements stay auto', async () => {
      const provider = await fixture<TrustProvider>(html`<trust-provider theme="purple">
        <key-points></key-points><trust-checklist></trust-checklist><reflection-card></reflection-card>
      </trust-provider>`);
      await settle(provider);
      for (const el of all(provider)) expect(looksAuto(el), background(el)).to.equal(true);
      expectOneWarning('<trust-provider>', 'theme', '"purple"');
      await expect(provider).to.be.accessible();
    });
  });

  describe('persist', () => {
    // Test files run side by side in one browser profile, so these tests touch only what they
    // write themselves: new keys, and the key they name with storage-key.
    const KEY = 'rebuild-trust:trust-provider-test';
    const ours = () => Object.keys(localStorage).filter(key => key.startsWith('rebuild-trust:'));
    let before: string[] = [];
    const written = () => ours().filter(key => !before.includes(key));
    const tickFirst = async (cl: TrustChecklist) => {
      $<HTMLInputElement>(cl, 'input[type="checkbox"]').click();
      await cl.updateComplete;
    };
    const PRIVATE = 'Only you can see your ticks. They are not saved or sent to anyone, and they go when you leave this page.';

    beforeEach(() => {
      localStorage.removeItem(KEY);
      before = ours();
    });
    afterEach(() => {
      written().forEach(key => localStorage.removeItem(key));
      localStorage.removeItem(KEY);
    });

    it('on the provider turns saving on for a checklist inside', async () => {
      const provider = await fixture<TrustProvider>(html`<trust-provider persist><trust-checklist></trust-checklist></trust-provider>`);
      await settle(provider);
      const { cl } = inside(provider);
      expect(text($(cl, '[part~="note"]'))).to.contain('kept in this browser');
      await tickFirst(cl);
      const keys = written();
      expect(keys).to.have.length(1);
      expect(savedIds(keys[0])).to.deep.equal(['test-people']);
      await expect(provider).to.be.accessible();

      // unticking the last box leaves nothing behind
      await tickFirst(cl);
      expect(localStorage.getItem(keys[0])).to.equal(null);
    });

    it('a later visit gets the saved ticks back', async () => {
      const provider = await fixture<TrustProvider>(html`<trust-provider persist>
        <trust-checklist storage-key="trust-provider-test"></trust-checklist>
      </trust-provider>`);
      await settle(provider);
      await tickFirst(inside(provider).cl);
      expect(savedIds(KEY)).to.deep.equal(['test-people']);

      const again = await fixture<TrustProvider>(html`<trust-provider persist>
        <trust-checklist storage-key="trust-provider-test"></trust-checklist>
      </trust-provider>`);
      await settle(again);
      const { cl } = inside(again);
      const boxes = $$<HTMLInputElement>(cl, 'input[type="checkbox"]');
      expect(boxes.map(box => box.checked)).to.deep.equal([true, false, false, false, false]);
      // restored in silence: each box says it is ticked
      expect(text($(cl, '[part~="status"]'))).to.equal('');
      await expect(again).to.be.accessible();
    });

    it('persist="off" on a checklist opts it out of the provider’s saving', async () => {
      const provider = await fixture<TrustProvider>(html`<trust-provider persist>
        <trust-checklist persist="off" storage-key="trust-provider-test"></trust-checklist>
      </trust-provider>`);
      await settle(provider);
      const { cl } = inside(provider);
      await tickFirst(cl);
      expect(cl.checked).to.deep.equal(['test-people']);
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(text($(cl, '[part~="note"]'))).to.equal(PRIVATE);
      await expect(provider).to.be.accessible();
    });

    for (const attrs of ['', 'persist="off"']) {
      it(`without persist on the provider${attrs ? ` (${attrs})` : ''} nothing is written`, async () => {
        const provider = await fixture<TrustProvider>(
          `<trust-provider ${attrs}><trust-checklist storage-key="trust-provider-test"></trust-checklist></trust-provider>`,
        );
        await settle(provider);
        const { cl } = inside(provider);
        await tickFirst(cl);
        expect(cl.checked).to.deep.equal(['test-people']);
        expect(localStorage.getItem(KEY)).to.equal(null);
        expect(text($(cl, '[part~="note"]'))).to.equal(PRIVATE);
      });
    }

    it('turning persist on at runtime saves the ticks from then on', async () => {
      const provider = await fixture<TrustProvider>(html`<trust-provider>
        <trust-checklist storage-key="trust-provider-test"></trust-checklist>
      </trust-provider>`);
      await settle(provider);
      const { cl } = inside(provider);
      await tickFirst(cl);
      expect(localStorage.getItem(KEY)).to.equal(null);
      provider.persist = '';
      await settle(provider);
      expect(text($(cl, '[part~="note"]'))).to.contain('kept in this browser');
      $$<HTMLInputElement>(cl, 'input[type="checkbox"]')[1].click();
      await cl.updateComplete;
      expect(savedIds(KEY)).to.deep.equal(['test-people', 'hide-needs']);
    });
  });

  describe('interface strings', () => {
    it('a JSON "strings" child translates the checklist’s controls, marked with their language', async () => {
      const provider = await withJson(WELSH_UI);
      const { cl } = inside(provider);
      const button = $(cl, '[part~="clear-button"]');
      expect(text(button)).to.equal('Clirio');
      expect(text($(cl, '[part~="note"]'))).to.equal('Dim ond chi sy’n gweld eich ticiau.');
      expect(langOf(button)).to.equal('cy');
      expect(langOf($(cl, '[part~="note"]'))).to.equal('cy');
      // what was not translated (the line printed for the date) stays marked as English
      expect(langOf($(cl, '[part~="date"]'))).to.equal('en-GB');
      // the article itself is still the built-in English one
      expect(base(cl).getAttribute('lang')).to.equal('en-GB');
      expect(headingText(cl)).to.equal(ARTICLE.checklist);
      expect($(cl, '[part~="heading"]').closest('[lang]')!.getAttribute('lang')).to.equal('en-GB');
      expectBuiltIn(provider);
      await expect(provider).to.be.accessible();
    });

    it('the strings property does the same, and wins over the JSON', async () => {
      const provider = await withJson(WELSH_UI);
      const { cl } = inside(provider);
      provider.strings = { lang: 'cy', clear: 'Clirio’r cyfan' };
      await settle(provider);
      expect(text($(cl, '[part~="clear-button"]'))).to.equal('Clirio’r cyfan');
      // what the property does not replace still comes from the JSON
      expect(text($(cl, '[part~="note"]'))).to.equal('Dim ond chi sy’n gweld eich ticiau.');
      expect(langOf($(cl, '[part~="clear-button"]'))).to.equal('cy');
      expect(langOf($(cl, '[part~="note"]'))).to.equal('cy');
      expect(base(cl).getAttribute('lang')).to.equal('en-GB');
      await expect(provider).to.be.accessible();

      provider.strings = undefined;
      await settle(provider);
      expect(text($(cl, '[part~="clear-button"]'))).to.equal('Clirio');
    });

    it('the strings property works without any JSON', async () => {
      const provider = await fixture<TrustProvider>(html`<trust-provider
        .strings=${{ lang: 'cy', clear: 'Clirio', privateNote: 'Dim ond chi sy’n gweld eich ticiau.' }}
        ><trust-checklist></trust-checklist
      ></trust-provider>`);
      await settle(provider);
      const { cl } = inside(provider);
      expect(text($(cl, '[part~="clear-button"]'))).to.equal('Clirio');
      expect(text($(cl, '[part~="note"]'))).to.equal('Dim ond chi sy’n gweld eich ticiau.');
      expect(langOf($(cl, '[part~="clear-button"]'))).to.equal('cy');
      expect(langOf($(cl, '[part~="note"]'))).to.equal('cy');
      expect(langOf($(cl, '[part~="date"]'))).to.equal('en-GB');
      expect(base(cl).getAttribute('lang')).to.equal('en-GB');
    });

    it('a translation made for 0.1.0, with the count strings no longer shown, keeps the rest and says which were left out', async () => {
      const provider = await withJson('{"strings":{"lang":"cy","clear":"Clirio","noticedNone":"Dim byd eto.","noticed":"Rydych wedi sylwi ar {count}."}}');
      const { cl } = inside(provider);
      expectOneWarning('<trust-provider>', 'strings', 'noticedNone', 'no longer used');
      expect(text($(cl, '[part~="clear-button"]'))).to.equal('Clirio');
      expect(langOf($(cl, '[part~="clear-button"]'))).to.equal('cy');
      expect(text(cl)).not.to.contain('Dim byd eto.');
    });

    it('an unknown string key warns once, naming <trust-provider> and the key; the set is checked whole, like content', async () => {
      const provider = await withJson('{"strings":{"lang":"cy","clera":"Clirio","privateNote":"Dim ond chi sy’n gweld eich ticiau."}}');
      const { cl } = inside(provider);
      expectOneWarning('<trust-provider>', '"clera"', 'strings');
      // ours stay, in English, and marked so: no half-translated interface
      expect(text($(cl, '[part~="clear-button"]'))).to.equal('Clear my ticks');
      expect(text($(cl, '[part~="note"]'))).to.equal(PRIVATE_NOTE);
      expect(langOf($(cl, '[part~="note"]'))).to.equal('en-GB');
      expect(langOf($(cl, '[part~="clear-button"]'))).to.equal('en-GB');
    });

    it('a string the page leaves undefined (a missing translation) is ours, in English: no empty button, nothing thrown', async () => {
      const provider = await fixture<TrustProvider>(html`<trust-provider
        .strings=${{ lang: 'cy', clear: undefined, cleared: undefined, privateNote: 'Dim ond chi sy’n gweld eich ticiau.' }}
        ><trust-checklist></trust-checklist
      ></trust-provider>`);
      await settle(provider);
      const { cl } = inside(provider);
      const button = $(cl, '[part~="clear-button"]');
      expect(text(button)).to.equal('Clear my ticks');
      expect(langOf(button)).to.equal('en-GB');
      expect(text($(cl, '[part~="note"]'))).to.equal('Dim ond chi sy’n gweld eich ticiau.');
      $<HTMLInputElement>(cl, 'input[type="checkbox"]').click();
      (button as HTMLButtonElement).click();
      await settle(provider);
      expect(text($(cl, '[part~="status"]'))).to.equal('Your ticks have been cleared.');
      expect(langOf($(cl, '[part~="status"]'))).to.equal('en-GB');
      await expect(provider).to.be.accessible();
    });

    for (const [json, named] of [
      ['{"strings":{"clear":"Clirio"}}', 'lang'],
      ['{"strings":{"lang":"cy","clear":"  "}}', 'clear'],
      ['{"strings":{"lang":"cy","dir":"up","clear":"Clirio"}}', 'dir'],
      ['{"strings":["Clirio"]}', 'strings'],
    ]) {
      it(`strings ${json.slice(11, -1)} warn once, naming ${named}, and ours are used`, async () => {
        const provider = await withJson(json);
        const { cl } = inside(provider);
        expectOneWarning('<trust-provider>', 'strings', named);
        expect(text($(cl, '[part~="clear-button"]'))).to.equal('Clear my ticks');
        expect(langOf($(cl, '[part~="clear-button"]'))).to.equal('en-GB');
        await expect(provider).to.be.accessible();
      });
    }

    it('strings whose only valid key is "lang" do not mark our English as another language', async () => {
      const provider = await withJson('{"strings":{"lang":"cy","clera":"Clirio"}}');
      const { cl } = inside(provider);
      expectOneWarning('<trust-provider>', '"clera"');
      const button = $(cl, '[part~="clear-button"]');
      expect(text(button)).to.equal('Clear my ticks');
      // English text is read as English: the nearest lang is the article's, not "cy"
      expect(button.closest('[lang]')!.getAttribute('lang')).to.equal('en-GB');
      expect($(cl, '[part~="note"]').closest('[lang]')!.getAttribute('lang')).to.equal('en-GB');
    });
  });

  describe('replacement content', () => {
    it('a JSON "content" child replaces what all three elements show, marked with its language', async () => {
      const provider = await withJson(
        JSON.stringify({ content: FRENCH }),
        '',
        '<key-points></key-points><trust-checklist></trust-checklist><reflection-card section="s1"></reflection-card><reflection-card section="s1" variant="quote"></reflection-card>',
      );
      const { kp, cl, rc } = inside(provider);
      expect(headingText(kp)).to.equal('En bref');
      expect(items(kp)).to.deep.equal(['Un', 'Deux']);

      expect(headingText(cl)).to.equal('Réflexion');
      expect(text($(cl, '[part~="intro"]'))).to.equal('Remarquez :');
      expect(items(cl)).to.deep.equal(['Premier']);
      expect($<HTMLInputElement>(cl, 'input[type="checkbox"]').value).to.equal('a');
      expect(text($(cl, '[part~="closing"]'))).to.equal('Fin.');
      // our interface strings are still English, and say so inside the French checklist
      expect(text($(cl, '[part~="clear-button"]'))).to.equal('Clear my ticks');
      expect(langOf($(cl, '[part~="clear-button"]'))).to.equal('en-GB');
      expect(langOf($(cl, '[part~="date"]'))).to.equal('en-GB');
      expect(langOf($(cl, '[part~="note"]'))).to.equal('en-GB');

      expect(headingText(rc)).to.equal('Titre');
      expect(text($(rc, '[part~="body"]'))).to.equal('Paragraphe.');

      const quote = provider.querySelectorAll('reflection-card')[1];
      expect(text($(quote, 'blockquote'))).to.equal('Citation.');
      // the title was not replaced: the citation names the English article, marked as English
      expect(text($(quote, '[part~="citation"]'))).to.equal('— Titre, How Therapy Helps Rebuild Trust');
      expect($(quote, 'cite').closest('[lang]')!.getAttribute('lang')).to.equal('en-GB');
      // each name is isolated, in its own language and direction: the French heading inside our English wording
      expect($(quote, 'cite').getAttribute('dir')).to.equal('ltr');
      expect($(quote, '[part~="citation"] bdi').getAttribute('lang')).to.equal('fr');

      for (const el of [kp, cl, rc, quote]) {
        expect(base(el).getAttribute('lang')).to.equal('fr');
        expect(base(el).getAttribute('dir')).to.equal('ltr');
      }
      await expect(provider).to.be.accessible();
    });

    it('the content property wins over the JSON', async () => {
      const provider = await withJson(JSON.stringify({ content: FRENCH }));
      provider.content = { lang: 'de', keyPoints: { heading: 'Kurz gesagt', items: ['Eins'] } };
      await settle(provider);
      const { kp, cl } = inside(provider);
      expect(headingText(kp)).to.equal('Kurz gesagt');
      expect(items(kp)).to.deep.equal(['Eins']);
      expect(base(kp).getAttribute('lang')).to.equal('de');
      // the property replaces the JSON's content as a whole
      expect(headingText(cl)).to.equal(ARTICLE.checklist);
      expect(base(cl).getAttribute('lang')).to.equal('en-GB');
      await expect(provider).to.be.accessible();
    });

    it('parts not replaced still show the built-in article, in en-GB', async () => {
      const provider = await withJson('{"content":{"lang":"fr","keyPoints":{"heading":"En bref","items":["Un","Deux"]}}}');
      const { kp, cl, rc } = inside(provider);
      expect(headingText(kp)).to.equal('En bref');
      expect(base(kp).getAttribute('lang')).to.equal('fr');
      expect(headingText(cl)).to.equal(ARTICLE.checklist);
      expect(items(cl)).to.have.length(5);
      expect(base(cl).getAttribute('lang')).to.equal('en-GB');
      expect(headingText(rc)).to.equal(ARTICLE.card);
      expect(base(rc).getAttribute('lang')).to.equal('en-GB');
      await expect(provider).to.be.accessible();
    });

    it('right-to-left content sets the direction', async () => {
      const provider = await withJson(
        '{"content":{"lang":"ar","dir":"rtl","keyPoints":{"heading":"باختصار","items":["واحد"]}}}',
        '',
        '<key-points></key-points>',
      );
      const { kp } = inside(provider);
      expect(base(kp).getAttribute('lang')).to.equal('ar');
      expect(base(kp).getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(base(kp)).direction).to.equal('rtl');
      expect(headingText(kp)).to.equal('باختصار');
    });

    it('invalid JSON warns once, naming <trust-provider> and JSON, and the built-in article is shown', async () => {
      const provider = await withJson('{oops');
      provider.requestUpdate();
      await settle(provider);
      expectOneWarning('<trust-provider>', 'JSON');
      expectBuiltIn(provider);
      await expect(provider).to.be.accessible();
    });

    const shapes: [string, string, string[]][] = [
      ['an empty key-points heading', '{"content":{"lang":"fr","keyPoints":{"heading":"","items":[]}}}', ['keyPoints.heading']],
      ['empty key points', '{"content":{"lang":"fr","keyPoints":{"heading":"En bref","items":[]}}}', ['keyPoints.items']],
      ['a missing lang', '{"content":{"keyPoints":{"heading":"En bref","items":["Un"]}}}', ['lang']],
      ['a bad dir', '{"content":{"lang":"fr","dir":"up","keyPoints":{"heading":"En bref","items":["Un"]}}}', ['dir']],
      [
        'duplicate checklist ids',
        '{"content":{"lang":"fr","checklist":{"heading":"R","intro":"I","items":[{"id":"a","text":"A"},{"id":"a","text":"B"}],"closing":"F"}}}',
        ['checklist.items', '"a"'],
      ],
      ['a section without paragraphs', '{"content":{"lang":"fr","sections":[{"id":"s1","heading":"T","paragraphs":[],"quote":"Q"}]}}', ['sections[0].paragraphs']],
      ['a misspelt field', '{"content":{"lang":"fr","keyPoints":{"heading":"En bref","item":["Un"]}}}', ['keyPoints', '"item"']],
      ['an unknown part', '{"content":{"lang":"fr","titel":"Titre"}}', ['"titel"']],
    ];
    for (const [what, json, fields] of shapes) {
      it(`content with ${what} warns once, naming the field, and the built-in article is shown`, async () => {
        const provider = await withJson(json);
        provider.requestUpdate();
        await settle(provider);
        expectOneWarning('<trust-provider>', ...fields);
        expectBuiltIn(provider);
        await expect(provider).to.be.accessible();
      });
    }

    it('contentProblem, exported for npm users, checks content as the provider does', () => {
      expect(contentProblem(FRENCH)).to.equal(null);
      expect(contentProblem({ lang: 'fr', titel: 'Titre' })).to.contain('"titel"');
      expect(contentProblem({ keyPoints: { heading: 'En bref', items: ['Un'] } })).to.contain('lang');
      expect(contentProblem({ lang: 'fr', keyPoints: { heading: 'En bref', items: [] } })).to.contain('keyPoints.items');
    });

    it('JSON that is not an object, or has unknown fields, warns', async () => {
      const provider = await withJson('["content"]');
      expectOneWarning('<trust-provider>', 'object');
      expectBuiltIn(provider);

      const other = await withJson('{"contents":{"lang":"fr"}}');
      expectOneWarning('<trust-provider>', '"contents"');
      expectBuiltIn(other);
    });

    it('follows edits to the JSON script at runtime', async () => {
      const provider = await withJson(JSON.stringify({ content: FRENCH }));
      const { kp, cl } = inside(provider);
      const script = provider.querySelector('script')!;
      expect(headingText(kp)).to.equal('En bref');

      script.textContent = JSON.stringify({ content: { ...FRENCH, keyPoints: { heading: 'Résumé', items: ['Trois'] } } });
      await settle(provider);
      expect(headingText(kp)).to.equal('Résumé');
      expect(items(kp)).to.deep.equal(['Trois']);
      expect(headingText(cl)).to.equal('Réflexion');

      // editing the text node itself, as a CMS preview might
      (script.firstChild as Text).data = WELSH_UI;
      await settle(provider);
      expectBuiltIn(provider);
      expect(text($(cl, '[part~="clear-button"]'))).to.equal('Clirio');

      // broken mid-edit: a warning and the built-in article, then fixed again
      script.textContent = '{"content":';
      await settle(provider);
      expectOneWarning('<trust-provider>', 'JSON');
      expectBuiltIn(provider);
      expect(text($(cl, '[part~="clear-button"]'))).to.equal('Clear my ticks');

      script.textContent = JSON.stringify({ content: FRENCH });
      await settle(provider);
      expect(headingText(kp)).to.equal('En bref');

      script.remove();
      await settle(provider);
      expectBuiltIn(provider);
      await expect(provider).to.be.accessible();
    });

    it('picks up a JSON script added after the provider', async () => {
      const provider = await fixture<TrustProvider>(html`<trust-provider><key-points></key-points></trust-provider>`);
      await settle(provider);
      const { kp } = inside(provider);
      expect(headingText(kp)).to.equal(ARTICLE.keyPoints);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({ content: FRENCH });
      provider.prepend(script);
      await settle(provider);
      expect(headingText(kp)).to.equal('En bref');
      expect(base(kp).getAttribute('lang')).to.equal('fr');
    });

    it('shows host strings as text, never as HTML', async () => {
      const evil = '<img src=x onerror=alert(1)>';
      const provider = await withJson(
        JSON.stringify({
          strings: { lang: 'en-GB', clear: evil },
          content: {
            lang: 'fr',
            title: evil,
            keyPoints: { heading: evil, items: [evil] },
            checklist: { heading: evil, intro: evil, items: [{ id: 'x', text: evil }], closing: evil },
            sections: [{ id: 's1', heading: evil, paragraphs: [evil], quote: evil }],
          },
        }),
        '',
        '<key-points></key-points><trust-checklist></trust-checklist><reflection-card></reflection-card><reflection-card variant="quote"></reflection-card>',
      );
      const { kp, cl, rc } = inside(provider);
      expect(headingText(kp)).to.equal(evil);
      expect(items(kp)).to.deep.equal([evil]);
      expect(headingText(cl)).to.equal(evil);
      expect(items(cl)).to.deep.equal([evil]);
      expect(text($(cl, '[part~="clear-button"]'))).to.equal(evil);
      expect(headingText(rc)).to.equal(evil);
      expect(text($(rc, '[part~="body"]'))).to.equal(evil);
      const quote = provider.querySelectorAll('reflection-card')[1];
      expect(text($(quote, 'blockquote'))).to.equal(evil);
      expect(text($(quote, 'cite'))).to.equal(evil);
      expect(deepQuery(provider, 'img')).to.have.length(0);
      expect(deepQuery(provider.shadowRoot!, 'img')).to.have.length(0);
    });
  });

  describe('nested providers', () => {
    for (const [outerAttr, innerAttr, check] of [
      ['theme="dark"', 'theme="nope"', (el: Element) => expect(background(el)).to.not.equal(LIGHT_BG)],
      ['heading-level="4"', 'heading-level="9"', (el: Element) => expect(level(el)).to.equal('h4')],
    ] as const) {
      it(`an inner provider with ${innerAttr} warns once, and the outer’s ${outerAttr} applies`, async () => {
        // The inner provider shares its settings before the outer one has answered, and again after.
        const outer = await fixture<TrustProvider>(`<trust-provider ${outerAttr}><trust-provider ${innerAttr}><key-points></key-points></trust-provider></trust-provider>`);
        await settle(outer);
        check(outer.querySelector('key-points')!);
        expectOneWarning('<trust-provider>', innerAttr.split('=')[1], 'ignored');
      });
    }

    it('an inner provider’s rejected strings leave the outer one’s in use, and the warning says only that they are ignored', async () => {
      const outer = await fixture<TrustProvider>(html`<trust-provider .strings=${{ lang: 'cy', clear: 'Clirio' }}
        ><trust-provider .strings=${{ lang: 'fr', clera: 'Effacer' }}><trust-checklist></trust-checklist></trust-provider
      ></trust-provider>`);
      await settle(outer);
      const cl = outer.querySelector('trust-checklist')!;
      expect(text($(cl, '[part~="clear-button"]'))).to.equal('Clirio');
      expect(expectOneWarning('<trust-provider>', 'strings', '"clera"', 'ignored')).to.not.contain('built-in');
    });

    it('an inner provider inherits what it leaves unset from the outer one', async () => {
      const outer = await fixture<TrustProvider>(html`<trust-provider heading-level="3" theme="dark">
        <script type="application/json">{"strings":{"lang":"cy","clear":"Clirio"}}</script>
        <trust-provider theme="light">
          <script type="application/json">{"strings":{"lang":"cy","privateNote":"Dim ond chi sy’n gweld eich ticiau."}}</script>
          <trust-checklist></trust-checklist>
        </trust-provider>
      </trust-provider>`);
      await settle(outer);
      const checklist = outer.querySelector('trust-checklist')!;
      expect(level(checklist)).to.equal('h3');
      expect(background(checklist)).to.equal(LIGHT_BG);
      expect(text($(checklist, '[part~="clear-button"]'))).to.equal('Clirio');
      expect(text($(checklist, '[part~="note"]'))).to.equal('Dim ond chi sy’n gweld eich ticiau.');
      // changes to the outer one reach through
      outer.headingLevel = 5;
      await settle(outer);
      await checklist.updateComplete;
      expect(level(checklist)).to.equal('h5');
      await expect(outer).to.be.accessible();
    });

    it('the inner provider’s settings apply to its own children, the outer’s to the rest', async () => {
      const outer = await fixture<TrustProvider>(html`<trust-provider heading-level="3" theme="dark">
        <key-points id="before"></key-points>
        <trust-provider heading-level="4" theme="light">
          <key-points id="within"></key-points>
        </trust-provider>
        <key-points id="after"></key-points>
      </trust-provider>`);
      await settle(outer);
      const [before, within, after] = ['before', 'within', 'after'].map(id => outer.querySelector(`#${id}`)!);
      expect([before, within, after].map(level)).to.deep.equal(['h3', 'h4', 'h3']);
      expect([before, within, after].map(background)).to.deep.equal([DARK_BG, LIGHT_BG, DARK_BG]);
      await expect(outer).to.be.accessible();

      // changing the outer one does not reach past the inner one
      outer.headingLevel = 2;
      await settle(outer);
      expect([before, within, after].map(level)).to.deep.equal(['h2', 'h4', 'h2']);
    });

    it('each provider’s replacement content stays with its own children', async () => {
      const outer = await fixture<TrustProvider>(`<trust-provider>
        <script type="application/json">${JSON.stringify({ content: FRENCH })}</script>
        <key-points id="outside"></key-points>
        <trust-provider>
          <script type="application/json">{"content":{"lang":"de","keyPoints":{"heading":"Kurz gesagt","items":["Eins"]}}}</script>
          <key-points id="inner"></key-points>
        </trust-provider>
      </trust-provider>`);
      await settle(outer);
      const outside = outer.querySelector('#outside')!;
      const inner = outer.querySelector('#inner')!;
      expect(headingText(outside)).to.equal('En bref');
      expect(base(outside).getAttribute('lang')).to.equal('fr');
      expect(headingText(inner)).to.equal('Kurz gesagt');
      expect(base(inner).getAttribute('lang')).to.equal('de');

      // editing the inner script updates only the inner one's children
      outer.querySelector(':scope trust-provider > script')!.textContent = '{"content":{"lang":"de","keyPoints":{"heading":"Überblick","items":["Eins"]}}}';
      await settle(outer);
      expect(headingText(inner)).to.equal('Überblick');
      expect(headingText(outside)).to.equal('En bref');
      await expect(outer).to.be.accessible();
    });
  });
});
