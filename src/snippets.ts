/**
 * The one generator of the snippets a clinic pastes into its CMS. The build writes its output
 * to dist/snippets/, the README and the recipes show it, and Storybook's snippet builder calls it.
 *
 * A snippet is standard markup, not custom tags: a `<div data-rebuild-trust="…">` block that
 * the script upgrades into the element. WordPress's wpautop and CKEditor leave such a block
 * whole, where they would wrap a custom tag in `<p>` and push its list out of it; and the
 * article's words inside it (the fallback) stay readable, and indexable, if scripts are
 * stripped or blocked.
 */
import { article } from './content.js';
import { VERSION } from './define.js';
import { fallbackCss } from './fallback-styles.js';

export type SnippetTag = 'key-points' | 'trust-checklist' | 'reflection-card';

export interface SnippetOptions {
  tag: SnippetTag;
  /** The element's attributes, e.g. `{ section: 'rupture-and-repair', 'heading-level': 3, persist: true }`. */
  attributes?: Record<string, string | number | boolean | undefined>;
  /** Custom properties for the block, e.g. `{ '--trust-accent': '#00664f' }`. */
  brand?: Record<string, string>;
  /** Whether the editor may paste scripts and styles (else: markup only; the site loads the script once). */
  scripts?: boolean;
  /** Where the script is served from, and its integrity hash (`sha384-…`). */
  src?: string;
  integrity?: string;
  /** A plain `<script src>` of the classic bundle, for builders that allow no `type="module"`. */
  classic?: boolean;
  /**
   * For a site with a strict Content-Security-Policy (`style-src 'self'`): the stylesheet is linked
   * (`rebuild-trust.css`, next to the script) instead of an inline `<style>`, and `brand` is left out
   * (no `style` attribute: set the custom properties in the site's own stylesheet).
   */
  strictCsp?: boolean;
  /** The stylesheet's integrity hash (`sha384-…`), with `strictCsp`. */
  cssIntegrity?: string;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const el = (tag: string, body: string, attrs = '') => `<${tag}${attrs}>${body}</${tag}>`;

/** The article's words for one element, as plain HTML, one block per line (wpautop leaves those alone). */
export function fallback(tag: SnippetTag, attributes: SnippetOptions['attributes'] = {}): string {
  const level = Number(attributes['heading-level']);
  const h = `h${Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2}`;
  const heading = (text: string) => el(h, escape(typeof attributes.heading === 'string' && attributes.heading.trim() ? attributes.heading : text));
  const lines: string[] = [];
  if (tag === 'key-points') {
    lines.push(heading(article.keyPoints.heading), '<ul>', ...article.keyPoints.items.map(i => el('li', escape(i))), '</ul>');
  } else if (tag === 'trust-checklist') {
    const c = article.checklist;
    // (each item keeps its id: a fallback the clinic edits keeps what forms and storage know it by)
    const item = (i: { id: string; text: string }) => el('li', escape(i.text), ` data-id="${escape(i.id)}"`);
    lines.push(heading(c.heading), el('p', escape(c.intro)), '<ul>', ...c.items.map(item), '</ul>', el('p', escape(c.closing)));
  } else {
    const section = article.sections.find(s => s.id === attributes.section) ?? article.sections[0];
    if (attributes.variant === 'quote') {
      if (typeof attributes.heading === 'string' && attributes.heading.trim()) lines.push(heading(''));
      lines.push(
        '<figure>',
        el('blockquote', el('p', escape(section.quote))),
        el('figcaption', `— ${escape(section.heading)}, ${el('cite', escape(article.title))}`),
        '</figure>',
      );
    } else {
      lines.push(heading(section.heading), ...section.paragraphs.map(p => el('p', escape(p))));
    }
  }
  return lines.join('\n');
}

/** The recommended snippet for these choices. */
export function snippet(options: SnippetOptions): string {
  const { tag, attributes = {}, brand = {}, scripts = true, strictCsp = false } = options;
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== false && value !== '')
    .map(([name, value]) => (value === true ? ` data-${name}=""` : ` data-${name}="${escape(String(value))}"`))
    .join('');
  const style = Object.entries(strictCsp ? {} : brand)
    .filter(([name, value]) => /^--trust-[a-z-]+$/.test(name) && value.trim())
    .map(([name, value]) => `${name}: ${value.replace(/[;"<>{}]/g, '')}`)
    .join('; ');
  const file = options.classic ? 'rebuild-trust.classic.js' : 'rebuild-trust.js';
  const src = options.src ?? `https://cdn.jsdelivr.net/npm/rebuild-trust@${VERSION}/dist/cdn/${file}`;
  const sri = (hash?: string) => (hash ? ` integrity="${escape(hash)}"` : '');
  const css = strictCsp
    ? `<link rel="stylesheet" href="${escape(src.replace(/[^/]*$/, 'rebuild-trust.css'))}"${sri(options.cssIntegrity)} crossorigin="anonymous" referrerpolicy="no-referrer">`
    : `<style>${fallbackCss}</style>`;
  const lines = [
    ...(scripts ? [css] : []),
    `<div data-rebuild-trust="${tag}"${attrs}${style ? ` style="${style}"` : ''}>`,
    `<div data-rebuild-trust-fallback lang="${article.lang}">`,
    fallback(tag, attributes),
    '</div>',
    '</div>',
  ];
  if (scripts) {
    const type = options.classic ? '' : ' type="module"';
    lines.push(`<script${type} src="${escape(src)}"${sri(options.integrity)} crossorigin="anonymous" referrerpolicy="no-referrer"></script>`);
  }
  return lines.join('\n') + '\n';
}
