import {css} from 'lit';

export const styles = css`
  .card {
    container-type: inline-size;
    min-width: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .name {
    margin: 0 0 0.25em;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .roles {
    margin: 0 0 0.75em;
    padding: 0;
    list-style: none;
  }
  .role + .role {
    margin-top: 0.5em;
  }
  .kind {
    font-weight: 600;
  }
  .section {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
  }
  @container (min-width: 28em) {
    .card-body {
      display: grid;
      grid-template-columns: minmax(6em, 1fr) 3fr;
      gap: 0 1em;
    }
  }

  /* variant="compact": a chip inside a sentence of the partner's text. */
  /* Inside a sentence: the sentence's size, not the reset one. */
  :host([variant='compact']) {
    display: inline-block;
    position: relative;
    font-size: inherit !important;
    line-height: inherit !important;
    vertical-align: baseline;
  }
  .chip {
    display: inline;
    /* Padding and border outside the line box: the sentence's lines keep their height. */
    margin: calc(-0.05em - 1px) 0;
    padding: 0.05em 0.5em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    font: inherit;
    color: var(--_text);
    background: var(--_subtle);
    cursor: help;
  }
  .tip {
    display: none;
    position: absolute;
    z-index: 1;
    inset-block-start: calc(100% + 4px);
    inset-inline-start: 0;
    width: max-content;
    max-width: min(20em, calc(100vw - 2em));
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.875em;
    line-height: 1.4;
    color: var(--_text);
    background: var(--_surface);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  }
  .tip .roles {
    margin: 0;
  }
  :host(:hover) .tip,
  .chip:focus + .tip {
    display: block;
  }
  .dismissed .tip {
    display: none !important;
  }

  @media print {
    .card {
      break-inside: avoid;
    }
    .tip {
      display: none !important;
    }
  }
`;
