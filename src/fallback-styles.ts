/**
 * The stylesheet `dist/cdn/rebuild-trust.css` (and the snippets' small inline style): it gives
 * marked blocks and not-yet-defined tags the shape the elements will take once the script runs,
 * so nothing jumps when they upgrade, and keeps the fallback readable if the script never runs.
 * Values mirror src/styles.ts and the elements' own styles.
 */
const wait = ':is(key-points,trust-checklist,reflection-card):not(:defined)';
const block = `[data-rebuild-trust],${wait}`;
const inBlock = (selector: string) =>
  selector
    .split(',')
    .map(s => `[data-rebuild-trust] ${s},${wait} ${s}`)
    .join(',');

export const fallbackCss = [
  `${block}{display:block;box-sizing:border-box;margin-block:1.5em;padding:1rem 1.25rem;line-height:1.5;overflow-wrap:break-word;`,
  'border:1px solid color-mix(in srgb,currentColor 35%,transparent);border-inline-start:.3rem solid currentColor;',
  'border-radius:.5rem;background:color-mix(in srgb,currentColor 4%,transparent)}',
  `${inBlock(':is(h1,h2,h3,h4,h5,h6)')}{margin:0 0 .5em;font-size:1.25em;line-height:1.3;font-weight:700}`,
  `${inBlock('p')}{margin:0 0 .75em}`,
  `${inBlock(':is(ul,ol)')}{margin:0;padding-inline-start:1.25em}`,
  `${inBlock('li')}{margin-block:.35em;padding-inline-start:.25em}`,
  `${inBlock(':is(figure,blockquote)')}{margin:0}`,
  `${inBlock('blockquote')}{font-size:1.3em;line-height:1.4}`,
  `${inBlock('figcaption')}{margin-block-start:.75em;font-size:.9em}`,
  `${inBlock(':is(p,ul,ol,figure):last-child')}{margin-block-end:0}`,
  // The checklist: boxes where the checkboxes will be, and room for the button, status and note.
  `[data-rebuild-trust=trust-checklist] ul{list-style:none;padding:0;margin:0 0 .75em}`,
  `[data-rebuild-trust=trust-checklist] li{display:flex;gap:.6em;margin:0;padding:.3em 0}`,
  `[data-rebuild-trust=trust-checklist] li::before{content:"";flex:none;width:1.5rem;height:1.5rem;box-sizing:border-box;border:1px solid;border-radius:.2rem}`,
  `[data-rebuild-trust=trust-checklist] [data-rebuild-trust-fallback]::after{content:"";display:block;height:calc(2.75rem + 1.5em + 3em)}`,
].join('');
