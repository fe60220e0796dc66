import {html, nothing} from 'lit';
import type {PropertyValues} from 'lit';
import {cleanPartnerTeasers, hotArticles} from '../../src/teasers.js';
import type {PartnerTeaser} from '../../src/teasers.js';
import {define} from '../../src/define.js';
import {ignored, warnOnce} from '../../src/errors.js';
import {below, headingLevel} from '../../src/heading.js';
import {format} from '../../src/strings.js';
import {trimmed} from '../../src/text.js';
import {Widget} from '../../src/widget.js';
import {styles} from './hot-articles.styles.js';

/** Why the cards were chosen again: the first render, or a change since. */
const FIRST = 1;
const AGAIN = 2;

export type {PartnerTeaser};

export interface HotArticlesSelectDetail {
  /** The bundled article's slug, or the partner teaser's URL. */
  article: string;
  /** Position of the card among those shown, from 0. */
  index: number;
}

interface Slide {
  title: string;
  subtitle?: string;
  category?: string;
  /** A bundled article: linked on the provider's base URL. */
  slug?: string;
  /** A partner teaser's URL as given, which `hot-articles-select` reports. */
  url?: string;
  /** The same, if safe for a link. */
  href?: string;
}

/**
 * The article's "Hot Articles" strip as an accessible carousel (WAI-ARIA
 * APG carousel pattern, no auto-rotation): cards snap as a reader swipes,
 * previous/next buttons and arrow keys move one card at a time, and as many
 * cards show as the element's own width allows.
 *
 * @summary A carousel of InnateHeal article teasers, or of your own.
 *
 * @tagname hot-articles
 *
 * @fires {CustomEvent<HotArticlesSelectDetail>} hot-articles-select - When a reader follows a card's link. Cancelable, but not for a click with a modifier key (Ctrl, ⌘, Shift, Alt: a new tab or window, a download): `preventDefault()` stops the navigation so a single-page app can route itself.
 *
 * @csspart region - The carousel region.
 * @csspart heading - The carousel's title.
 * @csspart prev - The previous button.
 * @csspart next - The next button.
 * @csspart slides - The scrolling list of cards.
 * @csspart card - One card.
 * @csspart category - A card's category.
 * @csspart title - A card's title.
 * @csspart link - A card's link (the title).
 * @csspart subtitle - A card's subtitle.
 * @csspart empty - The "No articles" message.
 *
 * @cssprop --ih-color-text - Text colour.
 * @cssprop --ih-color-muted - Category, subtitle and disabled-button colour.
 * @cssprop --ih-color-surface - Card background.
 * @cssprop --ih-color-subtle - Button background under the pointer.
 * @cssprop --ih-color-accent - Links and buttons.
 * @cssprop --ih-color-border - Borders.
 * @cssprop --ih-color-focus - Focus ring.
 * @cssprop --ih-radius - Corner radius.
 * @cssprop --ih-space - Card padding.
 * @cssprop --ih-font-family - Font family (default: the page's).
 * @cssprop --ih-font-size - Base font size (default: the reader's browser setting).
 */
export class HotArticles extends Widget {
  static override styles = [Widget.styles, styles];

  // `_` members: internal reactive state. `attribute: false` is all that
  // Lit's `state: true` would do, and all the manifest analyzer reads.
  static override properties = {
    limit: {},
    category: {},
    heading: {},
    headingLevel: {attribute: 'heading-level'},
    articles: {attribute: false},
    _current: {attribute: false},
    _atStart: {attribute: false},
    _atEnd: {attribute: false},
    _announcement: {attribute: false},
  };

  /** Show at most this many cards. */
  limit?: string;

  /** Show only cards of this category (e.g. `Vitamin Deficiency Symptoms`), matched without regard to case. */
  category?: string;

  /** The carousel's visible title. Default: "Hot Articles". */
  heading?: string;

  /** Level of the title's heading, 2–6 (default 2); card titles are one level below, at most 6. */
  headingLevel?: string;

  /**
   * Your own teasers in place of InnateHeal's: `{ title, subtitle?, category?, url }[]`.
   * Entries without a title are left out; a URL that is not `https:`, `http:` or
   * relative gives a card without a link. Text is always shown as text.
   */
  articles?: PartnerTeaser[];

  /** Index of the first card in view. */
  private _current = 0;
  private _atStart = true;
  private _atEnd = true;
  /** What the polite live region says after a button or arrow moved the carousel. */
  private _announcement = '';


  #slides: Slide[] = [];

  get #scroller() {
    return this.renderRoot?.querySelector<HTMLElement>('.slides');
  }

  /** Reports which cards are wholly in view, as the reader scrolls or the width changes. */
  #observer?: IntersectionObserver;
  #inView = new Set<number>();

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved to another parent: watch the cards again.
    if (this.hasUpdated) this.#watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  /**
   * Set in willUpdate when the cards change; updated() then rewinds (AGAIN
   * only) and watches the new cards.
   */
  #reselected?: typeof FIRST | typeof AGAIN;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#reselected = !this.hasUpdated
      ? FIRST
      : changed.has('articles') || changed.has('category') || changed.has('limit')
        ? AGAIN
        : undefined;
    if (this.#reselected) {
      this.#slides = this.#selectSlides();
      this._current = 0;
      this._announcement = '';
      // At the first card, with more to come, until the observer's first
      // report a frame later: next() works from the start.
      this._atStart = true;
      this._atEnd = this.#slides.length < 2;
    }
  }

  protected override updated(): void {
    if (this.#reselected) {
      // New cards start at the first one. A first render already does, and
      // asking would force a layout in the task that loads the page.
      if (this.#reselected > FIRST) this.#scroller?.scrollTo({left: 0, behavior: 'instant'});
      this.#reselected = undefined;
      this.#watch();
    }
  }

  /** The ends and the first card in view, from the cards (almost) wholly in view. */
  #watch() {
    this.#observer?.disconnect();
    this.#inView.clear();
    const scroller = this.#scroller;
    if (!scroller) return;
    const cards = [...scroller.children];
    this.#observer = new IntersectionObserver(
      (entries) => {
        for (const {target, isIntersecting} of entries) {
          const index = cards.indexOf(target);
          if (isIntersecting) this.#inView.add(index);
          else this.#inView.delete(index);
        }
        this._atStart = this.#inView.has(0);
        this._atEnd = this.#inView.has(cards.length - 1);
        // Mid-scroll no card is wholly in view: keep the one we are moving to.
        if (this.#inView.size) this._current = Math.min(...this.#inView);
      },
      {root: scroller, threshold: 0.9}
    );
    for (const card of cards) this.#observer.observe(card);
  }

  #selectSlides(): Slide[] {
    let slides: Slide[];
    if (this.articles !== undefined) {
      const {teasers, problems} = cleanPartnerTeasers(this.articles);
      if (problems.length) {
        warnOnce(`<hot-articles>: ${problems.join('; ')}.`);
      }
      slides = teasers;
    } else {
      slides = hotArticles;
    }
    const category = trimmed(this.category).toLowerCase();
    if (category) {
      slides = slides.filter((slide) => slide.category?.toLowerCase() === category);
    }
    // Unset or blank (a CMS field left empty): every card.
    if (trimmed(this.limit)) {
      const limit = Number(this.limit);
      if (Number.isInteger(limit) && limit >= 0) {
        slides = slides.slice(0, limit);
      } else {
        ignored('hot-articles', 'limit', this.limit, 'whole numbers from 0');
      }
    }
    return slides;
  }

  protected override render() {
    const strings = this._strings;
    const level = headingLevel('hot-articles', this.headingLevel);
    const total = this.#slides.length;
    return html`<section
      class="box"
      part="region"
      aria-roledescription=${strings.carousel}
      aria-labelledby="heading"
    >
      <div class="row">
        <div class="h" part="heading" id="heading" role="heading" aria-level=${level}>
          ${trimmed(this.heading) || strings.hotArticles}
        </div>
        ${total ? this.#renderControls() : nothing}
      </div>
      ${total
        ? html`<div class="slides" part="slides" id="slides">
              ${this.#slides.map((slide, index) => this.#renderSlide(slide, index, total, below(level)))}
            </div>
            <p class="vh" aria-live="polite">${this._announcement}</p>`
        : html`<p class="muted" part="empty">${strings.noArticles}</p>`}
    </section>`;
  }

  #renderControls() {
    const strings = this._strings;
    return html`<div class="controls row" @keydown=${this.#onControlsKeydown}>
      <button
        class="btn icon"
        type="button"
        part="prev"
        aria-controls="slides"
        aria-label=${strings.previousArticles}
        aria-disabled=${this._atStart}
        @click=${this.previous}
      >
        <span aria-hidden="true">←</span>
      </button>
      <button
        class="btn icon"
        type="button"
        part="next"
        aria-controls="slides"
        aria-label=${strings.nextArticles}
        aria-disabled=${this._atEnd}
        @click=${this.next}
      >
        <span aria-hidden="true">→</span>
      </button>
    </div>`;
  }

  #renderSlide(slide: Slide, index: number, total: number, level: number) {
    const href = slide.slug ? this._articleHref(slide.slug) : slide.href && this._tracked(slide.href);
    // Ours are English; a partner's own teasers are in the page's language.
    const lang = slide.slug ? 'en' : nothing;
    return html`<div
      class="box slide"
      part="card"
      role="group"
      aria-roledescription=${this._strings.slide}
      aria-label=${format(this._strings.slideLabel, {index: index + 1, total})}
    >
      ${slide.category ? html`<p class="category muted" part="category" lang=${lang}>${slide.category}</p>` : nothing}
      <div class="title" part="title" role="heading" aria-level=${level} lang=${lang}>
        ${href
          ? html`<a
              part="link"
              href=${href}
              target=${this._linkTarget}
              rel=${this._linkRel}
              data-index=${index}
              @click=${this.#onLinkClick}
              >${slide.title}</a
            >`
          : slide.title}
      </div>
      ${slide.subtitle && slide.subtitle !== slide.title
        ? html`<p class="muted" part="subtitle" lang=${lang}>${slide.subtitle}</p>`
        : nothing}
    </div>`;
  }

  /** Moves to the previous card, if any. */
  previous(): void {
    if (!this._atStart) this.#goTo(this._current - 1);
  }

  /** Moves to the next card, if any. */
  next(): void {
    if (!this._atEnd) this.#goTo(this._current + 1);
  }

  #goTo(index: number) {
    const scroller = this.#scroller;
    if (!scroller) return;
    const cards = scroller.children as HTMLCollectionOf<HTMLElement>;
    const target = cards[index];
    if (!target) return;
    scroller.scrollTo({left: target.offsetLeft - cards[0].offsetLeft});
    this._current = index;
    this._announcement = format(this._strings.slideLabel, {index: index + 1, total: cards.length});
  }

  #onControlsKeydown(event: KeyboardEvent) {
    const right = {ArrowLeft: false, ArrowRight: true}[event.key];
    if (right != null) {
      event.preventDefault();
      // The next card is on the right, or on a right-to-left page the left.
      if (right !== this.matches(':dir(rtl)')) this.next();
      else this.previous();
    }
  }

  #onLinkClick(event: MouseEvent) {
    const index = Number((event.currentTarget as HTMLElement).dataset.index);
    const slide = this.#slides[index];
    const selected = this.dispatchEvent(
      new CustomEvent<HotArticlesSelectDetail>('hot-articles-select', {
        bubbles: true,
        composed: true,
        // A click with a modifier key (a new tab or window, a download) is
        // the reader's own choice: an app that routes every select in the
        // page cannot override it.
        cancelable: !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey),
        detail: {article: slide.slug ?? slide.url!, index},
      })
    );
    if (!selected) {
      event.preventDefault();
    }
  }
}

define('hot-articles', HotArticles);

declare global {
  interface HTMLElementTagNameMap {
    'hot-articles': HotArticles;
  }
  interface HTMLElementEventMap {
    'hot-articles-select': CustomEvent<HotArticlesSelectDetail>;
  }
}
