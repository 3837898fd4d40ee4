import { html, isServer, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { HEADINGS, NOTHING_AUTHORED, UNSHARED, inside, plainText, visible, type Authored } from '../authored.js';
import { TrustElement, textOf } from '../base.js';
import type { ChecklistItem } from '../content.js';
import { baseStyles } from '../styles.js';
import { PREFIX, SavedTicks, fingerprint } from './store.js';
import { checklistStyles } from './trust-checklist.styles.js';

/** What `trust-checklist-change` carries: the ticked item ids (never their text) and how many items there are. */
export interface TrustChecklistChangeDetail {
  checked: string[];
  total: number;
}

/**
 * The article’s reflection, “When You Feel the Urge to Pull Away”: five statements as
 * native checkboxes, a hint saying who can see the ticks, a status that speaks only when the
 * reader clears them (or a save fails just after a tick), and a button that clears them.
 *
 * Private by default: ticks stay on the page. `persist` keeps them in this browser
 * (ids only); `name` sends them with the site’s own form, and the note says so.
 *
 * Authors may write their own items as `<li>` elements inside the tag: they are read as text
 * for the checklist's own checkboxes (not slotted), each `<li>` an item (nested ones too);
 * their ids come from `data-id`, else their position (`item-1`, `item-2`…). A heading there
 * replaces the heading, paragraphs before the items the intro, and paragraphs after them the
 * closing; other authored content is not shown. Words hidden from sight or from screen readers
 * (`hidden`, `aria-hidden="true"`, the usual visually-hidden classes) are left out of the
 * labels, and an image gives its `alt` text.
 *
 * @tagname trust-checklist
 * @summary The reflection checklist, with real checkboxes, kept private.
 *
 * @fires {CustomEvent<TrustChecklistChangeDetail>} trust-checklist-change - Whenever the ticks change (a tick, clearing, form reset, ticks restored from storage). Bubbles and is composed. `detail: { checked: string[], total: number }` holds item ids only.
 *
 *
 * @csspart fieldset - The group around the checkboxes.
 * @csspart intro - The group’s legend, the intro line.
 * @csspart list - The list of items.
 * @csspart item - Each item.
 * @csspart label - The label around each checkbox and its text.
 * @csspart checkbox - Each native checkbox.
 * @csspart closing - The closing paragraph.
 * @csspart controls - The row with the clear button and the status.
 * @csspart clear-button - The button that clears the ticks.
 * @csspart status - The polite live status line: empty until the reader clears their ticks (or a save fails just after a tick).
 * @csspart note - The hint before the boxes saying who can see the ticks (only the reader, anyone using this browser, or the site once the form is sent); it describes the group.
 * @csspart date - Printed in place of the hint: a line to write the date on (not shown on screen).
 */
export class TrustChecklist extends TrustElement {
  /** Lets the checklist take part in the surrounding form (see `name`). */
  static formAssociated = true;
  static override styles = [baseStyles, checklistStyles];
  static override properties: PropertyDeclarations = {
    name: {},
    persist: {},
    storageKey: { attribute: 'storage-key' },
    // Our own accessor (below); declared so that a value the page set before the upgrade is kept.
    checked: { attribute: false, noAccessor: true },
  };

  /**
   * Puts the checklist in the surrounding form: ticked item ids are submitted under this
   * name (one entry per id) and a form reset clears them. Without it nothing is submitted.
   */
  declare name: string | undefined;

  /**
   * Keep the ticks in this browser (`localStorage`, item ids only) so they survive a reload.
   * On when present, `on`, `true` or `persist`; `persist="off"` (or `false`) opts out when a
   * `<trust-provider persist>` turns saving on; anything else warns and means off. Without it (and
   * without a provider's), nothing is written anywhere.
   */
  declare persist: string | undefined;

  /**
   * Names the storage explicitly (saved under `rebuild-trust:<storage-key>`). By default the
   * key is derived from the items, so two checklists with different items never share one.
   * @attr storage-key
   */
  declare storageKey: string | undefined;

  /** The checklists on the page, for the one `pageshow` listener. */
  static #onPage = new Set<TrustChecklist>();

  /**
   * The page comes back from the back/forward cache with everything as it was. A checklist in a form
   * keeps its ticks, as the form does; one that saves shows what is saved now (another tab may have
   * changed it; ticks the browser refused to save go); the others forget theirs, as the hint
   * promises (they stay on the page only while the reader is on it).
   */
  static #restored = (event: PageTransitionEvent): void => {
    if (!event.persisted) return;
    for (const el of TrustChecklist.#onPage) {
      el.#said = undefined;
      el.requestUpdate();
      if (el.#form || (el.#persistOn && el.#saved?.reload())) continue;
      if (el.#ticks.size) {
        // (not clear(): what a save kept in storage stays there, as the hint says)
        el.#ticks.clear();
        el.#notify();
      }
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    addEventListener('pageshow', TrustChecklist.#restored); // (the same listener: added once)
    TrustChecklist.#onPage.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    TrustChecklist.#onPage.delete(this);
  }

  readonly #ticks = new Set<string>();
  /**
   * What the status says: empty, but for the reader's own clearing (the button, or resetting the
   * form) and a save that failed just after they ticked. Restored ticks, another tab's and the
   * page's changes pass in silence: each checkbox already says whether it is ticked.
   */
  #said: 'cleared' | 'notSaved' | undefined;
  #formDisabled = false;
  /** Whether the ticks were changed here (by the reader or the page), not only loaded. */
  #touched = false;
  /** The form's side of the checklist; attached once a `name` puts it in a form. */
  #internals: ElementInternals | undefined;
  /** The author's own items, heading, intro and closing, read as text. */
  #own: { items?: ChecklistItem[]; heading?: string; intro?: string; closing?: string } | undefined;

  /** Keeps the ticks in step with storage; made once saving is first turned on (never before). */
  #saved: SavedTicks | undefined;

  /** The ids of the ticked items, in the checklist's order. Setting it ticks those items (no event). */
  get checked(): string[] {
    if (!(#ticks in this)) return []; // read on the prototype
    return this.#items.map(item => item.id).filter(id => this.#ticks.has(id));
  }

  set checked(ids: string[]) {
    this.#ticks.clear();
    if (Array.isArray(ids)) for (const id of ids) if (typeof id === 'string') this.#ticks.add(id);
    this.#changed(true);
  }

  /** Clears every tick (and, with `persist`, the saved ticks), then fires `trust-checklist-change`. */
  clear(): void {
    this.#ticks.clear();
    this.#changed();
  }

  /** The reader clears (the button, or the form's reset): said only when something was ticked. */
  #readerClears(): void {
    if (!this.#ticks.size) return;
    this.clear();
    this.#said = 'cleared';
  }

  /** The items shown: the author's `<li>`s, else the article's (or the provider's). */
  get #items(): ChecklistItem[] {
    return this.#own?.items ?? this.articlePart('checklist').value.items;
  }

  /** Whether the ticks are being saved in this browser (saving on, and no write has failed). */
  get #saving(): boolean {
    return this.#persistOn && !this.#saved?.failed;
  }

  /** The form the ticks are sent with: only a checklist with a `name`, inside a form, sends anything. */
  get #form(): HTMLFormElement | null {
    return textOf(this.name) && !isServer ? (this.#internals ??= this.attachInternals()).form : null;
  }

  get #persistOn(): boolean {
    return this.flag('persist', this.persist) ?? this.settings.persist === true;
  }

  /**
   * Where the ticks are saved: derived from the items' ids and text, so that checklists with
   * different items never share a key (editing an item starts it afresh; `storage-key` doesn't).
   */
  get #key(): string {
    return PREFIX + (textOf(this.storageKey) || 'checklist:' + fingerprint(this.#items.flatMap(item => [item.id, item.text])));
  }

  protected override willUpdate(): void {
    super.willUpdate();
    if (this.#persistOn) {
      this.#saved ??= new SavedTicks(this, {
        key: () => (this.#persistOn ? this.#key : undefined),
        ticks: this.#ticks,
        items: () => this.#items.map(item => item.id),
        touched: () => this.#touched,
        // (ticks that arrive from storage or another tab make the status's last words stale)
        loaded: () => {
          this.#said = undefined;
          this.#notify();
        },
        warn: problem => this.warn('persist', problem),
      });
    }
  }

  /**
   * Only the footer is slotted: the author's heading, items and paragraphs are read as text, each
   * `<li>` (nested ones too) an item of its own.
   */
  protected override readAuthored(): Authored {
    const { footer } = super.readAuthored();
    // (not in another slot or the footer, nor inside something hidden from sight or from screen readers)
    const outside = (el: Element) => !inside(this, el, `[slot],${UNSHARED}`) && !footer.some(f => f.contains(el));
    const lis = Array.from(this.querySelectorAll('li')).filter(outside);
    const seen = new Set<string>();
    const items: ChecklistItem[] = [];
    for (const li of lis) {
      const text = plainText(li);
      if (!text) {
        // (an item that only holds a nested list is a heading for its items, not a gap)
        if (visible(li) && !li.querySelector('ul,ol')) this.warn('li', 'an item with no words (an image needs alt text) is left out.');
        continue;
      }
      const own = li.dataset.id?.trim();
      let id = own;
      if (!id || seen.has(id)) {
        // Its position; with a suffix if an author's data-id already took that: ids must stay unique.
        const n = items.length + 1;
        id = `item-${n}`;
        for (let k = 2; seen.has(id); k++) id = `item-${n}-${k}`;
        if (own) this.warn('data-id', `"${own}" is used twice; using "${id}".`);
      }
      seen.add(id);
      items.push({ id, text });
    }
    const heading = [...this.querySelectorAll(HEADINGS)].filter(outside).map(plainText).find(Boolean);
    // Paragraphs before the items (all of them, without items) replace the intro; after them, the closing.
    const first = lis[0];
    const paragraphs = [...this.querySelectorAll('p')].filter(p => outside(p) && !inside(this, p, 'li'));
    const before = (p: Element) => !first || !!(p.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
    const join = (ps: Element[]) => ps.map(plainText).filter(Boolean).join(' ') || undefined;
    const own = { items: items.length ? items : undefined, heading, intro: join(paragraphs.filter(before)), closing: join(paragraphs.filter(p => !before(p))) };
    this.#own = Object.values(own).some(Boolean) ? own : undefined;
    return footer.length ? { body: [], footer } : NOTHING_AUTHORED;
  }

  protected override updated(): void {
    super.updated();
    // The boxes show the ticks. (Set here, not by a `.checked` binding: a server render writes that
    // as `checked="false"`, which ticks the box; the boxes start unticked, as the server draws them.)
    for (const box of this.renderRoot.querySelectorAll('input')) box.checked = this.#ticks.has(box.value);
    const name = textOf(this.name);
    if (!name && !this.#internals) return; // never in a form: nothing to submit
    const data = new FormData();
    if (name) this.checked.forEach(id => data.append(name, id));
    // The same entries are what the browser keeps in its session history (and gives back on restore).
    // Nothing ticked, or not in a form (a `name` alone): nothing to submit, nor to keep.
    (this.#internals ??= this.attachInternals()).setFormValue(this.#form && data.has(name as string) ? data : null);
  }

  /** @internal Joining or leaving a form changes what the note says. */
  formAssociatedCallback(): void {
    this.requestUpdate();
  }

  /** @internal Form reset clears the ticks, as it would native checkboxes. */
  formResetCallback(): void {
    this.#readerClears();
  }

  /** @internal The form (or a fieldset around it) was disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.requestUpdate();
  }

  /** @internal The browser restores the ticks (back navigation, autofill). */
  formStateRestoreCallback(state: unknown): void {
    // Ours is the form value: one entry per ticked id (kept only while in a form).
    if (state instanceof FormData && this.#form) {
      this.checked = [...state.values()] as string[];
      this.#notify();
    }
  }

  #notify(): void {
    this.dispatchEvent(
      new CustomEvent<TrustChecklistChangeDetail>('trust-checklist-change', {
        bubbles: true,
        composed: true,
        detail: { checked: this.checked, total: this.#items.length },
      }),
    );
  }

  /** The ticks were changed here: save and show them, and (unless the page set them) tell the page. */
  #changed(silent?: boolean): void {
    this.#said = undefined;
    this.#touched = true;
    this.#saved?.save();
    this.requestUpdate();
    if (!silent) this.#notify();
  }

  #onToggle(event: Event): void {
    const box = event.target as HTMLInputElement;
    const failed = this.#saved?.failed;
    this.#ticks[box.checked ? 'add' : 'delete'](box.value);
    this.#changed();
    // (once: the hint before the boxes says it from now on)
    if (this.#saved?.failed && !failed) this.#said = 'notSaved';
  }

  protected override render(): TemplateResult {
    const part = this.articlePart('checklist');
    const { value, lang } = part;
    const own = this.#own;
    // The root is in the article's language, unless the author wrote parts of their own: then
    // the article's parts among them are marked with its language.
    const root = own ? undefined : lang;
    const mark = (authored?: unknown) => (own && !authored ? lang : nothing);
    // The article's closing speaks of its own items: authored items go without it.
    const closing = own?.closing ?? (own?.items ? undefined : value.closing);
    // What the note says is true: saved, not saved (the browser refused), or neither.
    const state = this.#saving ? 'saved' : this.#persistOn && this.#saved?.failed ? 'unsaved' : undefined;
    const note = this.#form
      ? { saved: 'savedFormNote', unsaved: 'unsavedFormNote', none: 'formNote' } as const
      : { saved: 'savedNote', unsaved: 'unsavedNote', none: 'privateNote' } as const;
    const items = this.#items.map(
      item => html`<li part="item">
        <label part="label"><input part="checkbox" type="checkbox" value=${item.id} />${item.text}</label>
      </li>`,
    );
    return this.frame(
      own ? undefined : part,
      html`${this.renderHeading(own?.heading ?? value.heading, mark(own?.heading))}
        <fieldset part="fieldset" aria-describedby="note" ?disabled=${this.#formDisabled} @change=${this.#onToggle}>
          <legend part="intro" lang=${mark(own?.intro)}>${own?.intro ?? value.intro}</legend>
          <p class="note" id="note" part="note">${this.say(note[state ?? 'none'], root)}</p>
          <p class="date" part="date">${this.say('date', root)}</p>
          <ul part="list" role="list" lang=${mark(own?.items)}>
            ${items}
          </ul>
        </fieldset>
        ${closing ? html`<p part="closing" lang=${mark(own?.closing)}>${closing}</p>` : nothing}
        <div class="controls" part="controls">
          <button part="clear-button" type="button" ?disabled=${this.#formDisabled} @click=${this.#readerClears}>
            ${this.say('clear', root)}
          </button>
          <p class="status" part="status" role="status">${this.#said ? this.say(this.#said, root) : nothing}</p>
        </div>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-checklist': TrustChecklist;
  }
  interface HTMLElementEventMap {
    'trust-checklist-change': CustomEvent<TrustChecklistChangeDetail>;
  }
}
