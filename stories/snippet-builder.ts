/**
 * The Snippet builder on the docs page: choices in, the recommended CMS snippet out, made by
 * the same generator the build and the recipes use (src/snippets.ts), never a second copy.
 */
import { LitElement, css, html, type PropertyDeclarations } from 'lit';
import { snippet, type SnippetOptions, type SnippetTag } from '../src/snippets.js';
import { SECTIONS } from './shared.js';

export interface Choices {
  tag: SnippetTag;
  heading?: string;
  /** The host page's background, which the accent sits on in the `auto` theme. */
  page?: string;
  /** The classic bundle, for builders that allow only a plain `<script src>`. */
  classic?: boolean;
  /** trust-checklist only: the storage key, and the name in the site's form. */
  storageKey?: string;
  name?: string;
  section: string;
  variant: 'section' | 'quote';
  headingLevel: number;
  theme: 'auto' | 'light' | 'dark';
  persist: boolean;
  accent: string;
  scripts: boolean;
}

/** The surface an element's accent sits on: its own in `light` and `dark`, the host page's in `auto`. */
const surface = (c: Choices): string => {
  if (c.theme === 'light') return '#ffffff';
  if (c.theme === 'dark') return '#15191e';
  return c.page && /^#[0-9a-f]{6}$/i.test(c.page) ? c.page : '#ffffff';
};

export const options = (c: Choices, integrity?: string): SnippetOptions => ({
  tag: c.tag,
  scripts: c.scripts,
  integrity,
  classic: c.classic,
  attributes: {
    heading: c.heading?.trim() || undefined,
    ...(c.tag === 'reflection-card' ? { section: c.section, variant: c.variant === 'quote' ? 'quote' : undefined } : {}),
    'heading-level': c.headingLevel === 2 ? undefined : c.headingLevel,
    theme: c.theme === 'auto' ? undefined : c.theme,
    persist: c.tag === 'trust-checklist' && c.persist,
    'storage-key': c.tag === 'trust-checklist' && c.persist ? c.storageKey?.trim() || undefined : undefined,
    name: c.tag === 'trust-checklist' ? c.name?.trim() || undefined : undefined,
  },
  brand: c.accent ? { '--trust-accent': c.accent } : {},
});

/** The snippet for these choices; `integrity` pins the released bundle (the builder reads it from the build). */
export const builderSnippet = (c: Choices, integrity?: string): string => snippet(options(c, integrity));

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16) / 255).map(v => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
/** WCAG contrast ratio of two #rrggbb colours. */
export const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
/** The warning for a brand colour below 3:1 (WCAG 1.4.11, the side rule and the button's border) on its surface, if any. */
export const contrastWarning = (c: Choices): string => {
  if (!/^#[0-9a-f]{6}$/i.test(c.accent)) return '';
  const on = surface(c);
  const ratio = contrast(c.accent, on);
  return ratio < 3
    ? `${c.accent} has a contrast of ${ratio.toFixed(2)}:1 against the surface it sits on (${on}${c.theme === 'auto' ? ', the page' : `, the ${c.theme} theme`}); WCAG AA asks for at least 3:1 for the side rule and the button’s border.`
    : '';
};

export class SnippetBuilder extends LitElement {
  static override properties: PropertyDeclarations = { choices: { state: true }, copied: { state: true }, hashes: { state: true } };
  static override styles = css`
    :host { display: block; font: inherit; }
    form { display: grid; gap: 0.75rem; max-width: 40rem; }
    label { display: grid; gap: 0.25rem; }
    select, input:not([type='checkbox']) { font: inherit; min-height: 2.5rem; }
    .check { display: flex; gap: 0.5rem; align-items: center; }
    textarea { width: 100%; min-height: 16rem; font: 0.85rem/1.4 monospace; box-sizing: border-box; }
    .warning { border-inline-start: 4px solid #b25e00; padding: 0.5rem 0.75rem; background: #fff4e5; color: #1f1f1f; }
    button { font: inherit; min-height: 2.75rem; padding: 0.4rem 1rem; }
  `;

  declare choices: Choices;
  declare copied: boolean;
  declare hashes: Record<string, string>;

  /** The integrity hash of the bundle the chosen snippet loads. */
  get integrity(): string | undefined {
    return this.hashes[this.choices.classic ? 'rebuild-trust.classic.js' : 'rebuild-trust.js'];
  }

  constructor() {
    super();
    this.choices = { tag: 'trust-checklist', section: SECTIONS[0], variant: 'section', headingLevel: 2, theme: 'auto', persist: false, accent: '', scripts: true, page: '#ffffff', classic: false, heading: '' };
    this.copied = false;
    this.hashes = {};
    // The hashes of the bundles this Storybook was built with (npm run build writes them).
    for (const file of ['rebuild-trust.js', 'rebuild-trust.classic.js']) {
      fetch(`./cdn/${file}.integrity`)
        .then(res => (res.ok ? res.text() : undefined))
        .then(hash => {
          if (hash?.startsWith('sha384-')) this.hashes = { ...this.hashes, [file]: hash.trim() };
        })
        .catch(() => undefined);
    }
  }

  private set(key: keyof Choices, value: unknown) {
    this.choices = { ...this.choices, [key]: value };
    this.copied = false;
  }

  private async copy() {
    await navigator.clipboard?.writeText(builderSnippet(this.choices, this.integrity)).catch(() => undefined);
    this.copied = true;
  }

  protected override render() {
    const c = this.choices;
    const warning = contrastWarning(c);
    /** A labelled list of choices for `key`. */
    const choose = (label: string, key: keyof Choices, values: readonly unknown[]) =>
      html`<label>${label}
        <select @change=${(e: Event) => this.set(key, values[(e.target as HTMLSelectElement).selectedIndex])}>
          ${values.map(v => html`<option ?selected=${v === c[key]}>${v}</option>`)}
        </select>
      </label>`;
    return html`<form @submit=${(e: Event) => e.preventDefault()}>
      ${choose('Element', 'tag', ['trust-checklist', 'key-points', 'reflection-card'])}
      ${c.tag === 'reflection-card'
        ? html`${choose('Section', 'section', SECTIONS)}
            <label class="check"><input type="checkbox" .checked=${c.variant === 'quote'} @change=${(e: Event) => this.set('variant', (e.target as HTMLInputElement).checked ? 'quote' : 'section')} /> Show its pull quote</label>`
        : ''}
      <label>Heading text (leave empty for the article’s)
        <input type="text" .value=${c.heading ?? ''} @input=${(e: Event) => this.set('heading', (e.target as HTMLInputElement).value)} />
      </label>
      ${choose('Heading level', 'headingLevel', [1, 2, 3, 4, 5, 6])}
      ${choose('Theme', 'theme', ['auto', 'light', 'dark'])}
      ${c.tag === 'trust-checklist'
        ? html`<label class="check"><input type="checkbox" .checked=${c.persist} @change=${(e: Event) => this.set('persist', (e.target as HTMLInputElement).checked)} /> Keep ticks in the reader’s browser (persist)</label>
            ${c.persist
              ? html`<label>Storage key (optional: keeps saved ticks when you edit the items)
                  <input type="text" .value=${c.storageKey ?? ''} @input=${(e: Event) => this.set('storageKey', (e.target as HTMLInputElement).value)} />
                </label>`
              : ''}
            <label>Form field name (only if the checklist sits inside your own form; the ticks are then sent with it)
              <input type="text" .value=${c.name ?? ''} @input=${(e: Event) => this.set('name', (e.target as HTMLInputElement).value)} />
            </label>`
        : ''}
      ${c.theme === 'auto'
        ? html`<label>Your page’s background (#rrggbb), which the auto theme sits on
            <input type="text" .value=${c.page ?? ''} @input=${(e: Event) => this.set('page', (e.target as HTMLInputElement).value.trim())} />
          </label>`
        : ''}
      <label>Brand colour (--trust-accent, #rrggbb)
        <input type="text" placeholder="#00665e" .value=${c.accent} @input=${(e: Event) => this.set('accent', (e.target as HTMLInputElement).value.trim())} />
      </label>
      ${warning ? html`<p class="warning" role="status">${warning}</p>` : html`<p role="status"></p>`}
      <label class="check"><input type="checkbox" .checked=${c.scripts} @change=${(e: Event) => this.set('scripts', (e.target as HTMLInputElement).checked)} /> The editor may paste scripts (else: markup only; add the script site-wide)</label>
      ${c.scripts
        ? html`<label class="check"><input type="checkbox" .checked=${!!c.classic} @change=${(e: Event) => this.set('classic', (e.target as HTMLInputElement).checked)} /> Only a plain &lt;script src&gt; is allowed (classic bundle)</label>
            ${this.integrity ? '' : html`<p class="warning">This Storybook has no integrity hash for the bundle: run <code>npm run build</code> before building it, or add the hash yourself.</p>`}
            <p>WordPress authors without the “unfiltered HTML” permission lose the style and script, and the style’s rules then show as text: use the markup-only snippet for them.</p>`
        : ''}
      <label>Snippet
        <textarea readonly .value=${builderSnippet(c, this.integrity)}></textarea>
      </label>
      <p><button type="button" @click=${this.copy}>Copy the snippet</button> <span role="status">${this.copied ? 'Copied.' : ''}</span></p>
    </form>`;
  }
}

if (!customElements.get('snippet-builder')) customElements.define('snippet-builder', SnippetBuilder);
