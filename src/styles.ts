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
    --_text: var(--trust-text, currentColor);
    --_surface: var(--trust-surface, color-mix(in srgb, currentColor 4%, transparent));
    --_border: var(--trust-border, color-mix(in srgb, currentColor 35%, transparent));
    --_accent: var(--trust-accent, currentColor);
    --_focus: var(--trust-focus, currentColor);
    --_space: var(--trust-space, 1rem);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: var(--trust-accent-width, 0.3rem) solid var(--_accent);
    border-radius: var(--trust-radius, 0.5rem);
    padding: var(--_space) calc(var(--_space) * 1.25);
    font-family: var(--trust-font, inherit);
    line-height: var(--trust-line-height, 1.5);
    min-width: 0;
  }
  .base.light {
    color-scheme: light;
    --_text: var(--trust-text, #1b1f24);
    --_surface: var(--trust-surface, #ffffff);
    --_border: var(--trust-border, #6e7781);
    --_accent: var(--trust-accent, #005eb8);
    --_focus: var(--trust-focus, #1b1f24);
  }
  .base.dark {
    color-scheme: dark;
    --_text: var(--trust-text, #f0f3f6);
    --_surface: var(--trust-surface, #15191e);
    --_border: var(--trust-border, #8b949e);
    --_accent: var(--trust-accent, #79c0ff);
    --_focus: var(--trust-focus, #f0f3f6);
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
    outline: 3px solid var(--_focus);
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
