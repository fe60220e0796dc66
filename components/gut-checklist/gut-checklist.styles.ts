import {css} from 'lit';

export const styles = css`
  :host {
    --_reserve: 22em;
  }
  /* A legend is no grid item: the fieldset's gap does not reach it. */
  legend {
    padding-bottom: 0.5em;
  }
  label {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    padding: 0.35em 0.25em;
    border-radius: 4px;
    cursor: pointer;
  }
  label:hover {
    background: var(--_subtle);
  }
  input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--_accent);
  }
  .status {
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
    font-weight: 600;
  }
`;
