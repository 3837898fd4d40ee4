/**
 * The attack suite: what a hostile page, a careless CMS or a second page of the site does to the
 * built bundle, in frames of their own. Host strings are text, never HTML (0 executions, the words
 * shown as written); two pages of one origin follow each other's saved ticks; a sandboxed frame
 * without storage still works; creating and removing elements adds no listeners. Needs
 * `npm run build` (npm test runs it first). The strict-CSP and storage-fault cases are in
 * built.test.ts and the checklist's own tests.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { CDN, CLASSIC, axeViolations, page, rendered, type Frame } from './frame.js';

/** Payloads that run `__xss()` if anything ever parses them as HTML or a URL. */
const PAYLOADS = [
  '<img src=x onerror="__xss()">',
  '"><svg onload="__xss()">',
  "'><script>__xss()</script>",
  '</style><img src=x onerror=__xss()>',
  'javascript:__xss()',
  '{{constructor.constructor("__xss()")()}}',
];
const WATCH = `<script>window.__ran = 0; window.__xss = () => { window.__ran += 1; };</script>`;
const ran = (frame: Frame) => (frame.win as unknown as { __ran: number }).__ran;

/** Every element's shadow root, and the page, hold no element the payloads would make. */
const noInjected = (frame: Frame) => {
  const roots: ParentNode[] = [frame.doc.body, ...Array.from(frame.doc.querySelectorAll('*'), el => el.shadowRoot).filter((r): r is ShadowRoot => !!r)];
  for (const root of roots) expect(root.querySelectorAll('img[src=x], svg[onload], script:not([data-test])').length, 'injected elements').to.equal(0);
};

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

describe('host strings are text, never HTML (the built bundle)', () => {
  for (const payload of PAYLOADS) {
    it(`attributes, block data-*, authored items and the provider's JSON: ${payload}`, async () => {
      const a = attr(payload);
      const json = JSON.stringify({
        strings: { lang: 'en', clear: payload, privateNote: payload },
        content: { lang: 'en', keyPoints: { heading: payload, items: [payload] }, checklist: { heading: payload, intro: payload, items: [{ id: payload, text: payload }], closing: payload } },
      }).replace(/</g, '\\u003c');
      const body = `
        <key-points heading="${a}" heading-level="${a}" theme="${a}"></key-points>
        <reflection-card heading="${a}" section="${a}" variant="${a}"></reflection-card>
        <trust-checklist heading="${a}" persist="${a}" storage-key="${a}" name="${a}"><ul><li data-id="${a}">${a}</li></ul></trust-checklist>
        <div data-rebuild-trust="key-points" data-heading="${a}" data-onfocus="__xss()" data-theme="${a}"><footer>${a}</footer></div>
        <trust-provider heading-level="${a}" theme="${a}" persist="${a}">
          <script type="application/json" data-test>${json}</script>
          <key-points></key-points><trust-checklist></trust-checklist>
        </trust-provider>`;
      const frame = await page(body, { head: `${WATCH}<script type="module" src="${CDN}"></script>` });
      const els = await rendered(frame, 6);
      await new Promise(r => setTimeout(r, 50));
      expect(ran(frame)).to.equal(0);
      noInjected(frame);
      // shown as written, as text
      const heading = (el: Element) => el.shadowRoot!.querySelector('[part~="heading"]')?.textContent;
      expect(heading(els[0])).to.equal(payload);
      expect(heading(els[2])).to.equal(payload);
      expect(els[2].shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal(payload.trim().replace(/\s+/g, ' '));
      const provided = frame.doc.querySelector('trust-provider key-points')!;
      expect(heading(provided)).to.equal(payload);
      // nothing saved, nothing to submit: the values turn nothing on
      expect(Object.keys(frame.win.localStorage).filter(k => k.startsWith('rebuild-trust:'))).to.deep.equal([]);
      // (the warnings for the bad values are expected; only uncaught errors would fail)
      expect((frame.win.__log ?? []).filter(l => !l.startsWith('warn:'))).to.deep.equal([]);
      expect(await axeViolations(frame)).to.deep.equal([]);
    });
  }

  it('properties, and a provider’s strings and content set as properties: text, never HTML', async () => {
    const frame = await page(`<key-points></key-points><trust-checklist></trust-checklist><trust-provider><reflection-card></reflection-card></trust-provider>`, {
      head: `${WATCH}<script type="module" src="${CDN}"></script>`,
    });
    const [points, checklist, card] = await rendered(frame, 3);
    for (const payload of PAYLOADS) {
      Object.assign(points, { heading: payload, theme: payload });
      Object.assign(checklist, { heading: payload, checked: [payload], name: payload });
      Object.assign(frame.doc.querySelector('trust-provider')!, {
        strings: { lang: 'en', clear: payload },
        content: { lang: 'en', sections: [{ id: 'x', heading: payload, paragraphs: [payload], quote: payload }] },
      });
      await new Promise(r => setTimeout(r, 20));
      expect(card.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal(payload);
    }
    expect(ran(frame)).to.equal(0);
    noInjected(frame);
    expect((frame.win.__log ?? []).filter(l => !l.startsWith('warn:'))).to.deep.equal([]);
  });
});

describe('two pages of one site, and a frame without storage', () => {
  it('a tick saved in one page shows in another page of the same site (a real storage event)', async () => {
    const body = '<trust-checklist persist></trust-checklist>';
    const head = `<script type="module" src="${CDN}"></script>`;
    const one = await page(body, { head });
    const two = await page(body, { head });
    const [a] = await rendered(one, 1);
    const [b] = await rendered(two, 1);
    (a.shadowRoot!.querySelectorAll('input')[3] as HTMLInputElement).click();
    await waitUntil(() => (b as unknown as { checked: string[] }).checked.length === 1, 'the other page follows');
    expect((b as unknown as { checked: string[] }).checked).to.deep.equal(['withdraw']);
    // and the other way, without either writing back what it followed
    (b.shadowRoot!.querySelectorAll('input')[0] as HTMLInputElement).click();
    await waitUntil(() => (a as unknown as { checked: string[] }).checked.length === 2, 'the first page follows');
    expect((a as unknown as { checked: string[] }).checked).to.deep.equal(['test-people', 'withdraw']);
    localStorage.clear();
  });

  it('a sandboxed frame (no storage at all): the checklist works, says the browser can’t save, and throws nothing', async () => {
    const iframe = document.createElement('iframe');
    iframe.setAttribute('sandbox', 'allow-scripts');
    const report = new Promise<{ note: string; checked: string[]; errors: string[] }>(resolve =>
      addEventListener('message', function listen(e) {
        if (e.source !== iframe.contentWindow) return;
        removeEventListener('message', listen);
        resolve(e.data);
      }),
    );
    iframe.srcdoc = `<!doctype html><html lang="en-GB"><head>
      <script>window.__errors = []; addEventListener('error', e => __errors.push(e.message)); addEventListener('unhandledrejection', e => __errors.push(String(e.reason)));</script>
      <script src="${location.origin}${CLASSIC}"></script></head>
      <body><trust-checklist persist></trust-checklist>
      <script>
        const el = document.querySelector('trust-checklist');
        addEventListener('load', async () => {
          el.shadowRoot.querySelector('input').click();
          await el.updateComplete;
          parent.postMessage({ note: el.shadowRoot.querySelector('[part~=note]').textContent.trim(), checked: el.checked, errors: __errors }, '*');
        });
      </script></body></html>`;
    document.body.append(iframe);
    const { note, checked, errors } = await report;
    expect(checked).to.deep.equal(['test-people']);
    expect(note).to.equal('This browser can’t save your ticks, so they go when you leave this page. Any it saved before stay until you clear them. They are not sent to anyone.');
    expect(errors).to.deep.equal([]);
  });
});

describe('creating and removing elements many times', () => {
  it('1000 create/remove cycles add no listener to the window or the document', async () => {
    const frame = await page('<main></main>', { head: `<script type="module" src="${CDN}"></script>` });
    await waitUntil(() => frame.win.customElements.get('trust-checklist'), 'defined');
    const added: unknown[] = [];
    for (const target of [frame.win, frame.doc] as EventTarget[]) {
      const add = target.addEventListener.bind(target);
      target.addEventListener = (...args: Parameters<EventTarget['addEventListener']>) => {
        added.push(args[1]);
        add(...args);
      };
    }
    const main = frame.doc.querySelector('main')!;
    for (let i = 0; i < 1000; i++) {
      const el = frame.doc.createElement(['trust-checklist', 'key-points', 'reflection-card'][i % 3]);
      if (i % 3 === 0) el.setAttribute('persist', '');
      main.append(el);
      if (i % 100 === 0) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      el.remove();
    }
    // (the same listener added again is no new listener)
    expect(new Set(added).size, 'distinct listeners added').to.be.at.most(2);
    expect(frame.win.__log).to.deep.equal([]);
  });
});

describe('hostile page CSS', () => {
  const HOSTILE = `<style>
    * { all: unset !important; }
    button, input, label { display: none !important; }
    body { color: #fff !important; background: #fff !important; }
  </style>`;

  it('all:unset on everything (the host too): named checkboxes and a named button, each at least 24×24 px, still work', async () => {
    const frame = await page('<trust-checklist></trust-checklist>', { head: `${HOSTILE}<script type="module" src="${CDN}"></script>` });
    const [el] = await rendered(frame, 1);
    const root = el.shadowRoot!;
    const boxes = Array.from(root.querySelectorAll('input'));
    expect(boxes).to.have.length(5);
    for (const box of boxes) {
      const { width, height } = box.getBoundingClientRect();
      expect(width, 'box width').to.be.at.least(24);
      expect(height, 'box height').to.be.at.least(24);
      expect(box.labels?.[0]?.textContent?.trim().length, 'named by its label').to.be.greaterThan(10);
    }
    const button = root.querySelector('button')!;
    expect(button.getBoundingClientRect().height).to.be.at.least(24);
    expect(button.textContent!.trim()).to.equal('Clear my ticks');
    // (keyboard: the box takes focus and a click ticks it)
    boxes[0].focus();
    expect(root.activeElement).to.equal(boxes[0]);
    boxes[0].click();
    expect((el as unknown as { checked: string[] }).checked).to.deep.equal(['test-people']);
  });

  it('a root font size of 62.5% (10 px): checkboxes and the button stay at least 24×24 px', async () => {
    const frame = await page('<trust-checklist></trust-checklist>', { head: `<style>html { font-size: 62.5%; }</style><script type="module" src="${CDN}"></script>` });
    const [el] = await rendered(frame, 1);
    const root = el.shadowRoot!;
    expect(frame.win.getComputedStyle(root.querySelector('legend')!).fontSize).to.equal('10px');
    for (const control of root.querySelectorAll('input, button')) {
      const { width, height } = control.getBoundingClientRect();
      expect(width, `${control.localName} width`).to.be.at.least(24);
      expect(height, `${control.localName} height`).to.be.at.least(24);
    }
    expect(await axeViolations(frame)).to.deep.equal([]);
  });

  it('white text on a white page: theme="light" stays readable', async () => {
    const frame = await page('<trust-checklist theme="light"></trust-checklist>', { head: `${HOSTILE}<script type="module" src="${CDN}"></script>` });
    const [el] = await rendered(frame, 1);
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(frame.win.getComputedStyle(el.shadowRoot!.querySelector('legend')!).color).to.equal('rgb(27, 31, 36)');
    expect(frame.win.getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(await axeViolations(frame)).to.deep.equal([]);
  });
});
