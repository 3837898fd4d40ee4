import { html, type TemplateResult } from 'lit/html.js';
import { HEADINGS, copyChildren, find, headingCopy, visible } from '../authored.js';
import { TrustElement } from '../base.js';
import { baseStyles } from '../styles.js';
import { keyPointsStyles } from './key-points.styles.js';

/**
 * The article’s “At a glance”: a heading and its four key points, as a real list.
 *
 * Authors may write their own list inside the tag instead (`<ul><li>…</li></ul>`, and
 * optionally a heading): it is readable before the script loads, and once it does
 * its items are shown in our style, keeping their links and emphasis.
 *
 * @tagname key-points
 * @summary The article’s key points, or the author’s own list.
 *
 * @slot - Optional authored content: a `<ul>` or `<ol>` of points, and a heading (`<h2>`…`<h6>`) for it. Copied into the element, not parsed.
 * @slot footer - The clinic’s own content after ours. A trailing `<footer>` element inside the tag goes here too.
 *
 * @csspart base - The themed box around everything.
 * @csspart heading - The heading.
 * @csspart list - The list of points.
 * @csspart item - Each point.
 * @csspart footer - The footer slot.
 *
 * @cssprop [--trust-text=inherit] - Text colour (light: #1b1f24, dark: #f0f3f6).
 * @cssprop [--trust-surface=a 4% tint of the text colour] - Background (light: #ffffff, dark: #15191e).
 * @cssprop [--trust-border=a 35% tint of the text colour] - Border colour.
 * @cssprop [--trust-accent=the text colour] - Accent: the side rule and list markers (light: #005eb8, dark: #79c0ff).
 * @cssprop [--trust-accent-width=0.3rem] - Width of the accent rule at the start edge.
 * @cssprop [--trust-focus=the text colour] - Focus outline colour.
 * @cssprop [--trust-font=inherit] - Font family.
 * @cssprop [--trust-line-height=1.5] - Line height of the text.
 * @cssprop [--trust-heading-size=1.25em] - Font size of the heading.
 * @cssprop [--trust-radius=0.5rem] - Corner radius of the box.
 * @cssprop [--trust-space=1rem] - Base spacing unit: padding and gaps.
 */
export class KeyPoints extends TrustElement {
  static override styles = [baseStyles, keyPointsStyles];

  /** The author's list and heading, if the author wrote a list with items. */
  #own: { ordered: boolean; items: Node[][]; heading: Node[] | undefined } | undefined;

  protected override readAuthored(): void {
    const list = find(this, 'ul,ol');
    const items = [...(list?.children ?? [])].filter(li => li.localName === 'li' && visible(li)).map(copyChildren);
    this.#own = items.length ? { ordered: list?.localName === 'ol', items, heading: headingCopy(find(this, HEADINGS)) } : undefined;
    if (!this.#own && [...this.childNodes].some(visible)) {
      this.warn('content', 'no <ul> or <ol> with items; showing the article’s key points.');
    }
  }

  protected override render(): TemplateResult {
    const part = this.articlePart('keyPoints');
    const { value, lang } = part;
    const own = this.#own;
    const items = (own?.items ?? value.items).map(item => html`<li class="item" part="item">${item}</li>`);
    const list = own?.ordered
      ? html`<ol class="list" part="list">${items}</ol>`
      : html`<ul class="list" part="list">${items}</ul>`;
    // The author's list is in the page's language; only our heading, if used, is in the article's.
    return this.frame(
      own ? undefined : part,
      html`${this.renderHeading(own?.heading ?? value.heading, own && !own.heading ? lang : undefined)}${list}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'key-points': KeyPoints;
  }
}
