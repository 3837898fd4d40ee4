import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { $, $$, rgba, seenText, takeWarnings, text } from '../../test/helpers.js';
import '../index.js';
import type { ReflectionCard } from './reflection-card.js';

// The article, typed out here (not imported) so that a typo in src/content.ts fails these tests.
const TITLE = 'How Therapy Helps Rebuild Trust';

interface Expected {
  id: string;
  heading: string;
  paragraphs: string[];
  quote: string;
}

const SECTIONS: Expected[] = [
  {
    id: 'why-trust-feels-risky',
    heading: 'Why Trust Feels Risky',
    paragraphs: [
      'If safety once came and went without warning, trust can feel like walking a tightrope.',
      'You might crave closeness but fear what happens when it arrives. Or you may keep people at arm’s length to avoid the disappointment of losing them.',
      'Therapy recognises this tug-of-war as a living echo of early attachment. It’s not resistance — it’s self-protection.',
      'Healing doesn’t mean never doubting — it means learning that doubt can coexist with safety.',
    ],
    quote: 'Healing doesn’t mean never doubting — it means learning that doubt can coexist with safety.',
  },
  {
    id: 'the-therapeutic-frame',
    heading: 'The Therapeutic Frame',
    paragraphs: [
      'Therapy relies on something deceptively simple: consistency. Same person, same day, same time. Those rhythms matter more than insight at first, because they retrain the body to expect stability.',
      'Over time, the session’s predictable edges — beginning, middle, end — help the nervous system trust containment. When that stability holds through emotion, silence, or even disagreement, something begins to shift.',
      'Your system learns that distance doesn’t equal abandonment, and intensity doesn’t equal danger.',
    ],
    quote: 'Your system learns that distance doesn’t equal abandonment, and intensity doesn’t equal danger.',
  },
  {
    id: 'rupture-and-repair',
    heading: 'Rupture and Repair',
    paragraphs: [
      'Even in therapy, misunderstandings happen. You might feel unheard. The therapist might miss something important. These moments aren’t proof that therapy is failing — they’re opportunities for repair.',
      'When rupture is acknowledged, explored, and healed within the relationship, it creates new wiring. The body learns a crucial lesson: connection can survive disruption.',
      'In ordinary life, that skill translates into calmer responses — you stop assuming that disagreement equals disaster.',
    ],
    quote: 'The body learns a crucial lesson: connection can survive disruption.',
  },
  {
    id: 'earned-secure-attachment',
    heading: 'Earned Secure Attachment',
    paragraphs: [
      'Through therapy, many people develop what psychologists call earned secure attachment. It means security wasn’t inherited from early life but learned later through consistent, safe connection. The process isn’t fast or linear.',
      'Sometimes trust builds quietly, hidden inside routine — an honest check-in, a boundary respected, a moment of being understood. Each repetition reinforces the message: I can be seen without being hurt.',
    ],
    quote: 'Each repetition reinforces the message: I can be seen without being hurt.',
  },
  {
    id: 'dependence-independence-and-interdependence',
    heading: 'Dependence, Independence, and Interdependence',
    paragraphs: [
      'People often swing between fearing dependence and fearing rejection. Therapy helps find the middle ground — interdependence. It’s the ability to rely on others while maintaining autonomy.',
      'Being able to say “I need you” and “I need space” without panic on either side is what secure connection looks like. It’s balance, not fusion.',
    ],
    quote: 'Being able to say “I need you” and “I need space” without panic on either side is what secure connection looks like.',
  },
  {
    id: 'therapy-beyond-the-hour',
    heading: 'Therapy Beyond the Hour',
    paragraphs: [
      'What happens in the session doesn’t stay locked in it. The nervous system carries those experiences into daily life. You might find yourself calmer after conflict, more able to ask for help, or less reactive when plans change.',
      'Those small differences are attachment healing in real time — the body rehearsing new safety.',
    ],
    quote: 'Those small differences are attachment healing in real time — the body rehearsing new safety.',
  },
  {
    id: 'trust-isnt-rebuilt-by-deciding-trust',
    heading: 'Trust isn’t rebuilt by deciding trust',
    paragraphs: [
      'Trust isn’t rebuilt by deciding to trust. It grows when experience starts to contradict fear.',
      'Therapy offers that experience, slowly and predictably, until the system realises: not every ending is loss, and not every silence is danger.',
      'You don’t learn safety from words — you learn it from being met, over and over, until your body believes it.',
    ],
    quote: 'You don’t learn safety from words — you learn it from being met, over and over, until your body believes it.',
  },
];
const [FIRST] = SECTIONS;

const base = (el: Element) => $(el, '[part~="base"]');
const heading = (el: Element) => $(el, '[part~="heading"]');
const headings = (el: Element) => $$(el, 'h1, h2, h3, h4, h5, h6');
/** The body's paragraphs, exactly as written (no white space folding: the text must be verbatim). */
const paragraphs = (el: Element) => $$(el, '[part~="body"] p').map(p => p.textContent);
/** Whether a node is laid out on screen (a reader can see it). */
const shown = (node: Element) => node.getClientRects().length > 0;

/** Asserts that the card shows `section` as a heading at `level` with every paragraph, and nothing else. */
const expectSection = (el: ReflectionCard, section: Expected, level = 2) => {
  expect(headings(el).map(h => h.localName)).to.deep.equal([`h${level}`]);
  expect(heading(el).localName).to.equal(`h${level}`);
  expect(heading(el).textContent).to.equal(section.heading);
  expect(shown(heading(el))).to.equal(true);
  expect(paragraphs(el)).to.deep.equal(section.paragraphs);
  expect($$(el, 'p').map(p => p.textContent)).to.deep.equal(section.paragraphs);
  expect($$(el, 'figure, blockquote')).to.have.length(0);
};

/** What a reader sees of the card's own content, white space folded. */
const seen = (el: Element) => base(el).innerText.replace(/\s+/g, ' ').trim();

describe('<reflection-card>', () => {
  it('is registered under its tag', () => {
    expect(customElements.get('reflection-card')).to.equal(document.createElement('reflection-card').constructor);
  });

  describe('defaults', () => {
    it('shows “Why Trust Feels Risky” as an h2 and its four paragraphs verbatim', async () => {
      const el = await fixture<ReflectionCard>(html`<reflection-card></reflection-card>`);
      expectSection(el, FIRST);
      expect(paragraphs(el)).to.have.length(4);
      expect(seen(el)).to.equal([FIRST.heading, ...FIRST.paragraphs].join(' '));
      await expect(el).to.be.accessible();
    });

    it('marks the content root with the article’s language and direction', async () => {
      const el = await fixture<ReflectionCard>(html`<reflection-card></reflection-card>`);
      expect(base(el).getAttribute('lang')).to.equal('en-GB');
      expect(base(el).getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle(base(el)).direction).to.equal('ltr');
      await expect(el).to.be.accessible();
    });
  });

  describe('sections', () => {
    for (const section of SECTIONS) {
      it(`section="${section.id}" shows “${section.heading}” and every paragraph verbatim`, async () => {
        const el = await fixture<ReflectionCard>(html`<reflection-card section=${section.id}></reflection-card>`);
        expectSection(el, section);
        expect(base(el).getAttribute('lang')).to.equal('en-GB');
        await expect(el).to.be.accessible();
      });
    }

    it('accepts an id with surrounding white space', async () => {
      const el = await fixture<ReflectionCard>(html`<reflection-card section="  rupture-and-repair "></reflection-card>`);
      expectSection(el, SECTIONS[2]);
    });

    it('re-renders when section changes at runtime (property and attribute)', async () => {
      const el = await fixture<ReflectionCard>(html`<reflection-card></reflection-card>`);
      expectSection(el, FIRST);
      el.section = 'rupture-and-repair';
      await el.updateComplete;
      expectSection(el, SECTIONS[2]);
      el.setAttribute('section', 'therapy-beyond-the-hour');
      await el.updateComplete;
      expectSection(el, SECTIONS[5]);
      el.removeAttribute('section');
      await el.updateComplete;
      expectSection(el, FIRST);
      await expect(el).to.be.accessible();
    });

    it('an unknown section warns once, naming element and attribute, and shows the default section', async () => {
      const el = await fixture<ReflectionCard>(html`<reflection-card section="nope"></reflection-card>`);
      el.requestUpdate();
      await el.updateComplete;
      expectSection(el, FIRST);
      const warnings = takeWarnings();
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<reflection-card>').and.contain('section').and.contain('"nope"');
      await expect(el).to.be.accessible();
    });
  });

  describe('variant="quote"', () => {
    SECTIONS.forEach((section, i) => {
      it(`quote ${i + 1} (${section.id}) is a blockquote in a figure, citing the section and the article`, async () => {
        const el = await fixture<ReflectionCard>(html`<reflection-card section=${section.id} variant="quote"></reflection-card>`);
        const figure = $(el, 'figure');
        const quote = $(el, 'figure > blockquote');
        expect($$(el, 'blockquote')).to.have.length(1);
        expect(Array.from(quote.querySelectorAll('p'), p => p.textContent)).to.deep.equal([section.quote]);
        expect(shown(quote)).to.equal(true);

        const caption = figure.querySelector('figcaption')!;
        expect(caption, 'figcaption').to.not.equal(null);
        expect(caption.parentElement).to.equal(figure);
        expect(quote.contains(caption), 'the citation is outside the quotation').to.equal(false);
        expect(text(caption)).to.equal(`— ${section.heading}, ${TITLE}`);
        expect(caption.querySelector('cite')!.textContent).to.equal(TITLE);
        expect(quote.compareDocumentPosition(caption) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);

        // only the quotation: no heading, none of the other paragraphs
        expect(headings(el)).to.have.length(0);
        expect(seen(el)).to.equal(`${section.quote} — ${section.heading}, ${TITLE}`);
        expect(base(el).getAttribute('lang')).to.equal('en-GB');
        expect(base(el).getAttribute('dir')).to.equal('ltr');
        await expect(el).to.be.accessible();
      });
    });

    it('the citation’s wording and punctuation come from the strings (a translation may reorder them); each name is isolated', async () => {
      const provider = await fixture(html`<trust-provider .strings=${{ lang: 'ar', dir: 'rtl', citation: '{title}، {section} —' }}>
        <reflection-card variant="quote" section="rupture-and-repair"></reflection-card>
      </trust-provider>`);
      const el = provider.querySelector('reflection-card')!;
      await el.updateComplete;
      await el.updateComplete;
      const caption = $(el, '[part~="citation"]');
      expect(text(caption)).to.equal(`${TITLE}، ${SECTIONS[2].heading} —`);
      expect(caption.getAttribute('lang')).to.equal('ar');
      expect(caption.getAttribute('dir')).to.equal('rtl');
      // the English names inside the Arabic wording keep their language and direction
      const cite = caption.querySelector('cite')!;
      expect([cite.getAttribute('lang'), cite.getAttribute('dir')]).to.deep.equal(['en-GB', 'ltr']);
      expect(caption.querySelector('bdi')!.getAttribute('lang')).to.equal('en-GB');
      expect(caption.querySelector('bdi')!.textContent).to.equal(SECTIONS[2].heading);
      await expect(el).to.be.accessible();
    });

    it('a translated citation without {section} or {title} warns, naming the string, and ours is used', async () => {
      const provider = await fixture(html`<trust-provider .strings=${{ lang: 'cy', citation: '— {adran}' }}>
        <reflection-card variant="quote" section="rupture-and-repair"></reflection-card>
      </trust-provider>`);
      const el = provider.querySelector('reflection-card')!;
      await el.updateComplete;
      await el.updateComplete;
      expect(text($(el, '[part~="citation"]'))).to.equal(`— ${SECTIONS[2].heading}, ${TITLE}`);
      const warnings = takeWarnings();
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<trust-provider>').and.contain('citation').and.contain('{title}');
    });

    it('a page’s polluted Object.prototype.dir doesn’t turn a card right to left', async () => {
      (Object.prototype as Record<string, unknown>).dir = 'rtl';
      try {
        const sections = [{ id: 'un', heading: 'Un', paragraphs: ['Paragraff.'], quote: 'Dyfyniad.' }];
        const provider = await fixture(html`<trust-provider .content=${{ lang: 'cy', sections }}><reflection-card></reflection-card></trust-provider>`);
        const el = provider.querySelector('reflection-card')!;
        await el.updateComplete;
        expect(text($(el, '[part~="heading"]'))).to.equal('Un');
        expect($(el, '[part~="base"]').getAttribute('dir')).to.equal('ltr');
      } finally {
        delete (Object.prototype as Record<string, unknown>).dir;
      }
    });

    it('in English, the English citation’s title carries its direction', async () => {
      const el = await fixture<ReflectionCard>(html`<reflection-card variant="quote"></reflection-card>`);
      expect($(el, 'cite').getAttribute('dir')).to.equal('ltr');
    });

    it('shows a heading before the quotation when the heading attribute is set', async () => {
      const el = await fixture<ReflectionCard>(
        html`<reflection-card variant="quote" section="rupture-and-repair" heading="Worth remembering" heading-level="3"></reflection-card>`,
      );
      expect(headings(el).map(h => h.localName)).to.deep.equal(['h3']);
      expect(heading(el).textContent).to.equal('Worth remembering');
      expect(heading(el).compareDocumentPosition($(el, 'figure')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect($(el, 'blockquote').textContent!.trim()).to.equal(SECTIONS[2].quote);
      await expect(el).to.be.accessible();
    });

    it('switches between section and quote at runtime', async () => {
      const el = await fixture<ReflectionCard>(html`<reflection-card section="earned-secure-attachment"></reflection-card>`);
      expectSection(el, SECTIONS[3]);
      el.setAttribute('variant', 'quote');
      await el.updateComplete;
      expect($(el, 'figure > blockquote').textContent!.trim()).to.equal(SECTIONS[3].quote);
      expect(headings(el)).to.have.length(0);
      el.removeAttribute('variant');
      await el.updateComplete;
      expectSection(el, SECTIONS[3]);
    });

    it('an invalid variant warns once, naming element and attribute, and shows the section', async () => {
      const el = await fixture<ReflectionCard>(html`<reflection-card variant="poster" section="the-therapeutic-frame"></reflection-card>`);
      el.requestUpdate();
      await el.updateComplete;
      expectSection(el, SECTIONS[1]);
      const warnings = takeWarnings();
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<reflection-card>').and.contain('variant').and.contain('"poster"');
      await expect(el).to.be.accessible();
    });
  });

  describe('heading', () => {
    it('the heading attribute replaces the heading text, as text (never HTML)', async () => {
      const el = await fixture<ReflectionCard>(html`<reflection-card heading=${'<i>x</i>'}></reflection-card>`);
      expect(heading(el).localName).to.equal('h2');
      expect(heading(el).textContent).to.equal('<i>x</i>');
      expect($$(el, 'i')).to.have.length(0);
      expect(paragraphs(el)).to.deep.equal(FIRST.paragraphs);
      await expect(el).to.be.accessible();
    });

    it('a blank heading attribute keeps the section’s heading', async () => {
      const el = await fixture<ReflectionCard>(html`<reflection-card heading="   "></reflection-card>`);
      expectSection(el, FIRST);
    });

    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`heading-level="${level}" renders an h${level}`, async () => {
        const el = await fixture<ReflectionCard>(html`<reflection-card heading-level=${level} section="rupture-and-repair"></reflection-card>`);
        expectSection(el, SECTIONS[2], level);
        await expect(el).to.be.accessible();
      });
    }

    it('heading-level changes at runtime', async () => {
      const el = await fixture<ReflectionCard>(html`<reflection-card heading-level="4"></reflection-card>`);
      expectSection(el, FIRST, 4);
      el.headingLevel = 1;
      await el.updateComplete;
      expectSection(el, FIRST, 1);
    });

    for (const bad of ['0', '7', 'abc', '', ' ']) {
      it(`heading-level="${bad}" warns once, naming element and attribute, and falls back to h2`, async () => {
        const el = await fixture<ReflectionCard>(html`<reflection-card heading-level=${bad}></reflection-card>`);
        el.requestUpdate();
        await el.updateComplete;
        expectSection(el, FIRST, 2);
        const warnings = takeWarnings();
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<reflection-card>').and.contain('heading-level').and.contain(`"${bad}"`);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('authored content', () => {
    /** What a slot of the card shows: the page's own nodes assigned to it. */
    const slotted = (el: Element, name = '') => $<HTMLSlotElement>(el, name ? `slot[name="${name}"]` : 'slot:not([name])').assignedNodes();
    /** The author's paragraphs a reader sees. */
    const authoredParagraphs = (el: Element) => Array.from(el.querySelectorAll('p'), p => p as HTMLElement).filter(shown).map(p => p.textContent);
    const authoredCard = () =>
      fixture<ReflectionCard>(html`<reflection-card><h3>Our approach</h3><p>We <a href="/x">listen</a>.</p><p>Second.</p></reflection-card>`);

    it('shows the author’s heading in the heading’s place and the rest as the body: the page’s own nodes, links kept', async () => {
      const el = await authoredCard();
      const [h3, first, second] = Array.from(el.children);
      expect(slotted(el, 'heading')).to.deep.equal([h3]);
      expect(slotted(el)).to.deep.equal([first, second]);
      for (const child of [h3, first, second]) expect(shown(child), child.localName).to.equal(true);
      expect(h3.getBoundingClientRect().bottom).to.be.at.most(first.getBoundingClientRect().top);
      // nothing is copied into the shadow root, and the article is not shown
      expect(headings(el)).to.have.length(0);
      expect($$(el, 'p, a')).to.have.length(0);
      expect(seenText(el)).to.equal('Our approach We listen. Second.');
      expect(seenText(el)).to.not.contain(FIRST.heading);
      expect(text(el)).to.not.contain('tightrope');
      const link = el.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('/x');
      expect(shown(link)).to.equal(true);
      // authored words are in the page's language, not marked as the article's
      expect(base(el).hasAttribute('lang')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('the page’s listeners and images stay the page’s: nothing is copied or loaded twice', async () => {
      let clicks = 0;
      const since = performance.now();
      const el = await fixture<ReflectionCard>(
        html`<reflection-card><p><img alt="A calm room" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /></p><p><button @click=${() => clicks++}>More</button></p></reflection-card>`,
      );
      el.querySelector('button')!.click();
      expect(clicks).to.equal(1);
      expect($$(el, 'img, button')).to.have.length(0);
      expect(el.querySelectorAll('img')).to.have.length(1);
      expect(performance.getEntriesByType('resource').filter(e => e.startTime >= since && e.name.startsWith('data:'))).to.have.length.at.most(1);
    });

    it('an authored heading keeps the level its author gave it (heading-level is for the headings we draw)', async () => {
      const el = await fixture<ReflectionCard>(html`<reflection-card heading-level="4"><h2>Our approach</h2><p>Body.</p></reflection-card>`);
      expect(slotted(el, 'heading')).to.deep.equal([el.querySelector('h2')]);
      expect(headings(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('the heading attribute wins over the authored heading', async () => {
      const el = await fixture<ReflectionCard>(html`<reflection-card heading="From the attribute" heading-level="3"><h3>Authored</h3><p>Body.</p></reflection-card>`);
      expect(headings(el).map(h => [h.localName, h.textContent])).to.deep.equal([['h3', 'From the attribute']]);
      expect(shown(el.querySelector('h3')!)).to.equal(false);
      expect(authoredParagraphs(el)).to.deep.equal(['Body.']);
      expect(seenText(el)).to.equal('From the attribute Body.');
    });

    it('body without a heading shows no heading (and never the article’s)', async () => {
      const el = await fixture<ReflectionCard>(html`<reflection-card><p>Just us.</p></reflection-card>`);
      expect(headings(el)).to.have.length(0);
      expect(authoredParagraphs(el)).to.deep.equal(['Just us.']);
      expect(seenText(el)).to.equal('Just us.');
      await expect(el).to.be.accessible();
    });

    it('leaves out the empty paragraphs that wpautop and CKEditor leave', async () => {
      // What WordPress's wpautop() makes of a trailing <br />, and CKEditor's &nbsp; paragraphs
      const el = await fixture<ReflectionCard>(html`<reflection-card>
        <p></p>
        <h3>Our approach</h3>
        <p>&nbsp;</p>
        <p>We listen.</p>
        <p><br /></p>
        <p>Second.</p>
        <p> </p>
        <p></p>
      </reflection-card>`);
      expect(slotted(el, 'heading')).to.deep.equal([el.querySelector('h3')]);
      expect(slotted(el).filter(n => n instanceof Element).map(n => n.textContent)).to.deep.equal(['We listen.', 'Second.']);
      expect(authoredParagraphs(el).map(p => p!.trim())).to.deep.equal(['We listen.', 'Second.']);
      await expect(el).to.be.accessible();
    });

    it('shows loose text as written: once, on its own line between blocks, its <br> still breaking the line', async () => {
      const el = await fixture<ReflectionCard>(html`<reflection-card>
        <h3>Contact us</h3>
        <p>We listen.</p>
        Call 0123 456 789<br />Monday to Friday, <b>9</b><span> </span>to 5
        <p>Second.</p>
      </reflection-card>`);
      expect(el.innerText.split('\n').map(line => line.trim()).filter(Boolean)).to.deep.equal([
        'Contact us',
        'We listen.',
        'Call 0123 456 789',
        'Monday to Friday, 9 to 5',
        'Second.',
      ]);
      // the loose lines sit between the two paragraphs
      const loose = document.createRange();
      loose.selectNodeContents(el.querySelector('b')!);
      const [first, second] = Array.from(el.querySelectorAll('p'), p => p.getBoundingClientRect());
      expect(loose.getBoundingClientRect().top).to.be.at.least(first.bottom);
      expect(loose.getBoundingClientRect().bottom).to.be.at.most(second.top);
      await expect(el).to.be.accessible();
    });

    it('an empty authored heading (editor debris) gives no empty heading', async () => {
      const el = await fixture<ReflectionCard>(html`<reflection-card><h3><br /></h3><p>Body.</p></reflection-card>`);
      expect($$(el, 'slot[name="heading"]')).to.have.length(0);
      expect(shown(el.querySelector('h3')!)).to.equal(false);
      expect(authoredParagraphs(el)).to.deep.equal(['Body.']);
      await expect(el).to.be.accessible();
      const alone = await fixture<ReflectionCard>(html`<reflection-card><h3> </h3><p></p></reflection-card>`);
      expectSection(alone, FIRST);
      await expect(alone).to.be.accessible();
    });

    it('with variant="quote", an author’s own quotation (their figure and blockquote) is not put inside ours', async () => {
      const el = await fixture<ReflectionCard>(html`<reflection-card variant="quote">
        <figure><blockquote><p>Trust grows in small steps.</p></blockquote><figcaption>— Our counsellors</figcaption></figure>
      </reflection-card>`);
      const quotes = [...el.querySelectorAll('blockquote'), ...el.shadowRoot!.querySelectorAll('blockquote')];
      expect(quotes).to.have.length(1);
      expect(el.querySelector('figcaption')!.assignedSlot).to.equal(null); // (its figure is slotted whole)
      expect(el.querySelector('figure')!.assignedSlot).to.not.equal(null);
      expect(el.shadowRoot!.querySelector('figure')).to.equal(null);
      expect(seenText(el)).to.equal('Trust grows in small steps. — Our counsellors');
      await expect(el).to.be.accessible();
    });

    it('with variant="quote" wraps the authored body in a blockquote, the heading before it', async () => {
      const el = await fixture<ReflectionCard>(html`<reflection-card variant="quote"><h3>Our approach</h3><p>We <a href="/x">listen</a>.</p></reflection-card>`);
      const quote = $(el, 'figure > blockquote');
      const body = quote.querySelector('slot')!;
      expect(body.assignedElements()).to.deep.equal([el.querySelector('p')]);
      expect(slotted(el, 'heading')).to.deep.equal([el.querySelector('h3')]);
      expect(quote.contains($(el, 'slot[name="heading"]'))).to.equal(false);
      expect(text(el)).to.not.contain(TITLE);
      await expect(el).to.be.accessible();
    });

    it('follows later edits, and shows the article again when the content is removed', async () => {
      const el = await authoredCard();
      el.querySelector('h3')!.textContent = 'Our new approach';
      el.querySelector('p:last-of-type')!.textContent = 'Changed.';
      el.insertAdjacentHTML('beforeend', '<p>Added.</p>');
      await new Promise(r => setTimeout(r));
      await el.updateComplete;
      expect(seenText(el)).to.equal('Our new approach We listen. Changed. Added.');
      el.replaceChildren();
      await new Promise(r => setTimeout(r));
      await el.updateComplete;
      expectSection(el, FIRST);
      expect(base(el).getAttribute('lang')).to.equal('en-GB');
    });

    it('never parses host strings as HTML', async () => {
      const el = await fixture<ReflectionCard>(html`<reflection-card><h3>&lt;b&gt;Bold?&lt;/b&gt;</h3><p>&lt;img src=x onerror=alert(1)&gt;</p></reflection-card>`);
      expect(seenText(el)).to.equal('<b>Bold?</b> <img src=x onerror=alert(1)>');
      expect($$(el, 'img, b')).to.have.length(0);
      expect(el.querySelectorAll('img, b')).to.have.length(0);
    });
  });

  describe('footer', () => {
    const footerSlot = (el: Element) => $<HTMLSlotElement>(el, 'slot[name="footer"]');

    it('a trailing <footer> is shown after the section through the footer slot', async () => {
      const el = await fixture<ReflectionCard>(
        html`<reflection-card><footer><p>Talk to us: <a href="/book">book</a></p></footer></reflection-card>`,
      );
      const footer = el.querySelector('footer')!;
      expect(footerSlot(el).assignedElements()).to.deep.equal([footer]);
      expect(shown(footer)).to.equal(true);
      // the article is still shown: a footer is not authored content
      expectSection(el, FIRST);
      const body = $(el, '[part~="body"]');
      expect(body.compareDocumentPosition(footerSlot(el)) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(footer.getBoundingClientRect().top).to.be.at.least(body.getBoundingClientRect().bottom);
      expect(text(footer)).to.equal('Talk to us: book');
      await expect(el).to.be.accessible();
    });

    it('slot="footer" content is shown after the content, and not in the body', async () => {
      const el = await fixture<ReflectionCard>(html`<reflection-card
        ><h3>Our approach</h3>
        <p>We listen.</p>
        <p slot="footer">Urgent help: call <a href="tel:999">999</a></p></reflection-card
      >`);
      const footer = el.querySelector('[slot="footer"]')!;
      expect(footerSlot(el).assignedElements()).to.deep.equal([footer]);
      expect(shown(footer)).to.equal(true);
      expect($<HTMLSlotElement>(el, '[part~="body"] slot').assignedElements()).to.deep.equal([el.querySelector('p')]);
      expect($(el, '[part~="body"]').innerText).to.not.contain('Urgent');
      expect(footer.getBoundingClientRect().top).to.be.at.least($(el, '[part~="body"]').getBoundingClientRect().bottom);
      await expect(el).to.be.accessible();
    });

    it('the footer link is reached with Tab', async () => {
      const wrapper = await fixture(html`<div>
        <button>Before</button>
        <reflection-card><footer><p>Talk to us: <a href="/book">book</a></p></footer></reflection-card>
      </div>`);
      const link = wrapper.querySelector('a')!;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(link);
      expect(link.matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(link).outlineStyle).to.not.equal('none');
    });

    it('authored links inside the card are reached with Tab and keep the page’s focus style', async () => {
      const wrapper = await fixture(html`<div>
        <style>.page-link:focus-visible { outline: 3px solid rgb(0, 128, 0); }</style>
        <button>Before</button>
        <reflection-card><h3>Our approach</h3><p>We <a class="page-link" href="/x">listen</a>.</p></reflection-card>
      </div>`);
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const link = wrapper.querySelector('a')!;
      expect(document.activeElement).to.equal(link);
      const style = getComputedStyle(link);
      expect(style.outlineStyle).to.equal('solid');
      expect(style.outlineColor).to.equal('rgb(0, 128, 0)');
    });
  });

  describe('themes', () => {
    const themes = [
      { theme: 'light', surface: 'rgb(255, 255, 255)', ink: 'rgb(27, 31, 36)', accent: 'rgb(0, 94, 184)' },
      { theme: 'dark', surface: 'rgb(21, 25, 30)', ink: 'rgb(240, 243, 246)', accent: 'rgb(121, 192, 255)' },
    ] as const;
    for (const { theme, surface, ink, accent } of themes) {
      it(`theme="${theme}" draws its own opaque surface and text colour`, async () => {
        const el = await fixture<ReflectionCard>(html`<reflection-card theme=${theme}></reflection-card>`);
        const style = getComputedStyle(base(el));
        expect(style.backgroundColor).to.equal(surface);
        expect(style.color).to.equal(ink);
        expect(getComputedStyle($(el, '[part~="body"] p')).color).to.equal(ink);
        expect(style.borderInlineStartColor).to.equal(accent);
        expect(style.colorScheme).to.equal(theme);
        await expect(el).to.be.accessible();
      });

      it(`theme="${theme}" quote is readable`, async () => {
        const el = await fixture<ReflectionCard>(html`<reflection-card theme=${theme} variant="quote"></reflection-card>`);
        expect(getComputedStyle($(el, 'blockquote')).color).to.equal(ink);
        expect(getComputedStyle($(el, 'figcaption')).color).to.equal(ink);
        await expect(el).to.be.accessible();
      });
    }

    it('auto (default) takes the page’s font, colour and background: no tint of its own, a border and the accent rule instead', async () => {
      const wrapper = await fixture(html`<div style="color: rgb(10, 120, 30); font-family: monospace"><reflection-card></reflection-card></div>`);
      const el = wrapper.querySelector('reflection-card')!;
      const style = getComputedStyle(base(el));
      expect(base(el).classList.contains('auto')).to.equal(true);
      expect(style.color).to.equal('rgb(10, 120, 30)');
      expect(style.fontFamily).to.equal('monospace');
      // CSS can't see the page's background, so any tint could push a passing page below AA
      expect(rgba(style.backgroundColor)[3]).to.equal(0);
      expect(style.borderTopStyle).to.equal('solid');
      expect(style.borderInlineStartWidth).to.not.equal(style.borderTopWidth);
      expect(rgba(style.borderInlineStartColor).slice(0, 3).map(Math.round)).to.deep.equal([10, 120, 30]);
      await expect(el).to.be.accessible();
    });

    it('auto on a near-black page uses the page’s light text and passes axe', async () => {
      const wrapper = await fixture(html`<div style="background:#111;color:#eee;padding:1px">
        <reflection-card></reflection-card>
        <reflection-card variant="quote" section="rupture-and-repair"></reflection-card>
      </div>`);
      for (const el of Array.from(wrapper.querySelectorAll('reflection-card'))) {
        expect(getComputedStyle(base(el)).color).to.equal('rgb(238, 238, 238)');
        for (const node of $$(el, 'p, h2, figcaption')) expect(getComputedStyle(node).color).to.equal('rgb(238, 238, 238)');
        // no surface of its own: the page's dark background is the background
        expect(rgba(getComputedStyle(base(el)).backgroundColor)[3]).to.equal(0);
      }
      await expect(wrapper).to.be.accessible();
    });

    it('an unknown theme warns once and falls back to auto', async () => {
      const el = await fixture<ReflectionCard>(html`<reflection-card theme="purple"></reflection-card>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(base(el).classList.contains('auto')).to.equal(true);
      const warnings = takeWarnings();
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<reflection-card>').and.contain('theme').and.contain('"purple"');
      await expect(el).to.be.accessible();
    });
  });

  describe('style isolation and customisation', () => {
    it('page CSS does not colour the card’s paragraphs, and the card’s CSS does not reach the page', async () => {
      const wrapper = await fixture(html`<div>
        <style>
          .iso p { color: rgb(255, 0, 0); margin: 0; }
          .iso h2 { color: rgb(255, 0, 0); font-size: 40px; }
        </style>
        <div class="iso">
          <reflection-card></reflection-card>
          <p id="outside">Outside</p>
          <h2 id="outside-heading" class="heading">Outside heading</h2>
          <div id="outside-base" class="base light">Outside box</div>
        </div>
      </div>`);
      const el = wrapper.querySelector('reflection-card')!;
      const cardParagraphs = $$(el, 'p');
      expect(cardParagraphs).to.have.length(4);
      for (const p of cardParagraphs) expect(getComputedStyle(p).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(cardParagraphs[0]).marginBlockEnd).to.equal('12px');
      expect(getComputedStyle(heading(el)).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(heading(el)).fontSize).to.not.equal('40px');

      const outside = wrapper.querySelector<HTMLElement>('#outside')!;
      expect(getComputedStyle(outside).color).to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(outside).marginBlockEnd).to.equal('0px');
      expect(getComputedStyle(wrapper.querySelector('#outside-heading')!).fontSize).to.equal('40px');
      const box = getComputedStyle(wrapper.querySelector('#outside-base')!);
      expect(box.borderInlineStartWidth).to.equal('0px');
      expect(box.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(box.paddingTop).to.equal('0px');
    });

    it('--trust-accent on the element colours the start-edge rule of part base', async () => {
      const plain = await fixture<ReflectionCard>(html`<reflection-card theme="light"></reflection-card>`);
      expect(getComputedStyle(base(plain)).borderInlineStartColor).to.equal('rgb(0, 94, 184)');
      const el = await fixture<ReflectionCard>(html`<reflection-card theme="light" style="--trust-accent: rgb(200, 0, 0)"></reflection-card>`);
      expect(getComputedStyle(base(el)).borderInlineStartColor).to.equal('rgb(200, 0, 0)');
      expect(getComputedStyle(base(el)).borderLeftColor).to.equal('rgb(200, 0, 0)');
      const auto = await fixture<ReflectionCard>(html`<reflection-card style="--trust-accent: rgb(200, 0, 0); --trust-accent-width: 7px"></reflection-card>`);
      expect(getComputedStyle(base(auto)).borderInlineStartColor).to.equal('rgb(200, 0, 0)');
      expect(getComputedStyle(base(auto)).borderInlineStartWidth).to.equal('7px');
      await expect(el).to.be.accessible();
    });

    it('::part(heading) and ::part(quote) from the page apply', async () => {
      const wrapper = await fixture(html`<div>
        <style>
          .parts reflection-card::part(heading) { color: rgb(0, 0, 200); text-transform: uppercase; }
          .parts reflection-card::part(citation) { color: rgb(0, 100, 0); }
        </style>
        <div class="parts">
          <reflection-card></reflection-card>
          <reflection-card variant="quote" heading="Quote"></reflection-card>
        </div>
      </div>`);
      const [card, quote] = Array.from(wrapper.querySelectorAll('reflection-card'));
      expect(getComputedStyle(heading(card)).color).to.equal('rgb(0, 0, 200)');
      expect(getComputedStyle(heading(card)).textTransform).to.equal('uppercase');
      expect(getComputedStyle(heading(quote)).color).to.equal('rgb(0, 0, 200)');
      expect(getComputedStyle($(quote, '[part~="citation"]')).color).to.equal('rgb(0, 100, 0)');
      await expect(wrapper).to.be.accessible();
    });
  });

  // Print emulation needs the DevTools protocol: registered in Chromium only, never as a skipped test.
  if (navigator.userAgent.includes('Chrome')) {
    describe('print (Chromium)', () => {
      afterEach(() => emulateMedia({ media: 'screen' }));

      for (const theme of ['auto', 'dark'] as const) {
        it(`theme="${theme}" prints black text on white`, async () => {
          const wrapper = await fixture(html`<div style="background:#111;color:#eee">
            <reflection-card theme=${theme}></reflection-card>
          </div>`);
          const el = wrapper.querySelector('reflection-card')!;
          await emulateMedia({ media: 'print' });
          expect(matchMedia('print').matches).to.equal(true);
          const style = getComputedStyle(base(el));
          expect(style.backgroundColor).to.equal('rgb(255, 255, 255)');
          expect(style.color).to.equal('rgb(0, 0, 0)');
          for (const node of $$(el, 'h2, p')) expect(getComputedStyle(node).color).to.equal('rgb(0, 0, 0)');
          expect(getComputedStyle($(el, 'p')).breakInside).to.equal('avoid');
          await expect(el).to.be.accessible();
        });
      }
    });
  }
});
