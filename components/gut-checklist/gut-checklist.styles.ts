import {css} from 'lit';

export const styles = css`
  .box {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* A bare fieldset: its legend then sits inside the box, on our background. */
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    margin-bottom: 0.25em;
    padding: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .intro {
    margin: 0 0 0.5em;
    color: var(--_muted);
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item label {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    padding: 0.35em 0.25em;
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  .item label:hover {
    background: var(--_subtle);
  }
  input[type='checkbox'] {
    /* A page's input { display: none } cannot reach here; this is our own. */
    display: inline-block;
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
    margin-top: 0.75em;
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
  }
  .summary {
    margin: 0;
    font-weight: 600;
  }
  button {
    display: inline-block;
    margin: 0;
    padding: 0.35em 1em;
    border: 1px solid var(--_accent);
    border-radius: 2em;
    font: inherit;
    color: var(--_accent);
    background: transparent;
    cursor: pointer;
  }
  button:hover {
    background: var(--_subtle);
  }
  .guidance {
    margin-top: 0.75em;
    padding: 0.75em 1em;
    border: 1px solid var(--_accent);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .guidance-heading {
    margin: 0 0 0.25em;
    font-weight: 700;
  }
  .guidance p {
    margin: 0;
  }
  .guidance ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  @media print {
    button {
      display: none;
    }
    .box {
      break-inside: avoid;
    }
  }
`;
