import {fixture, html, waitUntil} from '@open-wc/testing';

export interface Probe {
  errors: string[];
  violations: string[];
  warnings: string[];
  alerts: number;
}

export type PartnerWindow = Window & typeof globalThis & {probe: Probe};

/**
 * Loads a partner page (which loads the built `dist/embed.js`) in an iframe
 * and waits until every widget on it has rendered.
 */
export async function loadPartnerPage(src: string, {width = 800, height = 600} = {}): Promise<PartnerWindow> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe src=${src} style="width: ${width}px; height: ${height}px; border: 0"></iframe>`
  );
  await waitUntil(
    () => {
      const doc = frame.contentDocument;
      if (doc?.readyState !== 'complete') return false;
      const widgets = [...doc.querySelectorAll('nutrient-card, gut-checklist, hot-articles, health-article')];
      return widgets.length > 0 && widgets.every((w) => w.shadowRoot?.childElementCount);
    },
    `${src}: the widgets never rendered`,
    {timeout: 5000}
  );
  return frame.contentWindow as PartnerWindow;
}
