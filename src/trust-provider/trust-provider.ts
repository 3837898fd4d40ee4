import { html, type TemplateResult } from 'lit/html.js';
import type { ContextEvent } from '@lit/context';
import { LEVELS, RebuildTrustElement, THEMES, textOf, type PropertyDeclarations } from '../base.js';
import { css } from '../styles.js';
import { article, isRecord, shapeProblem, type ContentOverride } from '../content.js';
import { contextEvent, settingsContext, type Theme, type TrustSettings, type UiText } from '../context.js';
import { defaultStrings, type Strings } from '../strings.js';

type Callback = (value: TrustSettings, unsubscribe?: () => void) => void;
type Replacements = { strings?: Partial<Strings>; content?: ContentOverride };

/**
 * Shares settings, interface strings and (optionally) replacement content with every
 * rebuild-trust element inside it, through `@lit/context`. The elements’ own
 * attributes win over the provider’s. It draws nothing itself.
 *
 * Replacement content and strings can come from an inline
 * `<script type="application/json">` child shaped as
 * `{ "strings": { "clear": "…", "lang": "cy" }, "content": { "lang": "cy", "title": "…", "sections": […], "keyPoints": {…}, "checklist": {…} } }`
 * (see the README); invalid JSON or shape gets a warning and the built-in article.
 *
 * @tagname trust-provider
 * @summary Shares settings and content with the elements inside it.
 *
 * @slot - The page content holding rebuild-trust elements, and optionally one `<script type="application/json">` with replacement strings and content.
 */
export class TrustProvider extends RebuildTrustElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', type: Number },
    persist: {},
    theme: {},
    strings: { attribute: false },
    content: { attribute: false },
  };

  /**
   * Heading level (1–6) for every element inside that doesn't set its own.
   * @attr heading-level
   */
  declare headingLevel: number | undefined;

  /** Turns saving on for every checklist inside (`persist="off"` on a checklist still opts it out). */
  declare persist: string | undefined;

  /** Theme (`auto`, `light`, `dark`) for every element inside that doesn't set its own. */
  declare theme: Theme | undefined;

  /** Replacement interface strings, as in the JSON's `strings` (property only). Wins over the JSON's. */
  declare strings: Partial<Strings> | undefined;

  /** Replacement content, as in the JSON's `content` (property only). Wins over the JSON's. */
  declare content: ContentOverride | undefined;

  /**
   * What we share: `this.settings` (those of a provider around this one; a provider never answers
   * its own request) with ours laid on top.
   */
  #shared: TrustSettings = {};
  /** The elements inside that follow our settings: how to tell each, where it is, how it stops. */
  readonly #subscribers = new Map<Callback, [host: Element, unsubscribe: () => void]>();

  // The provider side of the context protocol, in the few lines we need (`@lit/context`'s
  // ContextProvider and its notifier cost ~360 B gzip): answer requests from inside, and hand
  // them over to a provider that appears between us and them. The elements ask with the
  // protocol's request event under a string key, so copies of the library on one page, and
  // `@lit/context`'s own ContextProvider and ContextConsumer, still meet ours.
  constructor() {
    super();
    // A request or an announcement from this element itself is for a provider around it.
    const listener = (event: Event): void => {
      const { context, contextTarget, callback, subscribe } = event as ContextEvent<typeof settingsContext>;
      // Consumers written before the protocol had `contextTarget` leave it out: the event's origin is it.
      const host = contextTarget ?? (event.composedPath()[0] as Element);
      if (context !== settingsContext || host === this) return;
      event.stopPropagation();
      if (event.type === 'context-provider') {
        // a provider appeared inside: the elements it is around ask it instead
        for (const [callback, [host]] of this.#subscribers) contextEvent('context-request', host, callback);
        return;
      }
      if (subscribe && !this.#subscribers.has(callback)) this.#subscribers.set(callback, [host, () => this.#subscribers.delete(callback)]);
      callback(this.#shared, this.#subscribers.get(callback)?.[1]);
    };
    this.addEventListener('context-request', listener);
    this.addEventListener('context-provider', listener);
  }

  override connectedCallback(): void {
    // Tells a provider around this one, and elements still waiting for one, that we are here.
    contextEvent('context-provider', this);
    super.connectedCallback();
  }

  #scriptText: string | undefined;
  #fromScript: Replacements = {};

  /** Reads the inline JSON again whenever the page changes it. */
  protected override lightDomChanged(): void {
    const text = [...this.children].find(
      el => el.localName === 'script' && (el as HTMLScriptElement).type.trim().toLowerCase() === 'application/json',
    )?.textContent as string | undefined;
    if (text === this.#scriptText) return;
    this.#scriptText = text;
    this.#fromScript = {};
    const source = '<script type="application/json">';
    if (text !== undefined) {
      try {
        const json: unknown = JSON.parse(text);
        if (!isRecord(json)) {
          this.warn(source, 'must be an object; ignored.');
        } else {
          const { strings, content, ...rest } = json;
          Object.keys(rest).forEach(key => this.warn(source, `unknown field "${key}" ignored.`));
          this.#fromScript = { strings: strings as Partial<Strings>, content: content as ContentOverride };
        }
      } catch (error) {
        this.warn(source, `invalid JSON (${(error as Error).message}); ignored.`);
      }
    }
    this.requestUpdate();
  }

  /**
   * Shares the settings as soon as anything they depend on changes (not at the next render), so that
   * an element inside never sees a provider without its settings, however fast the page moves it.
   */
  override requestUpdate(): void {
    super.requestUpdate();
    if (#fromScript in this) this.#publish(); // not while the element is still being built
  }

  #publish(): void {
    const settings: TrustSettings = { ...this.settings };
    // Ours, else those of a provider around us.
    settings.headingLevel = this.oneOf('heading-level', this.headingLevel, LEVELS, settings.headingLevel);
    settings.theme = this.oneOf('theme', this.theme, THEMES, settings.theme);
    const persist = textOf(this.persist);
    if (persist !== undefined) settings.persist = !['off', 'false'].includes(persist.toLowerCase());
    const strings: Record<string, UiText> = { ...this.settings.strings };
    // The JSON's first, then the properties, which win. Each is checked whole, like the article (or
    // our strings): a set with a problem is left out, and says so.
    for (const [from, replacements] of [['the JSON ', this.#fromScript], ['', this]] as const) {
      for (const [field, like] of [['strings', defaultStrings], ['content', article]] as const) {
        const value: unknown = replacements[field];
        const problem = value !== undefined && value !== null && shapeProblem(value, like);
        if (problem) this.warn(from + field, `${problem}; ignored.`);
        else if (value && field === 'content') settings.content = value as ContentOverride;
        else if (value) {
          // Each string is tagged with the language its set declares; those not replaced stay ours, in en-GB.
          const { lang, dir = 'ltr', ...texts } = value as Record<string, string>;
          for (const [key, text] of Object.entries(texts)) strings[key] = { text, lang, dir };
        }
      }
    }
    if (Object.keys(strings).length) settings.strings = strings;
    this.#shared = settings;
    this.#subscribers.forEach(([, unsubscribe], callback) => callback(settings, unsubscribe));
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-provider': TrustProvider;
  }
}
