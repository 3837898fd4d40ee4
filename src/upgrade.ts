import { isServer } from 'lit';
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
 * and a child's `data-slot` becomes `slot`. Only our own marked blocks are touched.
 */
const TAGS = ['key-points', 'trust-checklist', 'reflection-card', 'trust-provider'];
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
      if (fallback.closest(`[${MARK}]`) === block) fallback.remove();
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
