import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import '../src/index.js';
import {SCHEMES, centre, computedStyle, manifestElements} from './helpers.js';
import {emulate} from './engines.js';
import type {GutChecklist} from '../components/gut-checklist/gut-checklist.js';

// The `--ih-*` custom properties are the partners' theming API, documented
// per element with @cssprop (docs/theming.md, manifest, editor data). Each is set here
// to a value nothing else produces, and looked for in the computed styles of
// everything a widget shows: what an element documents must change what it
// shows, in light and dark, and what changes it must be documented.

const TOKENS: Record<string, string> = {
  '--ih-color-text': 'rgb(101, 2, 3)',
  '--ih-color-muted': 'rgb(102, 2, 3)',
  '--ih-color-surface': 'rgb(103, 2, 3)',
  '--ih-color-subtle': 'rgb(104, 2, 3)',
  '--ih-color-accent': 'rgb(105, 2, 3)',
  '--ih-color-border': 'rgb(106, 2, 3)',
  '--ih-color-focus': 'rgb(107, 2, 3)',
  '--ih-color-error': 'rgb(108, 2, 3)',
  '--ih-radius': '13.5px',
  '--ih-space': '17.5px',
  '--ih-font-family': 'ih-test-font',
  '--ih-font-size': '19.5px',
};

/** Each element in every state that shows a token: content, its callout or chip, an error. */
const STATES: Record<string, string[]> = {
  'nutrient-card': ['nutrient="zinc"', 'nutrient="zinc" variant="compact"', 'nutrient="no-such"'],
  'gut-checklist': ['', 'list="seek-care"', 'list="no-such"'],
  'hot-articles': ['', 'category="no-such"'],
  'health-article': ['', 'article="no-such"'],
};

/**
 * Every computed value of the widgets in `box` and of everything in their
 * shadow roots, with the first widget's first control focused from the
 * keyboard and the pointer over its first enabled control.
 */
async function computedValues(box: Element): Promise<string> {
  const widget = box.querySelector('[data-first]')!;
  const control = widget.shadowRoot!.querySelector<HTMLElement>('a, button, input')!;
  (box.querySelector('#before') as HTMLElement).focus();
  await sendKeys({press: 'Tab'});
  expect(widget.shadowRoot!.activeElement === control, `${widget.localName}: focus on its first control`).to.equal(true);
  const hovered = widget.shadowRoot!.querySelector('a, button:not([aria-disabled=true]), label')!;
  await sendMouse({type: 'move', position: centre(hovered)});
  const values: string[] = [];
  const collect = (el: Element) => {
    values.push(...Object.values(computedStyle(el)));
    for (const child of (el.shadowRoot ?? el).children) collect(child);
  };
  try {
    box.querySelectorAll('[data-widget]').forEach(collect);
  } finally {
    await sendMouse({type: 'move', position: [0, 0]});
  }
  return values.join('\n');
}

async function render(tag: string, theme: string, tokens: string) {
  const states = STATES[tag].map(
    (attributes, i) => `<${tag} eager data-widget ${i ? '' : 'data-first'} ${attributes}></${tag}>`
  );
  const provider = await fixture(html`<innateheal-provider theme=${theme}>
    <div style="width: 600px; ${tokens}">
      <button id="before">Before</button>
      ${unsafeHTML(states.join(''))}
    </div>
  </innateheal-provider>`);
  const widgets = [...provider.querySelectorAll<Element & {updateComplete: Promise<boolean>}>('[data-widget]')];
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  return provider.firstElementChild!;
}

describe('theming with --ih-* custom properties', () => {
  let documented: Record<string, string[]>;
  before(async () => {
    documented = Object.fromEntries(
      (await manifestElements()).map((el) => [el.tagName, (el.cssProperties ?? []).map((p) => p.name).sort()])
    );
  });

  for (const tag of Object.keys(STATES)) {
    for (const theme of ['light', 'dark']) {
      it(`<${tag}> shows every property it documents, and documents every one it shows (${theme})`, async () => {
        const plain = await computedValues(await render(tag, theme, ''));
        const css = Object.entries(TOKENS).map(([name, value]) => `${name}: ${value};`).join(' ');
        const themed = await computedValues(await render(tag, theme, css));
        for (const value of Object.values(TOKENS)) expect(plain, 'a value only the token gives').not.to.include(value);
        const shown = Object.keys(TOKENS).filter((name) => themed.includes(TOKENS[name]));
        expect(shown.sort()).to.deep.equal(documented[tag]);
      });
    }
  }
});

/**
 * The widget's styles as a browser without CSS `light-dark()` takes them:
 * there the function is unknown, as `no-light-dark()` is everywhere.
 */
function withoutLightDark(widget: Element) {
  const root = widget.shadowRoot!;
  expect(root.adoptedStyleSheets.length, 'styles to rewrite').to.be.above(0);
  root.adoptedStyleSheets = root.adoptedStyleSheets.map((sheet) => {
    const old = new CSSStyleSheet();
    old.replaceSync([...sheet.cssRules].map((rule) => rule.cssText.replaceAll('light-dark(', 'no-light-dark(')).join('\n'));
    return old;
  });
}

// docs/theming.md, "Colours": before light-dark(), widgets are light unless the
// theme asks for dark, or for the reader's system and it is dark.
describe('colours in browsers without light-dark()', () => {
  for (const system of ['light', 'dark'] as const) {
    it(`shows light widgets unless the theme says dark or auto (${system} system)`, async () => {
      await emulate({colorScheme: system});
      try {
        const page = await fixture(html`<div style="color-scheme: light dark">
          ${['page', 'light', 'dark', 'auto'].map(
            (theme) => html`<innateheal-provider theme=${theme}><gut-checklist eager data-theme=${theme}></gut-checklist></innateheal-provider>`
          )}
        </div>`);
        const surfaces: Record<string, string> = {};
        for (const widget of page.querySelectorAll<GutChecklist>('gut-checklist')) {
          await widget.updateComplete;
          withoutLightDark(widget);
          surfaces[widget.dataset.theme!] = getComputedStyle(widget.shadowRoot!.querySelector('.box')!).backgroundColor;
        }
        const {light, dark} = SCHEMES;
        expect(surfaces).to.deep.equal({page: light.surface, light: light.surface, dark: dark.surface, auto: SCHEMES[system].surface});
      } finally {
        await emulate({colorScheme: 'light'});
      }
    });
  }
});
