import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {site} from '../data/site.js';
import {defaultStrings} from './strings.js';
import type {Strings} from './strings.js';

export type LinkTarget = '_self' | '_blank';
export type Theme = 'page' | 'light' | 'dark' | 'auto';

/** What `<innateheal-provider>` gives every widget inside it. */
export interface Settings {
  /** Added to outgoing links as `utm_source`. */
  partner?: string;
  /** Where article links point. */
  baseUrl: string;
  linkTarget: LinkTarget;
  theme: Theme;
  strings: Strings;
}

export const defaultSettings: Settings = {
  baseUrl: site.baseUrl,
  linkTarget: '_self',
  theme: 'page',
  strings: defaultStrings,
};

// How a widget finds the nearest provider: the web components community's
// context protocol (a `context-request` event up the composed tree, answered
// by the nearest provider with its value and again on each change), as
// @lit/context speaks it, in the few lines our one context needs (@lit/context
// was 0.6 KB of the script-tag files). Its key is a string, not a Symbol: a
// page that loads two copies of the bundle, or an older one built on
// @lit/context, still pairs every widget with its provider.
const CONTEXT = 'innateheal-settings';

type Callback = (settings: Settings, unsubscribe?: () => void) => void;
type Request = Event & {context: unknown; contextTarget: Element; callback: Callback; subscribe?: boolean};

/** The settings of the nearest provider around its host, kept current: each change updates the host. */
export class SettingsConsumer implements ReactiveController {
  value?: Settings;
  readonly #host: ReactiveControllerHost & Element;
  #unsubscribe?: () => void;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  /** Asks for the settings (again, e.g. once a provider around it is defined). */
  hostConnected(): void {
    const request = Object.assign(new Event('context-request', {bubbles: true, composed: true}), {
      context: CONTEXT,
      contextTarget: this.#host,
      subscribe: true,
      callback: (value: Settings, unsubscribe?: () => void) => {
        // Another provider answers (a nearer one, defined since): leave the last.
        if (unsubscribe !== this.#unsubscribe) this.hostDisconnected();
        this.#unsubscribe = unsubscribe;
        this.value = value;
        this.#host.requestUpdate();
      },
    });
    this.#host.dispatchEvent(request);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}

/** Answers the requests from inside its host (not its own) with `value`, and tells each subscriber when it changes. */
export class SettingsProvider {
  #value = defaultSettings;
  readonly #subscribers = new Map<Callback, () => void>();

  constructor(host: Element) {
    host.addEventListener('context-request', (event) => {
      const {context, contextTarget, callback, subscribe} = event as Request;
      if (context !== CONTEXT || contextTarget === host) return;
      event.stopPropagation();
      if (subscribe && !this.#subscribers.has(callback)) this.#subscribers.set(callback, () => this.#subscribers.delete(callback));
      callback(this.#value, this.#subscribers.get(callback));
    });
  }

  set value(value: Settings) {
    this.#value = value;
    for (const [callback, unsubscribe] of this.#subscribers) callback(value, unsubscribe);
  }
}
