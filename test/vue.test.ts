import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type * as Vue from 'vue';
import '../src/index.js';
import {captureWarnings, texts} from './helpers.js';

/**
 * The frameworks guide's Vue set-up (docs/frameworks.md), read from it: the tag pattern of its
 * isCustomElement, and its lines of template.
 */
async function readmeVue(): Promise<{isCustomElement: (tag: string) => boolean; template: string}> {
  const readme = await (await fetch('/docs/frameworks.md')).text();
  const pattern = /isCustomElement: \(tag\) => \/(.+?)\/\.test\(tag\)/.exec(readme);
  const template = /```vue\n([\s\S]*?)```/.exec(readme);
  if (!pattern || !template) throw new Error("docs/frameworks.md: no Vue set-up (isCustomElement and a ```vue block)");
  const tags = new RegExp(pattern[1]);
  return {isCustomElement: (tag) => tags.test(tag), template: template[1]};
}

// Not a literal import: Vue's browser build has no types of its own.
const load = (url: string): Promise<typeof Vue> => import(url);

describe('Vue, as docs/frameworks.md sets it up', () => {
  it('passes a list as a property and hears the change event, with no warning from Vue', async () => {
    const {createApp} = await load('/node_modules/vue/dist/vue.esm-browser.js');
    const {isCustomElement, template} = await readmeVue();
    const host = await fixture(html`<div></div>`);
    const seen: string[][] = [];
    let app!: Vue.App;
    const warnings = await captureWarnings(async () => {
      app = createApp({
        template: `<div>${template}</div>`,
        data: () => ({teasers: [{title: 'Our own post', url: '/blog/our-own-post'}]}),
        methods: {onChange: (event: CustomEvent<{checked: string[]}>) => seen.push(event.detail.checked)},
      });
      app.config.compilerOptions.isCustomElement = isCustomElement;
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
