import { html, type TemplateResult } from 'lit';
import { HEADINGS, visible, type Authored } from '../authored.js';
import { TrustElement } from '../base.js';
import { baseStyles } from '../styles.js';
import { keyPointsStyles } from './key-points.styles.js';

/**
 * The article’s “At a glance”: a heading and its four key points, as a real list.
 *
 * Authors may write their own list inside the tag instead (`<ul><li>…</li></ul>`, and
 * optionally a heading before it): it is readable before the script loads, and once it does
 * the element shows the author's own list and heading, as written (links, emphasis and
 * listeners are the page's own), inside its box. Without a heading of the author's, the
 * element draws its own (`heading`, else the article's).
 *
 * @tagname key-points
 * @summary The article’s key points, or the author’s own list.
 *
 * @slot - Optional authored content: a `<ul>` or `<ol>` of points (or a block that wraps one). Other authored content is not shown.
 * @slot heading - The author’s heading, in the heading’s place: the first heading written before the list goes here on its own (no `slot` attribute needed).
 *
 * @csspart list - The article’s list of points (an authored list is the page’s own markup).
 * @csspart item - Each of the article’s points.
 */
export class KeyPoints extends TrustElement {
  static override styles = [baseStyles, keyPointsStyles];

  /** Whether the author wrote a heading inside the list's wrapper (shown in place: ours is not drawn). */
  #wrappedHeading = false;

  /**
   * The author's list (or the block that wraps it, as some editors do) and heading only, and only
   * when there is a list with items.
   */
  protected override readAuthored(): Authored {
    const content = super.readAuthored();
    const hasItems = (list: Element) => [...list.children].some(li => li.localName === 'li' && visible(li));
    const list = content.body.find(
      (node): node is Element => node instanceof Element && (node.matches('ul,ol') ? [node] : [...node.querySelectorAll('ul,ol')]).some(hasItems),
    );
    if (!list && content.body.some(visible)) {
      this.warn('content', 'no <ul> or <ol> with items; showing the article’s key points.');
    }
    this.#wrappedHeading = !!list && !content.heading && [...list.querySelectorAll(HEADINGS)].some(visible);
    return { heading: list && content.heading, body: list ? [list] : [], footer: content.footer };
  }

  protected override render(): TemplateResult {
    const part = this.articlePart('keyPoints');
    const { value, lang } = part;
    const { body } = this.authored;
    if (body.length) {
      // The author's list is in the page's language; only our heading, if drawn, is in the article's.
      // (none when the author's heading is inside the list's wrapper)
      return this.frame(undefined, html`${this.renderHeading(this.#wrappedHeading ? undefined : value.heading, lang)}<slot></slot>`);
    }
    return this.frame(
      part,
      html`${this.renderHeading(value.heading)}
        <ul class="list" part="list">
          ${value.items.map(item => html`<li class="item" part="item">${item}</li>`)}
        </ul>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'key-points': KeyPoints;
  }
}
