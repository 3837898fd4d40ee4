import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { PropertyDeclarations } from '../base.js';
import { HEADINGS, blocks, find, headingCopy, visible } from '../authored.js';
import { TrustElement, textOf } from '../base.js';
import { baseStyles } from '../styles.js';
import { cardStyles } from './reflection-card.styles.js';

export type CardVariant = 'section' | 'quote';

/**
 * One section of the article, its heading and every paragraph, or (`variant="quote"`)
 * that section’s pull quote as a quotation.
 *
 * Authors may write their own card inside the tag instead: the first heading becomes
 * the card’s heading and the rest its body (no `slot` attribute needed).
 *
 * @tagname reflection-card
 * @summary A section of the article, or its pull quote.
 *
 * @slot - Optional authored content: a heading (`<h2>`…`<h6>`) and paragraphs, lists or other blocks for the body. Copied into the element, not parsed.
 * @slot footer - The clinic’s own content after ours (e.g. “Talk to us”, urgent-help information). A trailing `<footer>` element inside the tag goes here too.
 *
 * @csspart base - The themed box around everything.
 * @csspart heading - The heading.
 * @csspart body - The section’s paragraphs.
 * @csspart quote - The figure holding the quotation (`variant="quote"`).
 * @csspart citation - The quotation’s source line.
 * @csspart footer - The footer slot.
 *
 * @cssprop [--trust-text=inherit] - Text colour (light: #1b1f24, dark: #f0f3f6).
 * @cssprop [--trust-surface=a 4% tint of the text colour] - Background (light: #ffffff, dark: #15191e).
 * @cssprop [--trust-border=a 35% tint of the text colour] - Border colour.
 * @cssprop [--trust-accent=the text colour] - Accent: the side rule (light: #005eb8, dark: #79c0ff).
 * @cssprop [--trust-accent-width=0.3rem] - Width of the accent rule at the start edge.
 * @cssprop [--trust-focus=the text colour] - Focus outline colour (links in authored content; the footer is the page’s own markup and keeps the page’s focus style).
 * @cssprop [--trust-font=inherit] - Font family.
 * @cssprop [--trust-line-height=1.5] - Line height of the text.
 * @cssprop [--trust-heading-size=1.25em] - Font size of the heading.
 * @cssprop [--trust-quote-size=1.3em] - Font size of the quotation.
 * @cssprop [--trust-radius=0.5rem] - Corner radius of the box.
 * @cssprop [--trust-space=1rem] - Base spacing unit: padding and gaps.
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

  #authored: { heading?: Node[]; body: Node[] } | undefined;

  protected override readAuthored(): void {
    const heading = find(this, HEADINGS);
    const body = blocks(this, heading);
    const title = headingCopy(heading);
    this.#authored = title || body.some(visible) ? { heading: title, body } : undefined;
  }

  protected override render(): TemplateResult {
    const quote = this.oneOf('variant', this.variant, ['section', 'quote'], 'section') === 'quote';
    const own = this.#authored;
    const part = this.articlePart('sections');
    const { value: sections, lang } = part;
    const wanted = textOf(this.section);
    const section = sections.find(s => s.id === wanted) ?? sections[0];
    if (!own && wanted !== undefined && section.id !== wanted) {
      this.warn('section', `"${wanted}" is not one of ${sections.map(s => s.id).join(', ')}; using ${section.id}.`);
    }
    const title = this.articlePart('title');
    // The author's heading (if any); none over the article's quotation; else the section's.
    // The heading attribute, when set, wins over each.
    const heading = own ? own.heading : quote ? undefined : section.heading;
    const body =
      own || !quote
        ? html`<div class="body" part="body">${own ? own.body : section.paragraphs.map(p => html`<p>${p}</p>`)}</div>`
        : html`<p>${section.quote}</p>`;
    // Authored content passes no language: it is in the page's.
    return this.frame(
      own ? undefined : part,
      html`${heading !== undefined || textOf(this.heading) ? this.renderHeading(heading) : nothing}${quote
        ? html`<figure class="quote" part="quote"><blockquote>${body}</blockquote>${own
            ? nothing
            : html`<figcaption class="citation" part="citation">
                — ${section.heading},
                <cite lang=${title.lang === lang ? nothing : title.lang}>${title.value}</cite>
              </figcaption>`}</figure>`
        : body}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reflection-card': ReflectionCard;
  }
}
