import {LitElement, html, nothing} from 'lit';
import type {CSSResultGroup, PropertyDeclarations, PropertyValues} from 'lit';
import {ContextConsumer} from '@lit/context';
import {defaultSettings, settingsContext} from './context.js';
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
  // reader never came near, and those inserted so recently that their first
  // frame has not come: each renders now, whole, before the browser lays the
  // page out for paper, even when the page's own script called print(), which
  // lays it out before any promise settles. (No window outside a browser,
  // e.g. for SSR: no listener.)
  static {
    globalThis.addEventListener?.('beforeprint', () => {
      Widget.#printing = true;
      for (const each of [...Widget.#queue.splice(0), ...Widget.#waiting]) {
        each._reveal();
        Widget.#updateNow(each);
      }
      Widget.#printing = false;
    });
  }

  // One observer for every widget on the page, made on first use (so that
  // importing the module outside a browser, e.g. for SSR or tests, works).
  static #observer?: IntersectionObserver;
  static get #lazy(): IntersectionObserver {
    return (Widget.#observer ??= new IntersectionObserver(
      (entries) => {
        for (const {target, isIntersecting} of entries) {
          if (isIntersecting) (target as Widget)._reveal();
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
  readonly #provided = new ContextConsumer(this, {context: settingsContext, subscribe: true});

  /** Whether its first update, once connected, has been scheduled. */
  #started = false;
  /** Not rendered yet because it is out of view. */
  #pending = false;
  /** What changed while pending, handed to the first real update. */
  #deferred?: PropertyValues;

  /**
   * Whether it sits inside a line of text (the compact chip). Then it renders
   * in the task that connects it: it has no height to hold while it waits,
   * and the rest of the line would close up around its empty shadow root.
   */
  protected get _inline(): boolean {
    return false;
  }

  /** Whether this widget may wait for the reader to scroll near it. */
  protected get _deferrable(): boolean {
    return !this.eager && !this._inline;
  }

  // Widgets waiting for their first render, and the animation frame that
  // renders them: before that frame paints, so nothing on the page moves,
  // and after the task that connected them (on a page load, the bundle's
  // own), so neither task is long. Those that may wait are triaged there,
  // with one layout read for all of them: the layout that frame does anyway.
  // A hidden page gets no frames, and paints nothing.
  static #queue: Widget[] = [];
  static #frame?: Promise<void>;
  static #firstRender = false;
  static #printing = false;
  /**
   * The connected widgets printing renders: those waiting for the reader,
   * wherever they are (in a shadow root too), and those that asked to be
   * rendered whole (`_printWhole`) until they call `_reveal`.
   */
  static #waiting = new Set<Widget>();

  /** Runs a widget's pending update now. One widget's failure must not keep the others from rendering. */
  static #updateNow(widget: Widget) {
    try {
      widget.performUpdate();
    } catch (error) {
      reportError(error);
    }
  }

  static #nextFrame(widget: Widget): Promise<void> {
    // Its usual height until then, as before it was defined. The page may be
    // laid out meanwhile (Chromium does, to find what is under the mouse),
    // and an empty widget at 0 px would move what follows it: a layout shift
    // once it renders. The frame's triage needs it too: at 0 px every
    // waiting widget would sit at the top of the page, in view.
    // (Not one pre-rendered: its content is there already, and has its height.)
    widget.toggleAttribute('data-ih-pending', !widget.renderOptions.renderBefore);
    Widget.#queue.push(widget);
    return (Widget.#frame ??= new Promise<void>((resolve) => {
      const render = () => {
        const queue = Widget.#queue;
        Widget.#queue = [];
        Widget.#frame = undefined;
        const height = innerHeight;
        // Every rect first, then every change: one layout, not one per widget.
        // (One removed meanwhile measures 0 × 0 at the top: it renders, as in view.)
        const away = queue.map((each) => {
          if (!each._deferrable) return false;
          // Pre-rendered: its content shows already, so it waits as one out
          // of view does, and takes over once the observer reports it near.
          if (each.renderOptions.renderBefore) return true;
          const {top, bottom} = each.getBoundingClientRect();
          return top > height || bottom < 0;
        });
        Widget.#firstRender = true;
        queue.forEach((each, i) => {
          // Out of view: it keeps its usual height (--_reserve), or its
          // pre-rendered content, and renders later, in its own task once the
          // observer reports it near (at once if it already is). In view: now.
          if (away[i]) each.#wait();
          else each._reveal();
          // Its update, now: a render, or (out of view) one that waits.
          Widget.#updateNow(each);
        });
        Widget.#firstRender = false;
        resolve();
      };
      if (document.hidden) queueMicrotask(render);
      else requestAnimationFrame(render);
    }));
  }

  /**
   * Whether this update is the widget's first render, before anything of it
   * is painted: a layout read now sees what the coming paint will show.
   */
  protected get _firstRender(): boolean {
    return Widget.#firstRender;
  }

  /** Whether this update renders the widget for print: all of it, at once. */
  protected get _printing(): boolean {
    return Widget.#printing;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.#started) {
      this.#started = true;
      if (!this._inline) return Widget.#nextFrame(this);
    }
    return super.scheduleUpdate();
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
  }

  /** Until `_reveal`, printing renders it, with `_printing` set: an article between its two steps. */
  protected _printWhole() {
    Widget.#waiting.add(this);
  }

  /** Puts it off until the reader comes near it (the observer), or the page is printed. */
  #wait() {
    this.#pending = true;
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
    this.removeAttribute('data-ih-pending');
    this.requestUpdate();
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
  // only then: how this class and the article tell pre-rendered roots), and
  // what follows that makes way, in the same task, so that nothing flashes
  // and nothing is there twice. (The <style> stays, the same rules again.)
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
