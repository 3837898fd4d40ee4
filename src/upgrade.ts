import { isServer } from 'lit';
import { article } from './content.js';
/**
 * Turns marked blocks of standard markup into our elements, for CMSs that strip custom tags
 * or wrap them in paragraphs (WordPress, CKEditor):
 *
 *   <div data-rebuild-trust="trust-checklist" data-persist>
 *     <div data-rebuild-trust-fallback>…the article's words as plain HTML…</div>
 *     <footer>…the clinic's own content…</footer>
 *   </div>
 *
 * becomes `<div data-rebuild-trust-ready><trust-checklist persist><footer>…</footer></trust-checklist></div>`:
 * `data-*` attributes become the element's attributes, the fallback (shown while the script
 * loads, or if it never does) is dropped, everything else is the element's authored content,
 * and a child's `data-slot` becomes `slot`. A fallback whose words were edited is not dropped:
 * its content becomes the element's own (with a warning). Only our own marked blocks are touched.
 */
const TAGS = ['key-points', 'trust-checklist', 'reflection-card', 'trust-provider'];

/** Text with the typography a CMS may add (WordPress's curly quotes, dashes, ellipses) folded away. */
const plain = (text: string): string =>
  text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s*(—|–|--)\s*/g, ' - ')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ');

/**
 * Whether a fallback holds words that are not the article's (nor the block's own heading): the
 * snippet's fallback is the article's words, so any other text is the clinic's edit. (The dash
 * and comma around a quote's citation are the snippet's own; a placeholder without letters, such
 * as "…", is no edit; nor is a word left out.)
 */
const edited = (fallback: Element, heading: string | null): boolean => {
  // every word of the built-in article in one text (JSON escapes none of its characters)
  const articleWords = plain(JSON.stringify(article));
  const text = document.createTreeWalker(fallback, NodeFilter.SHOW_TEXT);
  while (text.nextNode()) {
    const phrase = plain((text.currentNode as Text).data).replace(/^[\s,-]+|[\s,-]+$/g, '');
    if (/\p{L}/u.test(phrase) && !articleWords.includes(phrase) && phrase !== plain(heading ?? '').trim()) return true;
  }
  return false;
};

export const MARK = 'data-rebuild-trust';
export function upgradeBlocks(root: ParentNode = document): void {
  for (const block of root.querySelectorAll(`[${MARK}]`)) {
    const tag = block.getAttribute(MARK)?.trim() ?? '';
    if (!TAGS.includes(tag)) {
      console.warn(`<${block.localName} ${MARK}="${tag}">: not one of ${TAGS.join(', ')}; left as it is.`);
      continue;
    }
    // Another script owns the tag (or the page broke it): keep the readable fallback as it is.
    const ctor = customElements.get(tag) as { version?: unknown; observedAttributes?: string[] } | undefined;
    if (typeof ctor?.version !== 'string') continue;
    const el = document.createElement(tag);
    // Only the element's own attributes pass. Anything else stays a harmless `data-*` on the block:
    // sanitisers let every `data-*` through, so copying them all would turn `data-onfocus` into a
    // live event handler.
    for (const name of ctor.observedAttributes ?? []) {
      const value = block.getAttribute(`data-${name}`);
      if (value !== null) el.setAttribute(name, value);
    }
    block.querySelectorAll(`[${MARK}-fallback]`).forEach(fallback => {
      if (fallback.closest(`[${MARK}]`) !== block) return;
      if (!edited(fallback, block.getAttribute('data-heading'))) return fallback.remove();
      // The clinic changed the words (translated them, say): they stay, as the element's own content,
      // in the language the fallback now declares, if that is no longer the article's.
      console.warn(`<${tag}> ${MARK}-fallback: edited, so its words are shown instead of the article's.`);
      const { lang } = fallback as HTMLElement;
      if (lang && lang !== article.lang) el.lang = lang;
      fallback.replaceWith(...fallback.childNodes);
    });
    for (const child of block.children) {
      const slot = child.getAttribute('data-slot');
      if (slot) child.slot = slot;
    }
    el.append(...block.childNodes);
    block.removeAttribute(MARK);
    block.setAttribute(`${MARK}-ready`, tag);
    block.append(el);
  }
}

/** Upgrades the page's blocks now, and again once the document has been parsed. */
export function upgradeWhenReady(): void {
  if (isServer) return; // nothing to upgrade in a server render
  upgradeBlocks();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => upgradeBlocks());
}
