import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {createElement} from 'react';
import {createRoot} from 'react-dom/client';
import {GutChecklist, HotArticles, InnatehealProvider, NutrientCard} from '../src/react.js';
import type {GutChecklist as GutChecklistElement} from '../components/gut-checklist/gut-checklist.js';

describe('React wrappers (@innateheal/widgets/react)', () => {
  it('renders <GutChecklist> with its props and hears onGutChecklistChange', async () => {
    const host = await fixture(html`<div></div>`);
    const root = createRoot(host);
    const seen: string[][] = [];
    root.render(
      createElement(GutChecklist, {
        list: 'lifestyle',
        checked: ['meal-timings'],
        onGutChecklistChange: (event) => seen.push(event.detail.checked),
      })
    );
    const checklist = await waitUntil(() => host.querySelector('gut-checklist'), 'React never rendered it').then(
      () => host.querySelector('gut-checklist') as GutChecklistElement
    );
    await checklist.updateComplete;
    const boxes = checklist.shadowRoot!.querySelectorAll('input');
    expect(boxes).to.have.length(5);
    expect(boxes[3].checked, 'the checked prop, set as a property').to.equal(true);
    boxes[0].click();
    expect(seen).to.deep.equal([['whole-foods', 'meal-timings']]);
    root.unmount();
  });

  it('passes provider settings through React children, and hears onHotArticlesSelect', async () => {
    const host = await fixture(html`<div></div>`);
    const root = createRoot(host);
    const selected: string[] = [];
    root.render(
      createElement(
        InnatehealProvider,
        {partner: 'react-app'},
        createElement(NutrientCard, {nutrient: 'zinc'}),
        createElement(HotArticles, {
          limit: '1',
          onHotArticlesSelect: (event) => {
            event.preventDefault();
            selected.push(event.detail.article);
          },
        })
      )
    );
    await waitUntil(() => host.querySelector('hot-articles')?.shadowRoot?.querySelector('a'), 'never rendered');
    const card = host.querySelector('nutrient-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('a')?.href.includes('utm_source=react-app'), 'no provider settings');
    (host.querySelector('hot-articles')!.shadowRoot!.querySelector('a') as HTMLAnchorElement).click();
    expect(selected).to.deep.equal(['early-warning-signs-you-ignore']);
    root.unmount();
  });
});
