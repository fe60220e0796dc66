import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {nothing} from 'lit';
import '../src/index.js';
import type {InnatehealProvider} from '../components/innateheal-provider/innateheal-provider.js';
import type {GutChecklist} from '../components/gut-checklist/gut-checklist.js';
import {emulate} from './engines.js';
import {$, captureWarnings, schemeOf} from './helpers.js';

const TAGS = ['nutrient-card', 'gut-checklist', 'hot-articles', 'health-article'] as const;

/** Every widget inside `root`, rendered. */
async function widgets(root: Element) {
  const found = TAGS.flatMap((tag) => [...root.querySelectorAll(tag)]);
  await Promise.all(found.map((el) => (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete));
  return found;
}

/** Every link in every widget's shadow root, with the tag it came from. */
async function links(root: Element) {
  return (await widgets(root)).flatMap((el) =>
    [...el.shadowRoot!.querySelectorAll('a')].map((a) => ({tag: el.localName, a}))
  );
}

/** The text of the element `selector` finds in `el`'s shadow root. */
const partText = (el: Element, selector: string) => $(el, selector).textContent!.trim();

// eager: these tests are about settings, not about when a widget below the
// fold renders (test/lazy.test.ts).
const everything = (partner?: string) => html`<innateheal-provider partner=${partner ?? nothing}>
  <nutrient-card nutrient="zinc" eager></nutrient-card>
  <gut-checklist eager></gut-checklist>
  <hot-articles eager></hot-articles>
  <health-article sections="final-thoughts" eager></health-article>
</innateheal-provider>`;

describe('<innateheal-provider>', () => {
  it('takes no room: display contents', async () => {
    const el = await fixture<InnatehealProvider>(everything());
    expect(getComputedStyle(el).display).to.equal('contents');
  });

  it('adds the partner tracking to every link of every element', async () => {
    const el = await fixture<InnatehealProvider>(everything('acme-blog'));
    const found = await links(el);
    expect(new Set(found.map(({tag}) => tag))).to.have.keys(...TAGS);
    for (const {tag, a} of found) {
      const url = new URL(a.href);
      expect(url.origin, tag).to.equal('https://innateheal.com');
      expect(Object.fromEntries(url.searchParams), `${tag} ${a.href}`).to.deep.equal({
        utm_source: 'acme-blog',
        utm_medium: 'widget',
        utm_campaign: tag,
      });
    }
  });

  it('takes the partner id without the spaces around it', async () => {
    const el = await fixture<InnatehealProvider>(everything('  acme-blog '));
    const found = await links(el);
    expect(new Set(found.map(({tag}) => tag))).to.have.keys(...TAGS);
    for (const {tag, a} of found) {
      expect(new URL(a.href).searchParams.get('utm_source'), tag).to.equal('acme-blog');
    }
  });

  it('follows live attribute changes', async () => {
    const el = await fixture<InnatehealProvider>(html`<innateheal-provider partner="one">
      <nutrient-card nutrient="zinc"></nutrient-card>
    </innateheal-provider>`);
    el.setAttribute('partner', 'two');
    el.setAttribute('base-url', 'https://mirror.example/articles/');
    await el.updateComplete;
    const [{a}] = await links(el);
    expect(a.href).to.equal(
      'https://mirror.example/articles/leaky-gut?utm_source=two&utm_medium=widget&utm_campaign=nutrient-card'
    );
    el.removeAttribute('partner');
    await el.updateComplete;
    expect((await links(el))[0].a.href).to.equal('https://mirror.example/articles/leaky-gut');
    // A script may set a number (a partner id from a CMS): it reads as text.
    (el as unknown as {partner: unknown}).partner = 1042;
    await el.updateComplete;
    expect(new URL((await links(el))[0].a.href).searchParams.get('utm_source')).to.equal('1042');
  });

  it('ignores a base-url that is not http(s), with a warning', async () => {
    let el!: InnatehealProvider;
    const warnings = await captureWarnings(async () => {
      el = await fixture<InnatehealProvider>(html`<innateheal-provider base-url="javascript:alert(1)//">
        <nutrient-card nutrient="zinc"></nutrient-card>
      </innateheal-provider>`);
    });
    expect((await links(el))[0].a.getAttribute('href')).to.equal('https://innateheal.com/leaky-gut');
    expect(warnings.join()).to.include('base-url');
  });

  it('opens links in a new tab without opener or referrer when asked', async () => {
    const el = await fixture<InnatehealProvider>(everything());
    el.setAttribute('link-target', '_blank');
    await el.updateComplete;
    const found = await links(el);
    expect(found.length).to.be.greaterThan(5);
    for (const {tag, a} of found) {
      expect([a.target, a.rel], tag).to.deep.equal(['_blank', 'noopener noreferrer']);
    }
    el.setAttribute('link-target', '_self');
    await el.updateComplete;
    const after = await links(el);
    expect(after).to.have.length(found.length);
    for (const {a} of after) {
      expect(a.hasAttribute('target') || a.hasAttribute('rel')).to.equal(false);
    }
  });

  it('lets the inner of two nested providers win and inherits the rest', async () => {
    const el = await fixture<InnatehealProvider>(html`<innateheal-provider partner="outer" link-target="_blank">
      <nutrient-card id="outside" nutrient="zinc"></nutrient-card>
      <innateheal-provider partner="inner">
        <nutrient-card id="inside" nutrient="zinc"></nutrient-card>
      </innateheal-provider>
    </innateheal-provider>`);
    const [outside, inside] = (await links(el)).map(({a}) => a);
    expect(new URL(outside.href).searchParams.get('utm_source')).to.equal('outer');
    expect(new URL(inside.href).searchParams.get('utm_source')).to.equal('inner');
    expect(inside.target, 'inherited link-target').to.equal('_blank');
  });

  it('inherits the partner id and the strings an inner provider does not set', async () => {
    const el = await fixture<InnatehealProvider>(html`<innateheal-provider partner="outer" .strings=${{checklistReset: 'Zurücksetzen'}}>
      <innateheal-provider link-target="_blank" .strings=${{noArticles: 'Keine Artikel'}}>
        <gut-checklist></gut-checklist>
        <hot-articles category="none"></hot-articles>
      </innateheal-provider>
    </innateheal-provider>`);
    const [checklist, carousel] = await widgets(el);
    expect(partText(checklist, '[part=reset]'), 'the outer string').to.equal('Zurücksetzen');
    expect(partText(carousel, '[part=empty]'), 'the inner string').to.equal('Keine Artikel');
    const link = checklist.shadowRoot!.querySelector('a')!;
    expect(new URL(link.href).searchParams.get('utm_source'), 'the outer partner').to.equal('outer');
    expect(link.target).to.equal('_blank');
  });

  it('uses the defaults outside any provider', async () => {
    const el = await fixture(html`<div><nutrient-card nutrient="zinc"></nutrient-card></div>`);
    const [{a}] = await links(el);
    expect(a.href).to.equal('https://innateheal.com/leaky-gut');
    expect(a.hasAttribute('target')).to.equal(false);
  });

  it('replaces UI text with strings, falling back to English per key', async () => {
    let el!: InnatehealProvider;
    let checklist!: GutChecklist;
    const warnings = await captureWarnings(async () => {
      el = await fixture<InnatehealProvider>(html`<innateheal-provider
        .strings=${{checklistReset: 'Réinitialiser', checklistSummary: '{checked} sur {total} cochés', bogus: 1}}
      >
        <gut-checklist></gut-checklist>
        <nutrient-card nutrient="iron"></nutrient-card>
      </innateheal-provider>`);
      checklist = el.querySelector('gut-checklist') as GutChecklist;
      await checklist.updateComplete;
    });
    const text = (selector: string) => partText(checklist, selector);
    expect(text('[part=reset]')).to.equal('Réinitialiser');
    expect(text('[part=summary]')).to.equal('0 sur 4 cochés');
    expect(text('[part=notice]')).to.include('not medical advice');

    expect(warnings.filter((w) => w.includes('strings.'))).to.deep.equal([
      '@innateheal/widgets: <innateheal-provider>: strings.bogus "1" ignored. Valid: text, for a key of Strings.',
    ]);

    el.strings = {unknownValue: '<{tag}> : {what} inconnu « {value} ». Valides : {valid}.'};
    await el.updateComplete;
    const card = el.querySelector('nutrient-card')!;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part=error]')!.textContent).to.match(/^<nutrient-card> : nutrient inconnu « iron »/);
    await checklist.updateComplete;
    expect(text('[part=reset]'), 'earlier strings replaced whole').to.equal('Reset');
  });

  it('keeps a placeholder it does not know as written, and warns of a key it does not know', async () => {
    let el!: InnatehealProvider;
    const warnings = await captureWarnings(async () => {
      el = await fixture<InnatehealProvider>(html`<innateheal-provider
        .strings=${{checklistSummary: '{checked}/{total} ({count}) {toString} {__proto__} {constructor}', bogus: 'x'}}
        ><gut-checklist></gut-checklist
      ></innateheal-provider>`);
    });
    const [checklist] = (await widgets(el)) as GutChecklist[];
    // Names every object has are no values either.
    expect(partText(checklist, '[part=summary]')).to.equal('0/4 ({count}) {toString} {__proto__} {constructor}');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('strings.bogus');
  });

  it('keeps the English text for blank strings: no nameless button, no missing notice', async () => {
    // What a partner's translation catalogue gives for a key it lacks.
    const blank = {checklistReset: '', notMedicalAdvice: '  ', previousArticles: ''};
    const warnings = await captureWarnings(async () => {
      const el = await fixture<InnatehealProvider>(html`<innateheal-provider .strings=${blank}>
        <gut-checklist eager></gut-checklist>
      </innateheal-provider>`);
      const checklist = el.querySelector('gut-checklist')!;
      await checklist.updateComplete;
      const text = (selector: string) => partText(checklist, selector);
      expect(text('[part=reset]')).to.equal('Reset');
      expect(text('[part=notice]')).to.include('Educational content, not medical advice.');
      await expect(checklist).to.be.accessible();
    });
    expect(warnings.filter((w) => w.includes('strings.'))).to.have.length(3);
    expect(warnings.join('\n')).to.include('strings.notMedicalAdvice "  " ignored');
  });

  it('takes theme and link-target in any case, as HTML does its own keywords', async () => {
    let el!: InnatehealProvider;
    const warnings = await captureWarnings(async () => {
      el = await fixture<InnatehealProvider>(html`<innateheal-provider theme="Dark" link-target="_BLANK">
        <nutrient-card nutrient="zinc" eager></nutrient-card>
      </innateheal-provider>`);
      await widgets(el);
    });
    expect(el.querySelector('nutrient-card')!.getAttribute('data-ih-theme')).to.equal('dark');
    const [{a}] = await links(el);
    expect([a.target, a.rel]).to.deep.equal(['_blank', 'noopener noreferrer']);
    expect(warnings).to.deep.equal([]);
  });

  it('switches the theme of every widget, live', async () => {
    const el = await fixture<InnatehealProvider>(everything());
    const backgrounds = async () =>
      (await widgets(el)).map((w) => getComputedStyle(w.shadowRoot!.firstElementChild!).backgroundColor);
    const light = await backgrounds();
    el.theme = 'dark';
    await el.updateComplete;
    const dark = await backgrounds();
    dark.forEach((colour, i) => expect(colour, TAGS[i]).not.to.equal(light[i]));
    for (const w of await widgets(el)) {
      expect(w.getAttribute('data-ih-theme')).to.equal('dark');
    }
    await emulate({colorScheme: 'dark'});
    try {
      el.theme = 'light';
      await el.updateComplete;
      expect(await backgrounds(), 'light wins over a dark system').to.deep.equal(light);
      el.theme = 'auto';
      await el.updateComplete;
      expect(await backgrounds(), 'auto follows the system').to.deep.equal(dark);
    } finally {
      await emulate({colorScheme: 'light'});
    }
  });

  it('gives an inner provider\'s widgets back to the page\'s colours with theme="page"', async () => {
    const el = await fixture(html`<div style="color-scheme: dark">
      <innateheal-provider theme="light">
        <nutrient-card nutrient="zinc" eager></nutrient-card>
        <innateheal-provider theme="Page"><nutrient-card nutrient="zinc" eager></nutrient-card></innateheal-provider>
      </innateheal-provider>
    </div>`);
    const [outer, inner] = el.querySelectorAll('nutrient-card');
    await Promise.all([outer.updateComplete, inner.updateComplete]);
    expect([schemeOf(outer), schemeOf(inner)]).to.deep.equal(['light', 'dark']);
  });

  it('prints ink on paper, even with a dark theme', async () => {
    const el = await fixture<InnatehealProvider>(everything());
    el.theme = 'dark';
    await el.updateComplete;
    await emulate({media: 'print'});
    try {
      for (const w of await widgets(el)) {
        const box = getComputedStyle(w.shadowRoot!.firstElementChild!);
        expect([box.color, box.backgroundColor], w.localName).to.deep.equal(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
      }
    } finally {
      await emulate({media: 'screen'});
    }
  });

  it('reaches widgets whose provider is defined after them (npm modules, imported in any order)', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/partner/late-provider.html"></iframe>`);
    const win = frame.contentWindow as Window & {loadProvider(): Promise<unknown>};
    const card = () => win.document.querySelector('nutrient-card')!;
    await waitUntil(() => card()?.shadowRoot?.querySelector('a'), 'the card never rendered', {timeout: 5000});
    expect(card().shadowRoot!.querySelector('a')!.href).not.to.include('utm_source');
    await win.loadProvider();
    await waitUntil(
      () => card().shadowRoot!.querySelector('a')!.href.includes('utm_source=late'),
      'the card never took the provider settings'
    );
  });

  it('reaches widgets from another copy of the package on the same page', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/partner/two-copies.html"></iframe>`);
    const win = frame.contentWindow!;
    const card = () => win.document.querySelector('nutrient-card');
    await waitUntil(() => card()?.shadowRoot?.querySelector('a'), 'the card never rendered', {timeout: 5000});
    const urls = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(urls, 'the card from the second copy').to.include('/copy/dist/nutrient-card.js');
    expect(urls.filter((url) => url.startsWith('/copy/dist/chunks/')), 'its own shared chunks').to.have.length.above(0);
    expect(card()!.shadowRoot!.querySelector('a')!.href).to.include('utm_source=copy-one');
  });

  it('is accessible in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<InnatehealProvider>(everything());
      el.theme = theme;
      await el.updateComplete;
      await widgets(el);
      for (const w of await widgets(el)) {
        await expect(w, `${w.localName} ${theme}`).to.be.accessible();
      }
    }
  });
});
