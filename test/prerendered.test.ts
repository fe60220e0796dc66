import {expect, nextFrame, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {fetchJson, shownText} from './helpers.js';
import {WIDGET_TAGS, expectSeedText, loadPartnerPage, openPartnerPage, readToTheEnd, textOf, widgetsOf} from './partner/frame.js';
import type {PartnerWindow} from './partner/frame.js';

// Pre-rendered pages (issue 35): the partner pages of test/partner-pages.test.ts,
// run through `innateheal-widgets prerender` by the test server
// (/prerendered/<case>.html, scripts/partner-pages.mjs), as a partner's build
// would. A reader sees the widgets before any script, or with none; the
// bundle then takes each one over without a shift, a blank frame, or
// anything shown twice.

type Taken = HTMLElement & {hasUpdated: boolean; updateComplete: Promise<boolean>};

/** Waits until the bundle has rendered every widget on the page itself, in place of what was pre-rendered. */
async function takenOver(win: Window) {
  const widgets = widgetsOf(win) as Taken[];
  await waitUntil(() => widgets.every((w) => w.hasUpdated), 'the bundle never took every widget over', {timeout: 5000});
  await Promise.all(widgets.map((w) => w.updateComplete));
  return widgets;
}

/**
 * What a reader can see and follow in each widget (its text and its links),
 * and what its shadow root holds: one render's elements (a pre-rendered
 * root's <style> left out, which the render goes before).
 */
const readable = (win: Window) =>
  widgetsOf(win).map((w) => ({
    tag: w.localName,
    text: shownText(w),
    // As written: the pages are at different paths, against which relative links resolve.
    links: [...w.shadowRoot!.querySelectorAll('a')].map((a) => `${a.getAttribute('href')} ${a.target} ${a.rel}`),
    rendered: [...w.shadowRoot!.children].filter((c) => c.localName !== 'style').map((c) => `${c.localName}.${c.className}`),
  }));

const shadow = (win: Window, selector: string) => win.document.querySelector(selector)!.shadowRoot!;

describe('pre-rendered pages', () => {
  it('show every widget with no script: text, styles, provider settings, links, ticks and a scrolling carousel', async () => {
    const win = await openPartnerPage('/prerendered/plain.html?no-script', {width: 800, height: 900});
    expect(WIDGET_TAGS.some((tag) => win.customElements.get(tag)), 'no element defined').to.equal(false);
    // Shown at once, not hidden by the reserve-space CSS until it gives up.
    for (const widget of widgetsOf(win)) {
      expect(win.getComputedStyle(widget).visibility, widget.localName).to.equal('visible');
      expect(widget.getBoundingClientRect().height, widget.localName).to.be.greaterThan(0);
    }
    expectSeedText(win);
    // Every widget keeps the notice and the attribution.
    for (const widget of widgetsOf(win).filter((w) => w.localName !== 'hot-articles' && w.getAttribute('variant') !== 'compact')) {
      expect(widget.shadowRoot!.textContent, widget.localName).to.include('not medical advice');
    }
    // Its own styles, from its declarative shadow root.
    const card = shadow(win, '#outside nutrient-card[nutrient=omega-3]').querySelector('[part=card]')!;
    expect(win.getComputedStyle(card).borderTopStyle).to.equal('solid');
    // The provider's partner and link target, in the links.
    const inside = shadow(win, '#inside nutrient-card').querySelector('a')!;
    expect(inside.href).to.include('utm_source=acme-blog').and.include('utm_campaign=nutrient-card');
    expect([inside.target, inside.rel]).to.deep.equal(['_blank', 'noopener noreferrer']);
    const outside = shadow(win, '#outside nutrient-card[nutrient=omega-3]').querySelector('a')!;
    expect(outside.href).to.equal('https://innateheal.com/leaky-gut');
    expect(outside.target).to.equal('');
    // Nothing ticked, and a box ticks (a native input).
    const boxes = [...shadow(win, '#outside gut-checklist').querySelectorAll('input')];
    expect(boxes.map((b) => b.checked)).to.deep.equal([false, false, false, false]);
    boxes[1].click();
    expect(boxes[1].checked).to.equal(true);
    // The carousel scrolls to its next cards.
    const slides = shadow(win, '#outside hot-articles').querySelector<HTMLElement>('[part=slides]')!;
    expect(slides.scrollWidth).to.be.greaterThan(slides.clientWidth);
    slides.scrollBy({left: slides.clientWidth, behavior: 'instant'});
    await nextFrame();
    expect(slides.scrollLeft).to.be.greaterThan(0);
    expect(win.probe.errors).to.deep.equal([]);
  });

  it("show a provider's strings, given to the pre-render, with no script: in the widgets inside it, not outside", async () => {
    const win = await openPartnerPage('/prerendered/translated.html?no-script', {width: 800, height: 900});
    expectSeedText(win);
    expect(textOf(win, '#inside nutrient-card')).to.include("Lire l'article").and.include('pas un avis médical');
    expect(textOf(win, '#inside gut-checklist')).to.include('0 sur 5 cochés').and.include('Réinitialiser');
    expect(textOf(win, '#inside hot-articles')).to.include('More to read');
    expect(shadow(win, '#inside hot-articles').querySelector('[part~=next]')!.getAttribute('aria-label')).to.equal('Articles suivants');
    expect(textOf(win, '#outside nutrient-card[nutrient=omega-3]')).to.include('Read the article').and.not.include("Lire l'article");
  });

  it('show their styles under the strict CSP with the hashes from dist/integrity.json, and not without them', async () => {
    const win = await openPartnerPage('/prerendered/csp.html?no-script');
    const card = () => shadow(win, '#outside nutrient-card[nutrient=omega-3]').querySelector('[part=card]')!;
    expect(win.getComputedStyle(card()).borderTopStyle).to.equal('solid');
    expect(win.probe.violations).to.deep.equal([]);
    // The hashes are what allow them: the same page without has its styles blocked.
    const {'prerendered-styles': hashes} = await fetchJson('/dist/integrity.json');
    expect(Object.keys(hashes)).to.deep.equal(['innateheal-provider', ...WIDGET_TAGS]);
    const bare = await openPartnerPage('/prerendered/csp.html?no-script&hashless');
    const blocked = shadow(bare, '#outside nutrient-card[nutrient=omega-3]').querySelector('[part=card]')!;
    expect(bare.getComputedStyle(blocked).borderTopStyle).to.equal('none');
  });

  // On the bad-input page a partner's script gives one carousel its own
  // teasers, which pre-rendering cannot know: that carousel changes height
  // when the bundle takes it over, and moves what follows it (as a returning
  // reader's stored ticks would: no ticks are stored here).
  for (const [name, what, shifts] of [
    ['plain', 'every widget, outside and inside a provider', false],
    ['bad-input', 'bad attributes, shown as messages', true],
    ['translated', "a provider's strings in French, given to the pre-render as to the provider", false],
    ['article', 'the whole article, every section', false],
  ] as const) {
    it(`are taken over by the bundle one widget a frame, with no shift, no blank frame, and the same text and links as client-rendered widgets: ${what}`, async () => {
      localStorage.clear();
      const client = await loadPartnerPage(`/partner/${name}.html`, {width: 800, height: 900});
      const expected = readable(client);
      // Out of the way: WebKit gives a frame out of view no animation frames.
      client.frameElement!.remove();
      // What a reader sees before the script: the same words as after it, where pre-rendering knew them all.
      const before = await openPartnerPage(`/prerendered/${name}.html?no-script`, {width: 800, height: 900});
      const preRendered = widgetsOf(before).map(shownText);
      before.frameElement!.remove();
      // The client page's checklist stored no ticks, unless a reader ticked.
      localStorage.clear();
      const win = await openPartnerPage(`/prerendered/${name}.html`, {width: 800, height: 900});
      // As a reader reads on: the widgets out of view take over as they come near.
      await readToTheEnd(win);
      await takenOver(win);
      win.scrollTo(0, 0);
      expect(readable(win)).to.deep.equal(expected);
      expect(win.probe.flashes, 'blank frames').to.deep.equal([]);
      // Each takes its turn: taking them all over in one frame made it lay
      // the page out again at once, one long task.
      expect(win.probe.together, 'widgets taken over in the same frame').to.deep.equal([]);
      if (!shifts) {
        expect(win.probe.cls, win.probe.shifts.join('\n')).to.equal(0);
        expect(preRendered, 'the text before the script').to.deep.equal(expected.map(({text}) => text));
        expect(win.probe.dropped, 'content shown, then gone for a while').to.deep.equal([]);
      }
      expect(win.probe.errors).to.deep.equal([]);
      // The declarative roots' content is gone, but for the <style> each render went before.
      for (const widget of widgetsOf(win)) {
        expect([...widget.shadowRoot!.children].filter((c) => c.localName === 'style').length, widget.localName).to.equal(1);
        expect(widget.shadowRoot!.lastElementChild!.localName, widget.localName).to.equal('style');
      }
    });
  }

  it('work once taken over: ticks and their event, persist, the carousel, the tooltip, provider changes, deep links', async () => {
    // The frames share this origin's storage: no ticks stored by earlier tests.
    localStorage.clear();
    const win = await openPartnerPage('/prerendered/plain.html', {width: 800, height: 900});
    const [checklist, articles, chip, article] = [
      '#outside gut-checklist',
      '#outside hot-articles',
      'nutrient-card[variant=compact]',
      '#outside health-article',
    ].map((selector) => win.document.querySelector(selector) as Taken);
    for (const widget of [checklist, articles, chip, article]) {
      widget.scrollIntoView();
      await waitUntil(() => widget.hasUpdated, `${widget.localName} never taken over`);
      await widget.updateComplete;
    }
    // Ticks, with the event, stored.
    checklist.scrollIntoView();
    const changed = oneEvent(checklist, 'gut-checklist-change');
    shadow(win, '#outside gut-checklist').querySelectorAll('input')[2].click();
    expect((await changed).detail.checked).to.deep.equal(['skin']);
    expect(JSON.parse(win.localStorage.getItem('innateheal:leaky-gut:symptoms')!)).to.deep.equal(['skin']);
    // The carousel's next button.
    articles.scrollIntoView();
    const next = shadow(win, '#outside hot-articles').querySelector<HTMLElement>('[part=next]')!;
    await waitUntil(() => next.getAttribute('aria-disabled') === 'false', 'next never usable');
    next.click();
    const slides = shadow(win, '#outside hot-articles').querySelector<HTMLElement>('[part=slides]')!;
    await waitUntil(() => slides.scrollLeft > 0, 'the carousel never moved');
    // And its keys, from its controls.
    const live = shadow(win, '#outside hot-articles').querySelector('[aria-live]')!;
    await waitUntil(() => live.textContent!.includes('2 of'), `the live region says "${live.textContent}"`, {timeout: 3000});
    // Once the smooth scroll has ended (a key during it counts from where it started).
    let last = -1;
    const still = () => {
      const stopped = slides.scrollLeft === last;
      last = slides.scrollLeft;
      return stopped;
    };
    await waitUntil(still, 'the carousel never came to rest', {timeout: 3000, interval: 100});
    // Keys go to the focused frame: this page's.
    (win.frameElement as HTMLElement).focus();
    next.focus();
    // Back to the first cards (at 800 px wide, two in view, next reached the end).
    await sendKeys({press: 'ArrowLeft'});
    await waitUntil(() => slides.scrollLeft === 0, 'ArrowLeft did not move the carousel back', {timeout: 3000});
    // The chip's tooltip.
    chip.scrollIntoView();
    const button = shadow(win, 'nutrient-card[variant=compact]').querySelector<HTMLElement>('[part=chip]')!;
    button.focus();
    expect(win.getComputedStyle(button.nextElementSibling!).display).to.equal('block');
    // A provider change reaches the widget inside it.
    const provider = win.document.querySelector('innateheal-provider')!;
    provider.setAttribute('partner', 'changed');
    const inside = win.document.querySelector('#inside nutrient-card') as Taken;
    await waitUntil(() => inside.shadowRoot!.querySelector('a')?.href.includes('utm_source=changed'), 'provider change not followed');
    // A deep link to a section.
    win.location.hash = 'when-to-seek-medical-care';
    const section = () => shadow(win, '#outside health-article').getElementById('when-to-seek-medical-care');
    await waitUntil(() => section() && shadow(win, '#outside health-article').activeElement === section(), 'not taken to the section');
    const {top, bottom} = section()!.getBoundingClientRect();
    expect(top < win.innerHeight && bottom > 0, 'the section in view').to.equal(true);
  });

  it('are all taken over for print, at once, those still waiting far below too', async () => {
    localStorage.clear();
    const win = await openPartnerPage('/prerendered/plain.html', {width: 800, height: 300});
    await waitUntil(() => WIDGET_TAGS.every((tag) => win.customElements.get(tag)), 'the bundle never ran');
    const widgets = widgetsOf(win) as Taken[];
    await waitUntil(() => widgets[0].hasUpdated, 'the first widget never taken over');
    expect(widgets.filter((w) => !w.hasUpdated).length, 'widgets still waiting').to.be.greaterThan(0);
    win.dispatchEvent(new Event('beforeprint'));
    expect(widgets.filter((w) => !w.hasUpdated).map((w) => w.localName)).to.deep.equal([]);
    expect(readable(win).every(({rendered}) => rendered.length === 1), 'one render in each').to.equal(true);
    win.dispatchEvent(new Event('afterprint'));
  });

  it('keep what the reader ticked before the script came, and store it with persist', async () => {
    localStorage.clear();
    const win: PartnerWindow = await openPartnerPage('/prerendered/plain.html?no-script');
    const checklist = win.document.querySelector('#outside gut-checklist') as Taken & {checked: string[]};
    checklist.scrollIntoView();
    shadow(win, '#outside gut-checklist').querySelectorAll('input')[0].click();
    // The script comes late.
    const script = win.document.createElement('script');
    script.type = 'module';
    script.src = '/dist/embed.js';
    win.document.head.append(script);
    await waitUntil(() => checklist.hasUpdated, 'never taken over');
    await checklist.updateComplete;
    expect(checklist.checked).to.deep.equal(['bloating']);
    expect([...shadow(win, '#outside gut-checklist').querySelectorAll('input')].map((b) => b.checked)).to.deep.equal([true, false, false, false]);
    expect(JSON.parse(win.localStorage.getItem('innateheal:leaky-gut:symptoms')!)).to.deep.equal(['bloating']);
    expect(textOf(win, '#outside gut-checklist')).to.include('1 of 4 ticked');
  });

  it('are taken over under the strict CSP with Trusted Types, with no violation', async () => {
    const win = await openPartnerPage('/prerendered/csp.html', {width: 800, height: 900});
    await readToTheEnd(win);
    await takenOver(win);
    expect(win.probe.violations).to.deep.equal([]);
    expect(win.probe.errors).to.deep.equal([]);
    const card = shadow(win, '#outside nutrient-card[nutrient=omega-3]').querySelector('[part=card]')!;
    expect(win.getComputedStyle(card).borderTopStyle).to.equal('solid');
  });
});
