import {site} from '../data/site.js';

// The URL parser strips leading and trailing C0 controls and spaces, and tab
// and newline anywhere, before it reads a scheme (WHATWG URL, basic URL
// parser), so `java\tscript:` and ` javascript:` are read as the browser would.
const TAB_OR_NEWLINE = /[\t\n\r]/g;
const isControlOrSpace = (code: number) => code <= 0x20;

function trimControls(url: string): string {
  let start = 0;
  let end = url.length;
  while (start < end && isControlOrSpace(url.charCodeAt(start))) start++;
  while (end > start && isControlOrSpace(url.charCodeAt(end - 1))) end--;
  return url.slice(start, end);
}
const SCHEME = /^([a-z][a-z\d+.-]*):/i;

/**
 * Returns `url` if it is safe for an `href`: `https:`, `http:` or relative to
 * the page (`/path`, `path`, `?q`, `#hash`). Anything else (`javascript:`,
 * `data:`, `vbscript:`, `mailto:`…) gives `undefined`. This is the only
 * place that decides whether a URL may become a link.
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') {
    return undefined;
  }
  const trimmed = trimControls(url);
  if (!trimmed) {
    return undefined;
  }
  const scheme = SCHEME.exec(trimmed.replace(TAB_OR_NEWLINE, ''))?.[1].toLowerCase();
  return scheme === undefined || scheme === 'https' || scheme === 'http'
    ? trimmed
    : undefined;
}

/** An absolute `https:`/`http:` base URL, or `undefined`. */
export function safeBaseUrl(url: unknown): string | undefined {
  const safe = safeUrl(url);
  return safe && SCHEME.test(safe) ? safe : undefined;
}

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
