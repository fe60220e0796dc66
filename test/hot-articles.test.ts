import {expect, fixture, html, nextFrame, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../components/hot-articles/hot-articles.js';
import {HotArticles} from '../components/hot-articles/hot-articles.js';
import {announced, emulate} from './engines.js';
import {$, all, captureWarnings, has, isShown, recordPageKeys, texts} from './helpers.js';

const disabled = (button: HTMLElement) => button.getAttribute('aria-disabled') === 'true';

async function carousel(width: number, template = html`<hot-articles></hot-articles>`) {
  const wrapper = await fixture(html`<div style="width: ${width}px">${template}</div>`);
  const el = wrapper.querySelector('hot-articles')!;
  // The ends are measured when the carousel's size is first observed.
  await nextFrame();
  await el.updateComplete;
  return {wrapper, el, prev: $(el, '[part=prev]'), next: $(el, '[part=next]')};
}

/** Scrolls the cards as a reader's swipe would, to card `index`, and waits until the carousel has seen it. */
async function swipeTo(el: HotArticles, index: number) {
  const slides = $(el, '[part=slides]');
  const cards = all(el, '[part=card]');
  slides.scrollTo({left: cards[index].offsetLeft - cards[0].offsetLeft});
  await waitUntil(() => !disabled($(el, '[part=prev]')), 'the swipe never registered');
  return {slides, cards};
}

/** Waits for the carousel to settle after a move: scroll, then a frame to measure. */
const settled = (el: HotArticles, label: string) =>
  waitUntil(() => $(el, '[aria-live=polite]').textContent === label, `never showed "${label}"`, {timeout: 2000});

describe('<hot-articles>', () => {
  before(() => emulate({reducedMotion: 'reduce'}));
  after(() => emulate({reducedMotion: 'no-preference'}));

  it('shows the four teasers with category, title and subtitle, each title once', async () => {
    const {el} = await carousel(1100);
    expect($(el, '[part=heading]').textContent!.trim()).to.equal('Hot Articles');
    expect(texts(el, 'category')).to.deep.equal([
      'Symptom Decoder Series',
      'Mental & Cognitive Health',
      'Vitamin Deficiency Symptoms',
      'Digestive Health & Absorption',
    ]);
    expect(texts(el, 'title')).to.deep.equal([
      'Early Warning Signs You Ignore',
      'Anxiety Without a Trigger: Could It Be a Magnesium…',
      'Burning Feet at Night? Check These Vitamin Deficiencies',
      'Poor Appetite but Constant Fatigue',
    ]);
    expect(texts(el, 'subtitle')).to.deep.equal([
      'The Subtle Signals Your Body Sends Long Before Disease Appears',
      'When Anxiety Appears Out of Nowhere, the Cause Is Often Biochemical — Not Psychological',
    ]);
    expect(all(el, '[part=link]').map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://innateheal.com/early-warning-signs-you-ignore',
      'https://innateheal.com/anxiety-without-a-trigger',
      'https://innateheal.com/burning-feet-at-night',
      'https://innateheal.com/poor-appetite-but-constant-fatigue',
    ]);
  });

  it('keeps its title for a blank heading, and takes a category or heading that is not text', async () => {
    const {el} = await carousel(1100, html`<hot-articles heading=" "></hot-articles>`);
    expect($(el, '[part=heading]').textContent!.trim()).to.equal('Hot Articles');
    const untyped = el as unknown as {heading: unknown; category: unknown};
    untyped.heading = 7;
    untyped.category = ['Vitamin Deficiency Symptoms'];
    await el.updateComplete;
    expect($(el, '[part=heading]').textContent!.trim()).to.equal('7');
    expect(texts(el, 'title')).to.deep.equal(['Burning Feet at Night? Check These Vitamin Deficiencies']);
  });

  it('puts its title at the level chosen, card titles one below and none below 6', async () => {
    const levelsOf = (el: Element) => [
      $(el, '[part=heading]').getAttribute('aria-level'),
      ...new Set(all(el, '[part=title]').map((title) => title.getAttribute('aria-level'))),
    ];
    const {el} = await carousel(1100);
    expect(levelsOf(el)).to.deep.equal(['2', '3']);
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect(levelsOf(el)).to.deep.equal(['3', '4']);
    el.setAttribute('heading-level', '6');
    await el.updateComplete;
    expect(levelsOf(el)).to.deep.equal(['6', '6']);
  });

  it('follows the carousel pattern: a labelled region of slides labelled "n of N"', async () => {
    const {el} = await carousel(1100);
    const region = $(el, '[part=region]');
    expect(region.getAttribute('aria-roledescription')).to.equal('carousel');
    expect($(el, '#' + region.getAttribute('aria-labelledby')).textContent!.trim()).to.equal('Hot Articles');
    expect(all(el, '[part=card]').map((c) => c.getAttribute('aria-label'))).to.deep.equal([
      '1 of 4',
      '2 of 4',
      '3 of 4',
      '4 of 4',
    ]);
    expect(all(el, '[part=card]').every((c) => c.getAttribute('aria-roledescription') === 'slide')).to.equal(true);
  });

  it('shows one card at 320 px, more as the column widens, and four on a wide one', async () => {
    const visible = (el: Element) => {
      const box = $(el, '[part=slides]').getBoundingClientRect();
      return all(el, '[part=card]').filter((c) => c.getBoundingClientRect().right <= box.right + 1).length;
    };
    for (const [width, cards] of [[320, 1], [600, 2], [800, 3]]) {
      const {wrapper, el} = await carousel(width);
      expect(visible(el), `${width} px`).to.equal(cards);
      wrapper.remove();
    }
    const wide = await carousel(1100);
    expect(visible(wide.el)).to.equal(4);
    expect(disabled(wide.prev) && disabled(wide.next), 'nothing to move to').to.equal(true);
    expect(isShown(wide.prev) && isShown(wide.next), 'controls stay visible').to.equal(true);
  });

  it('moves with next and previous, disabled at the ends', async () => {
    const {el, prev, next} = await carousel(320);
    expect(disabled(prev)).to.equal(true);
    expect(disabled(next)).to.equal(false);
    next.click();
    await settled(el, '2 of 4');
    await waitUntil(() => !disabled(prev), 'previous never enabled');
    next.click();
    await settled(el, '3 of 4');
    next.click();
    await settled(el, '4 of 4');
    await waitUntil(() => disabled(next), 'next never disabled at the end');
    next.click();
    await el.updateComplete;
    expect($(el, '[aria-live=polite]').textContent).to.equal('4 of 4');
    expect(await announced(), 'what a screen reader is given').to.deep.equal(['4 of 4']);
    prev.click();
    await settled(el, '3 of 4');
    const box = $(el, '[part=slides]').getBoundingClientRect();
    const third = all(el, '[part=card]')[2].getBoundingClientRect();
    expect(Math.abs(third.left - box.left)).to.be.below(2);
  });

  // A column of 33.3% or a zoomed page gives cards fractional widths, and a
  // card at the end may never be reported as 100% in view.
  for (const width of [333.33, 600.5]) {
    it(`has next disabled at the end in a column ${width} px wide`, async () => {
      const {el, next} = await carousel(width);
      const slides = $(el, '[part=slides]');
      slides.scrollTo({left: slides.scrollWidth});
      await waitUntil(() => disabled(next), 'next never disabled at the end');
    });
  }

  it('shows a disabled button as disabled in forced colours (Windows High Contrast)', async () => {
    const {prev, next} = await carousel(320);
    await emulate({forcedColors: 'active'});
    try {
      expect([disabled(prev), disabled(next)]).to.deep.equal([true, false]);
      const look = (button: HTMLElement) => [getComputedStyle(button).color, getComputedStyle(button).borderTopColor];
      const [color, border] = look(prev);
      expect(look(next)).not.to.include(color);
      expect(look(next)).not.to.include(border);
    } finally {
      await emulate({forcedColors: 'none'});
    }
  });

  it('still tracks its ends after being moved to another parent', async () => {
    const {wrapper, el, prev, next} = await carousel(320);
    const other = document.createElement('div');
    other.style.width = '320px';
    wrapper.after(other);
    other.append(el);
    await nextFrame();
    next.click();
    await settled(el, '2 of 4');
    await waitUntil(() => !disabled(prev), 'previous never enabled after the move');
    other.remove();
  });

  it('has next disabled from its first render when there is one card', async () => {
    const wrapper = await fixture(html`<div style="width: 600px"></div>`);
    const el = document.createElement('hot-articles');
    el.articles = [{title: 'Only one', url: '/one'}];
    wrapper.append(el);
    await el.updateComplete;
    expect([disabled($(el, '[part=prev]')), disabled($(el, '[part=next]'))]).to.deep.equal([true, true]);
  });

  it('moves on from the card a reader swiped to', async () => {
    const {el, next} = await carousel(320);
    await swipeTo(el, 2);
    await nextFrame();
    next.click();
    await settled(el, '4 of 4');
  });

  // Tab goes from link to link, also to a card's out of view.
  it('brings a card into view when a keyboard user tabs to its link, and moves on from it', async () => {
    const {el, prev, next} = await carousel(320);
    const links = all(el, '[part=link]');
    links[0].focus();
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement === links[1], 'focus on the second card').to.equal(true);
    const slides = $(el, '[part=slides]').getBoundingClientRect();
    await waitUntil(() => {
      const card = links[1].closest('[part=card]')!.getBoundingClientRect();
      return card.left >= slides.left - 1 && card.right <= slides.right + 1;
    }, 'the second card never came into view');
    await waitUntil(() => !disabled(prev), 'previous still disabled');
    next.click();
    await settled(el, '3 of 4');
  });

  it('moves one card at a time with two cards in view', async () => {
    const {el, prev, next} = await carousel(600);
    const firstInView = () => {
      const box = $(el, '[part=slides]').getBoundingClientRect();
      return all(el, '[part=card]').findIndex((card) => Math.abs(card.getBoundingClientRect().left - box.left) < 2);
    };
    expect([disabled(prev), disabled(next)]).to.deep.equal([true, false]);
    next.click();
    await settled(el, '2 of 4');
    await waitUntil(() => firstInView() === 1, 'the second card never came first');
    next.click();
    await settled(el, '3 of 4');
    await waitUntil(() => disabled(next), 'next never disabled with the last two cards in view');
    expect(firstInView()).to.equal(2);
  });

  it('settles a swipe that stops between cards with a whole card at the start', async () => {
    const {el} = await carousel(320);
    const slides = $(el, '[part=slides]');
    const starts = all(el, '[part=card]').map((card, _, [first]) => card.offsetLeft - first.offsetLeft);
    const stop = starts[1] + 0.3 * (starts[2] - starts[1]);
    slides.scrollTo({left: stop});
    await waitUntil(
      () => starts.some((start) => Math.abs(slides.scrollLeft - start) < 1),
      `stopped at ${stop}, it never settled on a card starting at ${starts.join(', ')}`,
      {timeout: 2000}
    );
  });

  it('counts a card half swiped into view as not in view yet', async () => {
    const {el, next} = await carousel(320);
    // A reader's swipe, held still half way: no snapping back meanwhile.
    $(el, '[part=slides]').style.scrollSnapType = 'none';
    const {slides, cards} = await swipeTo(el, 2);
    slides.scrollBy({left: cards[2].offsetWidth / 2});
    await nextFrame();
    await nextFrame();
    await el.updateComplete;
    expect(disabled(next), 'next, with the last card half hidden').to.equal(false);
    next.click();
    await settled(el, '4 of 4');
    await waitUntil(() => disabled(next), 'next never disabled at the end');
  });

  it('moves with next() called as soon as it has rendered', async () => {
    const wrapper = await fixture(html`<div style="width: 320px"><hot-articles></hot-articles></div>`);
    const el = wrapper.querySelector('hot-articles')!;
    await el.updateComplete;
    el.next();
    await el.updateComplete;
    expect($(el, '[aria-live=polite]').textContent).to.equal('2 of 4');
    await waitUntil(() => $(el, '[part=slides]').scrollLeft > 0, 'never scrolled');
  });

  it('starts again at the first card when the cards change', async () => {
    const {el, prev} = await carousel(320);
    el.next();
    await settled(el, '2 of 4');
    el.next();
    await settled(el, '3 of 4');
    el.setAttribute('limit', '3');
    await el.updateComplete;
    await waitUntil(() => $(el, '[part=slides]').scrollLeft === 0, 'still scrolled to the third card');
    await waitUntil(() => disabled(prev), 'previous still enabled at the first card');
    expect(texts(el, 'title')).to.have.length(3);
    expect($(el, '[aria-live=polite]').textContent, 'the old position, no longer true').to.equal('');
  });

  it('moves with the arrow keys when focus is on the controls', async () => {
    const {el, prev, next} = await carousel(320);
    next.focus();
    await sendKeys({press: 'ArrowRight'});
    await settled(el, '2 of 4');
    await sendKeys({press: 'ArrowRight'});
    await settled(el, '3 of 4');
    await sendKeys({press: 'ArrowLeft'});
    await settled(el, '2 of 4');
    expect(el.shadowRoot!.activeElement === next, 'focus stays on the control').to.equal(true);
    await sendKeys({press: 'ArrowLeft'});
    await settled(el, '1 of 4');
    await waitUntil(() => disabled(prev));
    expect(el.shadowRoot!.activeElement === next).to.equal(true);
  });

  it('leaves the up and down arrows to the page', async () => {
    const {el, next} = await carousel(320);
    next.focus();
    const page = recordPageKeys();
    try {
      await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'ArrowUp'});
    } finally {
      page.stop();
    }
    await el.updateComplete;
    expect(page.keys.map(({key}) => key), 'keys that reached the page').to.deep.equal(['ArrowDown', 'ArrowUp']);
    expect(page.keys.filter(({prevented}) => prevented), 'keys kept from the page').to.deep.equal([]);
    expect($(el, '[aria-live=polite]').textContent, 'the carousel did not move').to.equal('');
  });

  it('keeps the arrow keys it uses from also scrolling a wide page', async () => {
    const {el, next} = await carousel(320, html`<hot-articles></hot-articles><div style="width: 3000px; height: 1px"></div>`);
    window.scrollTo(0, 0);
    next.focus();
    await sendKeys({press: 'ArrowRight'});
    await settled(el, '2 of 4');
    await nextFrame();
    expect(window.scrollX, 'the page did not scroll sideways').to.equal(0);
  });

  it('on a right-to-left page, moves left with the arrows and the keys pointing that way', async () => {
    const {el, prev, next} = await carousel(320, html`<hot-articles dir="rtl"></hot-articles>`);
    const cards = all(el, '[part=card]');
    // The first card starts at the right; the next one waits on its left.
    expect(cards[1].getBoundingClientRect().right).to.be.below(cards[0].getBoundingClientRect().left);
    // The arrows' glyphs (← →) are mirrored: next points left, previous right.
    const mirrored = (button: HTMLElement) => new DOMMatrix(getComputedStyle(button).transform).a === -1;
    expect([mirrored(prev), mirrored(next)]).to.deep.equal([true, true]);
    next.focus();
    await sendKeys({press: 'ArrowLeft'});
    await settled(el, '2 of 4');
    await waitUntil(() => !disabled(prev), 'previous never enabled');
    const view = $(el, '[part=slides]').getBoundingClientRect();
    const second = cards[1].getBoundingClientRect();
    expect([Math.round(second.left), Math.round(second.right)]).to.deep.equal([Math.round(view.left), Math.round(view.right)]);
    await sendKeys({press: 'ArrowRight'});
    await settled(el, '1 of 4');
    await waitUntil(() => disabled(prev));
    // Left to right, the arrows are as drawn.
    const ltr = await carousel(320);
    expect([mirrored(ltr.prev), mirrored(ltr.next)]).to.deep.equal([false, false]);
  });

  it('filters by category and limit', async () => {
    const {el} = await carousel(1100, html`<hot-articles category="vitamin deficiency symptoms"></hot-articles>`);
    expect(texts(el, 'title')).to.deep.equal(['Burning Feet at Night? Check These Vitamin Deficiencies']);
    expect(all(el, '[part=card]')[0].getAttribute('aria-label')).to.equal('1 of 1');
    el.removeAttribute('category');
    el.setAttribute('limit', '2');
    await el.updateComplete;
    expect(texts(el, 'title')).to.have.length(2);
  });

  it('says "No articles" when nothing is left to show', async () => {
    for (const template of [
      html`<hot-articles category="Astrology"></hot-articles>`,
      html`<hot-articles limit="0"></hot-articles>`,
      html`<hot-articles .articles=${[]}></hot-articles>`,
    ]) {
      const {el} = await carousel(600, template);
      expect(isShown($(el, '[part=empty]'))).to.equal(true);
      expect($(el, '[part=empty]').textContent).to.equal('No articles');
      expect(has(el, '[part=prev]')).to.equal(false);
    }
  });

  it('takes a blank limit (a CMS field left empty) as none: every card, no warning', async () => {
    for (const limit of ['', '  ']) {
      let el!: HotArticles;
      const warnings = await captureWarnings(async () => {
        ({el} = await carousel(600, html`<hot-articles limit=${limit}></hot-articles>`));
      });
      expect(all(el, '[part=card]'), `"${limit}"`).to.have.length(4);
      expect(warnings, `"${limit}"`).to.deep.equal([]);
    }
  });

  for (const limit of ['lots', '-1', '2.5']) {
    it(`ignores limit="${limit}", not a whole number from 0, with a warning`, async () => {
      let el!: HotArticles;
      const warnings = await captureWarnings(async () => {
        ({el} = await carousel(600, html`<hot-articles limit=${limit}></hot-articles>`));
      });
      expect(all(el, '[part=card]')).to.have.length(4);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include(`limit "${limit}"`);
    });
  }

  /**
   * Whether the last click to reach the document was cancelled, i.e. its link
   * would not navigate. The test page stays where it is either way.
   */
  function watchNavigation() {
    let blocked: boolean | undefined;
    const onClick = (e: Event) => {
      blocked = e.defaultPrevented;
      e.preventDefault();
    };
    document.addEventListener('click', onClick);
    return {blocked: () => blocked, stop: () => document.removeEventListener('click', onClick)};
  }

  it('fires a cancelable select event; cancelling it stops the navigation', async () => {
    const {el} = await carousel(1100);
    const link = all(el, '[part=link]')[1];
    const navigation = watchNavigation();
    try {
      el.addEventListener('hot-articles-select', (e) => e.preventDefault(), {once: true});
      const selected = oneEvent(el, 'hot-articles-select');
      link.click();
      const event = await selected;
      expect(event.detail).to.deep.equal({article: 'anxiety-without-a-trigger', index: 1});
      expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
      expect(navigation.blocked()).to.equal(true);

      link.click();
      expect(navigation.blocked(), 'not cancelled: the link navigates').to.equal(false);
    } finally {
      navigation.stop();
    }
  });

  // An app that routes every select in the page must not take a new tab from the reader.
  for (const key of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey']) {
    it(`fires a select event that cannot stop a click with ${key} (a new tab, window or download)`, async () => {
      const {el} = await carousel(1100);
      const link = all(el, '[part=link]')[1];
      const navigation = watchNavigation();
      const route = (e: Event) => e.preventDefault();
      el.addEventListener('hot-articles-select', route);
      try {
        const selected = oneEvent(el, 'hot-articles-select');
        link.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, composed: true, [key]: true}));
        const event = await selected;
        expect(event.detail).to.deep.equal({article: 'anxiety-without-a-trigger', index: 1});
        expect(event.cancelable).to.equal(false);
        expect(navigation.blocked(), 'the browser opens it as the reader asked').to.equal(false);
      } finally {
        navigation.stop();
        el.removeEventListener('hot-articles-select', route);
      }
    });
  }

  it('shows partner teasers as text only, with no unsafe link', async () => {
    const alerts: unknown[] = [];
    const alert = window.alert;
    window.alert = (message?: unknown) => alerts.push(message);
    try {
      let el!: HotArticles;
      const hostile = [
        {title: '<img src=x onerror="alert(1)">', url: 'javascript:alert(1)', category: '<b>bold</b>'},
        {title: 'Data', url: 'data:text/html,<script>alert(1)</script>'},
        {title: 'VB', url: ' vbscript:msgbox(1)'},
        {subtitle: 'no title', url: 'https://example.org/x'},
        {title: 'Ours', subtitle: 'Fine', url: '/posts/ours'},
        null,
      ];
      const warnings = await captureWarnings(async () => {
        ({el} = await carousel(1100, html`<hot-articles .articles=${hostile}></hot-articles>`));
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(texts(el, 'title')).to.deep.equal(['<img src=x onerror="alert(1)">', 'Data', 'VB', 'Ours']);
      expect(texts(el, 'category')).to.deep.equal(['<b>bold</b>']);
      expect(has(el, 'img') || has(el, 'b') || has(el, 'script')).to.equal(false);
      expect(all(el, 'a').map((a) => a.getAttribute('href'))).to.deep.equal(['/posts/ours']);
      expect(alerts).to.deep.equal([]);
      expect(warnings, 'one warning for everything dropped').to.have.length(1);
      expect(warnings[0]).to.include('articles[3] has no title').and.include('javascript:alert(1)');
    } finally {
      window.alert = alert;
    }
  });

  it('shows a partner teaser\'s text trimmed, and no blank or non-text subtitle or category', async () => {
    const {el} = await carousel(
      1100,
      html`<hot-articles
        .articles=${[
          {title: ' Ours ', subtitle: 'Ours  ', category: ' ', url: '/ours'},
          {title: 'Theirs', subtitle: {text: 'object'}, category: 42, url: '/theirs'},
          {title: 'Padded', subtitle: '  A subtitle ', category: ' News ', url: '/padded'},
        ]}
      ></hot-articles>`
    );
    expect(all(el, '[part=link]').map((link) => link.textContent)).to.deep.equal(['Ours', 'Theirs', 'Padded']);
    expect(all(el, '[part=subtitle]').map((p) => p.textContent), 'the title is not repeated').to.deep.equal(['A subtitle']);
    expect(all(el, '[part=category]').map((p) => p.textContent)).to.deep.equal(['News']);
  });

  it('takes articles = null as none yet (a framework\'s teasers still loading): no cards, no warning', async () => {
    let el!: HotArticles;
    const warnings = await captureWarnings(async () => {
      ({el} = await carousel(600, html`<hot-articles .articles=${null}></hot-articles>`));
    });
    expect($(el, '[part=empty]').textContent).to.equal('No articles');
    expect(warnings).to.deep.equal([]);
  });

  it('shows no cards, and warns, when articles is not a list', async () => {
    let el!: HotArticles;
    const warnings = await captureWarnings(async () => {
      ({el} = await carousel(600, html`<hot-articles .articles=${{title: 'One', url: '/one'}}></hot-articles>`));
    });
    expect($(el, '[part=empty]').textContent).to.equal('No articles');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('articles must be an array of teasers');
  });

  it('reports the partner URL as the selected article', async () => {
    const {el} = await carousel(
      1100,
      html`<hot-articles .articles=${[{title: 'Ours', url: 'https://partner.example/ours'}]}></hot-articles>`
    );
    el.addEventListener('hot-articles-select', (e) => e.preventDefault(), {once: true});
    const selected = oneEvent(el, 'hot-articles-select');
    $(el, '[part=link]').click();
    expect((await selected).detail).to.deep.equal({article: 'https://partner.example/ours', index: 0});
  });

  it('honours articles set before the element is defined', async () => {
    const early = document.createElement('hot-articles-early') as HotArticles;
    early.articles = [{title: 'Set early', url: '/early'}];
    document.body.append(early);
    try {
      customElements.define('hot-articles-early', class extends HotArticles {});
      await early.updateComplete;
      expect(texts(early, 'title')).to.deep.equal(['Set early']);
    } finally {
      early.remove();
    }
  });

  it('keeps its controls visible and usable under hostile page CSS', async () => {
    const style = document.createElement('style');
    style.textContent = `button { display: none !important; } a { pointer-events: none !important; }
      * { pointer-events: none !important; text-transform: lowercase !important; }`;
    document.head.append(style);
    try {
      const {el, next} = await carousel(320);
      expect(isShown(next)).to.equal(true);
      expect(getComputedStyle(next).pointerEvents).to.equal('auto');
      expect(getComputedStyle($(el, '[part=link]')).pointerEvents).to.equal('auto');
    } finally {
      style.remove();
    }
  });

  it('does not widen a 320 px page', async () => {
    const {wrapper, el} = await carousel(320);
    expect(wrapper.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('prints the cards without controls, in rows within the width (paper does not scroll)', async () => {
    const {el} = await carousel(600);
    await emulate({media: 'print'});
    try {
      expect(isShown($(el, '.controls'))).to.equal(false);
      expect(all(el, '[part=card]').every(isShown)).to.equal(true);
      const box = el.getBoundingClientRect();
      for (const card of all(el, '[part=card]')) {
        const {left, right} = card.getBoundingClientRect();
        const what = `${card.querySelector('[part=title]')!.textContent!.trim()}: ${Math.round(left)}–${Math.round(right)}`;
        expect(left, what).to.be.at.least(box.left);
        expect(right, what).to.be.at.most(box.right);
        // Two to a row in 600 px, not four squeezed into one.
        expect(right - left, what).to.be.at.least(250);
      }
    } finally {
      await emulate({media: 'screen'});
    }
  });

  it('is accessible', async () => {
    const {el} = await carousel(600);
    await expect(el).to.be.accessible();
    const empty = await carousel(600, html`<hot-articles limit="0"></hot-articles>`);
    await expect(empty.el).to.be.accessible();
  });
});
