/**
 * The built files, as a site gets them: dist/cdn bundles on plain pages, the snippets with
 * scripts and without, with scripts blocked, and the bundles loaded twice or next to a
 * foreign element. Needs `npm run build` (npm test runs it first).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { article } from '../src/content.js';
import { snippet } from '../src/snippets.js';
import { savedIds } from './helpers.js';
import { AXE, CDN, CLASSIC, NONCE, ITEM, axeViolations, POINT, SECTION_START, TAGS, items, lightText, page, rendered, shadowText, snippetFile, type Frame } from './frame.js';

const TAG_PAGE = `<key-points></key-points>
  <trust-checklist></trust-checklist>
  <reflection-card></reflection-card>
  <trust-provider heading-level="3"><reflection-card section="rupture-and-repair" variant="quote"></reflection-card></trust-provider>`;

describe('built bundles on a plain page', () => {
  for (const [name, head] of [
    ['module bundle', `<script type="module" src="${CDN}"></script>`],
    ['classic bundle, in the head before the body is parsed', `<script src="${CLASSIC}"></script>`],
  ]) {
    it(`${name}: one script tag renders every element`, async () => {
      const frame = await page(TAG_PAGE, { head });
      const els = await rendered(frame, 4);
      expect(shadowText(els[0])).to.contain(POINT);
      expect(shadowText(els[1])).to.contain(ITEM);
      expect(shadowText(els[2])).to.contain(SECTION_START);
      expect(els[3].shadowRoot!.querySelector('blockquote')!.textContent).to.contain('connection can survive disruption');
      expect(els[3].shadowRoot!.querySelector('[part~="heading"], h3')).to.equal(null);
      expect(frame.win.__log).to.deep.equal([]);
      // Frameworks keep their own one-letter expandos on DOM nodes (Preact's `l` holds its listeners):
      // the minified bundle must not give our elements any such member.
      for (const el of els) {
        const names = Object.getOwnPropertyNames(el);
        // Our own classes, down to the shared base (the one with a version): Lit's own are Lit's.
        for (let proto = Object.getPrototypeOf(el); proto; proto = Object.getPrototypeOf(proto)) {
          names.push(...Object.getOwnPropertyNames(proto));
          if (Object.hasOwn(proto.constructor, 'version')) break;
        }
        expect(names.filter(n => n.length < 2), `<${el.localName}> members`).to.deep.equal([]);
      }
    });
  }

  it('the classic bundle defines the RebuildTrust global: upgradeBlocks() turns blocks added later into elements', async () => {
    const frame = await page(`<main></main>`, { head: `<script src="${CLASSIC}"></script>` });
    const global = (frame.win as unknown as { RebuildTrust?: Record<string, unknown> }).RebuildTrust;
    expect(Object.keys(global ?? {})).to.include.members(['upgradeBlocks', 'KeyPoints', 'TrustChecklist', 'ReflectionCard', 'TrustProvider', 'VERSION']);
    const main = frame.doc.querySelector('main')!;
    main.append(Object.assign(frame.doc.createElement('div'), { className: 'later' }));
    const block = main.querySelector('.later')!;
    block.setAttribute('data-rebuild-trust', 'key-points');
    (global!.upgradeBlocks as () => void)();
    await rendered(frame, 1);
    expect(shadowText(main.querySelector('key-points')!)).to.contain(POINT);
  });

  it('the npm entry registers nothing when only a class module is imported', async () => {
    const frame = await page(`<script type="module">
      import { KeyPoints } from '/dist/npm/key-points/key-points.js';
      window.__defined = [customElements.get('key-points'), typeof KeyPoints];
    </script>`, { head: '<script type="importmap">{"imports":{"lit":"/node_modules/lit/index.js","lit/":"/node_modules/lit/","@lit/context":"/node_modules/@lit/context/index.js","@lit/reactive-element":"/node_modules/@lit/reactive-element/reactive-element.js","@lit/reactive-element/":"/node_modules/@lit/reactive-element/","lit-html":"/node_modules/lit-html/lit-html.js","lit-html/":"/node_modules/lit-html/","lit-element/":"/node_modules/lit-element/"}}</script>' });
    await waitUntil(() => (frame.win as unknown as { __defined?: unknown[] }).__defined, 'module ran');
    expect((frame.win as unknown as { __defined: unknown[] }).__defined).to.deep.equal([undefined, 'function']);
  });
});

describe('a strict Content-Security-Policy, as the README recommends', () => {
  // (the test server's origin by name: Firefox doesn't take 'self' in an about:srcdoc frame to mean it)
  const POLICY = [
    "default-src 'none'",
    `script-src 'self' ${location.origin} 'nonce-${NONCE}'`,
    `style-src 'self' ${location.origin}`,
    "require-trusted-types-for 'script'",
    "trusted-types lit-html 'allow-duplicates'",
  ].join('; ');
  /** The policy, and a record of what it refuses (in `window.__violations`). */
  const strictHead = (more = '') => `<meta http-equiv="Content-Security-Policy" content="${POLICY}">
    <script nonce="${NONCE}">window.__violations = []; addEventListener('securitypolicyviolation', e => __violations.push(e.violatedDirective + ' ' + e.blockedURI));</script>${more}`;
  const violations = (frame: Frame) => (frame.win as unknown as { __violations: string[] }).__violations;

  it('the strict-CSP snippet, with the bundle loaded twice (module and classic): no violation, no error, working elements', async () => {
    const html = await snippetFile('/dist/snippets/trust-checklist.strict-csp.html');
    expect(html).not.to.contain('<style');
    expect(html).not.to.contain('style=');
    const frame = await page(html, { head: strictHead(`<script src="${CLASSIC}"></script><script src="${AXE}"></script>`) });
    const [el] = await rendered(frame, 1);
    (el.shadowRoot!.querySelector('input[type=checkbox]') as HTMLInputElement).click();
    expect((el as unknown as { checked: string[] }).checked).to.deep.equal(['test-people']);
    expect(violations(frame)).to.deep.equal([]);
    expect(frame.win.__log).to.deep.equal([]);
    expect(await axeViolations(frame)).to.deep.equal([]);
  });

  it('a site whose own Lit made the lit-html policy first: the elements still work', async () => {
    const own = `<script nonce="${NONCE}">window.trustedTypes?.createPolicy('lit-html', { createHTML: s => s });</script>`;
    const frame = await page(TAG_PAGE, { head: strictHead(`${own}<script type="module" src="${CDN}"></script>`) });
    await rendered(frame, 4);
    expect(violations(frame)).to.deep.equal([]);
    expect(frame.win.__log).to.deep.equal([]);
  });
});

describe('a 320 px wide viewport (1280 px at 400% zoom)', () => {
  it('every element reflows: the page never scrolls sideways', async () => {
    const head = `<meta name="viewport" content="width=device-width, initial-scale=1"><script type="module" src="${CDN}"></script>`;
    const frame = await page(`<main style="padding: 0 8px">${TAG_PAGE}<trust-checklist theme="dark" heading="A long heading with an unbreakable word: Ymddiriedaethadeiladuadferiad"></trust-checklist></main>`, {
      head,
      width: 320,
      height: 640,
    });
    const els = await rendered(frame, 5);
    // the viewport is 320 px, less a vertical scrollbar where the engine draws one
    const { clientWidth, scrollWidth } = frame.doc.documentElement;
    expect(clientWidth).to.be.within(300, 320);
    expect(scrollWidth).to.be.at.most(clientWidth);
    for (const el of els) expect(el.getBoundingClientRect().right).to.be.at.most(clientWidth);
  });
});

describe('a real reload', () => {
  const reload = async ({ iframe }: Frame): Promise<Frame> => {
    const loaded = new Promise(resolve => iframe.addEventListener('load', resolve, { once: true }));
    iframe.contentWindow!.location.reload();
    await loaded;
    return { iframe, win: iframe.contentWindow as Frame['win'], doc: iframe.contentDocument! };
  };
  const tick = async (el: Element, i: number) => {
    (el.shadowRoot!.querySelectorAll('input[type=checkbox]')[i] as HTMLInputElement).click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  };
  const ticks = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')).map(b => b.checked);
  afterEach(() => localStorage.clear());

  it('with persist, the ticks come back after the page reloads', async () => {
    const head = `<script type="module" src="${CDN}"></script>`;
    const frame = await page('<trust-checklist persist></trust-checklist>', { head });
    const [el] = await rendered(frame, 1);
    await tick(el, 1);
    const again = await reload(frame);
    const [restored] = await rendered(again, 1);
    await waitUntil(() => ticks(restored)[1], 'restored');
    expect(ticks(restored)).to.deep.equal([false, true, false, false, false]);
  });

  it('with the classic bundle in the head (elements upgrade while the page is parsed), an authored checklist gets back its own ticks, and no other', async () => {
    const head = `<script>addEventListener('trust-checklist-change', e => (window.__events ??= []).push(e.target.id + ':' + e.detail.checked.join()));</script>
      <script src="${CLASSIC}"></script>`;
    const body = `<trust-checklist persist id="plain"></trust-checklist>
      <trust-checklist persist id="own"><h3>Before a session</h3><ul>${'<li>Line</li>'.repeat(40)}<li data-id="late">I run late.</li><li data-id="quiet">I go quiet.</li></ul></trust-checklist>`;
    const frame = await page(body, { head });
    const [plain, own] = await rendered(frame, 2);
    await tick(plain, 0);
    await tick(own, 41);
    const saved = Object.fromEntries(Object.keys(localStorage).map(k => [k, localStorage.getItem(k)]));
    expect(Object.keys(saved).map(savedIds).sort()).to.deep.equal([['quiet'], ['test-people']]);
    const again = await reload(frame);
    const [plainAgain, ownAgain] = await rendered(again, 2);
    await waitUntil(() => ticks(ownAgain)[41] && ticks(plainAgain)[0], 'restored');
    expect(ticks(ownAgain).map((t, i) => (t ? i : -1)).filter(i => i >= 0)).to.deep.equal([41]);
    expect(ticks(plainAgain)).to.deep.equal([true, false, false, false, false]);
    // nothing was emptied or moved on the way, and each checklist told the page only its own ticks
    expect(Object.fromEntries(Object.keys(localStorage).map(k => [k, localStorage.getItem(k)]))).to.deep.equal(saved);
    const events = (again.win as unknown as { __events?: string[] }).__events ?? [];
    expect(events.filter(e => e.startsWith('own:'))).to.deep.equal(['own:quiet']);
    expect(events.filter(e => e.startsWith('plain:'))).to.deep.equal(['plain:test-people']);
  });

  it('in the site’s form, the browser gives the ticks back exactly when it gives back its own checkbox', async () => {
    const head = `<script type="module" src="${CDN}"></script>`;
    const frame = await page('<form><input type="checkbox" id="native"><trust-checklist name="reflection"></trust-checklist></form>', { head });
    const [el] = await rendered(frame, 1);
    (frame.doc.getElementById('native') as HTMLInputElement).click();
    await tick(el, 1);
    await tick(el, 3);
    const again = await reload(frame);
    const [restored] = await rendered(again, 1);
    // form state comes back after load, if at all: give the engine a moment
    await new Promise(resolve => setTimeout(resolve, 300));
    const native = (again.doc.getElementById('native') as HTMLInputElement).checked;
    expect(ticks(restored)).to.deep.equal(native ? [false, true, false, true, false] : [false, false, false, false, false]);
    expect(localStorage.length, 'nothing stored').to.equal(0);
  });

  it('a name outside any form keeps nothing either: the browser gives back no ticks', async () => {
    const head = `<script type="module" src="${CDN}"></script>`;
    const frame = await page('<trust-checklist name="reflection"></trust-checklist><form><input type="checkbox" id="native"></form>', { head });
    const [el] = await rendered(frame, 1);
    (frame.doc.getElementById('native') as HTMLInputElement).click();
    await tick(el, 1);
    const again = await reload(frame);
    const [fresh] = await rendered(again, 1);
    await new Promise(r => setTimeout(r, 300));
    expect(ticks(fresh)).to.deep.equal([false, false, false, false, false]);
    expect(fresh.shadowRoot!.querySelector('[part~="note"]')!.textContent!.trim()).to.match(/^Only you can see your ticks/);
  });

  it('without persist, nothing comes back: the browser keeps no copy of the ticks either', async () => {
    const head = `<script type="module" src="${CDN}"></script>`;
    const frame = await page('<trust-checklist></trust-checklist>', { head });
    const [el] = await rendered(frame, 1);
    await tick(el, 1);
    const again = await reload(frame);
    const [fresh] = await rendered(again, 1);
    await new Promise(r => setTimeout(r, 100));
    expect(ticks(fresh)).to.deep.equal([false, false, false, false, false]);
    expect(localStorage.length).to.equal(0);
  });
});

describe('loaded twice, or next to someone else’s element', () => {
  it('both bundles, each loaded twice: nothing thrown, nothing warned, every element renders', async () => {
    const head = `<script src="${CLASSIC}"></script><script src="${CLASSIC}"></script>
      <script type="module" src="${CDN}"></script><script type="module" src="${CDN}?copy=2"></script>`;
    const frame = await page(TAG_PAGE, { head });
    await rendered(frame, 4);
    expect(frame.win.__log).to.deep.equal([]);
  });

  it('another version already registered: one warning per tag, the page still renders', async () => {
    const head = `<script>
      for (const tag of ['trust-provider', 'key-points', 'trust-checklist', 'reflection-card']) {
        customElements.define(tag, class extends HTMLElement {
          static version = '9.9.9';
          connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = '<div part="base">older copy</div>'; }
        });
      }
    </script><script type="module" src="${CDN}"></script>`;
    const frame = await page(TAG_PAGE, { head });
    await waitUntil(() => frame.win.__log!.length >= 4, 'warnings');
    await new Promise(r => setTimeout(r, 50));
    expect(frame.win.__log).to.have.length(4);
    for (const tag of ['trust-provider', 'key-points', 'trust-checklist', 'reflection-card']) {
      expect(frame.win.__log!.filter(l => l.startsWith('warn: ') && l.includes(`<${tag}>`) && l.includes('9.9.9'))).to.have.length(1);
    }
  });

  it('a block for a tag someone else owns keeps its readable fallback', async () => {
    const head = `<script>customElements.define('trust-checklist', class extends HTMLElement {});</script>
      <script type="module" src="${CDN}"></script>`;
    const frame = await page(await snippetFile('/dist/snippets/trust-checklist.no-script.html'), { head });
    await waitUntil(() => frame.win.__log!.length === 1, 'the warning');
    await new Promise(r => setTimeout(r, 50));
    expect(lightText(frame.doc)).to.contain(ITEM);
    expect(frame.doc.querySelector('[data-rebuild-trust="trust-checklist"]')).to.not.equal(null);
  });

  it('a foreign trust-checklist: one warning for that tag, the other elements render', async () => {
    const head = `<script>customElements.define('trust-checklist', class extends HTMLElement {});</script>
      <script type="module" src="${CDN}"></script>`;
    const frame = await page(TAG_PAGE, { head });
    await waitUntil(() => frame.doc.querySelector('key-points')?.shadowRoot?.querySelector('[part~="base"]'), 'key-points rendered');
    expect(frame.win.__log).to.have.length(1);
    expect(frame.win.__log![0]).to.contain('<trust-checklist>').and.contain('another script');
    expect(shadowText(frame.doc.querySelector('reflection-card')!)).to.contain(SECTION_START);
  });
});

describe('marked blocks pass on only our attributes', () => {
  it('data-on…, data-style and data-tabindex stay inert data-*, documented ones become attributes', async () => {
    const frame = await page(
      `<div data-rebuild-trust="reflection-card" data-section="rupture-and-repair" data-heading-level="3" data-variant="quote"
        data-tabindex="0" data-autofocus data-onfocus="window.__pwned = true" data-onmouseover="window.__pwned = true" data-style="display:none">
        <div data-rebuild-trust-fallback>…</div>
      </div>`,
      { head: `<script type="module" src="${CDN}"></script>` },
    );
    const [el] = await rendered(frame, 1);
    expect(el.getAttributeNames().sort()).to.deep.equal(['heading-level', 'section', 'variant']);
    el.dispatchEvent(new FocusEvent('focus'));
    el.dispatchEvent(new MouseEvent('mouseover'));
    expect((frame.win as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('blockquote')!.textContent).to.contain('connection can survive disruption');
  });
});

describe('the CMS snippets', () => {
  for (const tag of TAGS) {
    for (const variant of ['', '.classic']) {
      it(`${tag}: the${variant} script snippet (its integrity hash checked) renders the element and hides the fallback`, async () => {
        const html = await snippetFile(`/dist/snippets/${tag}${variant}.html`);
        expect(html).to.match(/integrity="sha384-[\w+/=]+" crossorigin="anonymous" referrerpolicy="no-referrer"/);
        const frame = await page(html);
        const [el] = await rendered(frame, 1);
        expect(items(el).length).to.be.greaterThan(0);
        for (const text of items(el)) expect(lightText(frame.doc)).to.not.contain(text);
        expect(frame.win.__log).to.deep.equal([]);
      });
    }

    it(`${tag}: the no-script snippet, with the script and stylesheet added site-wide`, async () => {
      const head = `<link rel="stylesheet" href="/dist/cdn/rebuild-trust.css"><script type="module" src="${CDN}"></script>`;
      for (const path of [`/dist/snippets/${tag}.no-script.html`]) {
        const frame = await page(await snippetFile(path), { head });
        const [el] = await rendered(frame, 1);
        expect(items(el).length).to.be.greaterThan(0);
        for (const text of items(el)) expect(lightText(frame.doc)).to.not.contain(text);
        expect(frame.win.__log).to.deep.equal([]);
      }
    });

    if (tag === 'trust-checklist') {
      it('with scripts blocked, the checklist reads as a plain list: bullets, nothing that looks tickable', async () => {
        for (const path of [`/dist/snippets/${tag}.html`, `/dist/snippets/${tag}.no-script.html`]) {
          const frame = await page(await snippetFile(path), { scripts: false, head: '<link rel="stylesheet" href="/dist/cdn/rebuild-trust.css">' });
          const items = Array.from(frame.doc.querySelectorAll('li'));
          expect(items).to.have.length(5);
          expect(frame.doc.querySelectorAll('input, [role=checkbox]')).to.have.length(0);
          for (const li of items) {
            const marker = frame.win.getComputedStyle(li, '::before');
            expect(marker.content, path).to.equal('"•"');
            expect(marker.borderTopStyle, `${path}: no box drawn`).to.equal('none');
          }
        }
      });
    }

    it(`${tag}: with scripts blocked, both snippets show all the article’s words as plain HTML`, async () => {
      for (const path of [`/dist/snippets/${tag}.html`, `/dist/snippets/${tag}.no-script.html`]) {
        const frame = await page(await snippetFile(path), { scripts: false });
        const text = lightText(frame.doc);
        // Spot checks against the seed's words, then every sentence the element would show.
        const spot = {
          'key-points': ['At a glance', POINT],
          'trust-checklist': ['Reflection: When You Feel the Urge to Pull Away', ITEM, 'That curiosity turns reaction into choice.'],
          'reflection-card': ['Why Trust Feels Risky', SECTION_START, 'Healing doesn’t mean never doubting — it means learning that doubt can coexist with safety.'],
        }[tag];
        const { keyPoints, checklist, sections } = article;
        const all = {
          'key-points': [keyPoints.heading, ...keyPoints.items],
          'trust-checklist': [checklist.heading, checklist.intro, ...checklist.items.map(i => i.text), checklist.closing],
          'reflection-card': [sections[0].heading, ...sections[0].paragraphs],
        }[tag];
        for (const words of [...spot, ...all]) expect(text).to.contain(words);
        expect(frame.doc.querySelector(tag)).to.equal(null);
      }
    });
  }
});

describe('a fallback the clinic edited', () => {
  const { checklist, keyPoints } = article;

  it('a translated checklist keeps its words (heading, intro, items, closing), its language and its item ids, with one warning', async () => {
    const html = (await snippetFile('/dist/snippets/trust-checklist.html'))
      .replace('<div data-rebuild-trust-fallback lang="en-GB">', '<div data-rebuild-trust-fallback lang="cy">')
      .replace(checklist.heading, 'Myfyrio: pan fyddwch chi eisiau tynnu’n ôl')
      .replace(checklist.intro, 'Sylwch ar beth sy’n digwydd y tu mewn:')
      .replace(checklist.items[0].text, 'Rwy’n profi pobl i weld a fyddan nhw’n gadael.')
      .replace(checklist.closing, 'Amddiffynfeydd ymlyniad cyfarwydd yw’r rhain.');
    const frame = await page(html);
    const [el] = await rendered(frame, 1);
    const shadow = el.shadowRoot!;
    expect(shadow.querySelector('[part~="heading"]')!.textContent).to.equal('Myfyrio: pan fyddwch chi eisiau tynnu’n ôl');
    expect(shadow.querySelector('legend')!.textContent).to.equal('Sylwch ar beth sy’n digwydd y tu mewn:');
    expect(items(el)[0]).to.equal('Rwy’n profi pobl i weld a fyddan nhw’n gadael.');
    expect(items(el).slice(1)).to.deep.equal(checklist.items.slice(1).map(i => i.text));
    expect(shadow.querySelector('[part~="closing"]')!.textContent).to.equal('Amddiffynfeydd ymlyniad cyfarwydd yw’r rhain.');
    expect(shadowText(el)).not.to.contain(checklist.intro);
    expect(el.getAttribute('lang')).to.equal('cy');
    // the snippet's items carry their ids: forms and saved ticks know them by the same names
    shadow.querySelector('input')!.click();
    expect((el as unknown as { checked: string[] }).checked).to.deep.equal([checklist.items[0].id]);
    expect(frame.win.__log).to.have.length(1);
    expect(frame.win.__log![0]).to.contain('<trust-checklist>').and.contain('data-rebuild-trust-fallback').and.contain('edited');
    expect(await axeViolations(frame)).to.deep.equal([]);
  });

  it('an edited point stays in <key-points>, the page’s own list shown', async () => {
    const html = (await snippetFile('/dist/snippets/key-points.html')).replace(keyPoints.items[1], 'A point the clinic reworded.');
    const frame = await page(html);
    const [el] = await rendered(frame, 1);
    expect(lightText(frame.doc)).to.contain('A point the clinic reworded.');
    expect(lightText(frame.doc)).to.contain(keyPoints.items[0]);
    expect(frame.win.__log).to.have.length(1);
    expect(frame.win.__log![0]).to.contain('<key-points>').and.contain('data-rebuild-trust-fallback');
    expect(el.querySelector('ul')!.assignedSlot).to.not.equal(null);
  });

  it('an edited quote keeps the clinic’s own figure and blockquote, not nested in the element’s', async () => {
    const html = snippet({ tag: 'reflection-card', attributes: { section: 'rupture-and-repair', variant: 'quote' }, src: CDN })
      .replace(/ integrity="[^"]*"/, '')
      .replace(article.sections[2].quote, 'A repaired rupture teaches more than a perfect hour.');
    const frame = await page(html);
    const [el] = await rendered(frame, 1);
    expect(el.querySelectorAll('blockquote').length + el.shadowRoot!.querySelectorAll('blockquote').length).to.equal(1);
    expect(lightText(frame.doc)).to.contain('A repaired rupture teaches more than a perfect hour.');
    expect(frame.win.__log).to.have.length(1);
    expect(await axeViolations(frame)).to.deep.equal([]);
  });

  it('an unedited fallback is dropped without a word, also a quote with its citation and a heading of the clinic’s', async () => {
    const html = snippet({ tag: 'reflection-card', attributes: { section: 'rupture-and-repair', variant: 'quote', heading: 'A thought for today' }, src: CDN });
    const frame = await page(html.replace(/ integrity="[^"]*"/, ''));
    const [el] = await rendered(frame, 1);
    expect(shadowText(el)).to.contain('A thought for today');
    expect(lightText(frame.doc).trim()).to.equal('');
    expect(frame.win.__log).to.deep.equal([]);
  });
});
