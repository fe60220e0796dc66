import {css} from 'lit';

export const styles = css`
  :host {
    --_reserve: 40em;
  }
  article {
    gap: 1em;
    line-height: 1.6;
  }
  .title {
    font-size: 1.6em;
  }
  /* Focused when a link takes the reader there: no ring, it is no control. */
  section {
    scroll-margin-top: 1em;
    outline: 0 !important;
  }
  .sub {
    font-weight: 700;
  }
  .note {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_border);
    background: var(--_subtle);
  }
  /* Set apart by a thick border, an icon and its own box, not by colour alone. */
  .callout {
    position: relative;
    padding-inline-start: 3.25em;
  }
  .callout::before {
    content: '!';
    position: absolute;
    inset-inline-start: 0.75em;
    top: 0.85em;
    width: 1.5em;
    height: 1.5em;
    border: 2px solid;
    border-radius: 50%;
    font-weight: 700;
    line-height: 1.3;
    text-align: center;
  }
  .attribution {
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
    font-weight: 600;
  }
  @media print {
    section {
      break-inside: avoid;
    }
  }
`;
