import { css } from 'lit';

export const checklistStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    margin: 0 0 0.5em;
    padding: 0;
  }
  ul {
    list-style: none;
    margin: 0 0 0.75em;
    padding: 0;
  }
  label {
    display: flex;
    gap: 0.6em;
    padding-block: 0.3em;
    cursor: pointer;
  }
  input {
    flex: none;
    margin: 0;
    /* grows with the reader's text; a page's small root font can't shrink it below 24 px */
    width: max(24px, 1.5em);
    height: max(24px, 1.5em);
    accent-color: var(--_c);
    cursor: pointer;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin-block: 0.75em;
    align-items: center;
  }
  button {
    color: inherit;
    font: inherit;
    min-height: max(44px, 2.75em);
    padding: 0.4em 1em;
    border: 2px solid var(--_c);
    border-radius: var(--trust-radius, 0.5rem);
    background: transparent;
    cursor: pointer;
  }
  button:hover {
    box-shadow: inset 0 0 0 1px var(--_c);
  }
  button:disabled {
    cursor: not-allowed;
  }
  .status {
    margin: 0;
  }
  .note {
    margin: 0;
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
  @media print {
    .controls,
    .note {
      display: none;
    }
    input {
      print-color-adjust: exact;
      accent-color: #000;
    }
  }
`;
