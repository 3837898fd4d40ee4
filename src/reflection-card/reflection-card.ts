import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { visible } from '../authored.js';
import { TrustElement, textOf } from '../base.js';
import { baseStyles } from '../styles.js';
import { cardStyles } from './reflection-card.styles.js';

export type CardVariant = 'section' | 'quote';
const VARIANTS: CardVariant[] = ['section', 'quote'];

/**
 * One section of the article, its heading and every paragraph, or (`variant="quote"`)
 * that section’s pull quote as a quotation.
 *
 * Authors may write their own card inside the tag instead: it is shown as written (the page’s
 * own nodes, links and listeners), its first heading in the heading’s place and the rest as the
 * body, without the empty paragraphs editors leave (no `slot` attribute needed).
 *
 * @tagname reflection-card
 * @summary A section of the article, or its pull quote.
 *
 * @slot - Optional authored content: paragraphs, lists or other blocks for the body (with `variant="quote"`, inside the quotation, unless it holds its own `<blockquote>` or `<figure>`).
 * @slot heading - The author’s heading, in the heading’s place (outside the quotation with `variant="quote"`): the first heading written inside the tag goes here on its own (no `slot` attribute needed).
 *
 * @csspart body - The body: the section’s paragraphs, or the author’s.
 * @csspart quote - The figure holding the quotation (`variant="quote"`).
 * @csspart citation - The quotation’s source line.
 *
 * @cssprop [--trust-quote-size=1.3em] - Font size of the quotation.
 */
export class ReflectionCard extends TrustElement {
  static override styles = [baseStyles, cardStyles];
  static override properties: PropertyDeclarations = { section: {}, variant: {} };

  /**
   * Which section to show, by id: `why-trust-feels-risky` (default), `the-therapeutic-frame`,
   * `rupture-and-repair`, `earned-secure-attachment`, `dependence-independence-and-interdependence`,
   * `therapy-beyond-the-hour`, `trust-isnt-rebuilt-by-deciding-trust`.
   */
  declare section: string | undefined;

  /** `section` (default): the heading and every paragraph. `quote`: the section's pull quote as a quotation. */
  declare variant: CardVariant | undefined;

  protected override render(): TemplateResult {
    const quote = this.oneOf('variant', this.variant, VARIANTS, 'section') === 'quote';
    const { heading: authoredHeading, body: authoredBody } = this.authored;
    const own = !!authoredHeading || authoredBody.some(visible);
    const part = this.articlePart('sections');
    const { value: sections, lang } = part;
    // (the section is not shown, nor checked, when the author wrote the card)
    const ids = sections.map(s => s.id);
    const section = sections[own ? 0 : ids.indexOf(this.oneOf('section', textOf(this.section), ids, ids[0]))];
    // The heading attribute, when set, wins; else the author's heading (if any); none over the
    // author's card or the article's quotation; else the section's.
    const heading = this.renderHeading(own || quote ? undefined : section.heading);
    const body = own
      ? html`<div class="body" part="body"><slot></slot></div>`
      : quote
        ? html`<p>${section.quote}</p>`
        : html`<div class="body" part="body">${section.paragraphs.map(p => html`<p>${p}</p>`)}</div>`;
    // (an author's own quotation, a <blockquote> or <figure> of theirs, is not put inside ours)
    if (!quote || authoredBody.some(node => node instanceof Element && node.matches('blockquote,figure'))) {
      return this.frame(own ? undefined : part, html`${heading}${body}`);
    }
    // Authored content passes no language: it is in the page's.
    return this.frame(
      own ? undefined : part,
      html`${heading}<figure class="quote" part="quote">
          <blockquote>${body}</blockquote>
          ${own ? nothing : this.#citation(section.heading, lang)}
        </figure>`,
    );
  }

  /**
   * The quote's source, worded and punctuated by the `citation` string (a translation may reorder it),
   * in that string's language; the section's heading and the title are isolated, each in its own.
   */
  #citation(heading: string, lang: string): TemplateResult {
    const { text, lang: l, dir } = this.uiText('citation');
    const title = this.articlePart('title');
    const own = (language: string) => (language === l ? nothing : language);
    return html`<figcaption class="citation" part="citation" lang=${l === lang ? nothing : l} dir=${l === lang ? nothing : dir}>
      ${text.split(/(\{section\}|\{title\})/).map(piece =>
        piece === '{section}'
          ? html`<bdi lang=${own(lang)}>${heading}</bdi>`
          : piece === '{title}'
            ? html`<cite lang=${own(title.lang)} dir=${title.dir}>${title.value}</cite>`
            : piece,
      )}
    </figcaption>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reflection-card': ReflectionCard;
  }
}
