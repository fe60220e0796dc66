import {css} from 'lit';

export const styles = css`
  /* Its own surface, so a dark theme never puts light text on a light page. */
  article {
    container-type: inline-size;
    min-width: 0;
    padding: var(--_space);
    border-radius: var(--_radius);
    line-height: 1.6;
    background: var(--_surface);
  }
  .title {
    margin: 0 0 0.5em;
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.25;
  }
  section {
    margin-top: 1.5em;
    scroll-margin-top: 1em;
  }
  .heading {
    margin: 0 0 0.5em;
    font-size: 1.3em;
    font-weight: 700;
    line-height: 1.3;
  }
  .subheading {
    margin: 0.75em 0 0.25em;
    font-size: 1.05em;
    font-weight: 700;
  }
  p {
    margin: 0 0 0.75em;
  }
  ul {
    margin: 0 0 0.75em;
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-top: 0.25em;
  }
  .note {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_border);
    background: var(--_subtle);
  }
  /* Set apart by a thick border, an icon and its own box, not by colour alone. */
  .callout {
    position: relative;
    padding: var(--_space);
    padding-inline-start: calc(var(--_space) + 2.25em);
    border: 2px solid var(--_accent);
    border-inline-start-width: 8px;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .callout::before {
    content: '!';
    position: absolute;
    inset-inline-start: var(--_space);
    top: calc(var(--_space) + 0.1em);
    width: 1.5em;
    height: 1.5em;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-weight: 700;
    line-height: 1.3;
    text-align: center;
  }
  .callout ul:last-child,
  .callout p:last-child {
    margin-bottom: 0;
  }
  .attribution {
    margin: 2em 0 0;
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
