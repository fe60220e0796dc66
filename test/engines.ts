// What a test needs of the browser beyond the page's own script, in
// Chromium, Firefox and WebKit alike (scripts/browser-commands.mjs). Where an
// engine's driver cannot do a thing, the helper says what it does instead, in
// its name or its JSDoc, and a test that checks less there says so in its own
// name: no test is quietly skipped.
import {waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import './partner/shifts.js';

/** The commands of scripts/browser-commands.mjs that this engine's driver has. */
const driverCan = new Set(await executeServerCommand<string[], undefined>('driver-can'));

/** Media features a test can emulate; each back to the browser's own with its first value. */
export interface Emulation {
  media?: 'screen' | 'print';
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'no-preference' | 'reduce';
  forcedColors?: 'none' | 'active';
}

/** Each feature's values, the browser's own first, and its media query. */
const FEATURES: Record<keyof Emulation, {values: string[]; query(value: string): string}> = {
  media: {values: ['screen', 'print'], query: (value) => value},
  colorScheme: {values: ['light', 'dark'], query: (value) => `(prefers-color-scheme: ${value})`},
  reducedMotion: {values: ['no-preference', 'reduce'], query: (value) => `(prefers-reduced-motion: ${value})`},
  forcedColors: {values: ['none', 'active'], query: (value) => `(forced-colors: ${value})`},
};

/** What each feature is now, in WebKit, where the rules stand in for the driver. */
const emulated: Emulation = {};
const ownMedia = new WeakMap<CSSMediaRule, string>();

/** Every style sheet under `root`: its own, adopted, in each shadow root, and in same-origin frames. */
function styleSheets(root: Document | ShadowRoot): CSSStyleSheet[] {
  const sheets = [...root.styleSheets, ...root.adoptedStyleSheets];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) sheets.push(...styleSheets(el.shadowRoot));
    if (el instanceof HTMLIFrameElement && el.contentDocument) sheets.push(...styleSheets(el.contentDocument));
  }
  return sheets;
}

/** Every @media rule in `rules`, at any depth. */
const mediaRules = (rules: CSSRuleList): CSSMediaRule[] =>
  [...rules].flatMap((rule) => [
    ...(rule instanceof CSSMediaRule ? [rule] : []),
    ...(rule instanceof CSSGroupingRule ? mediaRules(rule.cssRules) : []),
  ]);

/**
 * WebKit's driver emulates no media, and only its colour scheme is a real
 * system setting there. For print, reduced motion and forced colours, every
 * @media rule on the page that asks for exactly one of them is made to match (`all`) or not
 * (`not all`) as that feature's emulated value says; widgets added later get
 * the same. Our widgets' media queries are all in their CSS, so their styles
 * come out as under the real thing; matchMedia() and the page's own events do
 * not.
 */
function applyEmulatedRules() {
  for (const rule of styleSheets(document).flatMap((sheet) => mediaRules(sheet.cssRules))) {
    const own = ownMedia.get(rule) ?? rule.media.mediaText;
    ownMedia.set(rule, own);
    let text = own;
    for (const [feature, value] of Object.entries(emulated) as [keyof Emulation, string][]) {
      const {values, query} = FEATURES[feature];
      const asked = values.find((each) => own === query(each));
      if (asked) text = asked === value ? 'all' : 'not all';
    }
    if (rule.media.mediaText !== text) rule.media.mediaText = text;
  }
}
let newWidgets: MutationObserver | undefined;

/**
 * Emulates print media, a colour scheme, reduced motion or forced colours for
 * the page (and its frames), as the reader's browser or printer would set
 * them; then checks that the page sees them. In WebKit, the colour scheme is
 * its virtual desktop's (scripts/launchers.mjs); for the rest, see
 * applyEmulatedRules().
 */
export async function emulate(features: Emulation) {
  let seen = features;
  if (driverCan.has('emulate')) {
    await executeServerCommand('emulate', features);
  } else {
    const {colorScheme, ...rest} = features;
    seen = colorScheme ? {colorScheme} : {};
    if (colorScheme) await executeServerCommand('color-scheme', {colorScheme});
    Object.assign(emulated, rest);
    applyEmulatedRules();
    newWidgets ??= new MutationObserver(applyEmulatedRules);
    newWidgets.observe(document.body, {childList: true, subtree: true});
  }
  for (const [feature, value] of Object.entries(seen) as [keyof Emulation, string][]) {
    const query = FEATURES[feature].query(value);
    // WebKit hears of its desktop's change a moment later.
    await waitUntil(() => matchMedia(query).matches, `emulate: the page does not see ${query}`, {timeout: 2000});
  }
}

/** Sets the viewport's size, as a reader's window or phone would have it. */
export const setViewport = (size: {width: number; height: number}) => executeServerCommand('viewport', size);

/** Holds `keys` down together, in order, as a reader presses Shift+Tab. */
export const holdKeys = (...keys: string[]) => executeServerCommand('keys', {keys});

/** A finger's tap at a point in the viewport, on a touch screen. */
export const tap = ([x, y]: [number, number]) => executeServerCommand('tap', {x, y});

/**
 * Sets the browser's default font size, as a reader's "text size" setting
 * does (Chromium and Firefox; WebKit's driver has no such setting, so there
 * it throws: see canSetFontSize).
 */
export const setFontSize = (standard: number, fixed: number) => executeServerCommand('font-size', {standard, fixed});

/** Whether this engine's driver sets the reader's default font size. */
export const canSetFontSize = driverCan.has('font-size');

/**
 * Prints the page as the browser's Print does (to a PDF, which is thrown
 * away): beforeprint, layout for paper, afterprint. WebKit's driver cannot
 * print: there it sends the page the two events, with print media between.
 */
export async function printPage() {
  if (driverCan.has('print-page')) {
    await executeServerCommand('print-page');
    return;
  }
  window.dispatchEvent(new Event('beforeprint'));
  await emulate({media: 'print'});
  await emulate({media: 'screen'});
  window.dispatchEvent(new Event('afterprint'));
}

/** The text a screen reader is given for `el`: rendered text, without what aria-hidden hides. */
function spokenText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true') return '';
  if (node.getClientRects().length === 0 && getComputedStyle(node).display !== 'contents') return '';
  return [...node.childNodes].map(spokenText).join(' ');
}

/** Every element in `root` and its shadow roots, in document order. */
const deepElements = (root: Document | ShadowRoot): Element[] =>
  [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deepElements(el.shadowRoot) : [])]);

/**
 * The text of every live region on the page: in Chromium, as its
 * accessibility tree holds it, which is what a screen reader is given to
 * announce; elsewhere, the regions' rendered text less what aria-hidden hides.
 */
export async function announced(): Promise<string[]> {
  if (driverCan.has('live-regions')) return executeServerCommand<string[], undefined>('live-regions');
  return deepElements(document)
    .filter((el) => el.hasAttribute('aria-live') && el.getAttribute('aria-live') !== 'off')
    .map((el) => spokenText(el).replace(/\s+/g, ' ').replace(/ ([.,])/g, '$1').trim());
}

/**
 * Where the ::before of `el` is drawn, in the viewport: in Chromium, the box
 * the browser drew (a page sees a pseudo-element's styles, never its place);
 * elsewhere, the box its computed styles give, for an absolutely placed one.
 */
export async function beforeBox(el: HTMLElement): Promise<{left: number; top: number; right: number; bottom: number}> {
  if (driverCan.has('before-box')) return executeServerCommand('before-box', {id: el.id});
  const style = getComputedStyle(el, '::before');
  const host = getComputedStyle(el);
  if (style.position !== 'absolute') throw new Error(`beforeBox: the ::before of #${el.id} is not absolutely placed`);
  const box = el.getBoundingClientRect();
  const px = (value: string) => parseFloat(value);
  const border = style.boxSizing === 'border-box' ? 0 : px(style.borderLeftWidth) + px(style.borderRightWidth);
  const width = px(style.width) + border;
  const height = px(style.height) + (style.boxSizing === 'border-box' ? 0 : px(style.borderTopWidth) + px(style.borderBottomWidth));
  const left = box.left + px(host.borderLeftWidth) + px(style.left);
  const top = box.top + px(host.borderTopWidth) + px(style.top);
  return {left, top, right: left + width, bottom: top + height};
}

/**
 * Whether the engine's driver can make the page collect its garbage
 * (Chromium, Firefox). WebKit's cannot, and allocating to provoke its
 * collector frees what was dropped only sometimes, after seconds: there a
 * test cannot tell a leak from a collection that has not come yet.
 */
export const canCollectGarbage = driverCan.has('collect-garbage');

/**
 * Waits out the page's pending tasks, before a collection: until then the
 * last widgets dropped may still be held by an observer callback or one of
 * Lit's update promises.
 */
const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

/**
 * Collects garbage until `done()`, or for 2 s, once the page has settled: in
 * Chromium a full collection; in Firefox the memory pressure that makes each
 * page collect and free its cycles soon after.
 */
export async function collectGarbage(done: () => boolean) {
  await settled();
  await executeServerCommand('collect-garbage');
  for (let waited = 0; waited < 2000 && !done(); waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Whether this engine gives the page's DOM node and listener counts (Chromium). */
export const canCountMemory = driverCan.has('memory-counters');

/** The page's DOM node and event listener counts, settled, after a full garbage collection (Chromium only: see canCountMemory). */
export async function memoryCounters(): Promise<{nodes: number; listeners: number}> {
  await settled();
  return executeServerCommand<{nodes: number; listeners: number}, undefined>('memory-counters');
}

/**
 * Records the layout shifts from now until `stop()`, each as the text of the
 * nodes that moved (so a failure says what moved): see test/partner/shifts.js.
 */
export function recordShifts(): {shifts: string[]; stop(): void} {
  const shifts: string[] = [];
  const stop = window.recordLayoutShifts(window, (shift) => shifts.push(shift.nodes.join('; ')));
  return {shifts, stop};
}

declare global {
  interface Window {
    /** test/partner/shifts.js */
    recordLayoutShifts(win: Window, onShift: (shift: {value: number; nodes: string[]; at: number; moved: Node[]}) => void): () => void;
  }
}
