import { html, nothing, render, type TemplateResult } from 'lit/html.js';
import { visible } from './authored.js';
import { article, type Article } from './content.js';
import { contextEvent, settingsContext, type Theme, type TrustSettings } from './context.js';
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

/** The element's open shadow root. */
const attach = (el: HTMLElement): ShadowRoot => {
  try {
    return el.attachShadow({ mode: 'open' });
  } catch {
    return el.shadowRoot ?? document.createElement('div').attachShadow({ mode: 'open' });
  }
};

/**
 * Whether one of our classes gives `name` a setter (a getter-only member such as `updateComplete`
 * can't take the page's early value: that stays the page's own property).
 */
const settable = (proto: object, name: string): boolean => {
  for (; proto !== HTMLElement.prototype; proto = Object.getPrototypeOf(proto) as object) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return !!descriptor.set;
  }
  return false;
};

export const LEVELS = [1, 2, 3, 4, 5, 6];
export const THEMES: Theme[] = ['auto', 'light', 'dark'];

type Lang = string | typeof nothing;
const headings = [
  (c: unknown, l: Lang) => html`<h1 class="heading" part="heading" lang=${l}>${c}</h1>`,
  (c: unknown, l: Lang) => html`<h2 class="heading" part="heading" lang=${l}>${c}</h2>`,
  (c: unknown, l: Lang) => html`<h3 class="heading" part="heading" lang=${l}>${c}</h3>`,
  (c: unknown, l: Lang) => html`<h4 class="heading" part="heading" lang=${l}>${c}</h4>`,
  (c: unknown, l: Lang) => html`<h5 class="heading" part="heading" lang=${l}>${c}</h5>`,
  (c: unknown, l: Lang) => html`<h6 class="heading" part="heading" lang=${l}>${c}</h6>`,
];

/** A part of the content, and the language and direction it is written in. */
export interface Localised<T> {
  value: T;
  lang: string;
  dir: string;
}

/**
 * How a property meets its attribute: `attribute` names it (default: the property's name in
 * lower case; `false`: property only), `type: Number` turns the attribute's text into a number.
 */
export interface PropertyDeclaration {
  attribute?: string | boolean;
  type?: unknown;
}
export type PropertyDeclarations = Record<string, PropertyDeclaration>;

/** What an attribute sets: the property's name and type. */
type Declared = [name: string, type: unknown];

/** Each class's attributes and what they set, its own and those of the classes it extends. */
const declared = new WeakMap<object, Map<string, Declared>>();
/** The declared properties' values, per element (out of the page's reach). */
const values = new WeakMap<object, Record<string, unknown>>();
/** Properties a page set on an element before its tag was defined, until it connects. */
const early = new WeakMap<object, Map<string, unknown>>();
/** Each class's styles, as one constructed style sheet. */
const sheets = new WeakMap<object, CSSStyleSheet>();

/**
 * Gives each property `ctor` declares its accessor, and the class its style sheet (once); maps
 * every attribute to its property.
 */
const finalize = (ctor: typeof RebuildTrustElement): Map<string, Declared> => {
  let all = declared.get(ctor);
  if (!all) {
    all = new Map(ctor === RebuildTrustElement ? [] : finalize(Object.getPrototypeOf(ctor) as typeof RebuildTrustElement));
    for (const [name, { attribute, type }] of Object.hasOwn(ctor, 'properties') ? Object.entries(ctor.properties) : []) {
      // A subclass that declares a property again replaces the inherited declaration.
      for (const [key, [declaredName]] of all) if (declaredName === name) all.delete(key);
      if (attribute !== false) all.set(typeof attribute === 'string' ? attribute : name.toLowerCase(), [name, type]);
      Object.defineProperty(ctor.prototype, name, {
        get(this: object) {
          return values.get(this)?.[name];
        },
        set(this: RebuildTrustElement, value: unknown) {
          // the page set it since the upgrade: its earlier value no longer applies
          early.get(this)?.delete(name);
          const own = values.get(this) as Record<string, unknown>;
          if (!Object.is(own[name], value)) {
            own[name] = value;
            this.requestUpdate();
          }
        },
        configurable: true,
      });
    }
    declared.set(ctor, all);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync([ctor.styles].flat().join(''));
    sheets.set(ctor, sheet);
  }
  return all;
};

/**
 * What all four elements share: declared properties that follow their attributes and re-render,
 * rendering with lit-html into an open shadow root, the settings of the closest
 * `<trust-provider>` around them (through context), one warning per problem, and a look at
 * their light DOM whenever the page changes it.
 *
 * Why not `LitElement`: the CDN bundle has a 12 KB (gzip) budget with the article inside;
 * LitElement's reactive core alone is ~2.8 KB of it. These few lines are the part we use: the
 * same `static properties`, `static styles`, `willUpdate`/`render`/`updated`, `requestUpdate` and
 * `updateComplete`. The context protocol (under a `@lit/context` key) is spoken directly, without
 * its controllers or event classes: see `#answer` here, `contextEvent` and `<trust-provider>`.
 */
export abstract class RebuildTrustElement extends HTMLElement {
  /** The rebuild-trust version that defined this class (two copies on one page compare it). */
  static version = VERSION;

  /** Reactive properties: each gets an accessor that re-renders, and follows its attribute. */
  static properties: PropertyDeclarations = {};

  /** The shadow root's styles (text), adopted as one constructed style sheet per class. */
  static styles: string | string[] = '';

  static get observedAttributes(): string[] {
    return [...finalize(this).keys()];
  }

  #pending: Promise<boolean> | undefined;
  // A declarative shadow root is taken over (and emptied). One the page attached itself is reused
  // if open; a closed one leaves us a detached root: nothing shows, nothing throws.
  #root = attach(this);

  constructor() {
    super();
    values.set(this, {});
    const ctor = this.constructor as typeof RebuildTrustElement;
    finalize(ctor);
    this.#root.adoptedStyleSheets = [sheets.get(ctor) as CSSStyleSheet];
    // A page may set a property before the tag is defined (`el.checked = […]`, `el.theme = …`):
    // that value shadows our accessor. Take it out now (so that it wins over attributes, as in Lit)
    // and set it through the accessor once connected.
    const pending = new Map<string, unknown>();
    early.set(this, pending);
    for (const name of Object.keys(this)) {
      try {
        const value: unknown = this[name as keyof this];
        if (settable(ctor.prototype, name) && Reflect.deleteProperty(this, name)) pending.set(name, value);
      } catch {
        // a getter of the page's own that throws: leave it
      }
    }
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const entry = finalize(this.constructor as typeof RebuildTrustElement).get(attribute);
    // An attribute doesn't replace what the page set on the property before the upgrade (as in Lit).
    if (entry && !early.get(this)?.has(entry[0])) {
      (this as Record<string, unknown>)[entry[0]] = entry[1] === Number && value !== null ? Number(value) : value;
    }
  }

  /** Renders again in a microtask (many changes in one task render once). */
  requestUpdate(): void {
    if (!(#root in this)) return; // the prototype, or an element still being built
    this.#pending ??= Promise.resolve().then(() => {
      this.#pending = undefined;
      if (this.isConnected) {
        this.willUpdate?.();
        render(this.render(), this.#root, { host: this });
        this.updated?.();
      }
      return true;
    });
  }

  /** Resolves once no render is pending. */
  get updateComplete(): Promise<boolean> {
    return #pending in this && this.#pending ? this.#pending.then(() => this.updateComplete) : Promise.resolve(true);
  }

  /** Before each render: derive state from properties, settings and the light DOM. */
  protected willUpdate?(): void;

  /** What the shadow root shows. */
  protected abstract render(): unknown;

  /** After each render. */
  protected updated?(): void;

  /** Settings shared by the closest `<trust-provider>` around this element; empty when there is none. */
  protected settings: TrustSettings = {};

  #warned = new Set<string>();
  #observer = new MutationObserver(() => this.lightDomChanged());
  /** How to stop hearing from the provider that answered; unset until one has. */
  #unsubscribe: (() => void) | undefined;

  /**
   * The context protocol's answer (from `<trust-provider>`, or any `@lit/context` ContextProvider):
   * now and whenever the settings change. A provider that takes over (one inserted between us)
   * answers with a new `unsubscribe`: the old one is let go.
   */
  #answer = (value: TrustSettings | undefined, unsubscribe?: () => void) => {
    if (unsubscribe !== this.#unsubscribe) this.#unsubscribe?.();
    this.#unsubscribe = unsubscribe ?? (() => {});
    this.settings = value ?? {};
    this.requestUpdate();
  };

  /** Asks the closest `<trust-provider>` around this element for its settings, and to keep them coming. */
  #ask = () => contextEvent('context-request', this, this.#answer);

  /**
   * A `<trust-provider>` that upgrades after this element (definition order, late scripts)
   * announces itself: ask again, so that it answers.
   */
  #retry = (event: Event) => {
    if (!this.#unsubscribe && (event as Event & { context?: unknown }).context === settingsContext) this.#ask();
  };

  connectedCallback(): void {
    this.#ask();
    this.requestUpdate();
    addEventListener('context-provider', this.#retry);
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.lightDomChanged();
    // Now that the content and the settings are known (a checklist's storage key depends on them).
    const pending = early.get(this);
    early.delete(this);
    pending?.forEach((value, name) => ((this as Record<string, unknown>)[name] = value));
  }

  disconnectedCallback(): void {
    removeEventListener('context-provider', this.#retry);
    this.#observer.disconnect();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.settings = {};
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
    this.warn(attribute, `"${typeof value === 'number' ? (this.getAttribute(attribute) ?? value) : shown(value)}" is not one of ${allowed.join(', ')}; ignored.`);
    return fallback;
  }

  /** One warning per distinct problem, naming the element and the attribute. */
  protected warn(attribute: string, problem: string): void {
    const message = `<${this.localName}> ${attribute}: ${problem}`;
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    try {
      console.warn(message);
    } catch {
      // a page whose console hook throws: the warning is lost, the element carries on
    }
  }

  /** The page added, removed or edited something inside the element. */
  protected abstract lightDomChanged(): void;
}

/**
 * What the three content elements share: heading text and level, theme, the footer slot, and re-reading
 * authored content whenever the author's markup changes.
 */
export abstract class TrustElement extends RebuildTrustElement {
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
  protected readAuthored?(): void;

  protected override lightDomChanged(): void {
    // The last thing a reader would see: editors leave empty paragraphs and <br> after it.
    const last = [...this.children].reverse().find(visible);
    if (last?.localName === 'footer' && !last.slot) {
      last.slot = 'footer';
    }
    this.readAuthored?.();
    this.requestUpdate();
  }

  /** The heading level: own attribute, else the provider's, else 2. */
  get #level(): number {
    const { headingLevel } = this.settings;
    return this.oneOf('heading-level', this.headingLevel, LEVELS, LEVELS.includes(headingLevel as number) ? (headingLevel as number) : 2);
  }

  /**
   * An interface string (the provider's translation, else ours: also for a key a page's strings
   * leave `undefined`) as text, wrapped in its own `lang` (and `dir`) where that differs from
   * `rootLang`, the language of what surrounds it, so that a screen reader voices it right.
   */
  protected say(key: StringKey, rootLang: string | undefined, count?: number): unknown {
    const translated = this.settings.strings?.[key];
    const { text, lang, dir } = translated?.text ? translated : { text: defaultStrings[key], ...defaultStrings };
    const words = count === undefined ? text : text.replaceAll('{count}', `${count}`);
    return lang === rootLang ? words : html`<span lang=${lang} dir=${dir}>${words}</span>`;
  }

  /** A part of the article: the provider's replacement if it has one, else ours. */
  protected articlePart<K extends 'title' | 'sections' | 'keyPoints' | 'checklist'>(key: K): Localised<Article[K]> {
    const { content } = this.settings;
    const from = content?.[key] === undefined ? article : content;
    return { value: from[key] as Article[K], lang: from.lang, dir: from.dir ?? 'ltr' };
  }

  /**
   * The heading at the resolved level, with the `heading` attribute winning over `fallback`.
   * `lang` marks a fallback written in another language than the element's root.
   */
  protected renderHeading(fallback: unknown, lang?: Lang): TemplateResult {
    const own = textOf(this.heading);
    // The page wrote the heading attribute: it is in the page's language, not the article's.
    return headings[this.#level - 1](own || fallback, (own ? this.closest('[lang]')?.getAttribute('lang') : lang) ?? nothing);
  }

  /**
   * The themed root, in the language and direction of `content` (the article's part shown), then
   * the footer slot. Authored content passes none: it inherits the page's through the host.
   */
  protected frame(content: Localised<unknown> | undefined, body: unknown): TemplateResult {
    return html`<div part="base" class="base ${this.oneOf('theme', this.theme, THEMES, this.settings.theme ?? 'auto')}" lang=${content?.lang ?? nothing} dir=${content?.dir ?? nothing}>
      ${body}<slot name="footer" part="footer"></slot>
    </div>`;
  }
}
