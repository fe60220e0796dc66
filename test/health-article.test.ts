import {expect, fixture, html, nextFrame, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {nothing} from 'lit';
import type {TemplateResult} from 'lit';
import '../components/health-article/health-article.js';
import '../components/innateheal-provider/innateheal-provider.js';
import type {HealthArticle} from '../components/health-article/health-article.js';
import {leakyGut} from '../data/leaky-gut.js';
import {site} from '../data/site.js';
import {
  $,
  all,
  articleAtFirstStep,
  captureWarnings,
  farBelow,
  has,
  isShown,
  jsonLdScripts,
  sectionSteps,
  settlesWithin,
} from './helpers.js';
import {recordShifts, setViewport} from './engines.js';
import {seedLines} from './seed.js';

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
const levels = (el: Element) =>
  all(el, '[role=heading]').map((h) => [Number(h.getAttribute('aria-level')), fold(h.textContent!)] as const);

/** Whether a section is focused (where a link took the reader) and shown: not in a closed panel. */
const showsSection = (el: Element, id: string) => el.shadowRoot!.activeElement?.id === id && $(el, `#${id}`).checkVisibility();

/**
 * A page opened at the link to "When to Seek Medical Care", with the article
 * inside `panels` (a closed accordion, say) in a box that scrolls: once the
 * section is focused and shown.
 */
async function openedAtGuidance(panels: TemplateResult) {
  history.replaceState(null, '', '#when-to-seek-medical-care');
  const page = await fixture<HTMLElement>(html`<div style="height: 400px; overflow: auto">${panels}</div>`);
  const el = page.querySelector('health-article')!;
  await waitUntil(() => showsSection(el, 'when-to-seek-medical-care'), 'opened at the section, hidden');
  return {page, el};
}

/** The article (or the sections given) in a box that scrolls, and how far a node in it is from the box's top. */
async function articleInBox({sections, height = 400}: {sections?: string; height?: number} = {}) {
  const box = await fixture(html`<div style="height: ${height}px; overflow: auto">
    <health-article sections=${sections ?? nothing}></health-article>
  </div>`);
  const el = box.querySelector('health-article')!;
  await el.updateComplete;
  const fromTop = (node: Element) => node.getBoundingClientRect().top - box.getBoundingClientRect().top;
  return {box, el, fromTop};
}

describe('<health-article>', () => {
  // Tests that set the page's hash: it is put back after each, even one that timed out.
  const pageUrl = location.href;
  afterEach(() => history.replaceState(null, '', pageUrl));

  it('renders the whole article as the seed has it, line by line', async () => {
    const el = await fixture<HealthArticle>(html`<health-article article="leaky-gut"></health-article>`);
    const rendered = all(el, '[part~=title], [part~=intro], section [role=heading], section p, section li').map((n) =>
      fold(n.innerText)
    );
    const seed = await seedLines();
    expect(rendered).to.deep.equal(seed.slice(0, seed.indexOf('Hot Articles')));
  });

  // Its rest comes a task after its first sections, unless they end in view.
  // (Eager, so that it renders as it is inserted, before any paint: one that
  // waits for the observer shows its reserved height for a frame first, and
  // then moves what follows by the difference, as docs/elements.md says.)
  it('moves nothing on a tall screen, where the page goes on in view below the eager article, and warns nothing', async () => {
    await setViewport({width: 800, height: 3000});
    const {shifts, stop} = recordShifts();
    const {setTimeout: realSetTimeout} = window;
    try {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      // Inserted in a task of its own, as by a page load. After a long task
      // the browser paints before it runs other tasks: the article's timer
      // for its later sections fires only after the first paint here too.
      await new Promise((resolve) => realSetTimeout(resolve));
      window.setTimeout = ((fn: () => void) => realSetTimeout(fn, 100)) as typeof setTimeout;
      // Lit's development build, which the tests run, warns once per page.
      (globalThis as {litIssuedWarnings?: Set<string>}).litIssuedWarnings?.clear();
      const warnings = await captureWarnings(async () => {
        wrapper.innerHTML = "<health-article eager></health-article><p>The partner's own text.</p>";
        await (wrapper.firstElementChild as HealthArticle).updateComplete;
      });
      window.setTimeout = realSetTimeout;
      await nextFrame();
      await nextFrame();
      expect(shifts, 'layout shifts').to.deep.equal([]);
      // Such as change-in-update, for a render asked for in the one before.
      expect(warnings, "Lit's warnings").to.deep.equal([]);
    } finally {
      window.setTimeout = realSetTimeout;
      stop();
      await setViewport({width: 800, height: 600});
    }
  });

  it('puts headings at the level the partner chose, sections one below', async () => {
    const el = await fixture<HealthArticle>(html`<health-article></health-article>`);
    const defaults = levels(el);
    expect(defaults[0]).to.deep.equal([2, leakyGut.title]);
    const size = (selector: string) => parseFloat(getComputedStyle($(el, selector)).fontSize);
    expect(size('[part=title]'), 'the title, larger than a section heading').to.be.greaterThan(size('[part=heading]'));
    expect(size('[part=heading]'), 'a section heading, larger than the text').to.be.greaterThan(size('[part=intro]'));
    expect(defaults[1]).to.deep.equal([3, 'Understanding Leaky Gut Beyond Digestion']);
    expect(defaults.find(([, text]) => text.startsWith('Key Nutrient'))![0]).to.equal(4);

    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(levels(el).map(([level]) => level)).to.include.members([4, 5, 6]);
    expect(levels(el)[0][0]).to.equal(4);
  });

  it('puts no heading below level 6, which some screen readers read as level 2', async () => {
    const el = await fixture<HealthArticle>(html`<health-article heading-level="6"></health-article>`);
    const found = levels(el).map(([level]) => level);
    expect(found[0]).to.equal(6);
    expect(Math.max(...found)).to.equal(6);
  });

  // 1 too: the page's own title is its one h1.
  it('warns about a heading level outside 2–6 and keeps 2', async () => {
    for (const typed of ['9', '1', 'h3']) {
      let el!: HealthArticle;
      const warnings = await captureWarnings(async () => {
        // Eager: each one lands below the last, out of view.
        el = await fixture<HealthArticle>(html`<health-article heading-level=${typed} eager></health-article>`);
      });
      expect(levels(el)[0][0], typed).to.equal(2);
      expect(warnings.join(), typed).to.include(`heading-level "${typed}"`);
    }
  });

  it('gives level 2 without a warning when no heading level is set, or a blank one', async () => {
    const warnings = await captureWarnings(async () => {
      for (const el of [
        await fixture<HealthArticle>(html`<health-article></health-article>`),
        await fixture<HealthArticle>(html`<health-article heading-level=" " eager></health-article>`),
      ]) {
        expect(levels(el)[0][0]).to.equal(2);
      }
    });
    expect(warnings).to.deep.equal([]);
  });

  it('gives every section a stable id for deep links', async () => {
    const el = await fixture<HealthArticle>(html`<health-article></health-article>`);
    expect(all(el, 'section').map((s) => s.id)).to.deep.equal(leakyGut.sections.map((s) => s.id));
    expect(has(el, '#when-to-seek-medical-care')).to.equal(true);
  });

  it('scrolls to the section the page URL names', async () => {
    const {box, el, fromTop} = await articleInBox();
    location.hash = '#hormonal-and-immune-influences';
    await waitUntil(() => box.scrollTop > 0, 'never scrolled');
    // A line's room above it (1em), not flush against the edge.
    expect(fromTop($(el, '#hormonal-and-immune-influences'))).to.be.closeTo(16, 1);
  });

  /** A partner's table of contents in the page: a link to a section, and a span for more. */
  const tableOfContents = () =>
    fixture<HTMLElement>(html`<nav><a href="#hormonal-and-immune-influences">Hormones</a><span></span></nav>`);

  // A partner's table of contents, used twice: the page is at that section's
  // URL already, so the second click changes no hash.
  it('takes the reader back to the section a link names when the page is at its URL already', async () => {
    const {box, el, fromTop} = await articleInBox();
    const toc = await tableOfContents();
    // The same link in a partner's own element, in its shadow root.
    const inShadow = Object.assign(document.createElement('a'), {href: '#hormonal-and-immune-influences', textContent: 'Hormones'});
    toc.querySelector('span')!.attachShadow({mode: 'open'}).append(inShadow);
    location.hash = '#hormonal-and-immune-influences';
    await waitUntil(() => box.scrollTop > 0, 'never scrolled');
    for (const link of [toc.querySelector('a')!, inShadow]) {
      box.scrollTop = 0;
      // A click on anything else is not a way there.
      toc.click();
      await nextFrame();
      expect(box.scrollTop, 'after a click on no link').to.equal(0);
      link.click();
      await waitUntil(() => box.scrollTop > 0, 'not taken back');
      expect(fromTop($(el, '#hormonal-and-immune-influences'))).to.be.closeTo(16, 1);
    }
  });

  // A router's link: it takes the click and changes the address with
  // pushState, which fires no hashchange. Vue Router 4.6, React Router 7.18
  // (both modes) and Next.js's pages router all do so in their click
  // handler, here on the nav as React's is on its root: before the click
  // reaches the window, where the article looks at the address.
  it("goes to the section a router's link names, which changes the address with pushState", async () => {
    const {box, el, fromTop} = await articleInBox();
    const toc = await tableOfContents();
    const link = toc.querySelector('a')!;
    toc.addEventListener('click', (event) => {
      event.preventDefault();
      history.pushState(null, '', link.href);
    });
    link.click();
    await waitUntil(() => box.scrollTop > 0, 'never scrolled');
    expect(fromTop($(el, '#hormonal-and-immune-influences'))).to.be.closeTo(16, 1);
    expect(el.shadowRoot!.activeElement?.id, 'focused').to.equal('hormonal-and-immune-influences');
  });

  // As the browser's own fragment navigation does: the next Tab goes on from
  // the section, and a screen reader reads on from there, not from the link.
  it('moves the keyboard and a screen reader on to the section a link takes the reader to', async () => {
    const {el} = await articleInBox();
    const toc = await tableOfContents();
    toc.querySelector('a')!.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'hormonal-and-immune-influences', 'not at the section');
    // Where the reader is taken is shown by the scroll, not by a ring around the section.
    expect(getComputedStyle($(el, '#hormonal-and-immune-influences')).outlineStyle).to.equal('none');
    await sendKeys({press: 'Tab'});
    // The first thing to tab to after that section: the attribution's link.
    expect(el.shadowRoot!.activeElement?.textContent).to.equal(site.name);
  });

  // A partner's "Read the whole article" accordion: the browser opens a closed
  // <details> around a link's target in the page, and cannot see ours.
  it('opens the closed <details> around it to show the section a link names', async () => {
    const {page, el} = await openedAtGuidance(html`<a href="#when-to-seek-medical-care">When to seek care</a>
      <details><summary>Read the whole article</summary>
        <div><details><summary>Its guidance</summary><health-article></health-article></details></div>
      </details>
      <details><summary>Something else</summary></details>`);
    const details = [...page.querySelectorAll('details')];
    expect(details.map((d) => d.open), 'opened at its URL').to.deep.equal([true, true, false]);
    // Closed again by the reader, who then follows the link on the page to it.
    for (const each of details) each.open = false;
    const link = page.querySelector('a')!;
    link.focus();
    link.click();
    await waitUntil(() => showsSection(el, 'when-to-seek-medical-care'), 'the link led to a hidden section');
    expect(details.map((d) => d.open), 'after the link').to.deep.equal([true, true, false]);
  });

  // As the browser reveals its own targets: up the tree as it is shown, so
  // also a <details> in the shadow root of a partner's own element, the
  // article slotted into it, and one around that element.
  it("opens a <details> in a partner's own element that shows it in a slot, and one around that element", async () => {
    if (!customElements.get('partner-panel')) {
      customElements.define(
        'partner-panel',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({mode: 'open'}).innerHTML = '<details><summary>Read on</summary><slot></slot></details>';
          }
        }
      );
    }
    const {page} = await openedAtGuidance(
      html`<details><summary>Guidance</summary><partner-panel><health-article></health-article></partner-panel></details>`
    );
    const inShadow = page.querySelector('partner-panel')!.shadowRoot!.querySelector('details')!;
    expect([page.querySelector('details')!.open, inShadow.open]).to.deep.equal([true, true]);
  });

  // GOV.UK Frontend's accordion hides a closed section with
  // hidden="until-found", and opens itself (its button, its state) on the
  // `beforematch` the browser fires at it first, which it hears on the document.
  it('lifts the hidden="until-found" around it, after a beforematch the page hears, to show the section a link names', async () => {
    const heard: string[] = [];
    const hear = (event: Event) => {
      const {id, hidden} = event.target as HTMLElement;
      heard.push(`${id}: ${hidden}`);
    };
    document.addEventListener('beforematch', hear);
    try {
      const {page} = await openedAtGuidance(html`<div id="section" hidden="until-found">
          <div id="panel" hidden="until-found"><health-article></health-article></div>
        </div>
        <div id="other" hidden="until-found"></div>`);
      // Each told while still hidden, the innermost first, as the browser does.
      expect(heard).to.deep.equal(['panel: until-found', 'section: until-found']);
      expect([...page.querySelectorAll<HTMLElement>('[id]')].map((each) => each.hidden)).to.deep.equal([false, false, 'until-found']);
    } finally {
      document.removeEventListener('beforematch', hear);
    }
  });

  // The whole article in one task takes 50 ms more on a slow phone (4x CPU).
  it('renders a long article in two short steps: its first sections, then the rest a task later', async () => {
    const page = await fixture(html`<div></div>`);
    expect(await sectionSteps(page)).to.deep.equal([3, leakyGut.sections.length]);
  });

  // A framework may set a property in that moment, e.g. from an effect run after the first paint.
  it('settles updateComplete when its sections change between its two steps', async () => {
    const page = await fixture(html`<div></div>`);
    const el = await articleAtFirstStep(page);
    expect(all(el, 'section'), 'the first step').to.have.length(3);
    el.sections = 'final-thoughts';
    expect(await settlesWithin(el.updateComplete), 'updateComplete settled').to.equal(true);
    expect(all(el, 'section').map((s) => s.id)).to.deep.equal(['final-thoughts']);
  });

  it('opens at a later section a link names, once the whole article is there', async () => {
    history.replaceState(null, '', '#what-can-worsen-leaky-gut');
    const {box, el, fromTop} = await articleInBox();
    expect(box.scrollTop).to.be.above(0);
    expect(Math.abs(fromTop($(el, '#what-can-worsen-leaky-gut')))).to.be.below(40);
  });

  it('opens at the section a link names in an article of a few sections, rendered at once', async () => {
    history.replaceState(null, '', '#final-thoughts');
    const {box, el, fromTop} = await articleInBox({sections: 'when-to-seek-medical-care, final-thoughts', height: 200});
    expect(box.scrollTop).to.be.above(0);
    expect(Math.abs(fromTop($(el, '#final-thoughts')))).to.be.below(40);
  });

  // A link to the guidance from a newsletter, or from the partner's own post
  // above the article: the article is far below the fold, where it would
  // wait for the reader to scroll near it.
  describe('far below the fold', () => {
    const atTop = (el: HealthArticle, id: string) => () => {
      const section = el.shadowRoot!.getElementById(id);
      return !!section && Math.abs(section.getBoundingClientRect().top) < 40;
    };
    afterEach(() => window.scrollTo(0, 0));

    it('opens at the section the page URL names', async () => {
      history.replaceState(null, '', '#when-to-seek-medical-care');
      const el = await farBelow<HealthArticle>(html`<health-article></health-article>`);
      await waitUntil(atTop(el, 'when-to-seek-medical-care'), 'not at the section');
    });

    it('goes to the section a link on the page names, rendering the article then', async () => {
      const el = await farBelow<HealthArticle>(html`<health-article></health-article>`);
      expect(all(el, 'section'), 'put off').to.have.length(0);
      location.hash = '#final-thoughts';
      await waitUntil(atTop(el, 'final-thoughts'), 'not at the section');
      expect(all(el, 'section')).to.have.length(leakyGut.sections.length);
    });
  });

  it('ignores a hash that names no section, even one no selector or URI decoder takes', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      history.replaceState(null, '', '#100%');
      const el = await fixture<HealthArticle>(html`<health-article></health-article>`);
      await el.updateComplete;
      for (const hash of ['#a"]b', '#%E0%A4%A', '#1st']) {
        location.hash = hash;
        await new Promise((resolve) => window.addEventListener('hashchange', resolve, {once: true}));
      }
      expect(errors).to.deep.equal([]);
      expect(all(el, 'section')).to.have.length(leakyGut.sections.length);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('shows only the chosen sections, in the given order, with the notices', async () => {
    const el = await fixture<HealthArticle>(
      html`<health-article sections="final-thoughts, when-to-seek-medical-care"></health-article>`
    );
    expect(all(el, 'section').map((s) => s.id)).to.deep.equal(['final-thoughts', 'when-to-seek-medical-care']);
    expect(isShown($(el, '[part=notice]'))).to.equal(true);
    expect(isShown($(el, '[part=attribution]'))).to.equal(true);
  });

  it('takes the article and section ids in any case, with spaces or underscores for hyphens', async () => {
    const el = await fixture<HealthArticle>(
      html`<health-article article="Leaky Gut" sections="Final Thoughts, when_to_seek_medical_care"></health-article>`
    );
    expect(all(el, 'section').map((s) => s.id)).to.deep.equal(['final-thoughts', 'when-to-seek-medical-care']);
  });

  it('takes sections set from script as a list of ids', async () => {
    const el = await fixture<HealthArticle>(html`<health-article></health-article>`);
    (el as unknown as {sections: unknown}).sections = ['what-can-worsen-leaky-gut', 'When to seek medical care'];
    await el.updateComplete;
    expect(all(el, 'section').map((s) => s.id)).to.deep.equal(['what-can-worsen-leaky-gut', 'when-to-seek-medical-care']);
    expect(has(el, '[part=intro]')).to.equal(false);
  });

  it('takes a list of sections with a stray comma, without a warning', async () => {
    let el!: HealthArticle;
    const warnings = await captureWarnings(async () => {
      el = await fixture<HealthArticle>(html`<health-article sections="final-thoughts,, "></health-article>`);
    });
    expect(all(el, 'section').map((section) => section.id)).to.deep.equal(['final-thoughts']);
    expect(warnings).to.deep.equal([]);
  });

  it('warns about unknown sections, and says so visibly when none is left', async () => {
    let el!: HealthArticle;
    const warnings = await captureWarnings(async () => {
      el = await fixture<HealthArticle>(html`<health-article sections="final-thoughts,nope"></health-article>`);
    });
    expect(all(el, 'section')).to.have.length(1);
    expect(warnings.join()).to.include('<health-article>: section "nope" ignored. Valid: understanding-leaky-gut');
    el.sections = 'nope-again';
    await el.updateComplete;
    expect($(el, '[part=error]').textContent).to.include('"nope-again"').and.include('when-to-seek-medical-care');
  });

  it('sets the seek-care guidance apart by more than colour', async () => {
    const el = await fixture<HealthArticle>(html`<health-article></health-article>`);
    const callout = $(el, '[part~=callout]');
    expect(callout.id).to.equal('when-to-seek-medical-care');
    const plain = getComputedStyle($(el, '#final-thoughts'));
    const style = getComputedStyle(callout);
    expect(parseFloat(style.borderInlineStartWidth)).to.be.at.least(4);
    expect(parseFloat(plain.borderInlineStartWidth)).to.equal(0);
    expect(getComputedStyle(callout, '::before').content).to.equal('"!"');
  });

  it('always shows the not-medical-advice notice and a linked attribution', async () => {
    const el = await fixture<HealthArticle>(html`<health-article></health-article>`);
    expect(fold($(el, '[part=attribution]').innerText)).to.equal('From InnateHeal');
    expect($(el, '[part=attribution] a').getAttribute('href')).to.equal('https://innateheal.com/leaky-gut');
    expect($(el, '[part=notice]').textContent).to.include('not medical advice');
  });

  it('names an unknown article and the valid ids', async () => {
    let el!: HealthArticle;
    const warnings = await captureWarnings(async () => {
      el = await fixture<HealthArticle>(html`<health-article article="ibs"></health-article>`);
    });
    expect($(el, '[part=error]').textContent).to.equal('<health-article>: unknown article "ibs". Valid: leaky-gut.');
    expect(warnings).to.have.length(1);
  });

  it('touches nothing in <head> without structured-data', async () => {
    const before = document.head.childElementCount;
    await fixture(html`<health-article></health-article>`);
    expect(document.head.childElementCount).to.equal(before);
  });

  it('adds the JSON-LD once for any number of elements and removes it with the last', async () => {
    const wrapper = await fixture(html`<div>
      <health-article structured-data></health-article>
      <health-article structured-data sections="final-thoughts"></health-article>
    </div>`);
    const [first, second] = wrapper.querySelectorAll('health-article');
    await first.updateComplete;
    expect(jsonLdScripts()).to.have.length(1);
    const data = JSON.parse(jsonLdScripts()[0].textContent!);
    expect(data).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      name: leakyGut.title,
      headline: leakyGut.title,
      description: leakyGut.intro[0],
      url: 'https://innateheal.com/leaky-gut',
      inLanguage: 'en',
      publisher: {'@type': 'Organization', name: 'InnateHeal', url: 'https://innateheal.com/'},
    });
    expect(data.about).to.deep.equal({
      '@type': 'MedicalCondition',
      name: 'Leaky gut',
      alternateName: 'increased intestinal permeability',
    });
    first.remove();
    expect(jsonLdScripts()).to.have.length(1);
    second.remove();
    expect(jsonLdScripts()).to.have.length(0);
  });

  it("gives search engines the article's own URL, not the partner's base URL or tracking", async () => {
    const provider = await fixture(html`<innateheal-provider partner="acme" base-url="https://partner.example/health/">
      <health-article structured-data sections="final-thoughts"></health-article>
    </innateheal-provider>`);
    const el = provider.querySelector('health-article')!;
    await el.updateComplete;
    expect($(el, '[part=attribution] a').getAttribute('href')).to.match(/^https:\/\/partner\.example\/health\/leaky-gut\?utm_source=acme/);
    expect(JSON.parse(jsonLdScripts()[0].textContent!).url).to.equal('https://innateheal.com/leaky-gut');
    provider.remove();
  });

  it('keeps its JSON-LD when moved to another place on the page', async () => {
    const wrapper = await fixture(html`<div><health-article structured-data sections="final-thoughts"></health-article></div>`);
    const el = wrapper.querySelector('health-article')!;
    await el.updateComplete;
    expect(jsonLdScripts()).to.have.length(1);
    wrapper.prepend(document.createElement('p'));
    wrapper.firstElementChild!.append(el);
    expect(el.isConnected).to.equal(true);
    expect(jsonLdScripts(), 'after the move').to.have.length(1);
    el.remove();
    expect(jsonLdScripts()).to.have.length(0);
  });

  it('adds and removes the JSON-LD as the attribute toggles', async () => {
    const el = await fixture<HealthArticle>(html`<health-article></health-article>`);
    el.structuredData = true;
    await el.updateComplete;
    expect(jsonLdScripts()).to.have.length(1);
    el.structuredData = false;
    await el.updateComplete;
    expect(jsonLdScripts()).to.have.length(0);
  });

  it('is accessible in light and dark themes', async () => {
    const el = await fixture<HealthArticle>(html`<health-article></health-article>`);
    await expect(el).to.be.accessible();
    // Eager: this second fixture sits below the first, out of view.
    const dark = await fixture(
      html`<innateheal-provider theme="dark"><health-article eager></health-article></innateheal-provider>`
    );
    const article = dark.querySelector('health-article')!;
    await article.updateComplete;
    expect(article.getAttribute('data-ih-theme')).to.equal('dark');
    await expect(article).to.be.accessible();
  });
});
