import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {captureWarnings, manifestElements, shownText} from './helpers.js';

/** What a script or a framework may hand a property by mistake. */
const BAD = [42, NaN, true, null, ['not', 'text'], {}];

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
    // From the manifest, so a property added later is covered too.
    fields = (await manifestElements())
      .filter((d) => d.tagName in valid)
      .flatMap((d) =>
        (d.members ?? [])
          .filter((f) => f.kind === 'field' && !f.static && (f.privacy ?? 'public') === 'public')
          .map((f): [Tag, string] => [d.tagName as Tag, f.name])
      );
  });

  it('finds the public properties of every element', () => {
    expect(new Set(fields.map(([tag]) => tag))).to.have.keys(...Object.keys(valid));
    expect(fields.map(([, name]) => name)).to.include.members(['nutrient', 'checked', 'articles', 'sections', 'strings']);
  });

  it('never throw, and leave every widget showing text', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
    window.addEventListener('error', onError);
    try {
      await captureWarnings(async () => {
        for (const [tag, name] of fields) {
          const el = await fixture<Updating>(valid[tag]);
          const widget = (tag === 'innateheal-provider' ? el.firstElementChild : el) as Updating;
          for (const value of BAD) {
            const what = `${tag}.${name} = ${JSON.stringify(value)}`;
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
  });
});
