import { css } from '../styles.js';

export const checklistStyles = css`
  .fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .intro {
    margin: 0 0 0.5em;
    padding: 0;
  }
  .list {
    list-style: none;
    margin: 0 0 0.75em;
    padding: 0;
  }
  .label {
    display: flex;
    gap: 0.6em;
    padding-block: 0.3em;
    cursor: pointer;
  }
  .checkbox {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_c);
    cursor: pointer;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block: 0.75em;
  }
  .clear {
    font: inherit;
    color: inherit;
    background: transparent;
    min-height: 2.75rem;
    padding: 0.4em 1em;
    border: 2px solid var(--_c);
    border-radius: var(--trust-radius, 0.5rem);
    cursor: pointer;
  }
  .clear:hover {
    box-shadow: inset 0 0 0 1px var(--_c);
  }
  .clear:disabled {
    cursor: not-allowed;
  }
  .status {
    margin: 0;
  }
  .note {
    margin: 0;
    font-size: 0.9em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .clear {
      transition: background-color 0.15s ease-out;
    }
  }
  @media (forced-colors: active) {
    .clear {
      border-color: ButtonText;
    }
  }
  @media print {
    .controls,
    .note {
      display: none;
    }
    .checkbox {
      print-color-adjust: exact;
      accent-color: #000;
    }
  }
`;
