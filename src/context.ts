import {createContext} from '@lit/context';
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

// A string key, not a Symbol: a page that loads two copies of the bundle
// still pairs every widget with its provider.
export const settingsContext = createContext<Settings>('innateheal-settings');
