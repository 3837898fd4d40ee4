import { LitElement, adoptStyles, html, isServer, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ContextConsumer, ContextRoot } from '@lit/context';
import { NOTHING_AUTHORED, authoredContent, type Authored } from './authored.js';
import { article, isRecord, shapeProblem, type Article, type ContentOverride } from './content.js';
import { LEVELS, THEMES, settingsContext, type Theme, type TrustSettings, type UiText } from './context.js';
import { VERSION } from './define.js';
import { defaultStrings, type StringKey } from './strings.js';

/**
 * A property the host page set, as trimmed text (pages may assign numbers, objects or null).
 * A Symbol, or an object without `toString`, is no text (a template literal throws on both):
 * it counts as not set.
 */
export const textOf = (value: unknown): string | undefined => {
  if (value === undefined || value === null) return undefined;
  try {
    return `${value as string}`.trim();
  } catch {
    return undefined;
  }
};

/** A page's value as a warning can show it, whatever it is. */
export const shown = (value: unknown): string => textOf(value) ?? typeof value;

/**
 * The page's one `ContextRoot` (from this copy of the library), on `<html>`: it keeps the requests
 * of elements that upgrade before any provider answers them, and sends them again when a provider
 * announces itself, so that the order in which tags are defined and upgraded never matters.
 */
let contextRoot: ContextRoot | undefined;

/** The connected elements whose light DOM is watched. */
const watched = new WeakSet<Node>();
/**
 * One observer for all of them: a change inside an element (at any depth) tells it, and any
 * element around it, through `lightDomChanged()`.
 */
let lightDom: MutationObserver | undefined;
const watchLightDom = (host: RebuildTrustElement): void => {
  lightDom ??= new MutationObserver(records => {
    for (const { target } of records) {
      for (let node: Node | null = target; node; node = node.parentNode) {
        if (watched.has(node)) (node as RebuildTrustElement).lightDomChanged();
      }
    }
  });
  watched.add(host);
  lightDom.observe(host, { childList: true, subtree: true, characterData: true });
};

/**
 * What all four elements share: Lit's `LitElement`, the settings of the closest
 * `<trust-provider>` around them (a `@lit/context` consumer), a look at their light DOM whenever
 * the page changes it, and one warning per problem.
 */
export abstract class RebuildTrustElement extends LitElement {
  /** The rebuild-trust version that defined this class (two copies on one page compare it). */
  static version = VERSION;

  readonly #provided = new ContextConsumer(this, { context: settingsContext, subscribe: true });
  /** The provider's value last read, and what of it is valid (no prototype: a page's polluted
   * Object.prototype can't add a setting). */
  #from: unknown;
  #settings: TrustSettings = Object.create(null);

  /**
   * Settings shared by the closest provider around this element (ours, another copy's, any
   * `@lit/context` provider of our key), as far as they are valid: only its own fields, each checked
   * as the provider checks its attributes and JSON; empty when there is none.
   */
  protected get settings(): TrustSettings {
    const value = this.#provided.value;
    if (value !== this.#from) {
      this.#from = value;
      try {
        this.#settings = this.#valid(value);
      } catch {
        this.#settings = Object.create(null); // a value whose getters throw
      }
    }
    return this.#settings;
  }

  #valid(value: unknown): TrustSettings {
    // Only the value's own fields, copied to an object without a prototype: a page's polluted
    // Object.prototype can't add settings (nor strings, below).
    const { headingLevel, theme, persist, strings, content } = Object.assign(Object.create(null), value) as Record<string, unknown>;
    const problem = content !== undefined && shapeProblem(content, article);
    if (problem) this.warn('content', `the provider's ${problem}; ignored.`);
    const isText = (entry: [string, unknown]): entry is [string, UiText] =>
      isRecord(entry[1]) && [entry[1].text, entry[1].lang, entry[1].dir].every(part => typeof part === 'string');
    // Every setting is an own field, if only an undefined one: none can come from a prototype.
    return {
      headingLevel: LEVELS.includes(headingLevel as number) ? (headingLevel as number) : undefined,
      theme: THEMES.includes(theme as Theme) ? (theme as Theme) : undefined,
      persist: typeof persist === 'boolean' ? persist : undefined,
      strings: isRecord(strings) ? Object.assign(Object.create(null), Object.fromEntries(Object.entries(strings).filter(isText))) : undefined,
      content: problem ? undefined : (content as ContentOverride | undefined),
    };
  }

  override connectedCallback(): void {
    if (!contextRoot && !isServer) {
      contextRoot = new ContextRoot();
      contextRoot.attach(document.documentElement);
    }
    super.connectedCallback(); // (asks for the settings of the provider around it)
    // Draw again where it landed: with that provider's settings, or the defaults if none answered.
    this.requestUpdate();
    if (!isServer) watchLightDom(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watched.delete(this);
    // Out of its provider's reach: no settings until a provider where it lands answers. (The
    // consumer keeps the last value it was given, and `value` is its public field.)
    this.#provided.value = undefined;
  }

  /**
   * Lit's open shadow root, also where the page got there first. A declarative shadow root from a
   * server render, or an open root the page attached itself, is emptied and drawn afresh: never
   * hydrated, even with Lit's hydration support loaded, because what an element draws depends on
   * what the page wrote inside it and on its provider, which a server render can't see. A closed
   * root leaves a detached one: nothing shows, nothing throws.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    let root = !isServer && this.shadowRoot;
    if (!root) {
      try {
        return super.createRenderRoot();
      } catch {
        // (a closed root the page attached: a root of our own that no one sees)
        root = document.createElement('div').attachShadow({ mode: 'open' });
      }
    }
    root.replaceChildren();
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    return root;
  }

  /** @internal The page added, removed or edited something inside the element: draw again. */
  lightDomChanged(): void {
    this.requestUpdate();
  }

  /**
   * `value` when it is one of `allowed`; `fallback` when it is unset, or (with a warning naming
   * `attribute`) when the page set something else. The warning doesn't name the fallback: that may
   * change (a provider answering later) and the warning must still come once.
   */
  protected oneOf<T>(attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
    if (value === undefined || value === null) return fallback;
    if (allowed.includes(value as T)) return value as T;
    // (a number comes from the attribute's text, unless the page set the property: show what it wrote)
    const written = typeof value === 'number' ? (this.getAttribute(attribute) ?? value) : typeof value === 'string' ? value : shown(value);
    this.warn(attribute, `"${written}" is not one of ${allowed.join(', ')}; ignored.`);
    return fallback;
  }

  /**
   * An on/off attribute such as `persist`: on when present (`""`) or `on`, `true` or its own name;
   * off for `off` and `false`; undefined when unset. Anything else warns once and means off: a
   * privacy option fails closed.
   */
  protected flag(attribute: string, value: unknown): boolean | undefined {
    const text = textOf(value);
    if (text === undefined) return undefined;
    const word = text.toLowerCase();
    if (['', 'on', 'true', attribute].includes(word)) return true;
    if (!['off', 'false'].includes(word)) this.warn(attribute, `"${text}" is neither on nor off; taken as off.`);
    return false;
  }

  #warned: Set<string> | undefined;

  /** One warning per distinct problem, naming the element and the attribute. */
  protected warn(attribute: string, problem: string): void {
    const message = `<${this.localName}> ${attribute}: ${problem}`;
    if (this.#warned?.has(message)) return;
    (this.#warned ??= new Set()).add(message);
    try {
      console.warn(message);
    } catch {
      // a page whose console hook throws: the warning is lost, the element carries on
    }
  }
}

/** A part of the content, and the language and direction it is written in. */
export interface Localised<T> {
  value: T;
  lang: string;
  dir: string;
}

/** The theme is reflected to its attribute as the page wrote it (any other value leaves no attribute). */
const themeConverter = { toAttribute: (value: unknown) => (typeof value === 'string' ? value : null) };

/**
 * What the three content elements share: heading text and level, theme, the footer slot, and the
 * author's own content, read whenever the page changes it and shown through slots.
 *
 * @slot footer - The clinic’s own content after ours (e.g. “Talk to us”, urgent-help information). A trailing `<footer>` element inside the tag goes here too.
 *
 * @csspart base - The themed box around everything.
 * @csspart heading - The heading the element draws (an authored heading is the page’s own markup).
 * @csspart footer - The footer slot.
 *
 * @cssprop [--trust-text=inherit] - Text colour (light: #1b1f24, dark: #f0f3f6).
 * @cssprop [--trust-surface=none: the page's background] - Background (light: #ffffff, dark: #15191e).
 * @cssprop [--trust-border=a 35% tint of the text colour] - Border colour.
 * @cssprop [--trust-accent=the text colour] - Accent: the side rule, list markers and the clear button’s border (light: #005eb8, dark: #79c0ff). Checkboxes are drawn in the text colour.
 * @cssprop [--trust-accent-width=0.3rem] - Width of the accent rule at the start edge.
 * @cssprop [--trust-focus=the text colour] - Focus outline colour (our controls; the page’s own links keep the page’s focus style).
 * @cssprop [--trust-font=inherit] - Font family.
 * @cssprop [--trust-line-height=1.5] - Line height of the text.
 * @cssprop [--trust-heading-size=1.25em] - Font size of the heading.
 * @cssprop [--trust-radius=0.5rem] - Corner radius of the box (and the checklist’s button).
 * @cssprop [--trust-space=1rem] - Base spacing unit: padding and gaps.
 */
export abstract class TrustElement extends RebuildTrustElement {
  /** The element decides which of the author's nodes each slot shows (see `updated`). */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };

  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    theme: { reflect: true, converter: themeConverter },
  };

  /** Replaces the heading's text. Text only: markup is shown as written, never parsed. */
  declare heading: string | undefined;

  /**
   * The heading's level, 1–6 (default 2, or the provider's), so that it fits the page's outline.
   * @attr heading-level
   */
  declare headingLevel: number | undefined;

  /**
   * `auto` (default) blends into the host page: its font, text colour and background, with a border
   * derived from that colour.
   * `light` and `dark` draw their own opaque surface. Reflected, so a page may style on it.
   */
  declare theme: Theme | undefined;

  /** What the author wrote inside the element, read before each render. */
  protected authored: Authored = NOTHING_AUTHORED;

  /** Reads the author's content; subclasses keep what they show. */
  protected readAuthored(): Authored {
    return authoredContent(this);
  }

  protected override willUpdate(): void {
    if (!isServer) this.authored = this.readAuthored();
  }

  /** Gives each slot the page's nodes it shows: the footer, the author's heading, the author's body. */
  protected override updated(): void {
    const { heading, body, footer } = this.authored;
    // A shadow root that was there before ours (a server render's) slots by name, not by hand:
    // the footer and heading are then named for their slots, and the body takes everything else.
    const byName = (this.renderRoot as ShadowRoot).slotAssignment !== 'manual';
    for (const slot of this.renderRoot.querySelectorAll('slot')) {
      const nodes = slot.name === 'footer' ? footer : slot.name === 'heading' ? (heading ? [heading] : []) : body;
      if (!byName) slot.assign(...nodes);
      else if (slot.name) for (const node of nodes) (node as Element).slot = slot.name;
    }
  }

  /** An interface string: the provider's translation, else ours (also for a key a page's strings leave `undefined`). */
  protected uiText(key: StringKey): UiText {
    const translated = this.settings.strings?.[key];
    return translated?.text ? translated : { text: defaultStrings[key], lang: defaultStrings.lang, dir: defaultStrings.dir };
  }

  /**
   * An interface string as text, wrapped in its own `lang` (and `dir`) where that differs from
   * `rootLang`, the language of what surrounds it, so that a screen reader voices it right.
   */
  protected say(key: StringKey, rootLang: string | undefined): unknown {
    const { text, lang, dir } = this.uiText(key);
    return lang === rootLang ? text : html`<span lang=${lang} dir=${dir}>${text}</span>`;
  }

  /** A part of the article: the provider's replacement if it has one, else ours. */
  protected articlePart<K extends 'title' | 'sections' | 'keyPoints' | 'checklist'>(key: K): Localised<Article[K]> {
    const { content } = this.settings;
    // (its own part only: a page's polluted Object.prototype can't add one)
    const from = content && Object.hasOwn(content, key) && content[key] !== undefined ? content : article;
    return { value: from[key] as Article[K], lang: from.lang, dir: (Object.hasOwn(from, 'dir') && from.dir) || 'ltr' };
  }

  /**
   * The heading: the `heading` attribute's text, else the author's heading (through its slot),
   * else `fallback` (undefined: no heading), at the resolved level. `lang` marks a fallback written
   * in another language than the element's root.
   */
  protected renderHeading(fallback: unknown, lang?: string | typeof nothing): unknown {
    const own = textOf(this.heading);
    if (!own && this.authored.heading) return html`<slot name="heading"></slot>`;
    if (!own && fallback === undefined) return nothing;
    // The page wrote the heading attribute: it is in the page's language, not the article's.
    const content = own || fallback;
    const l = (own ? (isServer ? undefined : this.closest('[lang]')?.getAttribute('lang')) : lang) ?? nothing;
    // The level: its own attribute, else the provider's (already checked), else 2.
    switch (this.oneOf('heading-level', this.headingLevel, LEVELS, this.settings.headingLevel ?? 2)) {
      case 1:
        return html`<h1 class="heading" part="heading" lang=${l}>${content}</h1>`;
      case 3:
        return html`<h3 class="heading" part="heading" lang=${l}>${content}</h3>`;
      case 4:
        return html`<h4 class="heading" part="heading" lang=${l}>${content}</h4>`;
      case 5:
        return html`<h5 class="heading" part="heading" lang=${l}>${content}</h5>`;
      case 6:
        return html`<h6 class="heading" part="heading" lang=${l}>${content}</h6>`;
      default:
        return html`<h2 class="heading" part="heading" lang=${l}>${content}</h2>`;
    }
  }

  /**
   * The themed root, in the language and direction of `content` (the article's part shown), then
   * the footer slot. Authored content passes none: it inherits the page's through the host.
   */
  protected frame(content: Localised<unknown> | undefined, body: unknown): TemplateResult {
    const theme = this.oneOf('theme', this.theme, THEMES, this.settings.theme ?? 'auto');
    return html`<div part="base" class="base ${theme}" lang=${content?.lang ?? nothing} dir=${content?.dir ?? nothing}>
      ${body}<slot name="footer" part="footer"></slot>
    </div>`;
  }
}
