import {css} from 'lit';

const dark = css`
  --_text: var(--ih-color-text, #e3ece6);
  --_muted: var(--ih-color-muted, #b3c4ba);
  --_surface: var(--ih-color-surface, #17211c);
  --_subtle: var(--ih-color-subtle, #22302a);
  --_accent: var(--ih-color-accent, #7fd3a8);
  --_border: var(--ih-color-border, #3e5247);
  --_focus: var(--ih-color-focus, #8fb8ff);
  --_error: var(--ih-color-error, #ff9ea4);
  color-scheme: dark;
`;

/**
 * Design tokens. Each widget reads `--ih-*` custom properties set by the
 * partner, with our defaults as fallbacks, into private `--_*` properties.
 * Overriding a token applies in both colour schemes. The scheme follows the
 * reader's unless a provider's `theme` fixes it (`data-ih-theme` on the host).
 */
export const tokens = css`
  :host {
    --_text: var(--ih-color-text, #1d2b24);
    --_muted: var(--ih-color-muted, #4b5e54);
    --_surface: var(--ih-color-surface, #fff);
    --_subtle: var(--ih-color-subtle, #eef5f0);
    --_accent: var(--ih-color-accent, #1b6b46);
    --_border: var(--ih-color-border, #b9cdc1);
    --_focus: var(--ih-color-focus, #1a5fb4);
    --_error: var(--ih-color-error, #a4232c);
    --_radius: var(--ih-radius, 8px);
    --_space: var(--ih-space, 1em);
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([data-ih-theme='light'])) {
      ${dark}
    }
  }
  :host([data-ih-theme='dark']) {
    ${dark}
  }
  /* Ink on paper whatever the screen scheme; !important beats the dark rules' specificity. */
  @media print {
    :host {
      --_text: #000 !important;
      --_muted: #333 !important;
      --_surface: #fff !important;
      --_subtle: #fff !important;
      --_accent: #000 !important;
      --_border: #666 !important;
      color-scheme: light !important;
    }
  }
`;

/**
 * What every widget's shadow root starts from: the host page's inherited
 * text styles are reset (only the font family is inherited, on purpose),
 * `hidden` works, and focus is always visible.
 *
 * A page rule like `* { font-size: 60px !important }` matches the host and
 * reaches everything inside through inheritance. `!important` here wins it
 * back: for important declarations the shadow tree's own beat the page's
 * (CSS Cascade 5, "Context"). Partners size a widget with `--ih-font-size`.
 */
export const base = css`
  :host {
    all: initial;
    display: block;
    font-family: var(--ih-font-family, inherit);
    font-size: var(--ih-font-size, medium) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    white-space: normal !important;
    color: var(--_text) !important;
    overflow-wrap: anywhere;
  }
  /* Controls stay usable when a page sets pointer-events: none on everything,
     and grow with the text (the browser's own size for controls does not). */
  a,
  button,
  input,
  label {
    font: inherit;
    pointer-events: auto;
  }
  :host([hidden]) {
    display: none;
  }
  /* Waiting to render until the reader scrolls near: hold the usual height. */
  :host([data-ih-pending]) {
    min-height: var(--_reserve, 10em);
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  /* Each line of text runs the way its own words do, whatever the page's
     direction: our English on a right-to-left page keeps its colons,
     quotes and numbers where English puts them, and a partner's Arabic or
     Hebrew strings read right to left on an English page. */
  * {
    unicode-bidi: plaintext;
  }
  p,
  ul,
  fieldset,
  legend {
    margin: 0;
    padding: 0;
  }
  ul {
    list-style: none;
  }
  fieldset {
    min-width: 0;
    border: 0;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* The shared vocabulary every widget's template uses. */

  /* A widget's own surface (so a dark theme never puts light text on a light
     page), its children spaced by the grid gap rather than by margins. */
  .box {
    display: grid;
    gap: 0.75em;
    align-content: start;
    min-width: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .stack {
    display: grid;
    gap: 0.5em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
  }
  .h {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .muted {
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* Our article's lists are English: their bullets stay on the left. */
  .bullets {
    padding-inline-start: 1.25em;
    list-style: disc;
    direction: ltr;
  }
  .callout {
    padding: 0.75em 1em;
    border: 2px solid var(--_accent);
    border-inline-start-width: 8px;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 2.75em;
    min-height: 2.75em;
    padding: 0 1em;
    border: 1px solid var(--_accent);
    border-radius: 2em;
    color: var(--_accent);
    background: var(--_surface);
    cursor: pointer;
  }
  .btn:hover {
    background: var(--_subtle);
  }
  .btn[aria-disabled='true'] {
    border-color: var(--_border);
    color: var(--_muted);
    background: var(--_surface);
    cursor: default;
  }
  /* Forced colours (e.g. Windows High Contrast) replace the muted colours
     above with the button's own: say disabled in the system's words. */
  @media (forced-colors: active) {
    .btn[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
  }
  .notice a {
    white-space: nowrap;
  }
  .error {
    padding: 0.5em 0.75em;
    border: 1px solid;
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    color: var(--_error);
    background: var(--_surface);
  }
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media print {
    .btn {
      display: none;
    }
    .box {
      break-inside: avoid;
    }
  }
`;

/** After `base`, whose `all: initial` would otherwise reset `color-scheme`. */
export const widgetStyles = [base, tokens];
