import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {h, render} from 'preact';
import {createElement} from 'react';
import {createRoot} from 'react-dom/client';
import '../src/index.js';
import {all, texts} from './helpers.js';

// The tags used in JSX as they are, no wrappers: the README says React 19
// and Preact pass lists as properties and on<event-name> props as event
// listeners (what @innateheal/widgets/jsx-react and jsx-preact type-check).
type Create = (tag: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;

const RENDERERS: Record<string, (host: Element, create: (make: Create) => unknown) => () => void> = {
  'React 19': (host, tree) => {
    const root = createRoot(host);
    root.render(tree(createElement as unknown as Create) as Parameters<typeof root.render>[0]);
    return () => root.unmount();
  },
  Preact: (host, tree) => {
    render(tree(h as unknown as Create) as Parameters<typeof render>[0], host);
    return () => render(null, host);
  },
};

describe('the tags in JSX', () => {
  for (const [name, renderWith] of Object.entries(RENDERERS)) {
    it(`${name}: passes lists as properties and on<event-name> props as listeners`, async () => {
      const host = await fixture(html`<div></div>`);
      const seen: string[][] = [];
      const unmount = renderWith(host, (make) =>
        make(
          'div',
          null,
          make('gut-checklist', {
            list: 'lifestyle',
            checked: ['meal-timings'],
            'ongut-checklist-change': (event: CustomEvent<{checked: string[]}>) => seen.push(event.detail.checked),
          }),
          make('hot-articles', {articles: [{title: 'Our own post', url: '/blog/our-own-post'}]})
        )
      );
      try {
        await waitUntil(() => host.querySelector('gut-checklist')?.shadowRoot?.querySelector('input'), 'never rendered');
        const checklist = host.querySelector('gut-checklist')!;
        const boxes = all(checklist, 'input') as HTMLInputElement[];
        expect(boxes[3].checked, 'checked, a list').to.equal(true);
        boxes[0].click();
        expect(seen).to.deep.equal([['whole-foods', 'meal-timings']]);
        const carousel = host.querySelector('hot-articles')!;
        await waitUntil(() => carousel.shadowRoot?.querySelector('[part=title]'), 'no cards');
        expect(texts(carousel, 'title')).to.deep.equal(['Our own post']);
      } finally {
        unmount();
      }
    });
  }
});
