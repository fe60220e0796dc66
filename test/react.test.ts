import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type * as ReactModule from 'react';
import type * as ReactDOMClient from 'react-dom/client';
import type * as ReactDOMServer from 'react-dom/server';
import type * as Wrappers from '../src/react.js';
import {captureWarnings, jsonLdScripts} from './helpers.js';
import type {GutChecklist as GutChecklistElement} from '../components/gut-checklist/gut-checklist.js';

// Each React the README promises. React 19 sets a custom element's
// properties itself; React 18 sets what it does not know as attributes, so
// only there does it show which props a wrapper sets as properties (lists
// and objects). The test server gives a module loaded with ?react=18 React 18
// (scripts/react-for-tests.mjs).
const REACTS = {'19': '/__react', '18': '/__react18'};

// Not literal imports: these URLs are the test server's, not modules TypeScript knows.
const load = (url: string) => import(url);

for (const [version, dir] of Object.entries(REACTS)) {
  describe(`React wrappers (@innateheal/widgets/react), React ${version}`, () => {
    let createElement: typeof ReactModule.createElement;
    let Fragment: typeof ReactModule.Fragment;
    let useEffect: typeof ReactModule.useEffect;
    let createRoot: typeof ReactDOMClient.createRoot;
    let hydrateRoot: typeof ReactDOMClient.hydrateRoot;
    let renderToString: typeof ReactDOMServer.renderToString;
    let GutChecklist: typeof Wrappers.GutChecklist;
    let HealthArticle: typeof Wrappers.HealthArticle;
    let HotArticles: typeof Wrappers.HotArticles;
    let InnatehealProvider: typeof Wrappers.InnatehealProvider;
    let NutrientCard: typeof Wrappers.NutrientCard;

    before(async () => {
      const [react, client, server, wrappers] = await Promise.all([
        load(`${dir}/react.js`),
        load(`${dir}/react-dom-client.js`),
        load(`${dir}/react-dom-server.js`),
        load(`../src/react.ts?react=${version}`),
      ]);
      expect(react.version, 'the React running').to.match(new RegExp(`^${version}\\.`));
      ({createElement, Fragment, useEffect} = react);
      ({createRoot, hydrateRoot} = client);
      ({renderToString} = server);
      ({GutChecklist, HealthArticle, HotArticles, InnatehealProvider, NutrientCard} = wrappers as typeof Wrappers);
    });

    it('renders <GutChecklist> with its props and hears onGutChecklistChange', async () => {
      const host = await fixture(html`<div></div>`);
      const root = createRoot(host);
      const seen: string[][] = [];
      let refTo: GutChecklistElement | null = null;
      root.render(
        createElement(GutChecklist, {
          ref: (element: GutChecklistElement | null) => {
            refTo = element;
          },
          list: 'lifestyle',
          checked: ['meal-timings'],
          persist: true,
          onGutChecklistChange: (event) => seen.push(event.detail.checked),
        })
      );
      await waitUntil(() => host.querySelector('gut-checklist'), 'React never rendered it');
      const checklist = host.querySelector('gut-checklist') as GutChecklistElement;
      expect(refTo === checklist, 'a ref reaches the element').to.equal(true);
      await checklist.updateComplete;
      const boxes = checklist.shadowRoot!.querySelectorAll('input');
      expect(boxes).to.have.length(5);
      expect(boxes[3].checked, 'the checked prop, set as a property').to.equal(true);
      boxes[0].click();
      expect(seen).to.deep.equal([['whole-foods', 'meal-timings']]);
      const key = 'innateheal:leaky-gut:lifestyle';
      expect(JSON.parse(localStorage.getItem(key)!), 'persist').to.deep.equal(['whole-foods', 'meal-timings']);
      localStorage.removeItem(key);
      root.unmount();
    });

    it('renders <HealthArticle> with its camel-case props, and <NutrientCard> as a chip', async () => {
      const host = await fixture(html`<div></div>`);
      const root = createRoot(host);
      root.render(
        createElement(
          'div',
          null,
          createElement(HealthArticle, {
            sections: 'final-thoughts',
            headingLevel: '3',
            structuredData: true,
            eager: true,
          }),
          createElement(NutrientCard, {nutrient: 'zinc', variant: 'compact'})
        )
      );
      const heading = () => host.querySelector('health-article')?.shadowRoot?.querySelector('[role=heading]');
      await waitUntil(heading, 'never rendered');
      const article = host.querySelector('health-article')!;
      const headings = [...article.shadowRoot!.querySelectorAll('[role=heading]')].map((h) => [
        h.getAttribute('aria-level'),
        h.textContent!.trim(),
      ]);
      expect(headings.slice(1)).to.deep.equal([['4', 'Final Thoughts']]);
      expect(headings[0][0], 'the title').to.equal('3');
      expect(jsonLdScripts(), 'structured data').to.have.length(1);
      const card = host.querySelector('nutrient-card')!;
      await waitUntil(() => card.shadowRoot?.querySelector('[part=chip]'), 'no chip');
      root.unmount();
      await waitUntil(() => jsonLdScripts().length === 0, 'the JSON-LD stayed after React removed the article');
    });

    // Next.js, Remix and the like render each page on the server first. The
    // widgets' code then runs in the browser before React hydrates the page:
    // each widget renders from the markup as the server sent it.
    it('puts every attribute in the HTML a server renders, so widgets show their content before React hydrates', async () => {
      const app = (nutrient: string) =>
        createElement(
          InnatehealProvider,
          {partner: 'ssr-app', linkTarget: '_blank'},
          createElement(NutrientCard, {nutrient, id: 'card', eager: true}),
          createElement(GutChecklist, {list: 'lifestyle', persist: false}),
          createElement(HealthArticle, {sections: 'final-thoughts', headingLevel: '3', structuredData: true, eager: true})
        );
      // The browser's @lit/react, rendered to a string here, calls
      // useLayoutEffect, which React 18 warns of when rendering on a server:
      // a real server loads @lit/react's Node build, which does not call it.
      const error = console.error;
      console.error = (...args: unknown[]) => {
        if (!String(args[0]).includes('useLayoutEffect does nothing on the server')) error(...args);
      };
      let markup: string;
      try {
        markup = renderToString(app('zinc'));
      } finally {
        console.error = error;
      }
      expect(markup).to.include('<innateheal-provider partner="ssr-app" link-target="_blank">');
      expect(markup).to.include('<nutrient-card nutrient="zinc" id="card" eager=');
      expect(markup).to.include('heading-level="3"').and.include('structured-data=');
      expect(markup, 'a false boolean is no attribute').not.to.include('persist');

      const host = await fixture(html`<div></div>`);
      const card = () => host.querySelector('nutrient-card')!;
      const article = () => host.querySelector('health-article')!;
      const warnings = await captureWarnings(async () => {
        host.innerHTML = markup;
        await card().updateComplete;
        await article().updateComplete;
        await host.querySelector('gut-checklist')!.updateComplete;
      });
      expect(warnings).to.deep.equal([]);
      expect(card().shadowRoot!.querySelector('[part=name]')?.textContent).to.equal('Zinc');
      expect(card().shadowRoot!.querySelector('a')!.target, 'the provider sets link-target').to.equal('_blank');
      expect(host.querySelector('gut-checklist')!.shadowRoot!.querySelectorAll('input')).to.have.length(5);
      const title = article().shadowRoot!.querySelector('[role=heading]')!;
      expect(title.getAttribute('aria-level')).to.equal('3');
      expect(jsonLdScripts(), 'structured data').to.have.length(1);

      // Hydrated, React owns the attributes: a new prop reaches the widget.
      // The update waits for hydration to commit (an update before it makes
      // React give up hydrating): in WebKit that takes more than a frame.
      const before = card();
      let committed!: () => void;
      const hydrated = new Promise<void>((resolve) => (committed = resolve));
      const Committed = () => {
        useEffect(committed, []);
        return null;
      };
      const withSignal = (nutrient: string) => createElement(Fragment, null, app(nutrient), createElement(Committed));
      const root = hydrateRoot(host, withSignal('zinc'));
      await hydrated;
      root.render(withSignal('magnesium'));
      await waitUntil(
        () => card().shadowRoot!.querySelector('[part=name]')?.textContent === 'Magnesium',
        'the card did not follow React after hydration'
      );
      expect(card() === before, 'hydrated in place, not rendered anew').to.equal(true);
      root.unmount();
      await waitUntil(() => jsonLdScripts().length === 0, 'the JSON-LD stayed after React removed the article');
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

    // docs/elements.md, "In a form": React 19 hands a <form>'s action its FormData;
    // the app posts it to its server, multipart or URL-encoded.
    if (version === '19') {
      it('sends <GutChecklist name> with a React <form> whose action posts it to a server', async () => {
        const host = await fixture(html`<div></div>`);
        const root = createRoot(host);
        const received: {type: string; entries: [string, string][]}[] = [];
        const post = async (body: FormData | URLSearchParams) =>
          received.push(await (await fetch('/form-echo?as=json', {method: 'POST', body})).json());
        root.render(
          createElement(
            'form',
            {action: (data: FormData) => Promise.all([post(data), post(new URLSearchParams(data as unknown as string))])},
            createElement('input', {name: 'patient', defaultValue: 'Ana'}),
            createElement(GutChecklist, {name: 'symptoms', required: true}),
            createElement('button', null, 'Send')
          )
        );
        const checklist = await waitUntil(() => host.querySelector('gut-checklist')?.shadowRoot?.querySelector('input'), 'never rendered').then(
          () => host.querySelector('gut-checklist')!
        );
        const button = host.querySelector('button')!;
        button.click();
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(received, 'posted with nothing ticked').to.deep.equal([]);
        for (const box of checklist.shadowRoot!.querySelectorAll('input')) if (['skin', 'bloating'].includes(box.value)) box.click();
        await checklist.updateComplete;
        button.click();
        await waitUntil(() => received.length === 2, 'the action never posted');
        const sent = [
          ['patient', 'Ana'],
          ['symptoms', 'bloating'],
          ['symptoms', 'skin'],
        ];
        expect(received.map(({type}) => type).sort()).to.deep.equal(['application/x-www-form-urlencoded', 'multipart/form-data']);
        for (const {entries} of received) expect(entries).to.deep.equal(sent);
        // After the action, React resets the form: the checklist with its native fields.
        await waitUntil(() => !checklist.checked.length, 'React reset the form, and the ticks stayed');
        root.unmount();
      });
    }
  });
}
