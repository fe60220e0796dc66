import {css} from 'lit';

export const styles = css`
  /* Its own surface, so a dark theme never puts light text on a light page. */
  .region {
    container-type: inline-size;
    min-width: 0;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
    margin-bottom: 0.75em;
  }
  .heading {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .controls {
    display: flex;
    gap: 0.5em;
  }
  .controls button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 2.75em;
    min-height: 2.75em;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_accent);
    border-radius: 50%;
    font: inherit;
    font-size: 1em;
    color: var(--_accent);
    background: var(--_surface);
    cursor: pointer;
  }
  .controls button[aria-disabled='true'] {
    border-color: var(--_border);
    color: var(--_muted);
    cursor: default;
    opacity: 0.6;
  }
  .slides {
    /* Cards' offsetLeft is then measured within the scroller. */
    position: relative;
    --_per-view: 1;
    --_gap: 0.75em;
    display: flex;
    gap: var(--_gap);
    margin: 0;
    padding: 0 0 0.5em;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    scroll-behavior: smooth;
    scrollbar-width: thin;
  }
  @container (min-width: 30em) {
    .slides {
      --_per-view: 2;
    }
  }
  @container (min-width: 45em) {
    .slides {
      --_per-view: 3;
    }
  }
  @container (min-width: 60em) {
    .slides {
      --_per-view: 4;
    }
  }
  .slide {
    display: flex;
    flex: 0 0 calc((100% - (var(--_per-view) - 1) * var(--_gap)) / var(--_per-view));
    flex-direction: column;
    gap: 0.35em;
    min-width: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    scroll-snap-align: start;
  }
  .category {
    margin: 0;
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .title {
    margin: 0;
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.35;
  }
  .subtitle {
    margin: 0;
    font-size: 0.9375em;
    color: var(--_muted);
  }
  .empty {
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    .slides {
      scroll-behavior: auto;
    }
  }
  @media print {
    .controls {
      display: none;
    }
    .slides {
      flex-wrap: wrap;
      overflow: visible;
    }
    .slide {
      flex: 1 1 14em;
      break-inside: avoid;
    }
  }
`;
