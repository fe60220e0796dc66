import {css} from 'lit';

export const styles = css`
  :host {
    --_reserve: 16em;
  }
  /* The region is the container the cards per view follow. */
  [part='region'] {
    container-type: inline-size;
  }
  .icon {
    padding: 0;
    border-radius: 50%;
  }
  /* Right to left, the next card is on the left: the arrows point that way. */
  .icon:dir(rtl) {
    transform: scaleX(-1);
  }
  /* Cards per view follow the carousel's own width. */
  .slides {
    --_n: 1;
    --_gap: 0.75em;
    /* Cards' offsetLeft is then measured within the scroller. */
    position: relative;
    display: flex;
    gap: var(--_gap);
    padding-bottom: 0.5em;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    scroll-behavior: smooth;
    /* Not the plaintext every other box has: in Firefox it makes a
       right-to-left scroller's cards past the first unreachable. */
    unicode-bidi: isolate;
  }
  @container (min-width: 30em) {
    .slides {
      --_n: 2;
    }
  }
  @container (min-width: 45em) {
    .slides {
      --_n: 3;
    }
  }
  @container (min-width: 60em) {
    .slides {
      --_n: 4;
    }
  }
  .slide {
    flex: 0 0 calc((100% - (var(--_n) - 1) * var(--_gap)) / var(--_n));
    gap: 0.35em;
    scroll-snap-align: start;
  }
  .category {
    font-weight: 600;
    text-transform: uppercase;
  }
  .title {
    font-weight: 700;
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
      flex: 1 1 16em;
    }
  }
`;
