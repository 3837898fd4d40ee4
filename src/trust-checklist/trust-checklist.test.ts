import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { savedIds, seenText, $, $$, requestsSince, storedKeys, takeWarnings, text } from '../../test/helpers.js';
import '../index.js';
import type { TrustChecklist, TrustChecklistChangeDetail } from './trust-checklist.js';

const HEADING = 'Reflection: When You Feel the Urge to Pull Away';
const INTRO = 'Notice what happens inside when trust feels uncomfortable:';
const ITEMS = [
  'I test people to see if they’ll leave.',
  'I hide needs to appear “low maintenance.”',
  'I over-apologise to keep the peace.',
  'I withdraw when things get too close.',
  'I worry the good moments won’t last.',
];
const IDS = ['test-people', 'hide-needs', 'over-apologise', 'withdraw', 'good-moments-wont-last'];
const CLOSING =
  'These are familiar attachment defences. Therapy doesn’t demand you stop using them — it invites you to notice them and explore what they’re protecting. That curiosity turns reaction into choice.';

/** The status says nothing until the reader clears (or a save fails after they tick). */
const SILENT = '';
const CLEARED = 'Your ticks have been cleared.';
const NOT_SAVED = 'This browser couldn’t save that tick. It stays on this page until you leave.';
const PRIVATE_NOTE = 'Only you can see your ticks. They are not saved or sent to anyone, and they go when you leave this page.';
const SAVED_NOTE =
  'Your ticks are kept in this browser, on this device, until you clear them: anyone using this browser could see them. They are not sent to anyone.';
const FORM_NOTE = 'If you submit this form, your ticks are sent with it to the people who run this website. Until then, only you can see them.';
const UNSAVED_NOTE =
  'This browser can’t save your ticks, so they go when you leave this page. Any it saved before stay until you clear them. They are not sent to anyone.';
const UNSAVED_FORM_NOTE =
  'This browser can’t save your ticks. If you submit this form, they are sent with it to the people who run this website. Any it saved before stay until you clear them.';
const SAVED_FORM_NOTE =
  'Your ticks are kept in this browser, on this device, until you clear them: anyone using this browser could see them. If you submit this form, they are sent with it to the people who run this website.';

type ChangeEvent = CustomEvent<TrustChecklistChangeDetail>;

const boxes = (el: Element) => $$<HTMLInputElement>(el, 'input[type="checkbox"]');
const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** Each checkbox's accessible name: the text of the label that wraps it. */
const names = (el: Element) => boxes(el).map(box => fold(box.labels?.[0]?.textContent));
const ticked = (el: Element) => boxes(el).map(box => box.checked);
const status = (el: Element) => text($(el, '[role="status"]'));
const note = (el: Element) => text($(el, '[part~="note"]'));
const clearButton = (el: Element) => $<HTMLButtonElement>(el, 'button');
const focused = (el: Element) => el.shadowRoot!.activeElement;

/** Ticks (or unticks) the i-th checkbox as a click would, and waits for the render. */
const toggle = async (el: TrustChecklist, i: number) => {
  boxes(el)[i].click();
  await el.updateComplete;
};

/** Records every `trust-checklist-change` that reaches `target`. */
const record = (target: EventTarget): ChangeEvent[] => {
  const seen: ChangeEvent[] = [];
  target.addEventListener('trust-checklist-change', e => seen.push(e as ChangeEvent));
  return seen;
};
const details = (events: ChangeEvent[]) => events.map(e => e.detail);

/** Lets the element's MutationObserver see an edit to its light DOM, then waits for the render. */
const settle = async (el: TrustChecklist) => {
  await new Promise(r => setTimeout(r));
  await el.updateComplete;
};

/** Makes every read of `window.localStorage` throw, as a browser blocking storage does. Returns the undo. */
const blockLocalStorage = (): (() => void) => {
  const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
  return () => {
    if (own) Object.defineProperty(window, 'localStorage', own);
    else Reflect.deleteProperty(window, 'localStorage');
  };
};

/** Makes `Storage.prototype[method]` throw a DOMException called `name` (a full or blocked store). Returns the undo. */
const failStorage = (method: 'getItem' | 'setItem', name: string): (() => void) => {
  const original = Storage.prototype[method];
  Storage.prototype[method] = () => {
    throw new DOMException(`${method} failed.`, name);
  };
  return () => {
    Storage.prototype[method] = original as never;
  };
};

/** The one storage warning a test expects (naming the element and `persist`). */
const oneWarning = () => {
  const warnings = takeWarnings();
  expect(warnings).to.have.length(1);
  expect(warnings[0]).to.contain('<trust-checklist>').and.contain('persist');
  return warnings[0];
};

let undo: (() => void)[] = [];

afterEach(() => {
  undo.reverse().forEach(fn => fn());
  undo = [];
  localStorage.clear();
  sessionStorage.clear();
});

describe('<trust-checklist>', () => {
  it('is registered under its tag', () => {
    expect(customElements.get('trust-checklist')).to.equal(document.createElement('trust-checklist').constructor);
  });

  describe('defaults', () => {
    it('renders the article’s reflection verbatim, with an h2 heading', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist></trust-checklist>`);
      const heading = $(el, '[part~="heading"]');
      expect(heading.localName).to.equal('h2');
      expect(text(heading)).to.equal(HEADING);
      expect(text($(el, '[part~="closing"]'))).to.equal(CLOSING);
      // the hint on where the ticks go comes first, before the boxes
      expect(seenText(el)).to.equal(`${HEADING} ${INTRO} ${PRIVATE_NOTE} ${ITEMS.join(' ')} ${CLOSING} Clear my ticks`);
      await expect(el).to.be.accessible();
    });

    it('shows the five statements as native checkboxes, labelled by their text, in a fieldset with a legend', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist></trust-checklist>`);
      const fieldset = $(el, 'fieldset');
      const legend = fieldset.firstElementChild!;
      expect(legend.localName).to.equal('legend');
      expect(text(legend)).to.equal(INTRO);
      const inputs = boxes(el);
      expect(inputs).to.have.length(5);
      inputs.forEach(input => {
        expect(input.type).to.equal('checkbox');
        expect(input.checked).to.equal(false);
        expect(input.disabled).to.equal(false);
        expect(fieldset.contains(input)).to.equal(true);
        // the label wraps the input, so the text is the checkbox's accessible name
        expect(input.labels).to.have.length(1);
        expect(input.labels![0].contains(input)).to.equal(true);
      });
      expect(names(el)).to.deep.equal(ITEMS);
      expect($$(el, '[role="checkbox"]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('draws no checkbox glyphs and shows no score', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist></trust-checklist>`);
      for (const glyph of ['☐', '☑', '☒', '✓', '✔']) expect(text(el)).not.to.contain(glyph);
      expect(status(el)).to.equal(SILENT);
      expect(note(el)).to.equal(PRIVATE_NOTE);
      expect(text(clearButton(el))).to.equal('Clear my ticks');
      expect(clearButton(el).type).to.equal('button');
      await expect(el).to.be.accessible();
    });
  });

  describe('ticking', () => {
    it('the polite status is there, empty, from the first render, and stays silent while the reader ticks: no count anywhere', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist></trust-checklist>`);
      const live = $(el, '[role="status"]');
      expect(live.childNodes.length === 0 || text(live) === '').to.equal(true);
      await toggle(el, 0);
      expect(status(el)).to.equal(SILENT);
      await toggle(el, 3);
      expect(status(el)).to.equal(SILENT);
      expect(ticked(el)).to.deep.equal([true, false, false, true, false]);
      // no count, no fraction, no percentage anywhere: each checkbox says whether it is ticked
      expect(text(el)).not.to.match(/\d/);
      await toggle(el, 0);
      await toggle(el, 3);
      expect(status(el)).to.equal(SILENT);
      // the same live region throughout (screen readers follow one node)
      expect($(el, '[role="status"]')).to.equal(live);
      await expect(el).to.be.accessible();
    });

    it('fires trust-checklist-change on tick and untick, with ids only, bubbling and composed', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const el = document.createElement('trust-checklist');
      root.append(el);
      await el.updateComplete;
      const atDocument = record(document);
      const atElement = record(el);

      await toggle(el, 0);
      await toggle(el, 2);
      await toggle(el, 0);

      expect(atDocument).to.have.length(3);
      expect(atElement).to.have.length(3);
      atElement.forEach(e => {
        expect(e.bubbles).to.equal(true);
        expect(e.composed).to.equal(true);
      });
      expect(details(atElement)).to.deep.equal([
        { checked: ['test-people'], total: 5 },
        { checked: ['test-people', 'over-apologise'], total: 5 },
        { checked: ['over-apologise'], total: 5 },
      ]);
      // never the statements' words
      const sent = JSON.stringify(details(atElement));
      for (const item of ITEMS) expect(sent).not.to.contain(item);
      await expect(el).to.be.accessible();
    });

    it('lists the ids in the checklist’s order, whatever the order of ticking', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist></trust-checklist>`);
      const seen = record(el);
      for (const i of [4, 1, 3, 0, 2]) await toggle(el, i);
      expect(seen.at(-1)!.detail).to.deep.equal({ checked: IDS, total: 5 });
      expect(status(el)).to.equal(SILENT);
      expect(el.checked).to.deep.equal(IDS);
    });
  });

  describe('clearing', () => {
    it('“Clear my ticks” clears every tick, says so, and fires the event with no ids', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist></trust-checklist>`);
      await toggle(el, 1);
      await toggle(el, 4);
      const seen = record(el);
      clearButton(el).click();
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([false, false, false, false, false]);
      expect(el.checked).to.deep.equal([]);
      expect(status(el)).to.equal(CLEARED);
      expect(details(seen)).to.deep.equal([{ checked: [], total: 5 }]);
      expect(seen[0].bubbles && seen[0].composed).to.equal(true);
      // ticking again after clearing: the status goes quiet again
      await toggle(el, 2);
      expect(status(el)).to.equal(SILENT);
      await expect(el).to.be.accessible();
    });

    it('clearing with nothing ticked says nothing (nothing was cleared) and fires no event', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist></trust-checklist>`);
      const seen = record(el);
      clearButton(el).click();
      await el.updateComplete;
      expect(status(el)).to.equal(SILENT);
      expect(seen).to.have.length(0);
    });

    it('the page’s own clear() and checked, and restored ticks, pass in silence', async () => {
      localStorage.setItem('rebuild-trust:quiet', '{"v":1,"ticked":["withdraw"]}');
      const el = await fixture<TrustChecklist>(html`<trust-checklist persist storage-key="quiet"></trust-checklist>`);
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([false, false, false, true, false]);
      expect(status(el)).to.equal(SILENT);
      el.checked = ['test-people'];
      await el.updateComplete;
      expect(status(el)).to.equal(SILENT);
      el.clear();
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([false, false, false, false, false]);
      expect(status(el)).to.equal(SILENT);
      localStorage.removeItem('rebuild-trust:quiet');
    });

    it('the button is a plain button named “Clear my ticks” that never submits a form', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><trust-checklist name="r"></trust-checklist></form>`);
      const el = form.querySelector('trust-checklist')!;
      let submitted = 0;
      form.addEventListener('submit', e => {
        submitted++;
        e.preventDefault();
      });
      await toggle(el, 0);
      clearButton(el).click();
      await el.updateComplete;
      expect(clearButton(el).getAttribute('type')).to.equal('button');
      expect(text(clearButton(el))).to.equal('Clear my ticks');
      expect(submitted).to.equal(0);
      expect(status(el)).to.equal(CLEARED);
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the first checkbox and Space ticks it', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button>Before</button><trust-checklist></trust-checklist></div>`);
      const el = wrapper.querySelector('trust-checklist')!;
      wrapper.querySelector('button')!.focus();
      const seen = record(el);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el);
      expect(focused(el)).to.equal(boxes(el)[0]);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(boxes(el)[0].checked).to.equal(true);
      expect(details(seen)).to.deep.equal([{ checked: ['test-people'], total: 5 }]);
      expect(status(el)).to.equal(SILENT);
      expect(focused(el)).to.equal(boxes(el)[0]);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(boxes(el)[0].checked).to.equal(false);
      expect(status(el)).to.equal(SILENT);
      expect(details(seen)).to.deep.equal([
        { checked: ['test-people'], total: 5 },
        { checked: [], total: 5 },
      ]);
      await expect(el).to.be.accessible();
    });

    it('Tab moves through the checkboxes, then to the clear button', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button>Before</button><trust-checklist></trust-checklist></div>`);
      const el = wrapper.querySelector('trust-checklist')!;
      wrapper.querySelector('button')!.focus();
      const order: (Element | null)[] = [];
      for (let i = 0; i < 6; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(focused(el));
      }
      expect(order).to.deep.equal([...boxes(el), clearButton(el)]);
    });

    for (const [label, key] of [
      ['Space', ' '],
      ['Enter', 'Enter'],
    ] as const) {
      it(`${label} on the clear button clears, and focus stays on the button`, async () => {
        const el = await fixture<TrustChecklist>(html`<trust-checklist></trust-checklist>`);
        await toggle(el, 0);
        await toggle(el, 1);
        clearButton(el).focus();
        expect(focused(el)).to.equal(clearButton(el));
        const seen = record(el);
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(ticked(el)).to.deep.equal([false, false, false, false, false]);
        expect(status(el)).to.equal(CLEARED);
        expect(details(seen)).to.deep.equal([{ checked: [], total: 5 }]);
        expect(document.activeElement).to.equal(el);
        expect(focused(el)).to.equal(clearButton(el));
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('privacy by default', () => {
    it('ticks are not stored, not put in cookies and not sent', async () => {
      const t0 = performance.now();
      const el = await fixture<TrustChecklist>(html`<trust-checklist></trust-checklist>`);
      await toggle(el, 0);
      await toggle(el, 2);
      clearButton(el).click();
      await el.updateComplete;
      await toggle(el, 4);
      expect(localStorage.length).to.equal(0);
      expect(sessionStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
      expect(requestsSince(t0)).to.deep.equal([]);
      expect(note(el)).to.equal(PRIVATE_NOTE);
      await expect(el).to.be.accessible();
    });

    it('does not read ticks saved by a checklist that had persist', async () => {
      const saver = await fixture<TrustChecklist>(html`<trust-checklist persist></trust-checklist>`);
      await toggle(saver, 0);
      expect(storedKeys()).to.have.length(1);
      saver.remove();
      const el = await fixture<TrustChecklist>(html`<trust-checklist></trust-checklist>`);
      expect(ticked(el)).to.deep.equal([false, false, false, false, false]);
      expect(status(el)).to.equal(SILENT);
    });
  });

  describe('persist', () => {
    it('saves ids only under a rebuild-trust: key, and says so', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist persist></trust-checklist>`);
      expect(note(el)).to.equal(SAVED_NOTE);
      expect(localStorage.length).to.equal(0);
      await toggle(el, 0);
      await toggle(el, 3);
      const keys = Object.keys(localStorage);
      expect(keys).to.have.length(1);
      expect(keys[0].startsWith('rebuild-trust:')).to.equal(true);
      const stored = localStorage.getItem(keys[0])!;
      // a versioned record of ids
      expect(JSON.parse(stored)).to.deep.equal({ v: 1, ticked: ['test-people', 'withdraw'] });
      for (const item of ITEMS) expect(stored).not.to.contain(item);
      for (const word of ['test people', 'withdraw when', 'leave']) expect(stored).not.to.contain(word);
      expect(sessionStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('restores the ticks after a reload: checked boxes, announced by an event, the status silent', async () => {
      const first = await fixture<TrustChecklist>(html`<trust-checklist persist></trust-checklist>`);
      await toggle(first, 1);
      await toggle(first, 4);
      first.remove();

      const seen = record(document);
      const el = await fixture<TrustChecklist>(html`<trust-checklist persist></trust-checklist>`);
      expect(ticked(el)).to.deep.equal([false, true, false, false, true]);
      expect(el.checked).to.deep.equal(['hide-needs', 'good-moments-wont-last']);
      expect(status(el)).to.equal(SILENT);
      expect(details(seen)).to.deep.equal([{ checked: ['hide-needs', 'good-moments-wont-last'], total: 5 }]);
      expect(note(el)).to.equal(SAVED_NOTE);
      await expect(el).to.be.accessible();
    });

    it('clearing removes the saved ticks', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist persist></trust-checklist>`);
      await toggle(el, 0);
      expect(storedKeys()).to.have.length(1);
      clearButton(el).click();
      await el.updateComplete;
      expect(localStorage.length).to.equal(0);
      expect(status(el)).to.equal(CLEARED);
      el.remove();
      const again = await fixture<TrustChecklist>(html`<trust-checklist persist></trust-checklist>`);
      expect(ticked(again)).to.deep.equal([false, false, false, false, false]);
      await expect(again).to.be.accessible();
    });

    it('unticking the last item removes the saved ticks too', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist persist></trust-checklist>`);
      await toggle(el, 2);
      expect(storedKeys()).to.have.length(1);
      await toggle(el, 2);
      expect(localStorage.length).to.equal(0);
    });

    it('two checklists with different items never share a key', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <trust-checklist persist id="one"><ul><li data-id="a">Alpha</li><li data-id="b">Beta</li></ul></trust-checklist>
        <trust-checklist persist id="two"><ul><li data-id="a">Another alpha</li><li data-id="b">Beta</li></ul></trust-checklist>
        <trust-checklist persist id="three"></trust-checklist>
      </div>`);
      const [one, two, three] = Array.from(wrapper.querySelectorAll('trust-checklist'));
      await toggle(one, 0);
      await toggle(two, 1);
      await toggle(three, 4);
      const keys = storedKeys();
      expect(keys).to.have.length(3);
      expect(keys.map(k => savedIds(k)!).sort()).to.deep.equal([['a'], ['b'], ['good-moments-wont-last']]);
      expect(one.checked).to.deep.equal(['a']);
      expect(two.checked).to.deep.equal(['b']);
      await expect(one).to.be.accessible();
    });

    it('storage-key="x" saves under rebuild-trust:x', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist persist storage-key="x"></trust-checklist>`);
      await toggle(el, 1);
      expect(Object.keys(localStorage)).to.deep.equal(['rebuild-trust:x']);
      expect(savedIds('rebuild-trust:x')).to.deep.equal(['hide-needs']);
      el.remove();
      const again = await fixture<TrustChecklist>(html`<trust-checklist persist storage-key="x"></trust-checklist>`);
      expect(again.checked).to.deep.equal(['hide-needs']);
      expect(ticked(again)).to.deep.equal([false, true, false, false, false]);
    });

    for (const off of ['off', 'false']) {
      it(`persist="${off}" writes nothing and keeps the private note`, async () => {
        const el = await fixture<TrustChecklist>(html`<trust-checklist persist=${off}></trust-checklist>`);
        await toggle(el, 0);
        await toggle(el, 1);
        expect(localStorage.length).to.equal(0);
        expect(note(el)).to.equal(PRIVATE_NOTE);
        await expect(el).to.be.accessible();
      });
    }

    it('turning persist on after ticking saves the ticks the note now says are saved', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist></trust-checklist>`);
      await toggle(el, 3);
      expect(localStorage.length).to.equal(0);
      el.persist = '';
      await el.updateComplete;
      expect(note(el)).to.equal(SAVED_NOTE);
      expect(storedKeys().map(k => savedIds(k))).to.deep.equal([['withdraw']]);
      el.remove();
      const again = await fixture<TrustChecklist>(html`<trust-checklist persist></trust-checklist>`);
      expect(again.checked).to.deep.equal(['withdraw']);
    });

    it('when the host edits the items’ text, the saved ticks follow: restored after a reload, gone after clearing', async () => {
      const make = (beta: string) => fixture<TrustChecklist>(html`<trust-checklist persist>
        <ul><li data-id="a">Alpha</li><li data-id="b">${beta}</li></ul>
      </trust-checklist>`);
      const el = await make('Beta');
      await toggle(el, 1);
      el.querySelector('li[data-id="b"]')!.textContent = 'Beta, reworded';
      await settle(el);
      expect(el.checked).to.deep.equal(['b']);
      expect(note(el)).to.equal(SAVED_NOTE);
      // one saved copy, under the checklist's current key
      expect(storedKeys()).to.have.length(1);
      el.remove();
      const reloaded = await make('Beta, reworded');
      expect(reloaded.checked).to.deep.equal(['b']);
      expect(ticked(reloaded)).to.deep.equal([false, true]);
      clearButton(reloaded).click();
      await reloaded.updateComplete;
      expect(localStorage.length).to.equal(0);
    });

    it('el.checked = […] is saved too', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist persist></trust-checklist>`);
      el.checked = ['withdraw'];
      await el.updateComplete;
      expect(storedKeys().map(k => savedIds(k))).to.deep.equal([['withdraw']]);
    });
  });

  describe('when storage fails', () => {
    /** The checklist works in memory; `first` is what the status says after the first tick. */
    const works = async (el: TrustChecklist, first = SILENT) => {
      const seen = record(el);
      await toggle(el, 0);
      expect(status(el)).to.equal(first);
      await toggle(el, 1);
      expect(ticked(el)).to.deep.equal([true, true, false, false, false]);
      // said once: the hint before the boxes says it from then on
      expect(status(el)).to.equal(SILENT);
      clearButton(el).click();
      await el.updateComplete;
      expect(status(el)).to.equal(CLEARED);
      await toggle(el, 2);
      expect(details(seen)).to.deep.equal([
        { checked: ['test-people'], total: 5 },
        { checked: ['test-people', 'hide-needs'], total: 5 },
        { checked: [], total: 5 },
        { checked: ['over-apologise'], total: 5 },
      ]);
    };

    it('blocked localStorage: works in memory, warns once, and the hint says the browser can’t save', async () => {
      undo.push(blockLocalStorage());
      expect(() => window.localStorage).to.throw();
      const el = await fixture<TrustChecklist>(html`<trust-checklist persist></trust-checklist>`);
      // known before the reader ticks: the hint says it, the status needn't
      expect(note(el)).to.equal(UNSAVED_NOTE);
      await works(el);
      expect(oneWarning()).to.contain('SecurityError');
      expect(note(el)).to.equal(UNSAVED_NOTE);
      await expect(el).to.be.accessible();
    });

    it('blocked localStorage with a form: the hint says the browser can’t save, and speaks of the form', async () => {
      undo.push(blockLocalStorage());
      const form = await fixture<HTMLFormElement>(html`<form><trust-checklist persist name="r"></trust-checklist></form>`);
      const el = form.querySelector('trust-checklist')!;
      await toggle(el, 0);
      oneWarning();
      expect(note(el)).to.equal(UNSAVED_FORM_NOTE);
      expect(new FormData(form).getAll('r')).to.deep.equal(['test-people']);
    });

    it('a full localStorage (setItem throws): works in memory, warns once, says so once, and the hint says it from then on', async () => {
      undo.push(failStorage('setItem', 'QuotaExceededError'));
      const el = await fixture<TrustChecklist>(html`<trust-checklist persist></trust-checklist>`);
      expect(note(el)).to.equal(SAVED_NOTE);
      await works(el, NOT_SAVED);
      expect(oneWarning()).to.contain('QuotaExceededError');
      expect(note(el)).to.equal(UNSAVED_NOTE);
      expect(localStorage.length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('a save that fails keeps what was saved before, and the note says so; clearing still removes it', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist persist></trust-checklist>`);
      await toggle(el, 0);
      const [key] = storedKeys();
      undo.push(failStorage('setItem', 'QuotaExceededError'));
      await toggle(el, 1);
      oneWarning();
      expect(el.checked).to.deep.equal(['test-people', 'hide-needs']);
      // the earlier tick is still saved, as the note now says
      expect(savedIds(key)).to.deep.equal(['test-people']);
      expect(note(el)).to.equal(UNSAVED_NOTE);
      clearButton(el).click();
      await el.updateComplete;
      expect(localStorage.getItem(key)).to.equal(null);
      expect(note(el)).to.equal(UNSAVED_NOTE);
    });

    it('after a save failed, nothing more is written while the hint says the browser can’t save', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist persist></trust-checklist>`);
      const restore = failStorage('setItem', 'QuotaExceededError');
      undo.push(restore);
      await toggle(el, 0);
      restore();
      oneWarning();
      expect(note(el)).to.equal(UNSAVED_NOTE);
      // storage works again: the hint still says the ticks aren't saved, and nothing is
      await toggle(el, 1);
      expect(note(el)).to.equal(UNSAVED_NOTE);
      expect(localStorage.length).to.equal(0);
    });

    it('when only reading fails, nothing is written either', async () => {
      undo.push(failStorage('getItem', 'SecurityError'));
      const el = await fixture<TrustChecklist>(html`<trust-checklist persist></trust-checklist>`);
      await toggle(el, 0);
      oneWarning();
      expect(note(el)).to.equal(UNSAVED_NOTE);
      expect(localStorage.length).to.equal(0);
    });

    it('corrupt saved data and ticks made before persist was on: the ticks replace it, as the note says', async () => {
      localStorage.setItem('rebuild-trust:x', 'not json');
      const el = await fixture<TrustChecklist>(html`<trust-checklist storage-key="x"></trust-checklist>`);
      await toggle(el, 1);
      el.setAttribute('persist', '');
      await el.updateComplete;
      oneWarning();
      expect(note(el)).to.equal(SAVED_NOTE);
      expect(savedIds('rebuild-trust:x')).to.deep.equal(['hide-needs']);
    });

    for (const corrupt of ['not json', '{"a":1}', '[1,2]', '"test-people"', 'null']) {
      it(`corrupt saved data (${corrupt}) warns once, is ignored, and the checklist starts unticked`, async () => {
        localStorage.setItem('rebuild-trust:x', corrupt);
        const el = await fixture<TrustChecklist>(html`<trust-checklist persist storage-key="x"></trust-checklist>`);
        expect(ticked(el)).to.deep.equal([false, false, false, false, false]);
        expect(status(el)).to.equal(SILENT);
        oneWarning();
        await works(el);
        expect(takeWarnings()).to.deep.equal([]);
        // the broken value is replaced by good data on the next tick
        expect(savedIds('rebuild-trust:x')).to.deep.equal(['over-apologise']);
        await expect(el).to.be.accessible();
      });
    }

    it('saved ids the checklist does not have are ignored', async () => {
      localStorage.setItem('rebuild-trust:x', JSON.stringify(['nope', 'withdraw']));
      const el = await fixture<TrustChecklist>(html`<trust-checklist persist storage-key="x"></trust-checklist>`);
      expect(el.checked).to.deep.equal(['withdraw']);
      expect(status(el)).to.equal(SILENT);
    });
  });

  describe('form association', () => {
    it('submits the ticked ids under its name, one entry per id', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><trust-checklist name="reflection"></trust-checklist></form>`);
      const el = form.querySelector('trust-checklist')!;
      expect(new FormData(form).getAll('reflection')).to.deep.equal([]);
      expect(note(el)).to.equal(FORM_NOTE);
      await toggle(el, 0);
      await toggle(el, 3);
      expect(new FormData(form).getAll('reflection')).to.deep.equal(['test-people', 'withdraw']);
      await toggle(el, 0);
      expect(new FormData(form).getAll('reflection')).to.deep.equal(['withdraw']);
      await toggle(el, 3);
      expect([...new FormData(form).keys()]).to.deep.equal([]);
      // the ticks themselves stay out of storage
      expect(localStorage.length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('without a name nothing is submitted and the note stays private', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><trust-checklist></trust-checklist></form>`);
      const el = form.querySelector('trust-checklist')!;
      await toggle(el, 0);
      await toggle(el, 1);
      expect([...new FormData(form).entries()]).to.deep.equal([]);
      expect(note(el)).to.equal(PRIVATE_NOTE);
      await expect(el).to.be.accessible();
    });

    it('a name set as a property submits too', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><trust-checklist></trust-checklist></form>`);
      const el = form.querySelector('trust-checklist')!;
      await toggle(el, 2);
      el.name = 'later';
      await el.updateComplete;
      expect(note(el)).to.equal(FORM_NOTE);
      expect(new FormData(form).getAll('later')).to.deep.equal(['over-apologise']);
    });

    it('form.reset() clears the ticks and fires the event', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><trust-checklist name="reflection"></trust-checklist></form>`);
      const el = form.querySelector('trust-checklist')!;
      await toggle(el, 1);
      await toggle(el, 2);
      const seen = record(form);
      form.reset();
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([false, false, false, false, false]);
      expect(el.checked).to.deep.equal([]);
      expect(details(seen)).to.deep.equal([{ checked: [], total: 5 }]);
      expect(status(el)).to.equal(CLEARED);
      expect(new FormData(form).getAll('reflection')).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('form.reset() with persist also forgets the saved ticks', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><trust-checklist name="r" persist></trust-checklist></form>`);
      const el = form.querySelector('trust-checklist')!;
      await toggle(el, 0);
      expect(storedKeys()).to.have.length(1);
      form.reset();
      await el.updateComplete;
      expect(localStorage.length).to.equal(0);
    });

    it('with persist the note says both', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><trust-checklist name="r" persist></trust-checklist></form>`);
      const el = form.querySelector('trust-checklist')!;
      expect(note(el)).to.equal(SAVED_FORM_NOTE);
      await toggle(el, 4);
      expect(new FormData(form).getAll('r')).to.deep.equal(['good-moments-wont-last']);
      expect(storedKeys()).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('a disabled fieldset around it disables the checkboxes and the button, and nothing is submitted', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <fieldset><legend>Your reflection</legend><trust-checklist name="r"></trust-checklist></fieldset>
      </form>`);
      const el = form.querySelector('trust-checklist')!;
      const fieldset = form.querySelector('fieldset')!;
      await toggle(el, 0);
      fieldset.disabled = true;
      await el.updateComplete;
      // (the boxes are disabled by the checklist's own group, as a reader meets them)
      expect(boxes(el).map(b => b.matches(':disabled'))).to.deep.equal([true, true, true, true, true]);
      boxes(el)[1].click();
      expect(boxes(el)[1].checked, 'a disabled box cannot be ticked').to.equal(false);
      expect(clearButton(el).disabled).to.equal(true);
      expect(new FormData(form).getAll('r')).to.deep.equal([]);
      await expect(el).to.be.accessible();
      fieldset.disabled = false;
      await el.updateComplete;
      expect(boxes(el).map(b => b.matches(':disabled'))).to.deep.equal([false, false, false, false, false]);
      expect(clearButton(el).disabled).to.equal(false);
      expect(new FormData(form).getAll('r')).to.deep.equal(['test-people']);
    });

    it('starts disabled inside a fieldset that is already disabled', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><trust-checklist name="r"></trust-checklist></fieldset></form>`);
      const el = form.querySelector('trust-checklist')!;
      await el.updateComplete;
      expect(boxes(el).map(b => b.matches(':disabled'))).to.deep.equal([true, true, true, true, true]);
      expect(clearButton(el).disabled).to.equal(true);
    });
  });

  describe('authored items', () => {
    it('uses the author’s <li> items, with data-id or their position as ids', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist>
        <ul>
          <li data-id="a">Alpha</li>
          <li>Beta</li>
        </ul>
      </trust-checklist>`);
      expect(names(el)).to.deep.equal(['Alpha', 'Beta']);
      const seen = record(el);
      await toggle(el, 0);
      await toggle(el, 1);
      expect(details(seen)).to.deep.equal([
        { checked: ['a'], total: 2 },
        { checked: ['a', 'item-2'], total: 2 },
      ]);
      expect(el.checked).to.deep.equal(['a', 'item-2']);
      // the article's heading and intro stay; its closing speaks of its own five items, so it goes
      expect(text($(el, '[part~="heading"]'))).to.equal(HEADING);
      expect(text($(el, 'legend'))).to.equal(INTRO);
      expect($$(el, '[part~="closing"]')).to.have.length(0);
      expect(text(el)).not.to.contain('attachment defences');
      // not shown twice: the light-DOM list is not slotted
      expect((el.querySelector('ul') as HTMLElement).offsetParent).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('ignores what editors insert: empty paragraphs, <br>, empty items', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist>
        <p></p>
        <ul>
          <li>First<br /></li>
          <li><br /></li>
          <li></li>
          <li><p></p>Second</li>
        </ul>
        <p><br /></p>
        <br />
      </trust-checklist>`);
      expect(names(el)).to.deep.equal(['First', 'Second']);
      expect(boxes(el)).to.have.length(2);
      expect(text($(el, 'legend'))).to.equal(INTRO);
      expect($$(el, '[part~="closing"]')).to.have.length(0);
      const seen = record(el);
      await toggle(el, 1);
      expect(details(seen)).to.deep.equal([{ checked: ['item-2'], total: 2 }]);
      await expect(el).to.be.accessible();
    });

    it('a duplicate data-id warns once and gets a position id', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist>
        <ul><li data-id="x">One</li><li data-id="x">Two</li></ul>
      </trust-checklist>`);
      el.requestUpdate();
      await el.updateComplete;
      el.append(document.createTextNode(' '));
      await settle(el);
      const warnings = takeWarnings();
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<trust-checklist>').and.contain('data-id').and.contain('"x"');
      await toggle(el, 1);
      expect(el.checked).to.deep.equal(['item-2']);
      expect(ticked(el)).to.deep.equal([false, true]);
    });

    it('every item gets its own id, even when a data-id looks like a position id', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist>
        <ul><li data-id="item-2">One</li><li>Two</li></ul>
      </trust-checklist>`);
      const seen = record(el);
      await toggle(el, 1);
      // ticking “Two” must not tick “One”
      expect(ticked(el)).to.deep.equal([false, true]);
      expect(seen).to.have.length(1);
      expect(seen[0].detail.checked).to.have.length(1);
      expect(seen[0].detail.checked[0]).not.to.equal('item-2');
      expect(boxes(el)[0].value).not.to.equal(boxes(el)[1].value);
    });

    it('items are plain text: markup-like text stays text, and markup is not copied', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist>
        <ul>
          <li>&lt;b&gt;Bold&lt;/b&gt; &lt;img src=x onerror=alert(1)&gt;</li>
          <li><b>Really</b> bold</li>
        </ul>
      </trust-checklist>`);
      expect(names(el)).to.deep.equal(['<b>Bold</b> <img src=x onerror=alert(1)>', 'Really bold']);
      expect($$(el, '[part~="list"] b')).to.have.length(0);
      expect($$(el, 'img')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('an item’s label is what a reader both sees and hears: no style text, no hidden words, no nested list twice, an image’s alt', async () => {
      const style = document.createElement('style');
      style.textContent = '.sr-only,.govuk-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}';
      document.head.append(style);
      const el = await fixture<TrustChecklist>(html`<trust-checklist>
        <ul>
          <li><style>li { color: red }</style>I keep <script>void 0</script>score</li>
          <li>I go quiet <span class="sr-only">(item two)</span><span class="govuk-visually-hidden">, hidden</span></li>
          <li><span aria-hidden="true">★</span> I brace <span hidden>secretly</span>for the worst</li>
          <li>When it gets close
            <ul><li>I leave first</li><li>I joke it off</li></ul>
          </li>
          <li><ul><li>Nested only</li></ul></li>
          <li><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="I hold my breath" /></li>
          <li>I pause<br />and listen</li>
          <li><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /></li>
        </ul>
      </trust-checklist>`);
      style.remove();
      expect(names(el)).to.deep.equal([
        'I keep score',
        'I go quiet',
        'I brace for the worst',
        'When it gets close',
        'I leave first',
        'I joke it off',
        'Nested only',
        'I hold my breath',
        'I pause and listen',
      ]);
      // what each box is called is what it shows: nothing hidden becomes visible
      expect(text($(el, '[part~="list"]'))).not.to.match(/red|void|item two|hidden|★|secretly/);
      const warnings = takeWarnings();
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<trust-checklist>').and.contain('li').and.contain('alt');
      await toggle(el, 8);
      expect(el.checked).to.deep.equal(['item-9']);
      await expect(el).to.be.accessible();
    });

    it('items, headings and paragraphs inside something hidden (hidden, aria-hidden, visually hidden) are left out', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist>
        <div hidden><h2>Hidden heading</h2><p>Hidden paragraph</p></div>
        <ul aria-hidden="true"><li>Not heard</li></ul>
        <div class="sr-only"><ul><li>Not seen</li></ul></div>
        <ul><li>Seen and heard</li></ul>
      </trust-checklist>`);
      expect(names(el)).to.deep.equal(['Seen and heard']);
      expect(text($(el, '[part~="heading"]'))).to.equal(HEADING);
      expect(text($(el, 'legend'))).to.equal(INTRO);
      expect(takeWarnings()).to.deep.equal([]);
    });

    it('paragraphs without items of the author’s replace the intro, and the article’s items and closing stay', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist><p>Before your session, notice:</p></trust-checklist>`);
      expect(text($(el, 'legend'))).to.equal('Before your session, notice:');
      expect(names(el)).to.deep.equal(ITEMS);
      expect(text($(el, '[part~="closing"]'))).to.equal(CLOSING);
    });

    it('authored paragraphs replace the intro (before the items) and the closing (after them)', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist>
        <h2>Myfyrio</h2>
        <p>Sylwch ar beth sy’n digwydd:</p>
        <ul><li>Rwy’n profi pobl.</li><li>Rwy’n cuddio anghenion.</li></ul>
        <p>Amddiffynfeydd cyfarwydd yw’r rhain.</p>
        <p>Mae chwilfrydedd yn helpu.</p>
      </trust-checklist>`);
      expect(text($(el, '[part~="heading"]'))).to.equal('Myfyrio');
      expect(text($(el, 'legend'))).to.equal('Sylwch ar beth sy’n digwydd:');
      expect(names(el)).to.deep.equal(['Rwy’n profi pobl.', 'Rwy’n cuddio anghenion.']);
      expect(text($(el, '[part~="closing"]'))).to.equal('Amddiffynfeydd cyfarwydd yw’r rhain. Mae chwilfrydedd yn helpu.');
      // all the author's: none of it is marked as the article's English
      expect($(el, '[part~="base"]').querySelectorAll('[lang="en-GB"]:not(span)')).to.have.length(0);
      expect(text(el.shadowRoot!)).not.to.contain(INTRO);
      await expect(el).to.be.accessible();
    });

    it('an authored heading becomes the heading; the article’s intro stays, marked as the article’s language', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist>
        <h3>Before your first session</h3>
        <ul><li data-id="late">I run late on purpose.</li></ul>
      </trust-checklist>`);
      const heading = $(el, '[part~="heading"]');
      expect(heading.localName).to.equal('h2');
      expect(text(heading)).to.equal('Before your first session');
      expect(heading.closest('[lang]')).to.equal(null);
      expect(text($(el, 'legend'))).to.equal(INTRO);
      expect($(el, 'legend').getAttribute('lang')).to.equal('en-GB');
      expect(names(el)).to.deep.equal(['I run late on purpose.']);
      expect($$(el, '[part~="closing"]')).to.have.length(0);
      expect(text(el)).not.to.contain(HEADING);
      await expect(el).to.be.accessible();
    });

    it('an authored heading alone keeps the article’s items and closing, in its language', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist><h3>Before your first session</h3></trust-checklist>`);
      expect(text($(el, '[part~="heading"]'))).to.equal('Before your first session');
      expect(names(el)).to.deep.equal(ITEMS);
      expect(text($(el, '[part~="closing"]'))).to.equal(CLOSING);
      for (const part of ['intro', 'list', 'closing']) expect($(el, `[part~="${part}"]`).getAttribute('lang')).to.equal('en-GB');
      await expect(el).to.be.accessible();
    });

    it('ticks survive when the host edits the items’ text (ids kept)', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist>
        <ul><li data-id="a">Alpha</li><li data-id="b">Beta</li></ul>
      </trust-checklist>`);
      await toggle(el, 1);
      el.querySelector('li[data-id="b"]')!.textContent = 'Beta, reworded';
      await settle(el);
      expect(names(el)).to.deep.equal(['Alpha', 'Beta, reworded']);
      expect(el.checked).to.deep.equal(['b']);
      expect(ticked(el)).to.deep.equal([false, true]);
      expect(status(el)).to.equal(SILENT);
      await expect(el).to.be.accessible();
    });

    it('an item the host removes is no longer reported as ticked', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist>
        <ul><li data-id="a">Alpha</li><li data-id="b">Beta</li></ul>
      </trust-checklist>`);
      await toggle(el, 0);
      await toggle(el, 1);
      el.querySelector('li[data-id="a"]')!.remove();
      await settle(el);
      expect(names(el)).to.deep.equal(['Beta']);
      expect(el.checked).to.deep.equal(['b']);
      expect(status(el)).to.equal(SILENT);
    });
  });

  describe('footer', () => {
    it('a trailing <footer> is shown after our content, in the footer slot, and keeps the article’s text', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist>
        <footer><p>Need to talk? <a href="/book">Talk to us</a></p></footer>
      </trust-checklist>`);
      const slot = $<HTMLSlotElement>(el, 'slot[name="footer"]');
      const footer = el.querySelector('footer')!;
      expect(slot.assignedElements()).to.deep.equal([footer]);
      // after the note, our last line
      expect($(el, '[part~="note"]').compareDocumentPosition(slot) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.above(0);
      // the footer's paragraph is not taken as an intro or closing
      expect(text($(el, 'legend'))).to.equal(INTRO);
      expect(text($(el, '[part~="closing"]'))).to.equal(CLOSING);
      expect(names(el)).to.deep.equal(ITEMS);
      await expect(el).to.be.accessible();
    });

    it('slot="footer" content is shown too, and the link comes after the clear button in Tab order', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button>Before</button>
        <trust-checklist><div slot="footer"><a href="/book">Talk to us</a></div></trust-checklist>
      </div>`);
      const el = wrapper.querySelector('trust-checklist')!;
      const link = el.querySelector('a')!;
      expect($<HTMLSlotElement>(el, 'slot[name="footer"]').assignedElements()).to.deep.equal([el.querySelector('div')]);
      expect(link.getBoundingClientRect().height).to.be.above(0);
      wrapper.querySelector('button')!.focus();
      for (let i = 0; i < 6; i++) await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(clearButton(el));
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(link);
      await expect(el).to.be.accessible();
    });
  });

  describe('attributes and properties', () => {
    it('heading replaces the heading text, as text (never HTML)', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist heading=${'<b>Noticing</b>'}></trust-checklist>`);
      const heading = $(el, '[part~="heading"]');
      expect(text(heading)).to.equal('<b>Noticing</b>');
      expect(heading.querySelector('b')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('heading-level sets the heading’s level', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist heading-level="3"></trust-checklist>`);
      expect($(el, '[part~="heading"]').localName).to.equal('h3');
      el.headingLevel = 5;
      await el.updateComplete;
      expect($(el, '[part~="heading"]').localName).to.equal('h5');
      expect(text($(el, '[part~="heading"]'))).to.equal(HEADING);
      await expect(el).to.be.accessible();
    });

    for (const bad of ['7', '0', 'two']) {
      it(`an invalid heading-level ("${bad}") warns once, naming element and attribute, and falls back to h2`, async () => {
        const el = await fixture<TrustChecklist>(html`<trust-checklist heading-level=${bad}></trust-checklist>`);
        el.requestUpdate();
        await el.updateComplete;
        await toggle(el, 0);
        expect($(el, '[part~="heading"]').localName).to.equal('h2');
        const warnings = takeWarnings();
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<trust-checklist>').and.contain('heading-level').and.contain(`"${bad}"`);
        await expect(el).to.be.accessible();
      });
    }

    for (const theme of ['light', 'dark'] as const) {
      it(`theme="${theme}" draws its own opaque surface, ticked or not`, async () => {
        const el = await fixture<TrustChecklist>(html`<trust-checklist theme=${theme}></trust-checklist>`);
        const base = $(el, '[part~="base"]');
        expect(getComputedStyle(base).backgroundColor).to.equal(theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(21, 25, 30)');
        expect(getComputedStyle(base).colorScheme).to.equal(theme);
        await expect(el).to.be.accessible();
        await toggle(el, 0);
        clearButton(el).focus();
        await expect(el).to.be.accessible();
      });
    }

    it('el.checked reads and sets the ticks (in the checklist’s order, known ids only) without an event', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist></trust-checklist>`);
      expect(el.checked).to.deep.equal([]);
      const seen = record(el);
      el.checked = ['withdraw', 'nope', 'test-people', 7 as unknown as string];
      await el.updateComplete;
      expect(el.checked).to.deep.equal(['test-people', 'withdraw']);
      expect(ticked(el)).to.deep.equal([true, false, false, true, false]);
      expect(status(el)).to.equal(SILENT);
      expect(seen).to.have.length(0);
      // a user untick after a programmatic tick is seen
      await toggle(el, 0);
      expect(details(seen)).to.deep.equal([{ checked: ['withdraw'], total: 5 }]);
      el.checked = [];
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([false, false, false, false, false]);
      expect(status(el)).to.equal(SILENT);
      await expect(el).to.be.accessible();
    });

    it('el.checked set right after a user untick shows the box ticked again', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist></trust-checklist>`);
      el.checked = ['test-people'];
      await el.updateComplete;
      await toggle(el, 0);
      expect(boxes(el)[0].checked).to.equal(false);
      el.checked = ['test-people'];
      await el.updateComplete;
      expect(boxes(el)[0].checked).to.equal(true);
    });

    it('clear() clears and fires the event (the page’s call: the status stays silent)', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist></trust-checklist>`);
      await toggle(el, 3);
      const seen = record(el);
      el.clear();
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([false, false, false, false, false]);
      expect(status(el)).to.equal(SILENT);
      expect(details(seen)).to.deep.equal([{ checked: [], total: 5 }]);
    });
  });

  describe('what the host page does later', () => {
    it('items that arrive after the first render never touch ticks saved for other items', async () => {
      const articleKey = await (async () => {
        const first = await fixture<TrustChecklist>(html`<trust-checklist persist></trust-checklist>`);
        await toggle(first, 3);
        const [key] = storedKeys();
        first.remove();
        return key;
      })();
      const el = document.createElement('trust-checklist') as TrustChecklist;
      el.setAttribute('persist', '');
      document.body.append(el);
      await el.updateComplete;
      el.innerHTML = '<ul><li data-id="a">Our own first item</li><li data-id="b">Our own second item</li></ul>';
      await settle(el);
      await settle(el);
      expect(names(el)).to.deep.equal(['Our own first item', 'Our own second item']);
      expect(ticked(el)).to.deep.equal([false, false]);
      // the reader's ticks on the article's checklist are still there
      expect(savedIds(articleKey)).to.deep.equal(['withdraw']);
      await toggle(el, 1);
      expect(storedKeys()).to.have.length(2);
      el.remove();
    });

    it('a trailing <footer> followed by editor debris is still the footer, and the items stay the article’s', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist>
        <footer><ul><li>Samaritans: 116 123</li></ul></footer>
        <p></p>
        <br />
      </trust-checklist>`);
      await settle(el);
      expect(names(el)).to.deep.equal(ITEMS);
      const slot = $<HTMLSlotElement>(el, 'slot[name="footer"]');
      expect(slot.assignedElements().map(e => e.localName)).to.deep.equal(['footer']);
      await expect(el).to.be.accessible();
    });

    it('turning persist off removes what was saved, and the note says nothing is saved', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist persist></trust-checklist>`);
      await toggle(el, 0);
      expect(storedKeys()).to.have.length(1);
      el.persist = 'off';
      await el.updateComplete;
      expect(storedKeys()).to.deep.equal([]);
      expect(note(el)).to.equal(PRIVATE_NOTE);
      // the reader's ticks on the page are kept
      expect(ticked(el)[0]).to.equal(true);
    });

    it('name outside any form sends nothing and says so; inside a form it says it is sent', async () => {
      const wrapper = await fixture(html`<div><trust-checklist name="reflection"></trust-checklist><form></form></div>`);
      const el = wrapper.querySelector('trust-checklist') as TrustChecklist;
      expect(note(el)).to.equal(PRIVATE_NOTE);
      wrapper.querySelector('form')!.append(el);
      await settle(el);
      expect(note(el)).to.equal(FORM_NOTE);
    });

    it('with storage-key, saved ticks survive a correction to an item’s text', async () => {
      const first = await fixture<TrustChecklist>(html`<trust-checklist persist storage-key="ours"><ul><li data-id="a">Teh first</li><li data-id="b">Second</li></ul></trust-checklist>`);
      await toggle(first, 0);
      first.remove();
      const again = await fixture<TrustChecklist>(html`<trust-checklist persist storage-key="ours"><ul><li data-id="a">The first</li><li data-id="b">Second</li></ul></trust-checklist>`);
      await settle(again);
      expect(ticked(again)).to.deep.equal([true, false]);
      expect(storedKeys()).to.have.length(1);
    });

    it('says a translated status, marked with its language', async () => {
      const provider = await fixture(html`<trust-provider .strings=${{ lang: 'cy', cleared: 'Mae eich ticiau wedi’u clirio.' }}
        ><trust-checklist></trust-checklist
      ></trust-provider>`);
      const el = provider.querySelector('trust-checklist') as TrustChecklist;
      await settle(el);
      await toggle(el, 0);
      expect(status(el)).to.equal(SILENT);
      clearButton(el).click();
      await el.updateComplete;
      expect(status(el)).to.equal('Mae eich ticiau wedi’u clirio.');
      expect(el.shadowRoot!.querySelector('[role=status] [lang=cy]')?.textContent).to.equal('Mae eich ticiau wedi’u clirio.');
    });
  });

  describe('what a hostile page, a second copy or another tab does to saved ticks', () => {
    it('a page’s Array.prototype.toJSON (as Prototype.js adds) changes nothing: the ticks come back after a reload', async () => {
      const own = Object.getOwnPropertyDescriptor(Array.prototype, 'toJSON');
      Object.defineProperty(Array.prototype, 'toJSON', {
        configurable: true,
        writable: true,
        value: function (this: unknown[]) {
          return JSON.stringify([...this]);
        },
      });
      undo.push(() => (own ? Object.defineProperty(Array.prototype, 'toJSON', own) : Reflect.deleteProperty(Array.prototype, 'toJSON')));
      const first = await fixture<TrustChecklist>(html`<trust-checklist persist></trust-checklist>`);
      await toggle(first, 1);
      await toggle(first, 3);
      first.remove();
      expect(storedKeys().map(k => savedIds(k))).to.deep.equal([['hide-needs', 'withdraw']]);
      const again = await fixture<TrustChecklist>(html`<trust-checklist persist></trust-checklist>`);
      expect(again.checked).to.deep.equal(['hide-needs', 'withdraw']);
      expect(note(again)).to.equal(SAVED_NOTE);
    });

    it('Object.prototype.persist, .name and .headingLevel on a polluted page turn nothing on, with or without a provider', async () => {
      const proto = Object.prototype as Record<string, unknown>;
      Object.assign(proto, { persist: true, name: 'x', headingLevel: 5, theme: 'dark' });
      undo.push(() => ['persist', 'name', 'headingLevel', 'theme'].forEach(key => Reflect.deleteProperty(proto, key)));
      const form = await fixture<HTMLFormElement>(html`<form>
        <trust-checklist id="bare"></trust-checklist>
        <trust-provider><trust-checklist id="inside"></trust-checklist></trust-provider>
      </form>`);
      for (const el of form.querySelectorAll('trust-checklist')) {
        await el.updateComplete;
        await toggle(el, 0);
        expect(note(el), el.id).to.equal(PRIVATE_NOTE);
        expect($(el, '[part~="heading"]').localName, el.id).to.equal('h2');
      }
      expect(localStorage.length).to.equal(0);
      expect([...new FormData(form).keys()]).to.deep.equal([]);
    });

    it('Object.prototype strings and content parts on a polluted page show nowhere, with or without a provider', async () => {
      const proto = Object.prototype as Record<string, unknown>;
      Object.assign(proto, { privateNote: 'POLLUTED', clear: 'POLLUTED', checklist: 'POLLUTED' });
      undo.push(() => ['privateNote', 'clear', 'checklist'].forEach(key => Reflect.deleteProperty(proto, key)));
      const page = await fixture<HTMLDivElement>(html`<div>
        <trust-checklist id="bare"></trust-checklist>
        <trust-provider .strings=${{ lang: 'cy', cleared: 'Wedi clirio.' }} .content=${{ lang: 'cy', keyPoints: { heading: 'Yn gryno', items: ['Un'] } }}>
          <trust-checklist id="inside"></trust-checklist>
        </trust-provider>
      </div>`);
      for (const el of page.querySelectorAll('trust-checklist')) {
        await el.updateComplete;
        await el.updateComplete;
        expect(text(el), el.id).not.to.contain('POLLUTED');
        expect(names(el), el.id).to.deep.equal(ITEMS);
        expect(note(el), el.id).to.equal(PRIVATE_NOTE);
      }
    });

    it('the same checklist twice on one page, both saving, stays in step (and after a reload)', async () => {
      const page = await fixture<HTMLDivElement>(html`<div><trust-checklist persist id="a"></trust-checklist><trust-checklist persist id="b"></trust-checklist></div>`);
      const [a, b] = Array.from(page.querySelectorAll('trust-checklist'));
      const seen = record(b);
      await toggle(a, 0);
      await b.updateComplete;
      await toggle(b, 3);
      await a.updateComplete;
      expect(a.checked).to.deep.equal(['test-people', 'withdraw']);
      expect(ticked(a)).to.deep.equal([true, false, false, true, false]);
      expect(b.checked).to.deep.equal(['test-people', 'withdraw']);
      // b told the page when it followed a, then when the reader ticked it
      expect(details(seen).map(d => d.checked)).to.deep.equal([['test-people'], ['test-people', 'withdraw']]);
      page.remove();
      const again = await fixture<HTMLDivElement>(html`<div><trust-checklist persist></trust-checklist><trust-checklist persist></trust-checklist></div>`);
      for (const el of again.querySelectorAll('trust-checklist')) expect(el.checked).to.deep.equal(['test-people', 'withdraw']);
    });

    it('another tab’s save is followed here without writing back, so this tab’s next tick loses nothing', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist persist></trust-checklist>`);
      await toggle(el, 0);
      const [key] = storedKeys();
      const seen = record(el);
      // the other tab ticks item 3 as well, and saves
      const newValue = '{"v":1,"ticked":["test-people","over-apologise"]}';
      localStorage.setItem(key, newValue);
      let writes = 0;
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, ...args: [string, string]) {
        writes += 1;
        return setItem.apply(this, args);
      };
      undo.push(() => (Storage.prototype.setItem = setItem));
      window.dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea: localStorage }));
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([true, false, true, false, false]);
      expect(details(seen)).to.deep.equal([{ checked: ['test-people', 'over-apologise'], total: 5 }]);
      expect(writes, 'following writes nothing').to.equal(0);
      // this tab's next tick keeps the other tab's
      await toggle(el, 4);
      expect(savedIds(key)).to.deep.equal(['test-people', 'over-apologise', 'good-moments-wont-last']);
      // the other tab clears: this one follows
      localStorage.removeItem(key);
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: null, storageArea: localStorage }));
      await el.updateComplete;
      expect(el.checked).to.deep.equal([]);
    });

    it('one storage listener and one pageshow listener serve every checklist', async () => {
      const added = new Map<string, Set<unknown>>();
      const add = window.addEventListener;
      window.addEventListener = function (this: Window, ...args: Parameters<typeof add>) {
        added.set(args[0], (added.get(args[0]) ?? new Set()).add(args[1]));
        return add.apply(this, args);
      } as typeof add;
      undo.push(() => (window.addEventListener = add));
      await fixture<HTMLDivElement>(html`<div>${[1, 2, 3, 4].map(i => html`<trust-checklist persist storage-key=${`k${i}`}></trust-checklist>`)}</div>`);
      // (adding the same listener again adds nothing)
      expect(added.get('storage')?.size).to.equal(1);
      expect(added.get('pageshow')?.size).to.equal(1);
    });

    it('a checklist moved on the page keeps following the same checklist there, and loses none of its ticks', async () => {
      const page = await fixture<HTMLDivElement>(html`<div><trust-checklist persist id="a"></trust-checklist><trust-checklist persist id="b"></trust-checklist></div>`);
      const [a, b] = Array.from(page.querySelectorAll('trust-checklist'));
      page.append(a);
      await a.updateComplete;
      await toggle(b, 2);
      await a.updateComplete;
      expect(a.checked).to.deep.equal(['over-apologise']);
      await toggle(a, 0);
      expect(storedKeys().map(k => savedIds(k))).to.deep.equal([['test-people', 'over-apologise']]);
      expect(b.checked).to.deep.equal(['test-people', 'over-apologise']);
    });

    it('a new key whose write fails keeps the ticks saved under the old one', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist persist storage-key="x"></trust-checklist>`);
      await toggle(el, 0);
      undo.push(failStorage('setItem', 'QuotaExceededError'));
      el.storageKey = 'y';
      await el.updateComplete;
      oneWarning();
      expect(savedIds('rebuild-trust:x')).to.deep.equal(['test-people']);
      expect(el.checked).to.deep.equal(['test-people']);
    });

    it('one of two same checklists stops saving, or moves to another key: the other’s saved ticks stay, as its note says', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <trust-checklist persist storage-key="x" id="a"></trust-checklist><trust-checklist persist storage-key="x" id="b"></trust-checklist>
        <trust-checklist persist storage-key="z" id="c"></trust-checklist><trust-checklist persist storage-key="z" id="d"></trust-checklist>
      </div>`);
      const [a, b, c, d] = Array.from(page.querySelectorAll('trust-checklist'));
      await toggle(a, 0);
      b.persist = 'off';
      await b.updateComplete;
      expect(savedIds('rebuild-trust:x')).to.deep.equal(['test-people']);
      expect(note(a)).to.equal(SAVED_NOTE);
      await toggle(c, 1);
      d.storageKey = 'w';
      await d.updateComplete;
      expect(savedIds('rebuild-trust:z')).to.deep.equal(['hide-needs']);
      expect(note(c)).to.equal(SAVED_NOTE);
    });

    it('the same storage-key on checklists with different items: each keeps its own ticks', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <trust-checklist persist storage-key="x" id="a"></trust-checklist>
        <trust-checklist persist storage-key="x" id="b"><ul><li data-id="test-people">Shared</li><li data-id="extra">Extra</li></ul></trust-checklist>
      </div>`);
      const [a, b] = Array.from(page.querySelectorAll('trust-checklist'));
      await toggle(a, 1);
      await toggle(b, 1);
      await a.updateComplete;
      expect(a.checked).to.deep.equal(['hide-needs']);
      expect(b.checked).to.deep.equal(['extra']);
      expect([...savedIds('rebuild-trust:x')!].sort()).to.deep.equal(['extra', 'hide-needs']);
    });

    it('back/forward cache: ticks the browser couldn’t save are forgotten; those it saved before show, and clearing removes them', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist persist></trust-checklist>`);
      await toggle(el, 0);
      const [key] = storedKeys();
      const restore = failStorage('setItem', 'QuotaExceededError');
      undo.push(restore);
      await toggle(el, 1);
      oneWarning();
      expect(note(el)).to.equal(UNSAVED_NOTE);
      expect(status(el)).to.equal(NOT_SAVED);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await el.updateComplete;
      // what the hint says is true: the tick saved before is there, the other is gone, the status is quiet
      expect(el.checked).to.deep.equal(['test-people']);
      expect(ticked(el)).to.deep.equal([true, false, false, false, false]);
      expect(savedIds(key)).to.deep.equal(['test-people']);
      expect(status(el)).to.equal(SILENT);
      restore();
      clearButton(el).click();
      await el.updateComplete;
      expect(status(el)).to.equal(CLEARED);
      expect(localStorage.getItem(key)).to.equal(null);
    });

    it('back/forward cache: a saving checklist shows what another tab saved while the page was away', async () => {
      const el = await fixture<TrustChecklist>(html`<trust-checklist persist storage-key="away"></trust-checklist>`);
      await toggle(el, 0);
      // another tab, whose storage event this cached page never received
      localStorage.setItem('rebuild-trust:away', '{"v":1,"ticked":["test-people","withdraw"]}');
      const seen = record(el);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([true, false, false, true, false]);
      expect(details(seen)).to.deep.equal([{ checked: ['test-people', 'withdraw'], total: 5 }]);
      expect(status(el)).to.equal(SILENT);
    });

    it('the status stays silent for another checklist’s ticks, and doesn’t go on saying “cleared” after them', async () => {
      const page = await fixture<HTMLDivElement>(html`<div><trust-checklist persist id="a"></trust-checklist><trust-checklist persist id="b"></trust-checklist></div>`);
      const [a, b] = Array.from(page.querySelectorAll('trust-checklist'));
      await toggle(a, 0);
      await b.updateComplete;
      expect(status(b)).to.equal(SILENT);
      clearButton(a).click();
      await a.updateComplete;
      expect(status(a)).to.equal(CLEARED);
      await toggle(b, 2);
      await a.updateComplete;
      expect(ticked(a)).to.deep.equal([false, false, true, false, false]);
      expect(status(a)).to.equal(SILENT);
      // another tab, through a real storage event's shape
      const key = storedKeys()[0];
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: '{"v":1,"ticked":["hide-needs"]}', storageArea: localStorage }));
      await a.updateComplete;
      expect(ticked(a)).to.deep.equal([false, true, false, false, false]);
      expect(status(a)).to.equal(SILENT);
      expect(status(b)).to.equal(SILENT);
    });

    for (const off of ['no', '0', 'none', 'disabled', 'never', 'null', 'Nope']) {
      it(`persist="${off}" warns once and saves nothing (privacy fails closed)`, async () => {
        const el = await fixture<TrustChecklist>(html`<trust-checklist persist=${off}></trust-checklist>`);
        await toggle(el, 0);
        expect(localStorage.length).to.equal(0);
        expect(note(el)).to.equal(PRIVATE_NOTE);
        expect(takeWarnings()).to.deep.equal([`<trust-checklist> persist: "${off}" is neither on nor off; taken as off.`]);
      });
    }

    for (const on of ['', 'persist', 'true', 'on', 'ON', ' True ']) {
      it(`persist="${on}" saves`, async () => {
        const el = await fixture<TrustChecklist>(html`<trust-checklist persist=${on}></trust-checklist>`);
        await toggle(el, 0);
        expect(storedKeys()).to.have.length(1);
        expect(note(el)).to.equal(SAVED_NOTE);
      });
    }

    it('back/forward cache: ticks that are neither saved nor in a form are gone when the page is shown again', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <trust-checklist id="private"></trust-checklist>
        <trust-checklist id="saved" persist></trust-checklist>
        <form><trust-checklist id="form" name="r"></trust-checklist></form>
      </div>`);
      const [only, saved, inForm] = ['#private', '#saved', '#form'].map(id => page.querySelector<TrustChecklist>(id)!);
      for (const el of [only, saved, inForm]) await toggle(el, 1);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await only.updateComplete;
      expect(ticked(only)).to.deep.equal([false, false, false, false, false]);
      expect(saved.checked).to.deep.equal(['hide-needs']);
      expect(inForm.checked).to.deep.equal(['hide-needs']);
      // a first load (not from the cache) changes nothing
      await toggle(only, 2);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
      expect(only.checked).to.deep.equal(['over-apologise']);
    });

    it('ticks saved by version 0.1.0 (a bare list of ids) come back, and are saved in today’s record', async () => {
      localStorage.setItem('rebuild-trust:x', '["withdraw"]');
      const el = await fixture<TrustChecklist>(html`<trust-checklist persist storage-key="x"></trust-checklist>`);
      expect(el.checked).to.deep.equal(['withdraw']);
      await toggle(el, 0);
      expect(savedIds('rebuild-trust:x')).to.deep.equal(['test-people', 'withdraw']);
    });
  });
});
