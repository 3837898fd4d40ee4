/**
 * The benchmark's baseline (`npm run bench`): a plain LitElement drawing the same markup and styles
 * as `<trust-checklist>`, with only a set of ticks behind it — no provider, no storage, no form, no
 * authored content, no strings. What the standard Lit way costs, to compare ours with.
 */
import { LitElement, html } from 'lit';
import { article } from '../../src/content.js';
import { baseStyles } from '../../src/styles.js';
import { checklistStyles } from '../../src/trust-checklist/trust-checklist.styles.js';

export class PlainChecklist extends LitElement {
  static override styles = [baseStyles, checklistStyles];
  static override properties = { ticks: { state: true } };
  declare ticks: Set<string>;

  constructor() {
    super();
    this.ticks = new Set();
  }

  #toggle(event: Event) {
    const box = event.target as HTMLInputElement;
    const ticks = new Set(this.ticks);
    ticks[box.checked ? 'add' : 'delete'](box.value);
    this.ticks = ticks;
  }

  protected override render() {
    const { heading, intro, items, closing } = article.checklist;
    return html`<div part="base" class="base auto" lang="en-GB" dir="ltr">
      <h2 class="heading" part="heading">${heading}</h2>
      <fieldset part="fieldset" aria-describedby="note">
        <legend part="intro">${intro}</legend>
        <p class="note" id="note" part="note">Only you can see your ticks. They are not saved or sent to anyone, and they go when you leave this page.</p>
        <ul part="list" role="list">
          ${items.map(
            item => html`<li part="item">
              <label part="label"><input part="checkbox" type="checkbox" value=${item.id} .checked=${this.ticks.has(item.id)} @change=${this.#toggle} />${item.text}</label>
            </li>`,
          )}
        </ul>
      </fieldset>
      <p part="closing">${closing}</p>
      <div class="controls" part="controls">
        <button part="clear-button" type="button" @click=${() => (this.ticks = new Set())}>Clear my ticks</button>
        <p class="status" part="status" role="status"></p>
      </div>
      <slot name="footer" part="footer"></slot>
    </div>`;
  }
}
customElements.define('plain-checklist', PlainChecklist);
