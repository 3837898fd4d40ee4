import { LitElement, css, html, isServer, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { RebuildTrustElement } from '../base.js';
import { article, isRecord, shapeProblem, type ContentOverride } from '../content.js';
import { LEVELS, THEMES, settingsContext, type Theme, type TrustSettings, type UiText } from '../context.js';
import { defaultStrings, type Strings } from '../strings.js';

type Replacements = { strings?: Partial<Strings>; content?: ContentOverride };

/**
 * Shares settings, interface strings and (optionally) replacement content with every
 * rebuild-trust element inside it, as a `@lit/context` `ContextProvider`. The elements’ own
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

  /**
   * Turns saving on for every checklist inside (`persist="off"` on a checklist still opts it out).
   * On when present, `on`, `true` or `persist`; off for `off` and `false`; anything else warns and means off.
   */
  declare persist: string | undefined;

  /** Theme (`auto`, `light`, `dark`) for every element inside that doesn't set its own. */
  declare theme: Theme | undefined;

  /** Replacement interface strings, as in the JSON's `strings` (property only). Wins over the JSON's. */
  declare strings: Partial<Strings> | undefined;

  /** Replacement content, as in the JSON's `content` (property only). Wins over the JSON's. */
  declare content: ContentOverride | undefined;

  /**
   * What we share with the elements inside: the settings of a provider around this one (it never
   * answers its own request) with ours laid on top. A provider upgraded inside another takes over
   * the elements inside it (`@lit/context` hands their subscriptions over).
   */
  readonly #provider = new ContextProvider(this, { context: settingsContext, initialValue: {} });

  #scriptText: string | undefined;
  #fromScript: Replacements = {};

  /**
   * Shares the settings as soon as anything they depend on changes (a property or attribute, the
   * JSON, a provider around this one), not at our next render: an element inside whose render is
   * already queued (moved in, or a framework setting our attributes after adding it) must never see
   * this provider without them, or see saving off for a moment and remove what was saved.
   */
  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    super.requestUpdate(...args);
    if (#fromScript in this) this.#share(); // (not while Lit is still building the element)
  }

  /** @internal The page changed something inside: only a change to the inline JSON changes our settings. */
  override lightDomChanged(): void {
    if (this.#script() !== this.#scriptText) this.requestUpdate();
  }

  /** The text of the inline `<script type="application/json">`, if there is one. */
  #script(): string | undefined {
    return [...this.children].find(el => el.localName === 'script' && (el as HTMLScriptElement).type.trim().toLowerCase() === 'application/json')
      ?.textContent as string | undefined;
  }

  /** The inline JSON's replacements, parsed when its text changes. */
  #readScript(): void {
    const text = this.#script();
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
  }

  /** Our settings laid over those of a provider around us, shared with every element inside. */
  #share(): void {
    if (!isServer) this.#readScript();
    const settings: TrustSettings = { ...this.settings };
    // Ours, else those of a provider around us.
    // (the fallbacks from the validated settings: a page's Object.prototype can't supply them)
    settings.headingLevel = this.oneOf('heading-level', this.headingLevel, LEVELS, this.settings.headingLevel);
    settings.theme = this.oneOf('theme', this.theme, THEMES, this.settings.theme);
    const persist = this.flag('persist', this.persist);
    if (persist !== undefined) settings.persist = persist;
    const strings: Record<string, UiText> = { ...this.settings.strings };
    // The JSON's first, then the properties, which win. Each is checked whole, like the article (or
    // our strings): a set with a problem is left out, and says so.
    for (const [from, replacements] of [['the JSON ', this.#fromScript], ['', this]] as const) {
      for (const [field, like] of [['strings', defaultStrings], ['content', article]] as const) {
        let value: unknown = replacements[field];
        if (field === 'strings' && isRecord(value)) {
          // 0.1.0's count of ticks is no longer shown: a translation that still words it keeps the rest.
          const { noticed, noticedNone, ...rest } = value;
          if (noticed !== undefined || noticedNone !== undefined) {
            this.warn(from + field, 'noticed and noticedNone are no longer used; left out.');
            value = rest;
          }
        }
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
    this.#provider.setValue(settings);
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
