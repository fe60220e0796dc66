import {expect, waitUntil} from '@open-wc/testing';
import {resetMouse, sendMouse} from '@web/test-runner-commands';
import {WIDGET_TAGS, expectSeedText, loadPartnerPage, openPartnerPage, shadowElements, textOf, topCentre, widgetsOf} from './partner/frame.js';
import {canCollectGarbage, canCountMemory, canSetFontSize, collectGarbage, emulate, memoryCounters, setFontSize} from './engines.js';
import {SCHEMES, fetchJson, schemeOf, shownText} from './helpers.js';
import type {PartnerWindow} from './partner/frame.js';

function expectNoPageErrors(win: PartnerWindow) {
  expect(win.probe.errors, 'uncaught errors').to.deep.equal([]);
}

const shadowLinks = (win: Window) => shadowElements(win).filter((el): el is HTMLAnchorElement => el.localName === 'a');

describe('partner pages (dist/embed.js)', () => {
  afterEach(() => resetMouse());

  it('1. renders under a strict CSP with Trusted Types, with no violation', async () => {
    const win = await loadPartnerPage('/partner/csp.html');
    expectSeedText(win);
    // The chip's tooltip is placed from script as it shows (a style property).
    const chip = win.document.querySelector('nutrient-card[variant=compact]')!.shadowRoot!.querySelector<HTMLElement>('[part=chip]')!;
    chip.focus();
    const tip = chip.nextElementSibling as HTMLElement;
    expect(win.getComputedStyle(tip).display, 'tooltip').to.equal('block');
    expect(tip.style.marginLeft, 'placed').to.match(/px$/);
    expectNoPageErrors(win);
    expect(win.probe.violations).to.deep.equal([]);
    // The policy is really in force, and the widgets' styles still apply.
    const sink = win.document.createElement('div');
    expect(() => (sink.innerHTML = '<b>x</b>')).to.throw().with.property('name', 'TypeError');
    expect(sink.childElementCount).to.equal(0);
    const card = win.document.querySelector('#outside nutrient-card[nutrient=omega-3]')!;
    const box = card.shadowRoot!.querySelector('[part=card]')!;
    expect(win.getComputedStyle(box).borderTopStyle).to.equal('solid');
  });

  it('2. keeps every control visible, usable and readable under hostile page CSS', async () => {
    // Its checklist keeps ticks (persist), in storage the frames share with this page: none yet.
    localStorage.clear();
    const win = await loadPartnerPage('/partner/hostile.html', {width: 800, height: 900});
    expectSeedText(win);
    expectNoPageErrors(win);
    const checklist = win.document.querySelector('#outside gut-checklist') as HTMLElement & {checked: string[]};
    const box = checklist.shadowRoot!.querySelector('input')!;
    const next = win.document.querySelector('#outside hot-articles')!.shadowRoot!.querySelector('[part=next]')!;
    const link = win.document.querySelector('#outside hot-articles')!.shadowRoot!.querySelector('a')!;
    for (const control of [box, next, link]) {
      const style = win.getComputedStyle(control);
      expect([style.display, style.visibility, style.pointerEvents], control.localName).to.deep.equal([
        style.display === 'none' ? 'visible' : style.display,
        'visible',
        'auto',
      ]);
    }
    // A real click lands on the checkbox and ticks it.
    box.scrollIntoView({block: 'center'});
    await sendMouse({type: 'click', position: topCentre(win, box)});
    await waitUntil(() => checklist.checked.length === 1, 'the click did not tick the checkbox');
    // Text inside is ours: no page font size, case, spacing, line height,
    // indent, white space or colour leaks in.
    // (The compact chip takes its sentence's size, on purpose.)
    for (const widget of widgetsOf(win).filter((w) => w.getAttribute('variant') !== 'compact')) {
      const text = widget.shadowRoot!.querySelector('p, li, label, [role=heading]')!;
      const style = win.getComputedStyle(text);
      expect(parseFloat(style.fontSize), widget.localName).to.be.below(30);
      expect(style.textTransform, widget.localName).to.equal('none');
      expect(style.letterSpacing, widget.localName).to.equal('normal');
      expect([style.wordSpacing, style.textIndent, style.whiteSpace], widget.localName).to.deep.equal(['0px', '0px', 'normal']);
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize), `${widget.localName} line height`).to.be.at.least(1.2);
      expect(style.color, widget.localName).not.to.equal('rgb(255, 0, 255)');
    }
  });

  it('3. loaded twice, registers once and renders everything once', async () => {
    const win = await loadPartnerPage('/partner/twice.html');
    expectSeedText(win);
    expectNoPageErrors(win);
    const scripts = [...win.document.querySelectorAll('script[type=module]')].map((s) => (s as HTMLScriptElement).src);
    expect(scripts.filter((src) => src.includes('/dist/embed.js'))).to.have.length(2);
    for (const widget of widgetsOf(win)) {
      expect(widget.shadowRoot!.children.length, widget.localName).to.equal(1);
    }
  });

  it('3b. loaded twice under Trusted Types, with allow-duplicates as the README says', async () => {
    const win = await loadPartnerPage('/partner/twice-trusted-types.html');
    expectSeedText(win);
    expectNoPageErrors(win);
    expect(win.probe.violations).to.deep.equal([]);
  });

  it('4. ticks the checklist and moves the carousel in a sandboxed iframe', async () => {
    const message = new Promise<Record<string, unknown>>((resolve) => {
      const onMessage = (event: MessageEvent) => {
        if (event.data?.sandboxed) {
          window.removeEventListener('message', onMessage);
          resolve(event.data.sandboxed);
        }
      };
      window.addEventListener('message', onMessage);
    });
    await loadPartnerPage('/partner/sandboxed.html', {width: 360, sandbox: 'allow-scripts'});
    const result = await message;
    expect(result.failure).to.equal(undefined);
    expect(result.origin, 'an opaque origin').to.equal('null');
    expect(result.storage, 'no storage').to.equal('SecurityError');
    expect(result.checked).to.deep.equal(['bloating']);
    // With the seek-care guidance named for screen readers: it appeared.
    expect(result.summary).to.equal('1 of 4 ticked. When to Seek Medical Care');
    expect(result.scrolled).to.be.greaterThan(0);
    expect(result.errors).to.deep.equal([]);
  });

  it('5. shows bad input as visible errors and text, with no dangerous link or script', async () => {
    const win = await loadPartnerPage('/partner/bad-input.html');
    expectNoPageErrors(win);
    const errors = shadowElements(win).filter((el) => el.getAttribute('part') === 'error');
    // Two nutrient cards, the checklist, and two health-articles (article, sections).
    expect(errors.map((e) => e.textContent)).to.have.length(5);
    for (const error of errors) {
      expect((error as HTMLElement).offsetHeight, error.textContent!).to.be.greaterThan(0);
      expect(error.textContent).to.include('Valid:');
    }
    expect(shownText(win.document.querySelector('hot-articles[category]')!)).to.include('No articles');
    const links = shadowLinks(win);
    expect(links.length, 'links to check').to.be.at.least(5);
    for (const a of links) {
      expect(a.protocol, a.href).to.be.oneOf(['https:', 'http:']);
    }
    const hostile = win.document.getElementById('hostile')!;
    const titles = [...hostile.shadowRoot!.querySelectorAll('[part=title]')].map((t) => t.textContent!.trim());
    expect(titles[0]).to.equal('<img src=x onerror="alert(1)">');
    expect(titles).to.include('A fine one');
    expect(titles).not.to.include('No title at all');
    const made = shadowElements(win).map((el) => el.localName);
    expect(made).not.to.include.members(['img', 'script', 'iframe', 'object']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.probe.alerts, 'alert() calls').to.equal(0);
    expect(win.probe.warnings.some((w) => w.includes('base-url'))).to.equal(true);
  });

  it('6. honours elements and properties set before the bundle, and moves', async () => {
    const win = await loadPartnerPage('/partner/upgrade.html');
    expectNoPageErrors(win);
    const doc = win.document;
    const checklist = doc.getElementById('early-checklist') as HTMLElement & {checked: string[]};
    expect(checklist.checked).to.deep.equal(['thyroid', 'sleep-hormones']);
    const ticked = [...checklist.shadowRoot!.querySelectorAll('input')].map((box) => box.checked);
    expect(ticked, 'what the reader sees').to.deep.equal([false, true, false, false, true]);
    expect(shownText(doc.getElementById('early-articles')!)).to.include('Set before the bundle');
    const card = doc.getElementById('created-early')!;
    expect(shownText(card)).to.include('Vitamin A');
    doc.getElementById('second-parent')!.append(card);
    await (card as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    expect(shownText(card)).to.include('reduced mucosal protection');
    const inside = doc.getElementById('early-card')!;
    expect(inside.shadowRoot!.querySelector('a')!.href).to.include('utm_source=early');
  });

  // Chromium counts the page's DOM nodes and listeners; Firefox gives no such
  // count, and there the widgets dropped must be freed. WebKit can do neither.
  const counted = canCountMemory ? '' : canCollectGarbage ? ', what it dropped freed (no DOM counts here)' : ' (no DOM counts nor a forced collection here: still working)';
  it(`6b. can be removed and re-added 100 times without growing${counted}`, async function () {
    // 110 rounds: about 2 s in Chromium, 6 s in WebKit.
    this.timeout(20000);
    const win = await loadPartnerPage('/partner/plain.html');
    const main = win.document.querySelector('main')!;
    const dropped: WeakRef<Element>[] = [];
    const cycle = async (times: number) => {
      for (let i = 0; i < times; i++) {
        const widgets = widgetsOf(win);
        const parents = widgets.map((w) => [w.parentNode!, w.nextSibling] as const);
        widgets.forEach((w) => w.remove());
        parents.forEach(([parent, next], j) => parent.insertBefore(widgets[j], next));
        // And as a partner's script would: fresh elements of every kind, made and dropped.
        const fresh = WIDGET_TAGS.map((tag) => win.document.createElement(tag));
        fresh[0].setAttribute('nutrient', 'zinc');
        fresh.forEach((w) => w.setAttribute('eager', ''));
        main.append(...fresh);
        await Promise.all(fresh.map((w) => (w as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete));
        fresh.forEach((w) => w.remove());
        dropped.push(...fresh.map((w) => new WeakRef(w)));
        await Promise.all(widgets.map((w) => (w as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete));
      }
    };
    // Counted once the page has settled: before, the last batch dropped may
    // read as one batch of growth (13 listeners, 711 nodes) on some runs.
    await cycle(10);
    const before = canCountMemory && (await memoryCounters());
    await cycle(100);
    if (before) {
      const after = await memoryCounters();
      expect(after.listeners - before.listeners, 'event listeners').to.be.at.most(5);
      expect(after.nodes - before.nodes, 'DOM nodes').to.be.at.most(50);
    }
    if (canCollectGarbage) {
      const held = () => dropped.filter((ref) => ref.deref()).length;
      await collectGarbage(() => held() === 0);
      expect(held(), `dropped widgets still held, of ${dropped.length}`).to.equal(0);
    }
    expectSeedText(win);
  });

  // WebKit's driver cannot set the reader's text size: there the page sets
  // its text, and through --ih-font-size the widgets', to the same 32 px.
  const textSize = canSetFontSize ? '200% text' : '32 px text (set by the page)';
  it(`7. fits 320 px at ${textSize} without horizontal page overflow, nothing in it left small`, async () => {
    if (canSetFontSize) await setFontSize(32, 26);
    try {
      const win = await loadPartnerPage('/partner/plain.html', {width: 320, height: 800});
      const doc = win.document.documentElement;
      if (!canSetFontSize) {
        doc.style.fontSize = '32px';
        doc.style.setProperty('--ih-font-size', '32px');
      }
      // The page's own heading, not ours: at 64 px "partner's" is wider than
      // the screen in Firefox's default font.
      win.document.querySelector('h1')!.style.overflowWrap = 'anywhere';
      const card = win.document.querySelector('#outside nutrient-card[nutrient=omega-3]')!;
      expect(parseFloat(win.getComputedStyle(card).fontSize), 'text is at 200%').to.equal(32);
      expect(doc.scrollWidth, 'page width').to.be.at.most(doc.clientWidth);
      // Our smallest text is 0.875em (28 px here), the chip's role among it. A
      // browser's own sizes, as for controls, do not follow the reader's setting.
      const chip = win.document.querySelector('nutrient-card[variant=compact]')!.shadowRoot!.querySelector<HTMLElement>('[part=chip]')!;
      chip.focus();
      expect(chip.nextElementSibling!.getClientRects().length, "the chip's role, shown").to.equal(1);
      const shown = shadowElements(win).filter((el) => el.getClientRects().length > 0);
      const hasText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      const size = (el: Element) => win.getComputedStyle(el).fontSize;
      const small = shown
        .filter((el) => (hasText(el) || el.localName === 'input') && parseFloat(size(el)) < 28)
        .map((el) => `${el.localName}.${el.className}: ${size(el)}`);
      expect(small, 'text or controls under 28 px').to.deep.equal([]);
      const boxes = shown.filter((el) => el.localName === 'input');
      expect(boxes, 'tick boxes').to.have.length.above(0);
      for (const box of boxes) expect(box.getBoundingClientRect().width, 'a tick box').to.equal(40);
    } finally {
      if (canSetFontSize) await setFontSize(16, 13);
    }
  });

  // The README's snippet never holds the page up: it paints at once, with
  // the room the guide's CSS reserves, and each widget then moves only what
  // follows it, by the difference between its reservation and its height:
  // CLS at most 0.001 (issue 35), as the guide says (Chromium measures it).
  // With the guide's opt-in, blocking="render", which Chromium and WebKit
  // honour, the page first paints with the widgets in place: no shift at all.
  // (Firefox ignores it: there, as without, no shift before the widgets.)
  const blocks = 'blocking' in HTMLScriptElement.prototype;
  const measured = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
  const noShiftBefore = (win: PartnerWindow) => {
    const first = widgetsOf(win)[0];
    const before = win.probe.moved.filter((node) => !(first.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING));
    expect(before.map((node) => node.nodeName), `shifted: ${JSON.stringify(win.probe.shifts)}`).to.deep.equal([]);
  };
  for (const pointer of [false, true]) {
    const mouse = pointer ? ', the mouse over it' : '';
    /** The slow-CDN page, once every widget has rendered, its mouse over it or not. */
    const load = async (page: string) => {
      // A reader's mouse resting on the page while it loads: Chromium then lays
      // the page out at the start of every frame, to find what is under it.
      if (pointer) await sendMouse({type: 'move', position: [100, 100]});
      // The page's checklist keeps ticks (persist) in storage this origin's
      // tests share: none, so that its height is the one the guide reserves for.
      localStorage.clear();
      // The reader reads on once the widgets in view show. (Scrolled down
      // before that frame, with the mouse over the page, the widgets then in
      // view move what follows them by the difference from their reserve, as
      // docs/embedding.md says.)
      const win = await loadPartnerPage(`/partner/${page}${pointer ? '-pointer' : ''}.html`, {height: 1200, firstFrameAtTop: true});
      await new Promise((resolve) => setTimeout(resolve, 300));
      expectSeedText(win);
      return win;
    };

    it(`8. moves nothing before the widgets${measured ? ', CLS at most 0.001,' : ''} with the README snippet, from a slow CDN${mouse}`, async () => {
      const win = await load('slow-cdn');
      noShiftBefore(win);
      if (measured) expect(win.probe.cls, `shifted: ${JSON.stringify(win.probe.shifts)}`).to.be.at.most(0.001);
    });

    const outcome = blocks ? 'no layout shift' : 'no shift before the widgets (this engine ignores blocking="render")';
    it(`8a. causes ${outcome} with the opt-in blocking="render", from a slow CDN${mouse}`, async () => {
      const win = await load('slow-cdn-blocking');
      if (blocks) {
        expect(win.probe.shifts, `shifted: ${JSON.stringify(win.probe.shifts)}`).to.deep.equal([]);
        expect(win.probe.cls).to.equal(0);
      } else {
        noShiftBefore(win);
      }
    });
  }

  // A blogger's post, with paragraphs between its widgets, from a slow CDN:
  // the guide's heights are the widgets' own on phones 360 and 390-412 px
  // wide and in a 700 px column (Chromium, its default font, Times New
  // Roman, at 16 px), so there nothing moves. (Elsewhere text moves by a
  // reservation's difference from a height: docs/embedding.md. Firefox's and
  // WebKit's default fonts are wider, and wrap lines elsewhere: there,
  // nothing before the widgets moves.)
  for (const width of [360, 390, 412, 700]) {
    it(`8d. moves nothing${measured ? ', CLS 0,' : ' before the widgets'} in a WordPress post ${width} px wide, from a slow CDN`, async () => {
      localStorage.clear();
      const win = await loadPartnerPage('/partner/slow-post.html', {width, height: 800, firstFrameAtTop: true});
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(textOf(win, 'nutrient-card[nutrient=omega-3]')).to.include('chronic gut inflammation');
      if (measured) {
        expect(win.probe.shifts).to.deep.equal([]);
        expect(win.probe.cls).to.equal(0);
      } else {
        noShiftBefore(win);
      }
    });
  }

  it('8b. gives the room back, and shows the fallback, when the bundle never runs', async () => {
    const win = await openPartnerPage('/partner/blocked.html', {height: 900});
    const doc = win.document;
    expect(win.customElements.get('nutrient-card'), 'the bundle ran').to.equal(undefined);
    const height = (selector: string) => doc.querySelector(selector)!.getBoundingClientRect().height;
    // The guide's reservation ends 4 s after the page shows: move its clock there.
    const at = (ms: number) => doc.getAnimations().forEach((animation) => (animation.currentTime = ms));
    at(3999);
    expect(height('nutrient-card:not([variant])'), 'reserved while waiting').to.be.greaterThan(150);
    expect(height('#hidden'), 'the hidden widget, while waiting').to.equal(0);
    expect(doc.body.innerText).not.to.include("Read InnateHeal's article");
    at(4000);
    for (const selector of ['nutrient-card:not([variant])', 'gut-checklist', '#hidden']) {
      expect(height(selector), selector).to.equal(0);
    }
    // One line: its link, the guide's fallback.
    expect(height('health-article')).to.equal(height('#after'));
    const text = doc.body.innerText;
    expect(text).to.include('Nutrients such as zinc matter.');
    expect(text).to.include("Read InnateHeal's article on leaky gut");
    expect(text, 'the hidden widget').not.to.include('Not for now.');
    expectNoPageErrors(win);
  });

  // docs/embedding.md, "Reserve space": a fallback of text and links stays inside the
  // widget in a post WordPress has wrapped in paragraphs; a <p> in it would
  // end the one around the widget, and show after it.
  it("8c. renders every widget of a WordPress post, each in a <p>, and keeps the guide's fallback out of sight", async () => {
    const win = await loadPartnerPage('/partner/wordpress.html', {height: 900});
    const doc = win.document;
    // What WordPress made of the post: a <p> around each widget.
    expect(widgetsOf(win).map((w) => w.parentElement!.localName)).to.deep.equal(['p', 'p', 'p', 'p']);
    expect(textOf(win, 'nutrient-card[nutrient=omega-3]')).to.include('chronic gut inflammation');
    expect(textOf(win, 'health-article')).to.include('Medical evaluation is recommended if:');
    // The guide's fallback is in the page, inside the article, where it is not shown.
    expect(doc.querySelector('health-article a')?.textContent).to.equal("Read InnateHeal's article on leaky gut");
    const text = doc.body.innerText;
    expect(text).to.include('Nutrients such as zinc matter.');
    expect(text).to.include("The partner's own text after the widgets.");
    expect(text, 'the fallback, beside the article it stands for').not.to.include("Read InnateHeal's article on leaky gut");
    expectNoPageErrors(win);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`9. passes axe over the whole page in the ${scheme} scheme`, async () => {
      const win = await loadPartnerPage('/partner/a11y.html', {height: 900});
      await emulate({colorScheme: scheme});
      try {
        const axe = (win as unknown as {axe: {run(ctx: Document): Promise<{violations: {id: string; nodes: {target: unknown}[]}[]}>}}).axe;
        const {violations} = await axe.run(win.document);
        expect(
          violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`),
          'axe violations'
        ).to.deep.equal([]);
      } finally {
        await emulate({colorScheme: 'light'});
      }
    });
  }

  // docs/theming.md, "Colours": the widgets take the page's colour scheme, so a reader
  // with a dark system sees light widgets on a light-only page, and the
  // provider's theme overrides it.
  type Scheme = keyof typeof SCHEMES;
  // Each page's declaration, and the scheme its widgets take on a light and on a dark system.
  const PAGE_SCHEMES: [string, string, Record<Scheme, Scheme>][] = [
    ['none', 'no colour scheme', {light: 'light', dark: 'light'}],
    ['light', '<meta name="color-scheme" content="light">', {light: 'light', dark: 'light'}],
    ['light-dark', '<meta name="color-scheme" content="light dark">', {light: 'light', dark: 'dark'}],
    ['css', ':root { color-scheme: light dark }', {light: 'light', dark: 'dark'}],
    ['dark', ':root { color-scheme: dark }', {light: 'dark', dark: 'dark'}],
  ];
  for (const [page, declares, schemes] of PAGE_SCHEMES) {
    for (const system of ['light', 'dark'] as const) {
      it(`11. on a page declaring ${declares}, with a ${system} system, shows ${schemes[system]} widgets, or what their theme or section says`, async () => {
        await emulate({colorScheme: system});
        try {
          const win = await loadPartnerPage(`/partner/scheme-${page}.html`, {height: 900});
          const want = {page: schemes[system], system, light: 'light', dark: 'dark'};
          const widgets = widgetsOf(win);
          expect(widgets).to.have.length(8);
          for (const widget of widgets) {
            const expected = want[widget.dataset.expect as keyof typeof want] as Scheme;
            const label = `${widget.localName} (${widget.dataset.expect})`;
            expect(schemeOf(widget), label).to.equal(expected);
            const box = widget.shadowRoot!.querySelector('.box');
            if (box) expect(getComputedStyle(box).backgroundColor, `${label}: its surface`).to.equal(SCHEMES[expected].surface);
          }
          expectNoPageErrors(win);
        } finally {
          await emulate({colorScheme: 'light'});
        }
      });
    }
  }

  // docs/embedding.md, "Pin a version": a partner who pins a version pastes its hash
  // from the package's dist/integrity.json.
  it('10. runs the pinned snippet with the hash from dist/integrity.json, and not with a stale hash', async () => {
    const win = await loadPartnerPage('/partner/pinned.html');
    expectSeedText(win);
    expectNoPageErrors(win);
    const stale = await openPartnerPage('/partner/pinned-stale.html');
    expect(stale.customElements.get('nutrient-card'), 'the bundle ran').to.equal(undefined);
  });

  it('10b. lists the hash of each script-tag file as served, and pins the version being released', async () => {
    const integrity = await fetchJson('/dist/integrity.json');
    for (const file of ['embed.js', 'embed.iife.js']) {
      const bytes = await (await fetch(`/dist/${file}`)).arrayBuffer();
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
      expect(integrity[file], file).to.equal(`sha384-${btoa(String.fromCharCode(...digest))}`);
    }
    const {version} = await fetchJson('/package.json');
    const docs = await Promise.all(['/README.md', '/docs/embedding.md'].map(async (path) => (await fetch(path)).text()));
    const pinned = docs.flatMap((text) => [...text.matchAll(/@innateheal\/widgets@([^/\s]+)\//g)].map(([, pin]) => pin));
    expect(pinned.length, 'versions in docs/embedding.md').to.be.greaterThan(0);
    expect(pinned.every((pin) => pin === version), `${pinned} in the docs, ${version} in package.json`).to.equal(true);
  });
});
