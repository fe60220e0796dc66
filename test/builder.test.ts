import {expect, waitUntil} from '@open-wc/testing';
import {fetchJson, schemeOf} from './helpers.js';
import {loadPartnerPage, openPartnerPage} from './partner/frame.js';

// docs/builder.html (scripts/builder.mjs, docs/builder.js): a partner sets a
// widget up, copies three blocks, and pastes them into a page.

type Builder = Window & typeof globalThis;

/** The builder in a frame, once its previews show the widget; under the README's strict CSP with `?csp`. */
async function openBuilder(query = ''): Promise<Builder> {
  const win = (await openPartnerPage(`/docs/builder.html${query}`, {width: 1200, height: 900})) as Builder;
  await waitUntil(() => win.document.getElementById('out-markup')?.textContent, 'the builder never ran', {timeout: 5000});
  await previewsShow(win, 'nutrient-card');
  return win;
}

const previews = (win: Builder) => [...win.document.querySelectorAll<HTMLIFrameElement>('.preview iframe')];

/**
 * Waits until every preview frame shows `tag` rendered, each scrolled into
 * view as a reader would (WebKit runs no animation frames in a frame out of
 * view, and the widgets render in one); gives the widgets.
 */
async function previewsShow(win: Builder, tag: string) {
  const widget = (frame: HTMLIFrameElement) => frame.contentDocument?.querySelector(tag);
  for (const frame of previews(win)) {
    frame.scrollIntoView({block: 'nearest'});
    await waitUntil(() => widget(frame)?.shadowRoot?.querySelector('.box, .chip'), `${frame.title}: never showed <${tag}>`, {timeout: 4000});
  }
  win.scrollTo(0, 0);
  return previews(win).map((frame) => widget(frame)!);
}

/** Sets a control as a partner does, and lets the builder hear it. */
function set(win: Builder, selector: string, value: string | boolean) {
  const control = win.document.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
  if (!control) throw new Error(`the builder has no ${selector}`);
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('change', {bubbles: true}));
}

const block = (win: Builder, id: string) => win.document.getElementById(id)!.textContent!;

describe('the widget builder (docs/builder.html)', function () {
  // Six previews, each loading the bundle.
  this.timeout(20000);

  it('works under the strict CSP with Trusted Types, its previews light and dark at three widths', async () => {
    const win = await openBuilder('?csp');
    // The policy is in force on the builder and in every preview: a string
    // into innerHTML is refused.
    const enforced = (w: Window) => {
      try {
        w.document.createElement('div').innerHTML = '<b>text</b>';
        return false;
      } catch (error) {
        return (error as Error).name === 'TypeError';
      }
    };
    expect([win, ...previews(win).map((frame) => frame.contentWindow!)].map(enforced)).to.deep.equal(Array(7).fill(true));
    const widgets = await previewsShow(win, 'nutrient-card');
    expect(widgets.map(schemeOf)).to.deep.equal(['light', 'light', 'light', 'dark', 'dark', 'dark']);
    const widths = previews(win).map((frame) => frame.clientWidth);
    expect(widths.slice(0, 2)).to.deep.equal([320, 768]);
    expect(widths[2], 'full width').to.be.above(768);
    expect(widths.slice(3)).to.deep.equal(widths.slice(0, 3));
    expect(block(win, 'out-script')).to.match(/integrity="sha384-[\w+/=]+"/);
  });

  it('has controls a keyboard and a screen reader can use (axe)', async () => {
    const win = await openBuilder();
    await new Promise<void>((resolve, reject) => {
      const script = win.document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = () => resolve();
      script.onerror = reject;
      win.document.head.append(script);
    });
    const axe = (win as unknown as {axe: {run(context: unknown, options: unknown): Promise<{violations: {id: string; nodes: {target: unknown}[]}[]}>}}).axe;
    // The builder's own page; the previews are the widgets, checked by their own tests.
    const {violations} = await axe.run({exclude: [['.previews']]}, {});
    expect(violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)).to.deep.equal([]);
  });

  it('gives the same widget, with the same settings, in a page made of the copied blocks', async () => {
    const win = await openBuilder();
    set(win, '#pick-gut-checklist', true);
    set(win, '#gut-checklist-list', 'lifestyle');
    set(win, '#gut-checklist-heading', 'Habits I already have');
    set(win, '#gut-checklist-persist', true);
    set(win, '#innateheal-provider-partner', 'acme-blog');
    set(win, '#innateheal-provider-link-target', '_blank');
    set(win, '#innateheal-provider-theme', 'dark');
    set(win, '#token-accent-on', true);
    set(win, '#token-accent', '#7a3e9d');
    const [preview] = await previewsShow(win, 'gut-checklist');
    await waitUntil(() => preview.shadowRoot!.querySelector('legend')?.textContent === 'Habits I already have', 'the preview never changed');

    // What the Copy buttons copy is what each block shows.
    const copied: string[] = [];
    Object.defineProperty(win.navigator, 'clipboard', {value: {writeText: async (text: string) => copied.push(text)}, configurable: true});
    for (const button of win.document.querySelectorAll<HTMLButtonElement>('[data-copy]')) button.click();
    await waitUntil(() => copied.length === 4 && win.document.getElementById('copied')!.textContent, 'not every block was copied');
    const [script, css, markup, prerender] = ['out-script', 'out-css', 'out-markup', 'out-prerender'].map((id) => block(win, id));
    expect(copied).to.deep.equal([script, css, markup, prerender]);
    expect(win.document.getElementById('copied')!.textContent).to.include('Copied');

    // A fresh page where the reader looks: WebKit runs no animation frames in
    // a frame out of view, and the builder's frame would push it there.
    win.frameElement!.remove();
    const query = new URLSearchParams({script, css, markup});
    const page = await loadPartnerPage(`/partner/snippet.html?${query}`);
    const checklist = page.document.querySelector('gut-checklist')!;
    expect(checklist.getAttribute('list')).to.equal('lifestyle');
    expect(checklist.hasAttribute('persist')).to.equal(true);
    expect(checklist.shadowRoot!.querySelector('legend')!.textContent).to.equal('Habits I already have');
    expect(checklist.shadowRoot!.textContent).to.include('Eating simple, whole foods');
    const link = checklist.shadowRoot!.querySelector('a')!;
    expect(new URL(link.href).searchParams.get('utm_source')).to.equal('acme-blog');
    expect(link.target).to.equal('_blank');
    expect(schemeOf(checklist)).to.equal('dark');
    expect(getComputedStyle(checklist.shadowRoot!.querySelector('[part=reset]')!).borderTopColor).to.equal('rgb(122, 62, 157)');
  });

  it("writes the clinic's form around a checklist that is a form field", async () => {
    const win = await openBuilder();
    set(win, '#pick-gut-checklist', true);
    set(win, '#gut-checklist-form', true);
    set(win, '#gut-checklist-name', 'symptoms');
    set(win, '#gut-checklist-required', true);
    const markup = block(win, 'out-markup');
    expect(markup).to.match(/^<form action="\/your-intake" method="post">/);
    expect(markup).to.include('<gut-checklist list="symptoms" name="symptoms" required></gut-checklist>');
    const [preview] = await previewsShow(win, 'gut-checklist');
    expect((preview as HTMLElementTagNameMap['gut-checklist']).form, 'the preview sits in a form').to.not.equal(null);
  });

  it('shows only the chosen element\'s settings, and reserves its room alone', async () => {
    const win = await openBuilder();
    set(win, '#pick-health-article', true);
    const shown = [...win.document.querySelectorAll<HTMLFieldSetElement>('fieldset[data-for]')].filter((f) => !f.hidden).map((f) => f.dataset.for);
    expect(shown).to.deep.equal(['health-article', 'innateheal-provider']);
    set(win, '#section-when-to-seek-medical-care', true);
    set(win, '#section-final-thoughts', true);
    expect(block(win, 'out-markup')).to.equal('<health-article sections="when-to-seek-medical-care,final-thoughts"></health-article>');
    const css = block(win, 'out-css');
    expect(css).to.include('health-article:not([data-ih-theme]) { min-height: 40em; }');
    expect(css).not.to.match(/nutrient-card|gut-checklist|hot-articles/);
    // A checklist's room on phones too, from the guide's media query.
    set(win, '#pick-gut-checklist', true);
    expect(block(win, 'out-css')).to.include('@media (max-width: 30em) {\n  gut-checklist:not([data-ih-theme]) { min-height: 25.375em; }\n}');
    expect(block(win, 'out-css')).to.include('@media (max-width: 24em) {\n  gut-checklist:not([data-ih-theme]) { min-height: 26.6875em; }\n}');
    expect(block(win, 'out-css')).not.to.match(/nutrient-card|health-article|hot-articles/);
  });

  it('gives a build that pre-renders the command and the style-src hashes its widget and provider need', async () => {
    const win = await openBuilder();
    const {'prerendered-styles': hashes} = await fetchJson('/dist/integrity.json');
    set(win, '#pick-hot-articles', true);
    expect(block(win, 'out-prerender')).to.equal(
      `npx innateheal-widgets prerender page.html -o page.html\n\nContent-Security-Policy: style-src 'self' ${hashes['hot-articles']}`
    );
    set(win, '#innateheal-provider-partner', 'acme-blog');
    expect(block(win, 'out-prerender')).to.include(`style-src 'self' ${hashes['hot-articles']} ${hashes['innateheal-provider']}`);
  });
});
