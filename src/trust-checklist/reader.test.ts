/**
 * The checklist as a reader meets it, on any page: every state in every theme on white, cream, mid
 * grey, near-black and a brand colour passes axe (WCAG 2.2 AA and best practice), and the box edge,
 * the tick and the focus indicator reach 3:1 against what is behind them; boxes and rows keep their
 * size on a page with a small root font; the group is named by its legend and described by the hint;
 * forced colours and print keep the box, the tick and the accent.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { $, $$, emulate, emulated, mediaRules, rgba, takeWarnings, text } from '../../test/helpers.js';
import '../index.js';
import type { TrustChecklist } from './trust-checklist.js';

/** The page backgrounds the audit measured on, each with a text colour that passes AA on it. */
const PAGES = [
  ['white', '#ffffff', '#0b0c0c'],
  ['cream', '#f7f3ea', '#0b0c0c'],
  ['mid grey', '#777777', '#000000'],
  ['near-black', '#121212', '#f0f0f0'],
  ['brand teal', '#005a70', '#ffffff'],
] as const;
const THEMES = ['auto', 'light', 'dark'] as const;

const luminance = ([r, g, b]: number[]) => {
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
/** WCAG contrast of an opaque colour against an opaque background. */
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(rgba(a)), luminance(rgba(b))].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
};
/** What is behind the checklist's controls: its own surface if it draws one, else the page's. */
const behind = (el: Element, page: Element) => {
  const own = getComputedStyle($(el, '[part~="base"]')).backgroundColor;
  return rgba(own)[3] === 1 ? own : getComputedStyle(page).backgroundColor;
};

/** axe with WCAG 2.2 A and AA and best practice, on `node`: the violations' ids and targets. */
const axeViolations = async (node: Element): Promise<string[]> => {
  type Axe = { run(context: Node, options: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
  const axe = (window as unknown as { axe: Axe }).axe;
  const { violations } = await axe.run(node, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
  return violations.map(v => `${v.id}: ${v.nodes.map(n => JSON.stringify(n.target)).join(', ')}`);
};

const boxes = (el: Element) => $$<HTMLInputElement>(el, 'input[type="checkbox"]');
const tick = async (el: TrustChecklist, i: number) => {
  boxes(el)[i].click();
  await el.updateComplete;
};

/** The states a reader can meet, each made on a fresh checklist. */
const STATES: [string, (theme: string) => ReturnType<typeof html>, (el: TrustChecklist) => Promise<void>][] = [
  ['fresh', theme => html`<trust-checklist theme=${theme}></trust-checklist>`, async () => {}],
  [
    'ticked, then cleared (the status speaks)',
    theme => html`<trust-checklist theme=${theme}></trust-checklist>`,
    async el => {
      await tick(el, 0);
      $(el, '[part~="clear-button"]').click();
      await el.updateComplete;
      expect(text($(el, '[role="status"]'))).to.not.equal('');
    },
  ],
  [
    'saved, in a form, two ticked',
    theme => html`<form><trust-checklist theme=${theme} persist name="reflection" storage-key="reader-test"></trust-checklist></form>`,
    async el => {
      await tick(el, 1);
      await tick(el, 3);
    },
  ],
  [
    'storage refused, just after a tick',
    theme => html`<trust-checklist theme=${theme} persist storage-key="reader-refused"></trust-checklist>`,
    async el => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        await tick(el, 0);
      } finally {
        Storage.prototype.setItem = setItem;
      }
      takeWarnings();
      expect(text($(el, '[role="status"]'))).to.not.equal('');
    },
  ],
];

describe('<trust-checklist> for the reader, on any page', () => {
  afterEach(async () => {
    localStorage.clear();
    await emulate({});
    document.documentElement.style.fontSize = '';
  });

  for (const [name, background, color] of PAGES) {
    for (const theme of THEMES) {
      for (const [state, markup, act] of STATES) {
        it(`${theme} on ${name}, ${state}: axe passes; box edge, tick and focus reach 3:1`, async () => {
          const page = await fixture(html`<div style="background: ${background}; color: ${color}; padding: 1rem">
            <button>Before</button>${markup(theme)}
          </div>`);
          const el = page.querySelector('trust-checklist')!;
          await el.updateComplete;
          await act(el);
          await expect(page).to.be.accessible(); // (loads axe)
          expect(await axeViolations(page)).to.deep.equal([]);

          const surface = behind(el, page);
          const box = boxes(el)[1];
          // the box's edge
          expect(contrast(getComputedStyle(box).borderTopColor, surface), 'box edge').to.be.at.least(3);
          // the tick (drawn on a ticked box)
          if (!box.checked) await tick(el, 1);
          const mark = getComputedStyle(box, '::before');
          expect(mark.visibility).to.equal('visible');
          expect(contrast(mark.borderLeftColor, surface), 'tick').to.be.at.least(3);
          // the focus indicator, reached by keyboard
          page.querySelector('button')!.focus();
          await sendKeys({ press: 'Tab' });
          const focused = el.shadowRoot!.activeElement as HTMLElement;
          expect(focused.localName).to.equal('input');
          const ring = getComputedStyle(focused);
          expect(ring.outlineStyle).to.equal('solid');
          expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
          expect(contrast(ring.outlineColor, surface), 'focus').to.be.at.least(3);
        });
      }
    }
  }

  it('a root font size of 62.5%: boxes stay at least 24 px, rows at least 44 px', async () => {
    document.documentElement.style.fontSize = '62.5%';
    const el = await fixture<TrustChecklist>(html`<trust-checklist style="font-size: 1rem"></trust-checklist>`);
    expect(getComputedStyle(el).fontSize).to.equal('10px');
    for (const box of boxes(el)) {
      const { width, height } = box.getBoundingClientRect();
      expect(Math.min(width, height)).to.be.at.least(24);
      expect(box.labels![0].getBoundingClientRect().height).to.be.at.least(44);
    }
    expect($(el, '[part~="clear-button"]').getBoundingClientRect().height).to.be.at.least(44);
  });

  it('the box grows with the reader’s text (200%)', async () => {
    const el = await fixture<TrustChecklist>(html`<trust-checklist style="font-size: 32px"></trust-checklist>`);
    expect(boxes(el)[0].getBoundingClientRect().width).to.equal(48);
  });

  it('text at 200% in a 320 px column: the legend wraps inside its box, nothing scrolls sideways', async () => {
    const column = await fixture(html`<div style="width: 320px; overflow: auto"><trust-checklist style="font-size: 32px"></trust-checklist></div>`);
    const el = column.querySelector('trust-checklist')!;
    await el.updateComplete;
    const legend = $(el, 'legend').getBoundingClientRect();
    const base = $(el, '[part~="base"]').getBoundingClientRect();
    expect(legend.right).to.be.at.most(base.right);
    expect(legend.height).to.be.above(48 * 2); // wrapped over several lines
    expect(column.scrollWidth).to.be.at.most(320);
  });

  it('the group is named by its legend and described by the hint before the boxes; the status is empty until the reader clears (and so in Chromium’s accessibility tree)', async () => {
    const el = await fixture<TrustChecklist>(html`<trust-checklist></trust-checklist>`);
    const fieldset = $(el, 'fieldset');
    const hint = el.shadowRoot!.getElementById(fieldset.getAttribute('aria-describedby')!)!;
    expect(text(hint)).to.equal('Only you can see your ticks. They are not saved or sent to anyone, and they go when you leave this page.');
    expect(hint.compareDocumentPosition(boxes(el)[0]) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(text($(el, '[role="status"]'))).to.equal('');

    type Node = { role?: string; name?: string; description?: string; children?: Node[] };
    const find = (node: Node | false | null, match: (n: Node) => boolean): Node | undefined =>
      !node ? undefined : match(node) ? node : node.children?.map(child => find(child, match)).find(Boolean);
    const words = (node: Node | undefined): string => (node?.children ?? []).map(child => (child.role === 'StaticText' ? child.name : words(child))).join('');
    const tree = () => executeServerCommand<Node | false, undefined>('a11y-tree');
    const before = await tree();
    if (!before) return; // the WebDriver engines give no tree here: the DOM above is what they are given
    const group = find(before, n => n.role === 'group');
    expect(group?.name).to.equal('Notice what happens inside when trust feels uncomfortable:');
    expect(group?.description).to.equal(text(hint));
    expect(find(group ?? null, n => n.role === 'checkbox')?.name).to.equal('I test people to see if they’ll leave.');
    // the status: in the tree, with nothing to say, until the reader ticks and clears
    expect(words(find(before, n => n.role === 'status'))).to.equal('');
    await tick(el, 0);
    expect(words(find(await tree(), n => n.role === 'status'))).to.equal('');
    $(el, '[part~="clear-button"]').click();
    await el.updateComplete;
    expect(words(find(await tree(), n => n.role === 'status'))).to.equal('Your ticks have been cleared.');
  });

  it('forced colours (Chromium): the box, the tick, the focus ring and the accent rule all show', async () => {
    const el = await fixture<TrustChecklist>(html`<div><button>Before</button><trust-checklist></trust-checklist></div>`);
    const checklist = el.querySelector('trust-checklist')!;
    await checklist.updateComplete;
    if (!(await emulated({ features: [{ name: 'forced-colors', value: 'active' }] }, '(forced-colors: active)'))) {
      // Engines that can't emulate it here: the rules are in the parsed styles, and the tick is drawn with borders.
      expect(mediaRules(checklist, 'forced-colors')).to.match(/\.base \{[^}]*border-color: canvastext/i);
      expect(mediaRules(checklist, 'forced-colors')).to.match(/:focus-visible \{[^}]*outline-color: highlight/i);
      expect(parseFloat(getComputedStyle(boxes(checklist)[0], '::before').borderLeftWidth)).to.be.above(2);
      return;
    }
    await tick(checklist, 0);
    const box = getComputedStyle(boxes(checklist)[0]);
    expect(box.borderTopStyle).to.equal('solid');
    expect(rgba(box.borderTopColor)[3]).to.equal(1);
    const mark = getComputedStyle(boxes(checklist)[0], '::before');
    expect(mark.visibility).to.equal('visible');
    expect(parseFloat(mark.borderLeftWidth)).to.be.above(2);
    expect(rgba(mark.borderLeftColor)[3]).to.equal(1);
    el.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(getComputedStyle(checklist.shadowRoot!.activeElement!).outlineStyle).to.equal('solid');
    const base = getComputedStyle($(checklist, '[part~="base"]'));
    expect(parseFloat(base.borderInlineStartWidth)).to.be.above(3);
    expect(rgba(base.borderInlineStartColor)[3]).to.equal(1);
  });

  for (const theme of THEMES) {
    it(`prints from the ${theme} theme on a dark page as a light worksheet: ticks kept, open boxes, a line for the date, no button or status`, async () => {
      const page = await fixture(html`<div style="background: #121212; color: #f0f0f0"><trust-checklist theme=${theme}></trust-checklist></div>`);
      const el = page.querySelector('trust-checklist')!;
      await el.updateComplete;
      await tick(el, 2);
      if (!(await emulated({ media: 'print' }, 'print'))) {
        // Engines that can't emulate print here: the print rules are in the parsed styles (the PDF
        // check in test/chromium prints for real).
        const rules = mediaRules(el, 'print');
        expect(rules).to.match(/\.base \{[^}]*color: (rgb\(0, 0, 0\)|#000)/);
        expect(rules).to.match(/\.base \{[^}]*background: (rgb\(255, 255, 255\)|#fff)/);
        expect(rules).to.match(/\.controls, \.note \{[^}]*display: none/);
        expect(rules).to.match(/\.date \{[^}]*display: block/);
        return;
      }
      const base = getComputedStyle($(el, '[part~="base"]'));
      expect(base.backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(base.color).to.equal('rgb(0, 0, 0)');
      expect(base.breakInside).to.equal('avoid');
      boxes(el).forEach((box, i) => {
        const style = getComputedStyle(box);
        expect(rgba(style.backgroundColor)[3], 'an open box').to.equal(0);
        expect(style.borderTopColor).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle(box, '::before').visibility).to.equal(i === 2 ? 'visible' : 'hidden');
      });
      expect($(el, '[part~="clear-button"]').getClientRects()).to.have.length(0);
      expect($(el, '[part~="status"]').getClientRects()).to.have.length(0);
      expect($(el, '[part~="note"]').getClientRects()).to.have.length(0);
      expect($(el, '[part~="date"]').getClientRects().length).to.be.above(0);
      expect(text($(el, '[part~="date"]'))).to.equal('Date:');
    });
  }
});
