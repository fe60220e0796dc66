import {LitElement, html, nothing} from 'lit';
import type {CSSResultGroup, PropertyValues} from 'lit';
import {ContextConsumer} from '@lit/context';
import {defaultSettings, settingsContext} from './context.js';
import type {Settings} from './context.js';
import {articleUrl, withTracking} from './links.js';
import {widgetStyles} from './styles.js';
import type {Article} from '../data/types.js';

/**
 * The thin base every widget shares: it reads the nearest provider's
 * settings, applies its theme, and builds links the one way.
 */
export class Widget extends LitElement {
  static override styles: CSSResultGroup = widgetStyles;

  // Re-renders the widget whenever the nearest provider's settings change.
  readonly #provided = new ContextConsumer(this, {context: settingsContext, subscribe: true});

  override connectedCallback(): void {
    super.connectedCallback();
    // Inside a provider whose code has not loaded yet (an npm user may import it
    // after the widgets): ask again once it is defined.
    if (this.closest('innateheal-provider:not(:defined)')) {
      customElements.whenDefined('innateheal-provider').then(() => this.#provided.hostConnected());
    }
  }

  /** The nearest `<innateheal-provider>`'s settings, or the defaults. */
  protected get settings(): Settings {
    return this.#provided.value ?? defaultSettings;
  }

  protected get strings() {
    return this.settings.strings;
  }

  protected override willUpdate(_changed: PropertyValues): void {
    const {theme} = this.settings;
    if (theme === 'auto') {
      this.removeAttribute('data-ih-theme');
    } else {
      this.setAttribute('data-ih-theme', theme);
    }
  }

  /** An outgoing URL with the partner's tracking, campaign = this tag. */
  protected tracked(url: string): string {
    return withTracking(url, this.settings.partner, this.localName);
  }

  /** The URL of an article, on the provider's base URL, tracked. */
  protected articleHref(slug: string): string {
    return this.tracked(articleUrl(slug, this.settings.baseUrl));
  }

  /** `target` for links: set only for `_blank`. */
  protected get linkTarget() {
    return this.settings.linkTarget === '_blank' ? '_blank' : nothing;
  }

  /** `rel` for links: a new tab gets no opener and no referrer. */
  protected get linkRel() {
    return this.settings.linkTarget === '_blank' ? 'noopener noreferrer' : nothing;
  }

  /**
   * The not-medical-advice notice and the link to the source article, shown
   * by every widget that shows health content.
   */
  protected renderNotice(article: Article) {
    return html`<p class="notice muted" part="notice">
      ${this.strings.notMedicalAdvice}
      <a part="link" href=${this.articleHref(article.slug)} target=${this.linkTarget} rel=${this.linkRel}
        >${this.strings.readArticle}</a
      >
    </p>`;
  }
}
