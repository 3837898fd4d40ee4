import { css } from 'lit';

/**
 * Styles every element shares. Defaults live on `:host` and inside the shadow root;
 * nothing reaches the host page. In the `auto` theme the element takes the page's font,
 * text colour and background, and sets itself apart with a border derived from the text
 * colour and the accent rule, so it sits on white and on near-black pages alike; `light` and
 * `dark` draw their own opaque surface. Every theme prints as black on white.
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
  /* Authored boxes sized inline (width: 100% and padding) stay inside; no pseudo-element here needs it. */
  * {
    box-sizing: inherit;
  }
  .base {
    /*
     * Defaults: light and dark set --_t, --_s, --_b, --_a; auto takes the page's text colour and
     * background, and derives its border from that colour.
     * --_c is the accent in use. Colour and font need no last fallback: an inherited property
     * whose var() has no value inherits, as auto wants.
     */
    color: var(--trust-text, var(--_t));
    padding: var(--trust-space, 1rem) calc(var(--trust-space, 1rem) * 1.25);
    /* auto draws no surface: CSS can't see the page's background, and any tint lowers its contrast */
    background: var(--trust-surface, var(--_s));
    border: 1px solid var(--trust-border, var(--_b, color-mix(in srgb, currentcolor 35%, #0000)));
    border-inline-start: var(--trust-accent-width, 0.3rem) solid var(--_c);
    border-radius: var(--trust-radius, 0.5rem);
    line-height: var(--trust-line-height, 1.5);
    --_c: var(--trust-accent, var(--_a, currentcolor));
    font-family: var(--trust-font);
    min-width: 0;
  }
  .light {
    color-scheme: light;
    --_t: #1b1f24;
    --_b: #6e7781;
    --_a: #005eb8;
    --_s: #fff;
  }
  .dark {
    color-scheme: dark;
    --_t: #f0f3f6;
    --_s: #15191e;
    --_b: #8b949e;
    --_a: #79c0ff;
  }
  /* Our heading, and an authored one in its place and size, at the level its author gave it. */
  .heading,
  slot[name='heading']::slotted(*) {
    margin: 0 0 0.5em;
    font-size: var(--trust-heading-size, 1.25em);
    line-height: 1.3;
  }
  p {
    margin: 0 0 0.75em;
  }
  :focus-visible {
    outline: 3px solid var(--trust-focus, currentcolor);
    outline-offset: 2px;
  }
  slot {
    display: block;
  }
  /* The page's own footer, after ours. */
  slot[name='footer']::slotted(*) {
    margin-block: var(--trust-space, 1rem) 0;
  }
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
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
    /* a card, a quote or the checklist stays whole where it fits on a page */
    .base,
    p,
    li,
    blockquote {
      break-inside: avoid;
    }
  }
`;
