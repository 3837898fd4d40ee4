import { css } from 'lit';

export const cardStyles = css`
  .quote {
    margin: 0;
  }
  .quote blockquote {
    font-size: var(--trust-quote-size, 1.3em);
    line-height: 1.4;
    margin: 0;
  }
  .body > :last-child,
  .quote blockquote > :last-child {
    margin-block-end: 0;
  }
  .citation {
    margin-block-start: 0.75em;
    font-size: 0.9em;
  }
`;
