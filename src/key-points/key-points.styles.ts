import { css } from 'lit';

export const keyPointsStyles = css`
  .list,
  slot:not([name])::slotted(*) {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .item {
    padding-inline-start: 0.25em;
    margin-block: 0.35em;
  }
  .item::marker {
    color: var(--_c);
  }
`;
