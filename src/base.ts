import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { visible } from './authored.js';
import { article, type Article } from './content.js';
import { settingsContext, type Theme, type TrustSettings, type UiText } from './context.js';
import { VERSION } from './define.js';
import { defaultStrings, type StringKey } from './strings.js';

const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
/** A property the host page set, as trimmed text (pages may assign numbers, objects or null). */
export const textOf = (value: unknown): string | undefined => (value === undefined || value === null ? undefined : String(value).trim());

export const isLevel = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 6;
export const isTheme = (t: unknown): t is Theme => THEMES.includes(t as Theme);

type Lang = string | typeof nothing;
const headings = [
  (c: unknown, l: Lang) => html`<h1 class="heading" part="heading" id="heading" lang=${l}>${c}</h1>`,
  (c: unknown, l: Lang) => html`<h2 class="heading" part="heading" id="heading" lang=${l}>${c}</h2>`,
  (c: unknown, l: Lang) => html`<h3 class="heading" part="heading" id="heading" lang=${l}>${c}</h3>`,
  (c: unknown, l: Lang) => html`<h4 class="heading" part="heading" id="heading" lang=${l}>${c}</h4>`,
  (c: unknown, l: Lang) => html`<h5 class="heading" part="heading" id="heading" lang=${l}>${c}</h5>`,
  (c: unknown, l: Lang) => html`<h6 class="heading" part="heading" id="heading" lang=${l}>${c}</h6>`,
];

/** A part of the content, and the language and direction it is written in. */
export interface Localised<T> {
  value: T;
  lang: string;
  dir: string;
}

/**
 * What all four elements share: the settings of the closest `<trust-provider>` around them
 * (through context), one warning per problem, and a look at their light DOM whenever the page
 * changes it.
 */
export abstract class RebuildTrustElement extends LitElement {
  /** The rebuild-trust version that defined this class (two copies on one page compare it). */
  static version = VERSION;

  /** Settings shared by the closest `<trust-provider>` around this element; empty when there is none. */
  protected settings: TrustSettings = {};

  private warned = new Set<string>();
  private observer = new MutationObserver(() => this.lightDomChanged());
  private answered = false;
  private consumer = new ContextConsumer(this, {
    context: settingsContext,
    subscribe: true,
    callback: value => {
      this.answered = true;
      this.settings = value ?? {};
      this.requestUpdate();
    },
  });

  /**
   * A `<trust-provider>` that upgrades after this element (definition order, late scripts)
   * announces itself: ask again, so that it answers.
   */
  private retry = (event: Event) => {
    if (!this.answered && (event as Event & { context?: unknown }).context === settingsContext) this.consumer.hostConnected();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('context-provider', this.retry);
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.lightDomChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('context-provider', this.retry);
    this.observer.disconnect();
    this.answered = false;
    this.settings = {};
  }

  /** One warning per distinct problem, naming the element and the attribute. */
  protected warn(attribute: string, problem: string): void {
    const message = `<${this.localName}> ${attribute}: ${problem}`;
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(message);
  }

  /** The page added, removed or edited something inside the element. */
  protected abstract lightDomChanged(): void;
}

/**
 * What the three content elements share: heading text and level, theme, and re-reading
 * authored content whenever the author's markup changes.
 */
export abstract class TrustElement extends RebuildTrustElement {
  /** Whether a trailing `<footer>` child is moved into the footer slot. */
  protected static footer = false;

  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    theme: {},
  };

  /** Replaces the heading's text. Text only: markup is shown as written, never parsed. */
  declare heading: string | undefined;

  /**
   * The heading's level, 1–6 (default 2, or the provider's), so that it fits the page's outline.
   * @attr heading-level
   */
  declare headingLevel: number | undefined;

  /**
   * `auto` (default) blends into the host page: its font, its text colour, tints derived from it.
   * `light` and `dark` draw their own opaque surface.
   */
  declare theme: Theme | undefined;

  /** Reads the author's markup again; subclasses keep what they need. */
  protected readAuthored(): void {}

  protected override lightDomChanged(): void {
    // The last thing a reader would see: editors leave empty paragraphs and <br> after it.
    const last = Array.from(this.children).reverse().find(visible);
    if ((this.constructor as typeof TrustElement).footer && last?.localName === 'footer' && !last.slot) {
      last.slot = 'footer';
    }
    this.readAuthored();
    this.requestUpdate();
  }

  /** The heading level: own attribute, else the provider's, else 2. */
  protected get level(): number {
    const own = this.headingLevel;
    const fallback = isLevel(this.settings.headingLevel) ? this.settings.headingLevel : 2;
    if (own === undefined || own === null) return fallback;
    if (isLevel(own)) return own;
    this.warn('heading-level', `"${this.getAttribute('heading-level') ?? own}" is not a whole number from 1 to 6; using ${fallback}.`);
    return fallback;
  }

  /** The theme: own attribute, else the provider's, else `auto`. */
  protected get themeName(): Theme {
    const own = this.theme;
    const fallback = this.settings.theme ?? 'auto';
    if (own === undefined || own === null) return fallback;
    if (isTheme(own)) return own;
    this.warn('theme', `"${own}" is not one of ${THEMES.join(', ')}; using ${fallback}.`);
    return fallback;
  }

  /** An interface string in the language it is written in: the provider's translation, else ours. */
  protected ui(key: StringKey): UiText {
    return this.settings.strings?.[key] ?? { text: defaultStrings[key], lang: defaultStrings.lang, dir: defaultStrings.dir };
  }

  /**
   * An interface string as text, wrapped in its own `lang` (and `dir`) where that differs from
   * `rootLang`, the language of what surrounds it, so that a screen reader voices it right.
   */
  protected say(key: StringKey, rootLang: string | undefined, count?: number): unknown {
    const { text, lang, dir } = this.ui(key);
    let number = String(count);
    try {
      number = new Intl.NumberFormat(lang || undefined).format(count ?? 0);
    } catch {
      // a language tag the browser doesn't know: plain digits
    }
    const words = count === undefined ? text : text.replaceAll('{count}', number);
    return lang === rootLang ? words : html`<span lang=${lang} dir=${dir}>${words}</span>`;
  }

  /** A part of the article: the provider's replacement if it has one, else ours. */
  protected articlePart<K extends 'title' | 'sections' | 'keyPoints' | 'checklist'>(key: K): Localised<Article[K]> {
    const override = this.settings.content;
    return override?.[key] === undefined
      ? { value: article[key], lang: article.lang, dir: article.dir }
      : { value: override[key] as Article[K], lang: override.lang, dir: override.dir ?? 'ltr' };
  }

  /**
   * The heading at the resolved level, with the `heading` attribute winning over `fallback`.
   * `lang` marks a fallback written in another language than the element's root.
   */
  protected renderHeading(fallback: unknown, lang?: string): TemplateResult {
    const own = textOf(this.heading);
    // The page wrote the heading attribute: it is in the page's language, not the article's.
    const page = own ? (this.closest('[lang]')?.getAttribute('lang') ?? nothing) : nothing;
    return headings[this.level - 1](own ? own : fallback, own ? page : (lang ?? nothing));
  }

  /**
   * The themed root, in the content's language and direction, with the footer slot if any.
   * Authored content passes no language: it inherits the page's through the host.
   */
  protected frame(lang: string | undefined, dir: string | undefined, body: unknown): TemplateResult {
    const footer = (this.constructor as typeof TrustElement).footer;
    return html`<div part="base" class="base ${this.themeName}" lang=${lang ?? nothing} dir=${dir ?? nothing}>
      ${body}${footer ? html`<slot name="footer" part="footer"></slot>` : nothing}
    </div>`;
  }
}
