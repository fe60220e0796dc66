import {site} from '../data/site.js';
import {nonBlank} from './text.js';

/**
 * `url`, trimmed, if the browser's own URL parser reads it as http(s)
 * (resolved against `base` if relative). The parser itself drops control
 * characters, tabs and newlines (`java\tscript:` is `javascript:`); the
 * string it checks is exactly the one returned, so what an `href` gets is
 * what was checked (a space the trim removes, e.g. U+00A0, cannot hide a
 * scheme from the check).
 */
function httpUrl(url: unknown, base?: string): string | undefined {
  const trimmed = nonBlank(url);
  if (!trimmed) return undefined;
  try {
    return /^https?:$/.test(new URL(trimmed, base).protocol) ? trimmed : undefined;
  } catch {
    // Not a URL at all.
    return undefined;
  }
}

/**
 * Returns `url` if it is safe for an `href`: `https:`, `http:` or relative to
 * the page (`/path`, `path`, `?q`, `#hash`). Anything else (`javascript:`,
 * `data:`, `vbscript:`, `mailto:`…) gives `undefined`. This is the only
 * place that decides whether a URL may become a link.
 */
export const safeUrl = (url: unknown): string | undefined => httpUrl(url, 'https://relative.invalid/');

/** An absolute `https:`/`http:` base URL, or `undefined`. */
export const safeBaseUrl = (url: unknown): string | undefined => httpUrl(url);

/** The URL of an article on the publisher's site (or on `base`). */
export function articleUrl(slug: string, base: string = site.baseUrl): string {
  return new URL(encodeURIComponent(slug), base.endsWith('/') ? base : `${base}/`).href;
}

/**
 * `url` with the partner's campaign tracking (`utm_source=<partner>`,
 * `utm_medium=widget`, `utm_campaign=<campaign>`), keeping its query and
 * hash. Relative URLs stay on the partner's own site and are left as they are.
 */
export function withTracking(url: string, partner: string | undefined, campaign: string): string {
  if (!partner || !safeBaseUrl(url)) {
    return url;
  }
  const tracked = new URL(url);
  tracked.searchParams.set('utm_source', partner);
  tracked.searchParams.set('utm_medium', 'widget');
  tracked.searchParams.set('utm_campaign', campaign);
  return tracked.href;
}
