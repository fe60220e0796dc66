import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import type {HotArticles, InnatehealProvider, NutrientCard} from '../src/index.js';
import {captureWarnings, manifestElements, shownText} from './helpers.js';

/**
 * What a script or a framework may hand a property by mistake, by name. The
 * last two have no text: reading them as text throws a TypeError (an object
 * without a prototype comes from `Object.create(null)`, as some query-string
 * and JSON parsers make).
 */
const BAD: [string, unknown][] = [
  ['42', 42],
  ['NaN', NaN],
  ['true', true],
  ['null', null],
  ['an array', ['not', 'text']],
  ['an object', {}],
  ['a Symbol', Symbol('bad')],
  ['an object without a prototype', Object.create(null)],
];

/** A valid element of each kind, eager so that it has rendered when the fixture resolves. */
const valid = {
  'nutrient-card': html`<nutrient-card nutrient="zinc" eager></nutrient-card>`,
  'gut-checklist': html`<gut-checklist eager></gut-checklist>`,
  'hot-articles': html`<hot-articles eager></hot-articles>`,
  'health-article': html`<health-article sections="final-thoughts" eager></health-article>`,
  'innateheal-provider': html`<innateheal-provider
    ><nutrient-card nutrient="zinc" eager></nutrient-card
  ></innateheal-provider>`,
};

type Tag = keyof typeof valid;
type Updating = HTMLElement & {updateComplete: Promise<unknown>};

describe('public properties set to values that are not what they take', () => {
  let fields: [Tag, string][];
  before(async () => {
    // From the manifest, so a property added later is covered too. (Not the
    // read-only ones, such as a form control's `form`: setting one throws a
    // TypeError in a module, as it does on a native control.)
    fields = (await manifestElements())
      .filter((d) => d.tagName in valid)
      .flatMap((d) =>
        (d.members ?? [])
          .filter((f) => f.kind === 'field' && !f.static && !f.readonly && (f.privacy ?? 'public') === 'public')
          .map((f): [Tag, string] => [d.tagName as Tag, f.name])
      );
  });

  it('finds the public properties of every element', () => {
    expect(new Set(fields.map(([tag]) => tag))).to.have.keys(...Object.keys(valid));
    expect(fields.map(([, name]) => name)).to.include.members(['nutrient', 'checked', 'articles', 'sections', 'strings']);
  });

  it('never throw, leave every widget showing text, and warn of a value without text by its type', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
    window.addEventListener('error', onError);
    let warnings: string[] = [];
    try {
      warnings = await captureWarnings(async () => {
        for (const [tag, name] of fields) {
          const el = await fixture<Updating>(valid[tag]);
          const widget = (tag === 'innateheal-provider' ? el.firstElementChild : el) as Updating;
          for (const [label, value] of BAD) {
            const what = `${tag}.${name} = ${label}`;
            (el as unknown as Record<string, unknown>)[name] = value;
            await el.updateComplete.catch((error) => errors.push(`${what}: ${error}`));
            await widget.updateComplete.catch((error) => errors.push(`${what}: ${error}`));
            expect(shownText(widget), what).not.to.equal('');
          }
        }
      });
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    // As the widget shows them too (the next test).
    expect(warnings.join('\n')).to.include('<nutrient-card>: unknown nutrient "[object Symbol]"');
    expect(warnings.join('\n')).to.include('<innateheal-provider>: theme "[object Symbol]" ignored');
  });

  it('without text are named by their type on the widget', async () => {
    const el = await fixture<NutrientCard>(valid['nutrient-card']);
    // Warned once a page: the test above has warned it already.
    await captureWarnings(async () => {
      el.nutrient = Symbol('bad') as unknown as string;
      await el.updateComplete;
    });
    expect(shownText(el)).to.include('unknown nutrient "[object Symbol]"');

    el.nutrient = Object.create(null);
    await el.updateComplete;
    expect(shownText(el)).to.include('unknown nutrient "[object Object]"');
  });

  it('without text are still taken where they are not text: partner teasers', async () => {
    const teaser = Object.assign(Object.create(null), {title: 'Our own article', url: '/own'});
    const el = await fixture<HotArticles>(html`<hot-articles eager .articles=${[teaser]}></hot-articles>`);
    expect(shownText(el)).to.include('Our own article');
  });

  it('without text inside what a property takes are left out: checked ids, provider strings', async () => {
    const el = await fixture<InnatehealProvider>(html`<innateheal-provider
      ><gut-checklist eager></gut-checklist
    ></innateheal-provider>`);
    const checklist = el.querySelector('gut-checklist')!;
    const warnings = await captureWarnings(async () => {
      checklist.checked = [Object.create(null), Symbol('bad') as unknown as string, 'bloating'];
      await checklist.updateComplete;
      el.strings = {checklistReset: Symbol('bad') as unknown as string, note: Object.create(null)};
      await el.updateComplete;
      await checklist.updateComplete;
    });
    expect(checklist.checked).to.deep.equal(['bloating']);
    expect(shownText(checklist)).to.include('1 of 4 ticked');
    expect(shownText(checklist)).to.include('Reset');
    expect(warnings.join('\n')).to.include('strings.checklistReset "[object Symbol]" ignored');
    expect(warnings.join('\n')).to.include('strings.note "[object Object]" ignored');
  });
});
