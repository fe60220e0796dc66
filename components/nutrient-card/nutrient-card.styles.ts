import {css} from 'lit';

export const styles = css`
  :host {
    --_reserve: 12em;
  }
  .section {
    display: block;
  }

  /* variant="compact", in any case and with spaces: a chip inside a sentence, at the sentence's size. */
  :host([variant~='compact' i]) {
    /* A chip waits with its label showing, which has its width already. */
    --_reserve: 0;
    display: inline-block;
    position: relative;
    font-size: inherit !important;
    line-height: inherit !important;
  }
  /* A chip looks the same while it waits (its label in the host, until the first render). */
  .chip,
  :host([variant~='compact' i]:not([data-ih-theme])) {
    /* Padding and border outside the line box: the sentence's lines keep their height. */
    margin: calc(-0.05em - 1px) 0;
    padding: 0.05em 0.5em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    color: inherit;
    background: var(--_subtle);
    cursor: help;
  }
  /* In flow, or in the top layer (a popover): there the browser's own popover
     styles are undone, and the chip places it where flow would. */
  .tip {
    display: none;
    position: absolute;
    z-index: 1;
    /* Physical: the margin that keeps it on screen moves it in px from the left. */
    inset: calc(100% + 4px) auto auto 0;
    width: max-content;
    max-width: min(20em, calc(100vw - 2em));
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: visible;
    font-size: 0.875em;
    color: inherit;
    background: var(--_surface);
    box-shadow: 0 2px 8px #0003;
  }
  /* Fills the 4px gap and the border above the role, up to the host's edge: on its way down
     from the chip, the pointer never leaves the host, so the role stays (WCAG 1.4.13). */
  .tip::before {
    content: '';
    position: absolute;
    inset: -5px 0 100%;
  }
  /* The role itself too: in the top layer, Chromium does not count the host as hovered. */
  :host(:hover) .tip,
  .chip:focus + .tip,
  .tip:hover {
    display: block;
  }
  .dismissed .tip {
    display: none !important;
  }
`;
