import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type * as Vue from 'vue';
import '../src/index.js';
import {captureWarnings, texts} from './helpers.js';

// The README's Vue set-up, compiled in the browser by Vue's own full build:
// its isCustomElement, and its two lines of template.
const README_IS_CUSTOM_ELEMENT = (tag: string) =>
  /^(nutrient-card|gut-checklist|hot-articles|health-article|innateheal-provider)$/.test(tag);

// Not a literal import: Vue's browser build has no types of its own.
const load = (url: string): Promise<typeof Vue> => import(url);

describe('Vue, as the README sets it up', () => {
  it('passes a list as a property and hears the change event, with no warning from Vue', async () => {
    const {createApp} = await load('/node_modules/vue/dist/vue.esm-browser.js');
    const host = await fixture(html`<div></div>`);
    const seen: string[][] = [];
    let app!: Vue.App;
    const warnings = await captureWarnings(async () => {
      app = createApp({
        template: `<div>
          <gut-checklist list="symptoms" @gut-checklist-change="onChange" />
          <hot-articles :articles="teasers" />
        </div>`,
        data: () => ({teasers: [{title: 'Our own post', url: '/blog/our-own-post'}]}),
        methods: {onChange: (event: CustomEvent<{checked: string[]}>) => seen.push(event.detail.checked)},
      });
      app.config.compilerOptions.isCustomElement = README_IS_CUSTOM_ELEMENT;
      app.mount(host);
      await waitUntil(() => host.querySelector('hot-articles')?.shadowRoot?.querySelector('[part=title]'), 'never rendered');
    });
    try {
      expect(warnings, 'console warnings').to.deep.equal([]);
      const carousel = host.querySelector('hot-articles')!;
      expect(texts(carousel, 'title')).to.deep.equal(['Our own post']);
      const checklist = host.querySelector('gut-checklist')!;
      await waitUntil(() => checklist.shadowRoot!.querySelector('input'), 'no checklist');
      checklist.shadowRoot!.querySelector('input')!.click();
      expect(seen).to.have.length(1);
      expect(seen[0]).to.have.length(1);
    } finally {
      app.unmount();
    }
  });
});
