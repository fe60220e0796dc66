import {expect, fixture, html, nextFrame, waitUntil} from '@open-wc/testing';
import {nothing} from 'lit';
import {shownText} from '../helpers.js';

/** What test/partner/probe.js records on a partner page. */
export interface Probe {
  errors: string[];
  violations: string[];
  warnings: string[];
  alerts: number;
  cls: number;
  shifts: string[];
  /** The nodes that moved in those shifts. */
  moved: Node[];
  /** Widgets seen blank in a frame after their content had shown. */
  flashes: string[];
  /** Widgets seen with fewer elements in a frame than an earlier frame showed. */
  dropped: string[];
  /** How many widgets first rendered between the same two frames, where more than one did. */
  together: string[];
}

export type PartnerWindow = Window & typeof globalThis & {probe: Probe};

export const WIDGET_TAGS = ['nutrient-card', 'gut-checklist', 'hot-articles', 'health-article'];

/** Every widget on a page. */
export const widgetsOf = (win: Window) => [...win.document.querySelectorAll<HTMLElement>(WIDGET_TAGS.join(','))];

type FrameOptions = {
  width?: number;
  height?: number;
  sandbox?: string;
  /**
   * Whether the reader stays at the top until the widgets in view have
   * rendered, before reading on. (Otherwise reading on may start before that
   * frame: the page's load event can come first.)
   */
  firstFrameAtTop?: boolean;
};

/**
 * Opens a partner page in an iframe and waits until it has loaded, whether
 * or not its widgets ever render (a sandboxed page is not readable: its
 * window is returned at once).
 */
export async function openPartnerPage(src: string, {width = 800, height = 600, sandbox}: FrameOptions = {}) {
  const frame = await fixture<HTMLIFrameElement>(
    // sandbox before src: the flags in force are those when navigation starts.
    html`<iframe sandbox=${sandbox ?? nothing} src=${src} style="width: ${width}px; height: ${height}px; border: 0; display: block"></iframe>`
  );
  if (!sandbox) {
    // Not the initial about:blank, which is 'complete' at once.
    await waitUntil(
      () => frame.contentDocument?.URL.includes(src) && frame.contentDocument.readyState === 'complete',
      `${src}: never loaded`,
      {timeout: 5000}
    );
  }
  return frame.contentWindow as PartnerWindow;
}

/**
 * Loads a partner page (which loads the built `dist/embed.js`) in an iframe
 * and waits until every widget on it has rendered.
 */
export async function loadPartnerPage(src: string, options: FrameOptions = {}): Promise<PartnerWindow> {
  const win = await openPartnerPage(src, options);
  if (options.sandbox) return win;
  // The elements register in tasks of their own, which may come after the
  // load event, and each widget then renders once the observer has reported
  // it: the reader stays until every widget in view has, and a frame has
  // shown it.
  if (options.firstFrameAtTop) {
    const inView = (widget: Element) => {
      const {top, bottom} = widget.getBoundingClientRect();
      return bottom > 0 && top < win.innerHeight;
    };
    await waitUntil(
      () => widgetsOf(win).filter(inView).every((widget) => (widget as HTMLElement & {hasUpdated?: boolean}).hasUpdated),
      `${src}: the widgets in view never rendered`,
      {timeout: 5000}
    );
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
  }
  await readToTheEnd(win);
  await waitUntil(
    () => {
      const widgets = widgetsOf(win);
      return widgets.length > 0 && widgets.every((w) => w.shadowRoot?.childElementCount);
    },
    `${src}: the widgets never rendered`,
    {timeout: 5000}
  );
  win.scrollTo(0, 0);
  return win;
}

/** Scrolls a page to its end half a screen a frame, as a reader reads on: widgets far below the fold render. */
export async function readToTheEnd(win: Window) {
  // Once its elements are registered, in tasks of their own that may come
  // after the load event: a widget registered after the reader has read past
  // it waits for the reader to come back.
  await waitUntil(() => widgetsOf(win).every((widget) => win.customElements.get(widget.localName)), `${win.location.pathname}: the elements were never registered`, {
    timeout: 5000,
  });
  for (let y = 0; y <= win.document.documentElement.scrollHeight; y += win.innerHeight / 2) {
    win.scrollTo(0, y);
    await nextFrame();
  }
}

/**
 * The standard partner page's widgets show the seed's words: each element,
 * outside and inside the provider.
 */
export function expectSeedText(win: Window) {
  const text = (selector: string) => textOf(win, selector);
  expect(text('#outside nutrient-card[nutrient=omega-3]')).to.include('chronic gut inflammation');
  expect(text('#outside gut-checklist')).to.include('Bloating, gas, or food sensitivities');
  expect(text('#outside hot-articles')).to.include('Early Warning Signs You Ignore');
  expect(text('#outside health-article')).to.include('Medical evaluation is recommended if:');
  expect(text('#inside nutrient-card')).to.include('reduces stress-induced gut permeability');
  expect(text('#inside gut-checklist')).to.include('Eating simple, whole foods');
  expect(text('#inside hot-articles')).to.include('Burning Feet at Night? Check These Vitamin Deficiencies');
  expect(text('#inside health-article')).to.include('Leaky gut is a reversible condition');
}

/** The text a reader sees in the widget `selector` finds on a page. */
export const textOf = (win: Window, selector: string) => shownText(win.document.querySelector(selector)!);

/** Where an element in a frame is, in the top page's coordinates (for sendMouse). */
export function topCentre(win: Window, el: Element): [number, number] {
  const frame = win.frameElement!.getBoundingClientRect();
  const rect = el.getBoundingClientRect();
  return [Math.round(frame.x + rect.x + rect.width / 2), Math.round(frame.y + rect.y + rect.height / 2)];
}

/** Every element in every widget's shadow root. */
export const shadowElements = (win: Window) =>
  widgetsOf(win).flatMap((w) => [...w.shadowRoot!.querySelectorAll('*')]);
