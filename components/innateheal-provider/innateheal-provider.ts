import {LitElement, css, html} from 'lit';
import type {PropertyValues} from 'lit';
import {SettingsConsumer, SettingsProvider, defaultSettings} from '../../src/context.js';
import type {LinkTarget, Settings, Theme} from '../../src/context.js';
import {define} from '../../src/define.js';
import {ignored, keyword} from '../../src/errors.js';
import {safeBaseUrl} from '../../src/links.js';
import {nonBlank, textable, trimmed} from '../../src/text.js';
import type {Strings} from '../../src/strings.js';

export type {LinkTarget, Settings, Strings, Theme};

const TAG = 'innateheal-provider';
const TARGETS: readonly LinkTarget[] = ['_self', '_blank'];
const THEMES: readonly Theme[] = ['page', 'light', 'dark', 'auto'];

/**
 * Put it once around your content: every InnateHeal widget inside reads its
 * settings, and follows them live when they change. It takes no room of its
 * own (`display: contents`). Nested providers: the inner one wins for what it
 * sets and inherits the rest.
 *
 * @summary Partner settings for every widget inside: tracking, links, theme, language.
 *
 * @tagname innateheal-provider
 *
 * @slot - Your content, with the widgets anywhere inside it.
 */
export class InnatehealProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    partner: {},
    baseUrl: {attribute: 'base-url'},
    linkTarget: {attribute: 'link-target'},
    theme: {},
    strings: {attribute: false},
  };

  /** Your id, added to every outgoing link as `utm_source` (with `utm_medium=widget` and `utm_campaign=<tag>`). */
  partner?: string;

  /** Where article links point (default: InnateHeal's site). Only `https:`/`http:` URLs; anything else is ignored with a warning. */
  baseUrl?: string;

  /** `_self` (default) or `_blank`; `_blank` links carry `rel="noopener noreferrer"`. */
  linkTarget?: string;

  /** `page` (default: the page's `color-scheme`, light where it declares none), `light`, `dark`, or `auto` (the reader's system). */
  theme?: string;

  /** Replacement UI text, e.g. for another language; keys left out, or given blank text, stay English. */
  strings?: Partial<Strings>;

  /** An outer provider's settings: what this one does not set is inherited. */
  readonly #inherited = new SettingsConsumer(this);

  readonly #provider = new SettingsProvider(this);

  protected override willUpdate(changed: PropertyValues): void {
    textable(this, changed);
    this.#provider.value = this.#resolve();
  }

  #resolve(): Settings {
    const settings = {...(this.#inherited.value ?? defaultSettings)};
    const partner = trimmed(this.partner);
    if (partner) {
      settings.partner = partner;
    }
    if (this.baseUrl) {
      const baseUrl = safeBaseUrl(this.baseUrl);
      if (baseUrl) settings.baseUrl = baseUrl;
      else ignored(TAG, 'base-url', this.baseUrl, 'http(s) URLs');
    }
    settings.linkTarget = keyword(TAG, 'link-target', this.linkTarget, TARGETS) ?? settings.linkTarget;
    settings.theme = keyword(TAG, 'theme', this.theme, THEMES) ?? settings.theme;
    if (this.strings && typeof this.strings === 'object') {
      const strings = {...settings.strings};
      for (const [key, value] of Object.entries(this.strings)) {
        // Blank text (a translation missing from the partner's catalogue)
        // would leave a button without a name, or no medical-advice notice.
        if (key in strings && nonBlank(value)) {
          strings[key as keyof Strings] = value as string;
        } else {
          ignored(TAG, `strings.${key}`, value, 'text, for a key of Strings');
        }
      }
      settings.strings = strings;
    }
    return settings;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

define(TAG, InnatehealProvider);

declare global {
  interface HTMLElementTagNameMap {
    'innateheal-provider': InnatehealProvider;
  }
}
