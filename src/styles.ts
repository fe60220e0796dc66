import {css, unsafeCSS} from 'lit';

/** Each colour token's defaults: light, dark. */
const COLOURS = {
  text: ['#1d2b24', '#e3ece6'],
  muted: ['#4b5e54', '#b3c4ba'],
  surface: ['#fff', '#17211c'],
  subtle: ['#eef5f0', '#22302a'],
  accent: ['#1b6b46', '#7fd3a8'],
  border: ['#b9cdc1', '#3e5247'],
  focus: ['#1a5fb4', '#8fb8ff'],
  error: ['#a4232c', '#ff9ea4'],
};

/** `--_<name>: var(--ih-color-<name>, <default>)` for each colour, its default picked from the pair. */
const colours = (pick: (pair: string[]) => string) =>
  unsafeCSS(Object.entries(COLOURS).map(([name, pair]) => `--_${name}:var(--ih-color-${name},${pick(pair)});`).join(''));
const light = colours(([light]) => light);
const dark = colours(([, dark]) => dark);

/**
 * Design tokens. Each widget reads `--ih-*` custom properties set by the
 * partner, with our defaults as fallbacks, into private `--_*` properties.
 * Overriding a token applies in both colour schemes.
 *
 * The scheme is the page's: the host inherits `color-scheme`, and each
 * default is a `light-dark()` pair. A page that declares nothing, as most
 * blogs, gets light widgets whatever the reader's system; `light dark`
 * follows the system; `dark` on the page or an ancestor gives dark. A
 * provider's `theme` (`data-ih-theme` on the host) sets the host's own.
 */
export const tokens = css`
  :host {
    ${colours((pair) => `light-dark(${pair})`)}
    --_radius: var(--ih-radius, 8px);
    --_space: var(--ih-space, 1em);
    color-scheme: inherit;
  }
  :host([data-ih-theme='light']) {
    color-scheme: light;
  }
  :host([data-ih-theme='dark']) {
    color-scheme: dark;
  }
  :host([data-ih-theme='auto']) {
    color-scheme: light dark;
  }
  /* Before light-dark() (Chrome 123, Firefox 120, Safari 17.5): light, as
     most pages are, unless the theme asks for dark or for the system's. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      ${light}
    }
    @media (prefers-color-scheme: dark) {
      :host([data-ih-theme='auto']) {
        ${dark}
      }
    }
    :host([data-ih-theme='dark']) {
      ${dark}
    }
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
  /* Until its first render (which sets data-ih-theme; a pre-rendered host has
     it already), e.g. while it waits for the reader: hold the usual height. */
  :host(:not([data-ih-theme])) {
    min-height: var(--_reserve);
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
