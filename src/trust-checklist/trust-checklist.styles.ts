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
    /* a target of at least 44 px, the label included */
    min-height: 44px;
    padding-block: 0.3em;
    /* a word too long for a narrow row at large text breaks, rather than push the page sideways */
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  /*
   * Our own box on the native checkbox, which stays the focused, named control. Its edge and tick
   * are the text colour (readable text means a box that is seen, on any page); it grows with the
   * reader's text, but a page's small root font can't shrink it below 24 px.
   */
  input {
    appearance: none;
    flex: none;
    display: grid;
    place-content: center;
    margin: 0;
    width: max(24px, 1.5em);
    height: max(24px, 1.5em);
    color: inherit;
    font: inherit;
    border: 2px solid;
    background: none;
    cursor: pointer;
  }
  /* The tick: two borders, so that it shows in forced colours and in print. */
  input::before {
    content: '';
    width: 0.7em;
    height: 0.35em;
    margin-block-end: 0.2em;
    border: solid;
    border-width: 0 0 0.2em 0.2em;
    rotate: -45deg;
    visibility: hidden;
  }
  input:checked::before {
    visibility: visible;
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
    font-size: 0.9em;
  }
  .date {
    display: none;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
  /* A worksheet to write on: the reader's ticks as ticked, the other boxes open, a line for the date. */
  @media print {
    .controls,
    .note {
      display: none;
    }
    /* "Date:" on a line to write on */
    .date {
      display: block;
      max-width: 16em;
      border-block-end: 1px solid;
    }
  }
`;
