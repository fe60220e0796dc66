import {fixture, html} from '@open-wc/testing';
import type {LitElement, TemplateResult} from 'lit';

/** Records `console.warn` calls made while `fn` runs. */
export async function captureWarnings(fn: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/**
 * The text a reader sees in an element's shadow root (hidden parts left out,
 * and a pre-rendered root's <style>, whose innerText is its rules), white space folded.
 */
export function shownText(el: Element): string {
  return Array.from(el.shadowRoot!.children, (child) => (child.localName === 'style' ? '' : (child as HTMLElement).innerText ?? ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The centre of an element, in page coordinates, for `sendMouse`. */
export function centre(el: Element): [number, number] {
  const rect = el.getBoundingClientRect();
  return [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)];
}

export const isShown = (el: Element | null | undefined): boolean =>
  !!el && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;

/** The first element in an element's shadow root that matches `selector`. */
export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement;

/** Every element in an element's shadow root that matches `selector`. */
export const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** The trimmed text of every part named `part` in an element's shadow root. */
/** A checklist's checkboxes, in list order. */
export const boxes = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

export const texts = (el: Element, part: string) => all(el, `[part~=${part}]`).map((n) => n.textContent!.trim());

/** The JSON-LD scripts in a document's `<head>`. */
export const jsonLdScripts = (doc: Document = document) => [
  ...doc.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]'),
];

/**
 * Whether `selector` matches in an element's shadow root. Assert on this
 * boolean rather than on the node: a failing `expect(node).to.equal(null)`
 * makes chai walk the whole DOM to describe it.
 */
export const has = (el: Element, selector: string): boolean => !!el.shadowRoot!.querySelector(selector);

/**
 * Records the keys that reach the page's document from now until `stop()`,
 * where a partner's own shortcuts and dialogs listen, and whether a widget
 * kept each from the page's default action.
 */
export function recordPageKeys(): {keys: {key: string; prevented: boolean}[]; stop(): void} {
  const keys: {key: string; prevented: boolean}[] = [];
  const onKeydown = (event: KeyboardEvent) => keys.push({key: event.key, prevented: event.defaultPrevented});
  document.addEventListener('keydown', onKeydown);
  return {keys, stop: () => document.removeEventListener('keydown', onKeydown)};
}

/**
 * An element's computed style, property by property, without the custom
 * properties: they keep the text they were written with (the minifier
 * writes 0.75em as .75em), hold every token whether used or not, and what
 * they do shows in the properties that use them.
 */
export function computedStyle(el: Element): Record<string, string> {
  const computed = el.ownerDocument.defaultView!.getComputedStyle(el);
  const style: Record<string, string> = {};
  for (const name of computed) if (!name.startsWith('--')) style[name] = computed.getPropertyValue(name);
  return style;
}

/** An attribute, member, event, part or CSS property as the manifest describes it. */
export interface Described {
  name: string;
  description?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  kind?: string;
}

/** A custom element as the manifest declares it. */
export interface ElementDeclaration {
  tagName: string;
  summary?: string;
  attributes?: Described[];
  members?: Described[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}

/** A file the test server serves, parsed as JSON. */
/** Our default text and surface colours in each scheme (src/styles.ts). */
export const SCHEMES = {
  light: {text: 'rgb(29, 43, 36)', surface: 'rgb(255, 255, 255)'},
  dark: {text: 'rgb(227, 236, 230)', surface: 'rgb(23, 33, 28)'},
};

/** Which of our schemes a widget shows, by its text colour; else the colour. */
export const schemeOf = (widget: Element) => {
  const {color} = getComputedStyle(widget);
  return (Object.keys(SCHEMES) as (keyof typeof SCHEMES)[]).find((scheme) => SCHEMES[scheme].text === color) ?? color;
};

export const fetchJson = async (path: string) => (await fetch(path)).json();

/** Every custom element the built manifest (`dist/custom-elements.json`) declares. */
export async function manifestElements(): Promise<ElementDeclaration[]> {
  const manifest = await fetchJson('/dist/custom-elements.json');
  return manifest.modules
    .flatMap((m: {declarations?: unknown[]}) => m.declarations ?? [])
    .filter((d: {customElement?: boolean; tagName?: string}) => d.customElement && d.tagName);
}

/**
 * Puts a `<health-article>` in `parent` and records how many sections it
 * shows after each of its renders, until it is whole: a long article renders
 * in two steps.
 */
export async function sectionSteps(parent: Element): Promise<number[]> {
  const article = document.createElement('health-article');
  parent.append(article);
  const steps: number[] = [];
  const record = () => {
    const count = all(article, 'section').length;
    if (count !== steps.at(-1)) steps.push(count);
  };
  const observer = new MutationObserver(record);
  observer.observe(article.shadowRoot!, {childList: true, subtree: true});
  await article.updateComplete;
  if (observer.takeRecords().length) record();
  observer.disconnect();
  return steps;
}

/**
 * Puts a `<health-article>` in `parent` and resolves once its first step has
 * rendered: its first sections in, the rest still a task away.
 */
export async function articleAtFirstStep(parent: Element): Promise<HTMLElementTagNameMap['health-article']> {
  const article = document.createElement('health-article');
  parent.append(article);
  // A mutation record is delivered in a microtask: still the task that rendered it.
  await new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(article.shadowRoot!, {childList: true});
  });
  return article;
}

/** Whether `promise` settles within `ms` milliseconds (an updateComplete that never does hangs its caller). */
export const settlesWithin = (promise: Promise<unknown>, ms = 1000): Promise<boolean> =>
  Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(resolve, ms, false))]);

/** Whether a widget holds its usual height (`--_reserve`) while it waits to render. */
export const reserving = (el: Element) => parseFloat(getComputedStyle(el).minHeight) > 0;

/**
 * A page whose widgets sit five screens below the fold, with a screen of room
 * after them (for an article's last section to scroll to the top). Gives the
 * last widget once its first frame has rendered it or put it off.
 */
export async function farBelow<T extends Element>(widgets: TemplateResult): Promise<T> {
  const page = await fixture(html`<div>
    <div style="height: 500vh"></div>
    ${widgets}
    <div style="height: 100vh"></div>
  </div>`);
  const last = page.lastElementChild!.previousElementSibling as T;
  // (Not a widget, e.g. a sentence that holds one: awaits nothing.)
  await (last as Partial<LitElement>).updateComplete;
  return last;
}
