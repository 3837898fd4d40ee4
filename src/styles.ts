/**
 * Marks CSS text (the build minifies what it tags). Styles are plain text: each element class
 * adopts its own as one constructed style sheet.
 */
export const css = String.raw;

/**
 * Styles every element shares. Defaults live on `:host` and inside the shadow root;
 * nothing reaches the host page. In the `auto` theme the element takes the page's font
 * and text colour and derives its tints from that colour, so it sits on white and on
 * near-black pages alike; `light` and `dark` draw their own opaque surface.
 */
export const baseStyles = css`
  :host {
    display: block;
    margin-block: 1.5em;
    max-width: 100%;
    box-sizing: border-box;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .base {
    /* Defaults: light and dark set --_t, --_s, --_b, --_a; auto derives them from the text colour. */
    --_accent: var(--trust-accent, var(--_a, currentColor));
    --_space: var(--trust-space, 1rem);
    color: var(--trust-text, var(--_t, currentColor));
    background: var(--trust-surface, var(--_s, color-mix(in srgb, currentColor 4%, transparent)));
    border: 1px solid var(--trust-border, var(--_b, color-mix(in srgb, currentColor 35%, transparent)));
    border-inline-start: var(--trust-accent-width, 0.3rem) solid var(--_accent);
    border-radius: var(--trust-radius, 0.5rem);
    padding: var(--_space) calc(var(--_space) * 1.25);
    font-family: var(--trust-font, inherit);
    line-height: var(--trust-line-height, 1.5);
    min-width: 0;
  }
  .light {
    color-scheme: light;
    --_t: #1b1f24;
    --_s: #fff;
    --_b: #6e7781;
    --_a: #005eb8;
  }
  .dark {
    color-scheme: dark;
    --_t: #f0f3f6;
    --_s: #15191e;
    --_b: #8b949e;
    --_a: #79c0ff;
  }
  .heading {
    margin: 0 0 0.5em;
    font-size: var(--trust-heading-size, 1.25em);
    line-height: 1.3;
    font-weight: 700;
  }
  p {
    margin: 0 0 0.75em;
  }
  .base > :last-child,
  .body > :last-child {
    margin-block-end: 0;
  }
  a {
    color: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--trust-focus, currentColor);
    outline-offset: 2px;
  }
  slot[name='footer'] {
    display: block;
  }
  ::slotted(*) {
    margin-block: var(--_space) 0;
  }
  @media (forced-colors: active) {
    .base {
      border: 1px solid CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .base {
      color: #000;
      background: #fff;
      border-color: #000;
    }
    p,
    li,
    blockquote {
      break-inside: avoid;
    }
  }
`;
