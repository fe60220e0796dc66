import {expect, fixture, html, nextFrame, waitUntil} from '@open-wc/testing';
import '../src/index.js';
import type {GutChecklist} from '../components/gut-checklist/gut-checklist.js';
import type {NutrientCard} from '../components/nutrient-card/nutrient-card.js';
import {Widget} from '../src/widget.js';
import {
  all,
  articleAtFirstStep,
  farBelow,
  has,
  jsonLdScripts,
  reserving,
  sectionSteps,
  settlesWithin,
} from './helpers.js';
import {canCollectGarbage, collectGarbage, printPage, recordShifts} from './engines.js';
import {articles} from '../src/data.js';
import {WIDGET_TAGS} from './partner/frame.js';

// Not a chip's <slot>, which shows its label while it waits.
const rendered = (el: Element) => !!el.shadowRoot!.querySelector(':not(slot)');

describe('lazy rendering', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('puts off a widget far below the fold, holding its height, until the reader nears it', async () => {
    const el = await farBelow<NutrientCard>(html`<nutrient-card nutrient="zinc"></nutrient-card>`);
    expect(rendered(el)).to.equal(false);
    const reserved = el.getBoundingClientRect().height;
    expect(reserved, 'reserved height').to.be.greaterThan(100);

    el.nutrient = 'omega-3';
    await el.updateComplete;
    expect(rendered(el), 'a property change does not render it').to.equal(false);

    window.scrollTo(0, el.offsetTop - window.innerHeight * 1.5);
    await waitUntil(() => rendered(el), 'never rendered when scrolled near');
    expect(reserving(el), 'a height still reserved').to.equal(false);
    expect(el.shadowRoot!.textContent).to.include('Omega-3').and.include('stabilize cell membranes');
  });

  // The guide's CSS holds each widget's room until it renders, on a phone
  // too: nothing moves when the code defines the elements, the widgets out
  // of view still waiting.
  // The checklist's room, by the page's width: a 360 px phone's, a 412 px one's, a 700 px column's.
  const checklist: Record<number, number> = {360: 427, 412: 406, 700: 359};
  for (const width of [360, 412, 700]) {
    it(`holds, while it waits, the height the guide's CSS reserved before the code ran, ${width} px wide`, async () => {
      // A partner's page with docs/embedding.md's reserve-space block, its
      // widgets far below the fold, and no script yet (a frame has its own,
      // empty, element registry).
      const markup = (tag: string) => `<${tag}${tag === 'nutrient-card' ? ' nutrient="omega-3"' : ''}></${tag}>`;
      const frame = await fixture<HTMLIFrameElement>(html`<iframe
        style="width: ${width}px; height: 300px; border: 0"
        srcdoc=${`<link rel="stylesheet" href="/partner/reserve.css"><div style="height: 500vh"></div>${WIDGET_TAGS.map(markup).join('')}`}
      ></iframe>`);
      const doc = () => frame.contentDocument!;
      await waitUntil(() => doc().querySelector('health-article')?.getBoundingClientRect().height, 'no reserve CSS');
      const heights = () => Object.fromEntries(WIDGET_TAGS.map((tag) => [tag, doc().querySelector(tag)!.getBoundingClientRect().height]));
      const before = heights();
      expect(before['gut-checklist'], 'the checklist, reserved').to.equal(checklist[width]);
      const script = Object.assign(doc().createElement('script'), {type: 'module', src: '/dist/embed.js'});
      doc().head.append(script);
      await waitUntil(() => WIDGET_TAGS.every((tag) => doc().querySelector(tag)!.matches(':defined')), 'never defined');
      await nextFrame();
      expect(heights()).to.deep.equal(before);
      for (const tag of WIDGET_TAGS) expect(doc().querySelector(tag)!.shadowRoot!.childElementCount, tag).to.equal(0);
    });
  }

  it('renders every change made while it waited, not only the last', async () => {
    const el = await farBelow<GutChecklist>(html`<gut-checklist></gut-checklist>`);
    el.list = 'hormonal';
    await el.updateComplete;
    el.heading = 'Hormones and the gut';
    await el.updateComplete;
    expect(rendered(el)).to.equal(false);
    window.scrollTo(0, el.offsetTop - window.innerHeight * 1.5);
    await waitUntil(() => rendered(el), 'never rendered when scrolled near');
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('Hormones and the gut');
    expect(el.shadowRoot!.querySelectorAll('input')).to.have.length(5);
  });

  it('still renders when moved while waiting', async () => {
    const el = await farBelow<NutrientCard>(html`<nutrient-card nutrient="glycine"></nutrient-card>`);
    expect(rendered(el)).to.equal(false);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    window.scrollTo(0, el.offsetTop - window.innerHeight * 1.5);
    await waitUntil(() => rendered(el), 'a moved widget never rendered');
    expect(el.shadowRoot!.textContent).to.include('Glycine');
  });

  it('takes no room while a partner hides it with hidden, and renders once shown', async () => {
    const page = await fixture(html`<div>
      <nutrient-card hidden nutrient="zinc"></nutrient-card>
      <gut-checklist hidden></gut-checklist>
      <hot-articles hidden></hot-articles>
      <health-article hidden eager></health-article>
    </div>`);
    const widgets = [...page.children] as HTMLElement[];
    await nextFrame();
    for (const el of widgets) {
      expect(el.getClientRects().length, el.localName).to.equal(0);
      el.hidden = false;
    }
    await waitUntil(() => widgets.every(rendered), 'not all rendered once shown');
    for (const el of widgets) expect(el.getBoundingClientRect().height, el.localName).to.be.greaterThan(50);
  });

  // Nothing of ours may hold a widget that left the page before it rendered.
  // (Not the observer: Chromium holds its targets weakly, so this passes even
  // without the unobserve() on disconnect, which is there for other engines.)
  const freed = canCollectGarbage ? '' : ' (no forced collection here: still waiting when removed)';
  it(`lets go of widgets removed while they waited${freed}`, async () => {
    const page = await fixture(html`<div><div style="height: 500vh"></div></div>`);
    // Each round in a function of its own, so that nothing of the test holds them.
    const round = async () => {
      const fresh = WIDGET_TAGS.map((tag) => document.createElement(tag));
      page.append(...fresh);
      // Their first frame puts them off (before it, they are only queued for it).
      await Promise.all(fresh.map((el) => (el as Widget).updateComplete));
      expect(fresh.every((el) => reserving(el) && !rendered(el)), 'waiting').to.equal(true);
      fresh.forEach((el) => el.remove());
      return fresh.map((el) => new WeakRef(el));
    };
    const removed = [...(await round()), ...(await round()), ...(await round())];
    if (!canCollectGarbage) return;
    await collectGarbage(() => removed.every((ref) => !ref.deref()));
    expect(removed.filter((ref) => ref.deref()).length, 'removed widgets still held').to.equal(0);
  });

  // A reader may print a post (or save it as PDF) for a doctor's visit
  // without scrolling through it first.
  describe('printed', () => {
    const sectionCount = articles[0].sections.length;
    const shownSections = (el: Element) => all(el, 'section').length;
    let page: Element;
    beforeEach(async () => {
      const last = await farBelow(html`<health-article></health-article>
        <nutrient-card nutrient="zinc"></nutrient-card>
        <gut-checklist></gut-checklist>`);
      page = last.parentElement!;
    });
    const widgets = () => [...page.querySelectorAll('health-article, nutrient-card, gut-checklist')];

    it('renders every widget, the whole article, when the browser prints the page', async function () {
      // Firefox takes some 6 s to make the article's PDF (what the page does is over in 0.1 s).
      this.timeout(20000);
      expect(widgets().some(rendered), 'none rendered before printing').to.equal(false);
      // What the printer gets: the page as it is when printing ends.
      let printed: boolean[] = [];
      let sections = 0;
      const afterPrint = () => {
        printed = widgets().map(rendered);
        sections = shownSections(widgets()[0]);
      };
      window.addEventListener('afterprint', afterPrint, {once: true});
      await printPage();
      expect(printed).to.deep.equal([true, true, true]);
      expect(sections, 'sections of the article printed').to.equal(sectionCount);
    });

    // A page's own "Print" button calls print(), which lays the page out for
    // paper before it returns: before any promise settles.
    it('renders them before print() goes on to lay out the page', () => {
      window.dispatchEvent(new Event('beforeprint'));
      expect(widgets().map(rendered)).to.deep.equal([true, true, true]);
      expect(shownSections(widgets()[0])).to.equal(sectionCount);
      expect(widgets().some(reserving), 'a height still reserved').to.equal(false);
    });

    it('goes back to rendering a long article in two steps once printing is over', async () => {
      window.dispatchEvent(new Event('beforeprint'));
      window.dispatchEvent(new Event('afterprint'));
      const top = document.createElement('div');
      page.prepend(top);
      expect(await sectionSteps(top)).to.deep.equal([3, sectionCount]);
    });

    // The reader prints (or the page calls print()) in the moment between an
    // article's first sections and the rest: a task, the time to scroll it in.
    it('prints an article whole between its two steps', async () => {
      const top = document.createElement('div');
      page.prepend(top);
      const article = await articleAtFirstStep(top);
      expect(shownSections(article), 'the first step').to.equal(3);
      window.dispatchEvent(new Event('beforeprint'));
      expect(shownSections(article)).to.equal(sectionCount);
      window.dispatchEvent(new Event('afterprint'));
      expect(await settlesWithin(article.updateComplete), 'updateComplete settled').to.equal(true);
      expect(shownSections(article), 'still whole').to.equal(sectionCount);
    });

    // A partner's own components (a Lit site, say) put their content in shadow roots.
    it("renders widgets waiting in another component's shadow root, also one moved there while it waited", async () => {
      const host = document.createElement('div');
      page.append(host);
      const root = host.attachShadow({mode: 'open'});
      root.innerHTML = '<nutrient-card nutrient="zinc"></nutrient-card>';
      const moved = page.querySelector('nutrient-card')!;
      // Once its first frame has put it off:
      await (root.firstElementChild as NutrientCard).updateComplete;
      root.append(moved);
      const inside = [...root.querySelectorAll('nutrient-card')];
      expect(inside.map(rendered), 'rendered before printing').to.deep.equal([false, false]);
      window.dispatchEvent(new Event('beforeprint'));
      expect(inside.map(rendered)).to.deep.equal([true, true]);
      expect(inside[0].shadowRoot!.textContent).to.include('Zinc');
    });

    // A page's script may put widgets in and print at once, say from a
    // "Print this handout" button: before their first frame has come.
    it('renders widgets inserted just before printing, in view or not, and keeps them rendered', async () => {
      const box = document.createElement('div');
      box.innerHTML = `<nutrient-card nutrient="zinc"></nutrient-card>
        <div style="height: 500vh"></div><gut-checklist></gut-checklist>`;
      page.prepend(box);
      // Lit schedules each element's first update a microtask after it connects.
      await Promise.resolve();
      const [card, checklist] = box.querySelectorAll<NutrientCard | GutChecklist>('nutrient-card, gut-checklist');
      expect([card, checklist].map(rendered), 'rendered before printing').to.deep.equal([false, false]);
      window.dispatchEvent(new Event('beforeprint'));
      expect([card, checklist].map(rendered)).to.deep.equal([true, true]);
      expect([card, checklist].some(reserving), 'a height still reserved').to.equal(false);
      // Their first frame, when it comes, leaves them be: rendered, and
      // changing at once (not waiting for the reader, as if never printed).
      await nextFrame();
      await nextFrame();
      expect(reserving(checklist)).to.equal(false);
      (checklist as GutChecklist).list = 'hormonal';
      await checklist.updateComplete;
      expect(checklist.shadowRoot!.querySelectorAll('input')).to.have.length(5);
    });
  });

  it('renders at once with eager', async () => {
    const el = await farBelow<NutrientCard>(html`<nutrient-card nutrient="zinc" eager></nutrient-card>`);
    expect(rendered(el)).to.equal(true);
  });

  // E.g. a framework or a CMS setting that arrives after the first frame.
  it('renders a waiting widget once it may no longer wait: made eager, or an article with structured data', async () => {
    // Both in the frame that put them off, the article last.
    const article = await farBelow<Widget>(html`<nutrient-card nutrient="zinc"></nutrient-card>
      <nutrient-card nutrient="glycine"></nutrient-card>
      <health-article></health-article>`);
    const [eager, compact] = [...article.parentElement!.querySelectorAll<Widget>('nutrient-card')];
    expect([eager, compact, article].map(rendered), 'put off').to.deep.equal([false, false, false]);
    eager.eager = true;
    article.toggleAttribute('structured-data', true);
    // Made a chip, a card goes on waiting, no longer holding a card's height.
    compact.setAttribute('variant', 'compact');
    await waitUntil(() => [eager, article].every(rendered), 'still waiting');
    expect(jsonLdScripts().length, "the article's JSON-LD").to.equal(1);
    expect(rendered(compact), 'the chip').to.equal(false);
    expect(compact.getBoundingClientRect().height, "the chip's height").to.be.below(40);
  });

  it("puts off a chip far below with its label showing, in the chip's own box: nothing in its line moves when it renders", async () => {
    const p = await farBelow<HTMLElement>(html`<p>Nutrients such as <nutrient-card nutrient="zinc" variant="compact">zinc</nutrient-card> <span>matter</span>.</p>`);
    const [el, after] = [p.querySelector('nutrient-card')!, p.querySelector('span')!];
    await el.updateComplete;
    expect(rendered(el)).to.equal(false);
    expect(el.shadowRoot!.querySelector('slot')!.assignedNodes()[0].textContent, 'its label').to.equal('zinc');
    const [width, x] = [el.getBoundingClientRect().width, after.getBoundingClientRect().x];
    expect(width, 'the label and its padding').to.be.greaterThan(30);
    window.scrollTo(0, p.offsetTop - window.innerHeight / 2);
    await waitUntil(() => rendered(el), 'never rendered when scrolled near');
    expect(has(el, '[part=chip]'), 'the chip').to.equal(true);
    expect(el.getBoundingClientRect().width, "the chip's width").to.be.closeTo(width, 0.5);
    expect(after.getBoundingClientRect().x, 'the next word').to.be.closeTo(x, 0.5);
    // Only a first render waits: made a card, it changes at once, even out
    // of view (where the change moves nothing the reader sees: the tests
    // after this one count the page's shifts since it loaded).
    window.scrollTo(0, 0);
    await nextFrame();
    el.variant = 'full';
    await el.updateComplete;
    expect(has(el, '[part=card]'), 'the card').to.equal(true);
    expect(reserving(el)).to.equal(false);
  });

  it('puts off the widgets below the fold when many arrive at once', async () => {
    const page = await fixture(html`<div>
      ${Array.from({length: 30}, () => html`<nutrient-card nutrient="zinc"></nutrient-card>`)}
    </div>`);
    const cards = [...page.children] as NutrientCard[];
    await Promise.all(cards.map((card) => card.updateComplete));
    expect(rendered(cards[0]), 'the first card, in view').to.equal(true);
    expect(rendered(cards[29]), 'the last card, screens below').to.equal(false);
    expect(cards[29].getBoundingClientRect().height, 'its reserved height').to.be.greaterThan(100);
    // In view, or within a screen of it; not all thirty.
    expect(cards.filter(rendered).length).to.be.within(2, 12);
  });

  it('renders an eager widget in the task that inserts it, before the page paints it: nothing after it moves', async () => {
    const {shifts, stop} = recordShifts();
    const page = document.createElement('div');
    page.innerHTML = `<nutrient-card nutrient="zinc" eager></nutrient-card><p>The partner's own text.</p>`;
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    document.body.append(page);
    await (page.firstElementChild as NutrientCard).updateComplete;
    expect(framed, 'a frame came first').to.equal(false);
    expect(rendered(page.firstElementChild!)).to.equal(true);
    await nextFrame();
    await nextFrame();
    stop();
    page.remove();
    expect(shifts, 'layout shifts').to.deep.equal([]);
  });

  it('holds the place of a widget in view until it renders, in a task after the page is laid out', async () => {
    // A partner whose reserved height is exactly the card's.
    const reference = await fixture(html`<nutrient-card nutrient="omega-3"></nutrient-card>`);
    const height = reference.getBoundingClientRect().height;
    reference.remove();
    await nextFrame();
    const {shifts, stop} = recordShifts();
    // The partner's markup, as the parser would insert it: one task. (Its own
    // formatting context: the body must not move with its first margin.)
    const page = document.createElement('div');
    page.style.display = 'flow-root';
    page.innerHTML = `<p>Nutrients such as <nutrient-card nutrient="zinc" variant="compact">zinc</nutrient-card> matter.</p>
      <nutrient-card nutrient="omega-3" style="--_reserve: ${height}px"></nutrient-card>
      <p>The partner's own text.</p>`;
    document.body.append(page);
    // The task's microtasks, then a layout with paint properties, before any
    // frame: what Chromium does at the start of a frame to find what is under
    // the mouse.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    document.elementFromPoint(10, 10);
    const [chip, card] = page.querySelectorAll('nutrient-card');
    expect([chip, card].map(rendered), 'the chip and the card, waiting for the observer').to.deep.equal([false, false]);
    expect(card.getBoundingClientRect().height, 'its place').to.be.closeTo(height, 0.5);
    await Promise.all([chip, card].map((each) => (each as NutrientCard).updateComplete));
    expect([chip, card].map(rendered)).to.deep.equal([true, true]);
    await nextFrame();
    await nextFrame();
    stop();
    page.remove();
    expect(shifts, 'layout shifts').to.deep.equal([]);
  });

  it('renders the widgets that come into view together one per task, so that none is long', async () => {
    const page = document.createElement('div');
    page.innerHTML = ['zinc', 'omega-3', 'magnesium'].map((n) => `<nutrient-card nutrient="${n}"></nutrient-card>`).join('');
    const cards = [...page.children] as NutrientCard[];
    // How many were rendered when each render's task ended (a mutation
    // observer reports in a microtask of the task that rendered).
    const seen: number[] = [];
    const watch = new MutationObserver(() => seen.push(cards.filter(rendered).length));
    document.body.append(page);
    for (const card of cards) watch.observe(card.shadowRoot!, {childList: true});
    await Promise.all(cards.map((card) => card.updateComplete));
    watch.disconnect();
    page.remove();
    expect(cards.every(rendered), 'all rendered').to.equal(true);
    expect(seen, 'rendered, as each task ended').to.deep.equal([1, 2, 3]);
  });

  it('puts off a widget inserted far above where the reader has scrolled to', async () => {
    const page = await fixture(html`<div><div></div><div style="height: 500vh"></div></div>`);
    window.scrollTo(0, window.innerHeight * 3);
    await nextFrame();
    const el = document.createElement('nutrient-card');
    el.setAttribute('nutrient', 'zinc');
    page.firstElementChild!.append(el);
    await el.updateComplete;
    expect(rendered(el)).to.equal(false);
    expect(reserving(el)).to.equal(true);
  });

  it("in an iframe, renders a widget below the frame's fold as it comes within a screen of the frame's view", async () => {
    // 400 px down in a 300 px frame: out of view, within a screen of it.
    const srcdoc = `<!doctype html><script type="module" src="/dist/embed.js"></script>
      <div style="height: 400px"></div><nutrient-card nutrient="zinc"></nutrient-card>
      <div style="height: 2000px"></div>`;
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe style="display: block; width: 600px; height: 300px; border: 0" srcdoc=${srcdoc}></iframe>`
    );
    await waitUntil(() => frame.contentWindow?.customElements.get('nutrient-card'), 'the bundle never ran');
    const card = frame.contentDocument!.querySelector('nutrient-card')!;
    expect(card.getBoundingClientRect().top, 'below the fold').to.be.above(300);
    await waitUntil(() => rendered(card), 'never rendered: the look-ahead stopped at the frame');
  });

  // The script-tag file evaluates the elements' code in a task after Lit's,
  // and registers each element in a task of its own, the page free to paint
  // and take input between them; with the opt-in blocking="render", which
  // asks for the widgets in the first paint, all in one task.
  for (const blocking of [false, true]) {
    const how = blocking ? 'all in one task, with blocking="render"' : 'each element in a task of its own';
    it(`evaluates and registers ${how}, from the script-tag file`, async () => {
      // A task's microtasks run at its end: what happens between two
      // checkpoints shares a task. Lit's evaluation is seen as it adds its
      // version to the page's list, the elements' as their base class
      // listens for printing. (In Firefox too, which ignores
      // blocking="render" but keeps the attribute the bundle looks for.)
      const srcdoc = `<script>
          window.seen = [];
          let task = 0, open = false;
          const see = (what) => {
            if (!open) (open = true), task++, queueMicrotask(() => (open = false));
            seen.push(what + ' ' + task);
          };
          window.litElementVersions = {push: () => see('lit')};
          const listen = addEventListener;
          window.addEventListener = (type, ...rest) => (type === 'beforeprint' && see('widget.ts'), listen(type, ...rest));
          const define = customElements.define.bind(customElements);
          customElements.define = (tag, ctor) => (see(tag), define(tag, ctor));
        </script>
        <script type="module" src="/dist/embed.js"${blocking ? ' blocking="render"' : ''}></script>
        <nutrient-card nutrient="zinc"></nutrient-card>`;
      const frame = await fixture<HTMLIFrameElement>(html`<iframe srcdoc=${srcdoc}></iframe>`);
      const win = () => frame.contentWindow as Window & {seen?: string[]};
      await waitUntil(() => win().seen?.length === WIDGET_TAGS.length + 3, 'not every element registered');
      const seen = win().seen!;
      expect(seen[0], 'Lit first').to.match(/^lit /);
      const defined = seen.filter((each) => !/^(lit|widget\.ts) /.test(each));
      expect(defined[0], 'the provider first').to.match(/^innateheal-provider /);
      expect(new Set(seen.map((each) => each.split(' ')[1])).size, seen.join(', ')).to.equal(blocking ? 1 : 7);
      await waitUntil(() => rendered(frame.contentDocument!.querySelector('nutrient-card')!), 'the card never rendered');
    });
  }

  it('renders in a hidden page (a background tab, a prerender), which gets no frames', async () => {
    Object.defineProperty(document, 'hidden', {configurable: true, get: () => true});
    const el = document.createElement('nutrient-card');
    try {
      let framed = false;
      requestAnimationFrame(() => (framed = true));
      el.setAttribute('nutrient', 'zinc');
      document.body.append(el);
      await el.updateComplete;
      expect(framed, 'a frame came first').to.equal(false);
      expect(rendered(el)).to.equal(true);
    } finally {
      delete (document as {hidden?: boolean}).hidden;
      el.remove();
    }
  });

  it('renders the others when one widget throws in its first render', async () => {
    customElements.define(
      'broken-widget',
      class extends Widget {
        protected override render(): never {
          throw new Error('broken on purpose');
        }
      }
    );
    // Reported as an uncaught error would be; recorded here instead.
    const errors: unknown[] = [];
    const {reportError} = window;
    window.reportError = (error) => errors.push(error);
    const page = document.createElement('div');
    try {
      page.innerHTML = '<broken-widget></broken-widget><nutrient-card nutrient="zinc"></nutrient-card>';
      document.body.append(page);
      await waitUntil(() => rendered(page.lastElementChild!), 'the card after the broken widget never rendered');
      expect(errors).to.have.length(1);
      expect(String(errors[0])).to.include('broken on purpose');
    } finally {
      window.reportError = reportError;
      page.remove();
    }
  });

  it('renders widgets in view at once', async () => {
    const el = await fixture<NutrientCard>(html`<nutrient-card nutrient="zinc"></nutrient-card>`);
    expect(rendered(el)).to.equal(true);
  });
});
