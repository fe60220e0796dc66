/// <reference types="node" />
/**
 * Pre-rendering, in Node only (a build step or a server): the partner's HTML
 * with every widget tag expanded into a declarative shadow root, rendered by
 * Lit's own server renderer. No browser entry imports this module.
 *
 * ```js
 * import {prerender} from '@innateheal/widgets/prerender';
 * const html = await prerender(await readFile('post.html', 'utf8'));
 * ```
 *
 * @module
 */
import {createHash} from 'node:crypto';
import {LitElementRenderer, render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import {parse} from 'parse5';
import type {DefaultTreeAdapterMap} from 'parse5';
import type {Strings} from '../strings.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Our tags, the provider first: only these are expanded. */
export const tags = ['innateheal-provider', 'nutrient-card', 'gut-checklist', 'hot-articles', 'health-article'] as const;
const ours = new Set<string>(tags);

// Each element's connectedCallback runs on the server too: there a widget
// finds its provider (through the context protocol's events, which the DOM shim
// passes up the elements being rendered) and so renders with the partner's
// settings, as in the browser.
LitElementRenderer.renderOptions.push((element) => (ours.has(element.localName) ? {connectedCallback: true} : undefined));

/**
 * Runs `render` with the window's `addEventListener` in place, as a no-op, where
 * Node has none: connectedCallbacks listen to the window (storage, hash
 * changes), which on the server never fires. Taken away again afterwards,
 * when no other render is running, so that no other code in the process
 * takes Node for a browser.
 */
let rendering = 0;
async function withWindowListeners<T>(render: () => Promise<T>): Promise<T> {
  const global = globalThis as {addEventListener?: unknown; removeEventListener?: unknown};
  const stubbed = rendering > 0 || !global.addEventListener;
  if (stubbed && !rendering++) global.addEventListener = global.removeEventListener = () => {};
  try {
    return await render();
  } finally {
    if (stubbed && !--rendering) {
      delete global.addEventListener;
      delete global.removeEventListener;
    }
  }
}

let elements: Promise<unknown> | undefined;
/** Loads the elements once, after Lit's server renderer has set up its DOM shim. */
const loadElements = () => (elements ??= import('../index.js'));

/** `name="value"`, as HTML quotes it. */
const attribute = (name: string, value: string) => `${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;

// An attribute name as HTML writes one: anything else the partner's HTML
// holds (parse5 keeps `"a` or `<b` as names) stays in the page, untouched,
// but is not handed to the renderer.
const NAME = /^[a-z_][-\w.:]*$/;

/** Whether `element` already has its declarative shadow root (pre-rendered before). */
const rendered = (element: Element) =>
  element.childNodes.some((child) => child.nodeName == 'template' && (child as Element).attrs.some(({name}) => name == 'shadowrootmode'));

/** An element of ours as the renderer writes it, with its attributes and its declarative shadow root. */
const HOSTS = new RegExp(`<(${tags.join('|')})((?:\\s[^>]*)?)>(<template shadowroot="open" shadowrootmode="open">[^]*?</template>)?`, 'g');
const ATTRIBUTES = /\s+([^\s=]+)(?:="[^"]*")?/g;

/** Lit's hydration markers: no use to a client that renders afresh, so not shipped. */
const MARKERS = /<!--(?:\/?lit-part[^>]*|lit-node \d+)-->/g;

// Lit's renderer writes a `.checked=${false}` binding as `checked="false"`, which
// HTML reads as ticked. (Text and other values come out with `"` escaped, so
// this can only be that attribute.)
const UNTICKED = / checked="false"/g;

/** What {@link prerender} needs to know that the page's HTML does not say. */
export interface PrerenderOptions {
  /**
   * The UI text the page's own script gives its providers' `strings` (for
   * another language): every `<innateheal-provider>` in the page renders with
   * it, so that the widgets inside show that text before the script runs, and
   * keep it when the script takes them over. Widgets outside a provider stay
   * English, as in the browser.
   */
  strings?: Partial<Strings>;
}

// One strings array for the same parts, as a tagged template literal has:
// Lit's renderer then prepares the markup once for every page that has the
// same widgets (on most sites, many). (Lit's static-html caches the same way.)
// Only the most recently used are kept, so that a server pre-rendering pages
// whose widgets' attributes are ever new does not grow without end: Lit's
// renderer keeps what it prepared for as long as the array lives.
const templates = new Map<string, TemplateStringsArray>();
const TEMPLATES_KEPT = 200;
/** A template's strings, as a tag function receives them. */
function templateStrings(parts: string[]): TemplateStringsArray {
  const key = parts.join('\0');
  const strings = templates.get(key) ?? (Object.assign(parts, {raw: parts}) as unknown as TemplateStringsArray);
  // Last in the map's order, the most recently used.
  templates.delete(key);
  templates.set(key, strings);
  if (templates.size > TEMPLATES_KEPT) templates.delete(templates.keys().next().value!);
  return strings;
}

/**
 * The partner's HTML with every InnateHeal element in it (outside
 * `<template>`s) expanded into a declarative shadow root
 * (`<template shadowrootmode="open">`), with the content, links and theme it
 * would show in the browser: the attributes on each tag, and the settings of
 * each `<innateheal-provider>` around it in the same HTML, apply. Everything
 * else comes back byte for byte; each host gains only the attributes the
 * element itself sets (`data-ih-theme`). An element expanded already is left
 * as it is, so running it twice changes nothing.
 */
export async function prerender(source: string, {strings}: PrerenderOptions = {}): Promise<string> {
  await loadElements();

  // The elements, and what is around them only as far as settings go: each
  // widget inside the providers around it, as one template for one render of
  // the whole page, whose only bindings are the providers' `strings`.
  const found: Element[] = [];
  const parts: string[] = [];
  let markup = '';
  const walk = (node: Node) => {
    // A `<template>`'s content is not on the page: parse5 keeps it apart.
    for (const child of 'childNodes' in node ? node.childNodes : []) {
      if (!('tagName' in child)) continue;
      if (!ours.has(child.tagName)) {
        walk(child);
        continue;
      }
      found.push(child);
      const attrs = child.attrs.filter(({name}) => NAME.test(name)).map(({name, value}) => ` ${attribute(name, value)}`);
      markup += `<${child.tagName}${attrs.join('')}`;
      if (strings && child.tagName == 'innateheal-provider') {
        parts.push(`${markup} .strings=`);
        markup = '';
      }
      markup += '>';
      walk(child);
      markup += `</${child.tagName}>`;
    }
  };
  walk(parse(source, {sourceCodeLocationInfo: true}));
  if (!found.length) return source;

  parts.push(markup);
  const template = html(templateStrings(parts), ...parts.slice(1).map(() => strings));
  const output = await withWindowListeners(() => collectResult(render(template)));

  // The same elements, in the same order, in what the renderer wrote: each
  // start tag and its declarative shadow root. (Read with a pattern, as parsing
  // its output again would double the time: in it, `<`, `>` and `"` in text and
  // in attribute values are escaped, and no shadow root holds a template.)
  const hosts = [...output.matchAll(HOSTS)];

  // What goes where in the source.
  const inserts: [at: number, text: string][] = [];
  found.forEach((element, i) => {
    const [, , attrs = '', root] = hosts[i] ?? [];
    if (rendered(element) || !root) return;
    const {startTag} = element.sourceCodeLocation!;
    const own = new Set(element.attrs.map(({name}) => name));
    const added = [...attrs.matchAll(ATTRIBUTES)]
      .filter(([, name]) => !own.has(name) && name != 'defer-hydration' && !name.startsWith('hydrate-internals-'))
      .map(([text]) => ` ${text.trim()}`);
    // Right after the tag's name, so that the tag's own text is kept as it is.
    if (added.length) inserts.push([startTag!.startOffset + 1 + element.tagName.length, added.join('')]);
    inserts.push([startTag!.endOffset, root.replace(MARKERS, '').replace(UNTICKED, '')]);
  });
  let result = '';
  let from = 0;
  for (const [at, text] of inserts) {
    result += source.slice(from, at) + text;
    from = at;
  }
  result += source.slice(from);
  return result;
}

/**
 * The `style-src` sources a page with pre-rendered elements needs under a
 * strict Content-Security-Policy: the `'sha256-…'` hash of each element's
 * `<style>` (one per element class, the same on every page), by tag.
 */
export async function styleHashes(): Promise<Record<(typeof tags)[number], string>> {
  await loadElements();
  const entries = tags.map((tag) => {
    const {elementStyles = []} = customElements.get(tag) as unknown as {elementStyles?: {cssText: string}[]};
    const text = elementStyles.map(({cssText}) => cssText).join('');
    return [tag, `'sha256-${createHash('sha256').update(text).digest('base64')}'`];
  });
  return Object.fromEntries(entries);
}
