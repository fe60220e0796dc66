import {LitElement, html, nothing} from 'lit';
import type {CSSResultGroup, PropertyDeclarations, PropertyValues} from 'lit';
import {SettingsConsumer, defaultSettings} from './context.js';
import {renderAtOnce} from './define.js';
import type {Settings} from './context.js';
import {warnOnce} from './errors.js';
import {articleUrl, withTracking} from './links.js';
import {format} from './strings.js';
import {textable, trimmed} from './text.js';
import {widgetStyles} from './styles.js';
import type {Article} from '../data/types.js';

/** How near the viewport a widget out of view renders: a screen's height ahead. */
const NEAR = '100%';

/**
 * The thin base every widget shares: it reads the nearest provider's
 * settings, applies its theme, builds links the one way, and puts off
 * rendering a widget out of view until the reader comes near it.
 */
export class Widget extends LitElement {
  static override styles: CSSResultGroup = widgetStyles;

  static override properties: PropertyDeclarations = {
    eager: {type: Boolean},
  };

  // A printed page (or one saved as PDF) shows every widget, also those the
  // reader never came near, and those inserted so recently that the observer
  // has not reported them yet: each renders now, whole, before the browser
  // lays the page out for paper, even when the page's own script called
  // print(), which lays it out before any promise settles. (No window outside
  // a browser, e.g. for SSR: no listener.)
  static {
    globalThis.addEventListener?.('beforeprint', () => {
      Widget.#printing = true;
      for (const each of [...Widget.#waiting]) Widget.#updateNow(each);
      Widget.#printing = false;
    });
  }

  // One observer for every widget on the page, made on first use (so that
  // importing the module outside a browser, e.g. for SSR or tests, works).
  static #observer?: IntersectionObserver;
  static get #lazy(): IntersectionObserver {
    return (Widget.#observer ??= new IntersectionObserver(
      // Each widget it reports near renders (or takes over its pre-rendered
      // root) in a task of its own: the page can paint and take input between
      // them, however many come into view together. One whose content shows
      // already (a pre-rendered root, a chip's label) takes its turn: the page
      // lays out and paints before the next one's. Taking over them all in
      // one frame made it lay much of the page out again, a 50-90 ms task at
      // 4× CPU, and nothing shows sooner for hurrying them. (Once: a widget
      // reported twice, or rendered meanwhile, is not rendered again.) One
      // reported far only stops `updateComplete` waiting: no task for that.
      (entries) => {
        for (const {target, isIntersecting} of entries) {
          const widget = target as Widget;
          const render = () => widget.#pending && Widget.#updateNow(widget);
          if (!isIntersecting) widget.#settle();
          else if (!widget.renderOptions.renderBefore) setTimeout(render);
          else Widget.#turn = Widget.#turn.then(() => new Promise((next) => setTimeout(() => (render(), requestAnimationFrame(next)))));
        }
      },
      // The document as root: its own viewport, so that in an iframe the margin
      // still looks ahead instead of being clipped by the frame.
      {root: document, rootMargin: `${NEAR} 0px`}
    ));
  }

  /**
   * Render at once even when far below the fold (by default a widget renders
   * when it comes within a screen's height of the viewport).
   */
  eager = false;

  // Re-renders the widget whenever the nearest provider's settings change.
  readonly #provided = new SettingsConsumer(this);

  /** Whether its first update, once connected, has been scheduled. */
  #started = false;
  /** Not rendered yet because it is out of view. */
  #pending = false;
  /** What changed while pending, handed to the first real update. */
  #deferred?: PropertyValues;

  /**
   * Whether this widget may wait for the reader to scroll near it. Not in a
   * hidden page (a background tab, a prerender), which gets no frames and so
   * no observer's report: there it renders at once, ready when shown.
   */
  protected get _deferrable(): boolean {
    return !this.eager && !renderAtOnce && !document.hidden;
  }

  static #printing = false;
  /**
   * The connected widgets printing renders: those waiting for the reader,
   * wherever they are (in a shadow root too), and those that asked to be
   * rendered whole (`_printWhole`) until they call `_reveal`.
   */
  static #waiting = new Set<Widget>();

  /** Until the observer first reports on it: `updateComplete` waits for that report. */
  #reported?: Promise<void>;
  #settle = () => {};

  /** The takeovers' turns (see #lazy): each settles in the frame after its render; the next renders in a task after that frame. */
  static #turn: Promise<unknown> = Promise.resolve();

  /** Renders a waiting widget now. One widget's failure must not keep the others from rendering. */
  static #updateNow(widget: Widget) {
    try {
      widget._reveal();
      widget.performUpdate();
    } catch (error) {
      reportError(error);
    }
  }

  /** Whether this update renders the widget for print: all of it, at once. */
  protected get _printing(): boolean {
    return Widget.#printing;
  }

  // Its first update, once connected: one that may wait waits for the
  // observer's first report, which comes after the browser has laid the page
  // out (no script of ours reads a layout for it, or makes one). Near by
  // then, it renders in a task of its own; farther, when the reader comes
  // near. Until it renders it holds its usual height (--_reserve, see
  // src/styles.ts) as before it was defined, so that nothing after it moves
  // once it does; or its pre-rendered content, which has its height already.
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.#started) {
      this.#started = true;
      if (this._deferrable) this.#wait();
    }
    return super.scheduleUpdate();
  }

  // A widget that waits for the observer's first report: its first render,
  // if it is near by then, as `updateComplete` promised before it waited.
  // (Its first update runs first: that is where it starts to wait.)
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#reported;
    return super.getUpdateComplete();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved while still waiting: keep watching for the reader.
    if (this.#pending) this.#wait();
    // Inside a provider whose code has not loaded yet (an npm user may import it
    // after the widgets): ask again once it is defined. (Not when pre-rendering:
    // the server's DOM has no `closest`, and every provider is defined.)
    if (this.closest?.('innateheal-provider:not(:defined)')) {
      customElements.whenDefined('innateheal-provider').then(() => this.#provided.hostConnected());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    Widget.#observer?.unobserve(this);
    Widget.#waiting.delete(this);
    // No report will come.
    this.#settle();
  }

  /** Until `_reveal`, printing renders it, with `_printing` set: an article between its two steps. */
  protected _printWhole() {
    Widget.#waiting.add(this);
  }

  /** Puts it off until the reader comes near it (the observer), or the page is printed. */
  #wait() {
    this.#pending = true;
    this.#reported ??= new Promise((resolve) => {
      this.#settle = () => {
        this.#reported = undefined;
        resolve();
      };
    });
    Widget.#lazy.observe(this);
    Widget.#waiting.add(this);
  }

  /**
   * Renders it (in a microtask), no longer waiting: the reader is near, or
   * the page is printed, or (an article) a link names one of its sections,
   * or its rest is due.
   */
  protected _reveal() {
    Widget.#observer?.unobserve(this);
    Widget.#waiting.delete(this);
    this.#pending = false;
    this.requestUpdate();
    this.#settle();
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (this.#pending) {
      if (this._deferrable) {
        this.#deferred = new Map([...(this.#deferred ?? []), ...changed]);
        return false;
      }
      // No longer one that may wait (made `eager` or a compact chip, an
      // article given `structured-data`): it renders in this update, which
      // is why _reveal's own request for one is moot here.
      this._reveal();
    }
    if (this.#deferred) {
      for (const [key, value] of this.#deferred) if (!changed.has(key)) changed.set(key, value);
      this.#deferred = undefined;
    }
    return true;
  }

  /** The nearest `<innateheal-provider>`'s settings, or the defaults. */
  protected get _settings(): Settings {
    return this.#provided.value ?? defaultSettings;
  }

  protected get _strings() {
    return this._settings.strings;
  }

  // Pre-rendered (a declarative shadow root from the partner's HTML): Lit
  // renders before the root's first node, its <style> (`renderBefore`, set
  // only then: how the article tells a pre-rendered root; a compact chip sets
  // it too, before its label's slot), and what follows that makes way, in the
  // same task, so that nothing flashes and nothing is there twice. (The
  // <style> stays, the same rules again.)
  protected override update(changed: PropertyValues): void {
    for (const anchor = this.renderOptions.renderBefore; anchor?.nextSibling; ) anchor.nextSibling.remove();
    super.update(changed);
  }

  protected override willUpdate(changed: PropertyValues): void {
    textable(this, changed);
    // `page` too, which no rule names: the host then inherits the page's scheme.
    this.setAttribute('data-ih-theme', this._settings.theme);
  }

  /** An outgoing URL with the partner's tracking, campaign = this tag. */
  protected _tracked(url: string): string {
    return withTracking(url, this._settings.partner, this.localName);
  }

  /** The URL of an article, on the provider's base URL, tracked. */
  protected _articleHref(slug: string): string {
    return this._tracked(articleUrl(slug, this._settings.baseUrl));
  }

  /** `target` for links: set only for `_blank`. */
  protected get _linkTarget() {
    return this._settings.linkTarget === '_blank' ? '_blank' : nothing;
  }

  /** `rel` for links: a new tab gets no opener and no referrer. */
  protected get _linkRel() {
    return this._settings.linkTarget === '_blank' ? 'noopener noreferrer' : nothing;
  }

  /**
   * In place of the content when an attribute names nothing we have: a
   * message, in the provider's language, naming the value and the valid
   * ones (`<nutrient-card>: unknown nutrient "iron". Valid: zinc, …`). It is
   * also warned once in the console.
   */
  protected _renderInvalid(what: string, value: unknown, valid: readonly string[]) {
    const strings = this._strings;
    const message = format(trimmed(value) ? strings.unknownValue : strings.missingValue, {
      tag: this.localName,
      what,
      value,
      valid: valid.join(', '),
    });
    warnOnce(message);
    return html`<p class="error" part="error">${message}</p>`;
  }

  /**
   * The not-medical-advice notice and the link to the source article, shown
   * by every widget that shows health content.
   */
  protected _renderNotice(article: Article) {
    return html`<p class="notice muted" part="notice">
      ${this._strings.notMedicalAdvice}
      <a part="link" href=${this._articleHref(article.slug)} target=${this._linkTarget} rel=${this._linkRel}>${this._strings.readArticle}</a
      >
    </p>`;
  }
}
