/**
 * The stylesheet `dist/cdn/rebuild-trust.css` (and the snippets' small inline style): it gives
 * marked blocks and not-yet-defined tags the shape the elements will take once the script runs,
 * so nothing jumps when they upgrade, and keeps the fallback readable if the script never runs.
 * Values mirror src/styles.ts and the elements' own styles.
 */
const wait = ':is(key-points,trust-checklist,reflection-card):not(:defined)';
const box = `[data-rebuild-trust]:not([data-rebuild-trust=trust-provider]),${wait}`;
/** `selector` inside a block or a waiting tag, without adding to its specificity. */
const inBlock = (selector: string) => `:where([data-rebuild-trust],${wait}) ${selector}`;
const cl = '[data-rebuild-trust=trust-checklist] [data-rebuild-trust-fallback]';

export const fallbackCss = [
  // A provider block draws nothing, as the provider doesn't.
  '[data-rebuild-trust=trust-provider]{display:contents}',
  `${box}{display:block;box-sizing:border-box;margin-block:1.5em;padding:1rem 1.25rem;line-height:1.5;overflow-wrap:break-word;`,
  'border:1px solid color-mix(in srgb,currentColor 35%,transparent);border-inline-start:.3rem solid currentColor;',
  'border-radius:.5rem}',
  `${inBlock(':is(h1,h2,h3,h4,h5,h6)')}{margin:0 0 .5em;font-size:1.25em;line-height:1.3;font-weight:700}`,
  `${inBlock('p')}{margin:0 0 .75em}`,
  `${inBlock(':is(ul,ol)')}{margin:0;padding-inline-start:1.25em}`,
  `${inBlock('li')}{margin-block:.35em;padding-inline-start:.25em}`,
  `${inBlock(':is(figure,blockquote)')}{margin:0}`,
  `${inBlock('blockquote')}{font-size:1.3em;line-height:1.4}`,
  `${inBlock('figcaption')}{margin-block-start:.75em;font-size:.9em}`,
  `${inBlock(':is(p,ul,ol,figure):last-child')}{margin-block-end:0}`,
  // The checklist: its statements as a plain list (a bullet, never a box that looks tickable but
  // isn't), laid out where the checkboxes will be (rows of at least 44 px), with room for the hint
  // before them and the button after.
  `[data-rebuild-trust=trust-checklist] ul{list-style:none;padding:0;margin:0 0 .75em}`,
  `[data-rebuild-trust=trust-checklist] li{display:flex;gap:.6em;box-sizing:border-box;min-height:44px;margin:0;padding:.3em 0}`,
  `[data-rebuild-trust=trust-checklist] li::before{content:"•";flex:none;width:max(24px,1.5em);height:max(24px,1.5em);text-align:center}`,
  // The hint (at 0.9em: 1.35em a line, under a legend's smaller margin than the intro's) takes 2
  // lines in a wide block and 4 in a narrow one; 5 there when it says the ticks are saved.
  `[data-rebuild-trust=trust-checklist]{container-type:inline-size}`,
  `${cl} ul::before{content:"";display:block;height:calc(var(--rt-note,2)*1.35em + .425em)}`,
  `@container (max-width:30em){${cl} ul::before{--rt-note:4}[data-rebuild-trust=trust-checklist][data-persist] [data-rebuild-trust-fallback] ul::before{--rt-note:5}}`,
  `${cl}::after{content:"";display:block;height:calc(max(44px,2.75em) + 1.5em)}`,
].join('');
