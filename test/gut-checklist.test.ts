import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {resetMouse, sendKeys, sendMouse} from '@web/test-runner-commands';
import '../components/gut-checklist/gut-checklist.js';
import {GutChecklist} from '../components/gut-checklist/gut-checklist.js';
import type {GutChecklistChangeDetail} from '../components/gut-checklist/gut-checklist.js';
import {getList, listIds} from '../src/data.js';
import {announced, emulate} from './engines.js';
import {loadPartnerPage} from './partner/frame.js';
import {$, all, boxes, captureWarnings, centre, has, isShown, shownText} from './helpers.js';

/** The summary as shown: its own text, not what it holds for screen readers only. */
const summary = (el: Element) =>
  [...$(el, '[part=summary]').childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('')
    .trim();
const focused = (el: Element) => el.shadowRoot!.activeElement;

describe('<gut-checklist>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => resetMouse());

  it('renders every list as labelled checkboxes in the source words', async () => {
    for (const id of listIds()) {
      // Eager: each fixture lands below the last, soon far below the fold.
      const el = await fixture<GutChecklist>(html`<gut-checklist list=${id} eager></gut-checklist>`);
      const {list, section} = getList(id)!;
      expect($(el, 'legend').textContent, id).to.equal(section.heading);
      expect(
        boxes(el).map((box) => box.closest('label')!.textContent!.trim()),
        id
      ).to.deep.equal(list.items.map((item) => item.text));
      expect(summary(el)).to.equal(`0 of ${list.items.length} ticked`);
    }
  });

  it("introduces each list with its section's words: the sub-heading, or the last lead paragraph", async () => {
    const intro = (el: Element) => all(el, 'fieldset > p')[0]?.textContent;
    const deficiencies = await fixture<GutChecklist>(html`<gut-checklist list="deficiencies"></gut-checklist>`);
    expect(intro(deficiencies)).to.equal('Key Nutrient Deficiencies Linked to Leaky Gut');
    const symptoms = await fixture<GutChecklist>(html`<gut-checklist></gut-checklist>`);
    expect(intro(symptoms)).to.equal(
      'Leaky gut is not only a digestive issue; it affects immunity, inflammation, and overall health.'
    );
  });

  it('shows the symptoms by default, under a heading the partner may replace', async () => {
    const el = await fixture<GutChecklist>(html`<gut-checklist heading="How is your gut?"></gut-checklist>`);
    expect($(el, 'legend').textContent).to.equal('How is your gut?');
    expect(shownText(el)).to.include('Bloating, gas, or food sensitivities');
  });

  it('keeps the section heading when the heading given is blank or not text', async () => {
    const el = await fixture<GutChecklist>(html`<gut-checklist heading="  "></gut-checklist>`);
    expect($(el, 'legend').textContent).to.equal('Understanding Leaky Gut Beyond Digestion');
    (el as unknown as {heading: unknown}).heading = null;
    await el.updateComplete;
    expect($(el, 'legend').textContent).to.equal('Understanding Leaky Gut Beyond Digestion');
    (el as unknown as {heading: unknown}).heading = 2026;
    await el.updateComplete;
    expect($(el, 'legend').textContent).to.equal('2026');
  });

  it('ticks by mouse, updates the live summary and tells the page', async () => {
    const el = await fixture<GutChecklist>(html`<gut-checklist></gut-checklist>`);
    const label = boxes(el)[1].closest('label')!;
    const event = oneEvent(el, 'gut-checklist-change');
    await sendMouse({type: 'click', position: centre(label)});
    const {detail, bubbles, composed} = (await event) as CustomEvent<GutChecklistChangeDetail>;
    expect({bubbles, composed}).to.deep.equal({bubbles: true, composed: true});
    expect(detail).to.deep.equal({article: 'leaky-gut', list: 'symptoms', checked: ['fatigue'], total: 4});
    await el.updateComplete;
    expect(summary(el)).to.equal('1 of 4 ticked');
    expect($(el, '[part=summary]').getAttribute('aria-live')).to.equal('polite');
    expect(el.checked).to.deep.equal(['fatigue']);
  });

  it('works by keyboard: Tab to each checkbox, Space to tick, Tab to reset', async () => {
    const wrapper = await fixture(html`<div><button>before</button><gut-checklist></gut-checklist></div>`);
    const el = wrapper.querySelector('gut-checklist')!;
    await el.updateComplete;
    wrapper.querySelector('button')!.focus();
    const seen: string[][] = [];
    el.addEventListener('gut-checklist-change', (e) => seen.push(e.detail.checked));

    await sendKeys({press: 'Tab'});
    expect(focused(el) === boxes(el)[0], 'first checkbox focused').to.equal(true);
    // Space by its character: the one name for it that every driver knows.
    await sendKeys({press: ' '});
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Tab'});
    expect(focused(el) === boxes(el)[2], 'third checkbox focused').to.equal(true);
    await sendKeys({press: ' '});
    await el.updateComplete;
    expect(el.checked).to.deep.equal(['bloating', 'skin']);
    expect(summary(el)).to.equal('2 of 4 ticked');

    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Tab'});
    expect(focused(el) === $(el, '[part=reset]'), 'reset focused').to.equal(true);
    expect(getComputedStyle(focused(el)!).outlineStyle).to.equal('solid');
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(el.checked).to.deep.equal([]);
    expect(boxes(el).some((box) => box.checked)).to.equal(false);
    expect(seen).to.deep.equal([['bloating'], ['bloating', 'skin'], []]);
  });

  it('takes checked from script without firing the change event', async () => {
    const el = await fixture<GutChecklist>(html`<gut-checklist list="lifestyle"></gut-checklist>`);
    let fired = 0;
    el.addEventListener('gut-checklist-change', () => fired++);
    el.checked = ['meal-timings', 'whole-foods'];
    await el.updateComplete;
    expect(el.checked, 'list order').to.deep.equal(['whole-foods', 'meal-timings']);
    expect(boxes(el).map((box) => box.checked)).to.deep.equal([true, false, false, true, false]);
    expect(summary(el)).to.equal('2 of 5 ticked');
    expect(fired).to.equal(0);
  });

  it('honours checked set before the element is defined', async () => {
    const early = document.createElement('gut-checklist-early') as GutChecklist;
    early.checked = ['thyroid'];
    early.setAttribute('list', 'hormonal');
    document.body.append(early);
    try {
      customElements.define('gut-checklist-early', class extends GutChecklist {});
      await early.updateComplete;
      expect(early.checked).to.deep.equal(['thyroid']);
      expect(boxes(early)[1].checked).to.equal(true);
    } finally {
      early.remove();
    }
  });

  it('shows the seek-care guidance once a symptom is ticked, and not before', async () => {
    const el = await fixture<GutChecklist>(html`<gut-checklist></gut-checklist>`);
    expect(has(el, '[part=guidance]')).to.equal(false);
    boxes(el)[0].click();
    await el.updateComplete;
    const guidance = $(el, '[part=guidance]');
    expect(isShown(guidance)).to.equal(true);
    const text = guidance.innerText;
    expect(text).to.include('When to Seek Medical Care');
    expect(text).to.include('Medical evaluation is recommended if:');
    for (const item of getList('seek-care')!.list.items) {
      expect(text).to.include(item.text);
    }
  });

  it('names the seek-care guidance in the live summary while it shows', async () => {
    const el = await fixture<GutChecklist>(html`<gut-checklist></gut-checklist>`);
    expect(await announced()).to.deep.equal(['0 of 4 ticked']);
    boxes(el)[0].click();
    await el.updateComplete;
    // Announced as it appears: without it a screen reader hears only the count.
    expect(await announced()).to.deep.equal(['1 of 4 ticked. When to Seek Medical Care']);
    expect(summary(el)).to.equal('1 of 4 ticked');
    boxes(el)[0].click();
    await el.updateComplete;
    expect(await announced()).to.deep.equal(['0 of 4 ticked']);
  });

  it('on the seek-care list, repeats back the signs the reader ticked', async () => {
    const el = await fixture<GutChecklist>(html`<gut-checklist list="seek-care"></gut-checklist>`);
    boxes(el)[3].click();
    await el.updateComplete;
    const items = [...$(el, '[part=guidance]').querySelectorAll('li')].map((li) => li.textContent);
    expect(items).to.deep.equal(['Nutrient deficiencies are suspected']);
  });

  it('shows no seek-care guidance for habit lists', async () => {
    const el = await fixture<GutChecklist>(html`<gut-checklist list="mind-body"></gut-checklist>`);
    boxes(el)[0].click();
    await el.updateComplete;
    expect(has(el, '[part=guidance]')).to.equal(false);
    expect(await announced()).to.deep.equal(['1 of 4 ticked']);
  });

  it('always shows the not-medical-advice notice and a link to the article', async () => {
    const el = await fixture<GutChecklist>(html`<gut-checklist list="worsens"></gut-checklist>`);
    expect(isShown($(el, '[part=notice]'))).to.equal(true);
    expect($(el, '[part=notice]').textContent).to.include('not medical advice');
    expect($(el, '[part=link]').getAttribute('href')).to.equal('https://innateheal.com/leaky-gut');
  });

  it('keeps ticks across a re-created element with persist', async () => {
    const first = await fixture<GutChecklist>(html`<gut-checklist persist list="worsens"></gut-checklist>`);
    boxes(first)[4].click();
    await first.updateComplete;
    expect(JSON.parse(localStorage.getItem('innateheal:leaky-gut:worsens')!)).to.deep.equal([
      'ignoring-sensitivities',
    ]);
    first.remove();
    const again = await fixture<GutChecklist>(html`<gut-checklist persist list="worsens"></gut-checklist>`);
    expect(again.checked).to.deep.equal(['ignoring-sensitivities']);
    expect(boxes(again)[4].checked).to.equal(true);
    const other = await fixture<GutChecklist>(html`<gut-checklist list="worsens"></gut-checklist>`);
    expect(other.checked, 'without persist').to.deep.equal([]);
  });

  it('takes the list in any case, with spaces for hyphens, and keeps its ticks under the one id', async () => {
    localStorage.setItem('innateheal:leaky-gut:seek-care', JSON.stringify(['digestive-persist']));
    const el = await fixture<GutChecklist>(html`<gut-checklist persist list=" Seek Care"></gut-checklist>`);
    expect($(el, '[part=heading]').textContent).to.equal('When to Seek Medical Care');
    expect(el.checked).to.deep.equal(['digestive-persist']);
    boxes(el)[1].click();
    await el.updateComplete;
    expect(JSON.parse(localStorage.getItem('innateheal:leaky-gut:seek-care')!)).to.deep.equal([
      'digestive-persist',
      'autoimmune-allergic',
    ]);
  });

  it('shows the stored ticks once persist is set after it rendered, as a framework may set it', async () => {
    localStorage.setItem('innateheal:leaky-gut:symptoms', JSON.stringify(['skin']));
    const el = await fixture<GutChecklist>(html`<gut-checklist></gut-checklist>`);
    expect(el.checked).to.deep.equal([]);
    el.persist = true;
    await el.updateComplete;
    expect(el.checked).to.deep.equal(['skin']);
    expect(summary(el)).to.equal('1 of 4 ticked');
  });

  it('starts with nothing ticked when what is stored is not a list (another script wrote it)', async () => {
    for (const stored of ['{"bloating": true}', '"bloating"', '42']) {
      localStorage.setItem('innateheal:leaky-gut:symptoms', stored);
      const el = await fixture<GutChecklist>(html`<gut-checklist persist></gut-checklist>`);
      expect(summary(el), stored).to.equal('0 of 4 ticked');
      boxes(el)[0].click();
      await el.updateComplete;
      expect(JSON.parse(localStorage.getItem('innateheal:leaky-gut:symptoms')!), stored).to.deep.equal(['bloating']);
      // The next one renders in its place, in view.
      el.remove();
    }
  });

  it('still works for the visit when storage throws', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The document is sandboxed', 'SecurityError');
      },
    });
    try {
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      const el = await fixture<GutChecklist>(html`<gut-checklist persist></gut-checklist>`);
      boxes(el)[3].click();
      await el.updateComplete;
      window.removeEventListener('error', onError);
      expect(el.checked).to.deep.equal(['autoimmune']);
      expect(summary(el)).to.equal('1 of 4 ticked');
      expect(errors).to.deep.equal([]);
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
    }
  });

  it('still works when the storage quota is full', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await fixture<GutChecklist>(html`<gut-checklist persist></gut-checklist>`);
      boxes(el)[0].click();
      await el.updateComplete;
      expect(summary(el)).to.equal('1 of 4 ticked');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('keeps every tick for the visit when storage fills up midway', async () => {
    const setItem = Storage.prototype.setItem;
    try {
      const el = await fixture<GutChecklist>(html`<gut-checklist persist></gut-checklist>`);
      boxes(el)[0].click();
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      // Not stored: what is stored no longer says what the reader ticked.
      boxes(el)[1].click();
      boxes(el)[2].click();
      await el.updateComplete;
      expect(el.checked).to.deep.equal(['bloating', 'fatigue', 'skin']);
      expect(summary(el)).to.equal('3 of 4 ticked');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('names an unknown list and the valid ids, visibly and in the console', async () => {
    let el!: GutChecklist;
    const warnings = await captureWarnings(async () => {
      el = await fixture<GutChecklist>(html`<gut-checklist list="no-such-list"></gut-checklist>`);
    });
    const error = $(el, '[part=error]');
    expect(isShown(error)).to.equal(true);
    expect(error.textContent).to.include('unknown list "no-such-list"');
    expect(error.textContent).to.include('symptoms, deficiencies, nervous-system');
    expect(warnings).to.have.length(1);
  });

  it('starts afresh when the list changes, and when it changes back', async () => {
    const el = await fixture<GutChecklist>(html`<gut-checklist></gut-checklist>`);
    boxes(el)[2].click();
    await el.updateComplete;
    expect(el.checked).to.deep.equal(['skin']);
    el.list = 'hormonal';
    await el.updateComplete;
    expect(el.checked).to.deep.equal([]);
    expect(boxes(el)).to.have.length(5);
    el.list = 'symptoms';
    await el.updateComplete;
    expect(el.checked).to.deep.equal([]);
    expect(boxes(el).some((box) => box.checked)).to.equal(false);
  });

  it('keeps the ticks when the same list is set again, spelt another way', async () => {
    const el = await fixture<GutChecklist>(html`<gut-checklist></gut-checklist>`);
    boxes(el)[2].click();
    await el.updateComplete;
    el.list = 'Symptoms';
    await el.updateComplete;
    expect(el.checked).to.deep.equal(['skin']);
    expect(boxes(el)[2].checked).to.equal(true);
  });

  it('takes a new list and its ticks set together, in either order, as a framework sets them', async () => {
    const el = await fixture<GutChecklist>(html`<gut-checklist></gut-checklist>`);
    el.list = 'hormonal';
    el.checked = ['thyroid'];
    await el.updateComplete;
    expect(el.checked).to.deep.equal(['thyroid']);
    expect(summary(el)).to.equal('1 of 5 ticked');
    el.checked = ['bloating'];
    el.list = 'symptoms';
    await el.updateComplete;
    expect(el.checked).to.deep.equal(['bloating']);
    expect(boxes(el)[0].checked).to.equal(true);
  });

  it('shows the ticks a script set over those stored, with persist', async () => {
    localStorage.setItem('innateheal:leaky-gut:symptoms', JSON.stringify(['bloating']));
    const el = await fixture<GutChecklist>(html`<gut-checklist persist .checked=${['fatigue']}></gut-checklist>`);
    expect(el.checked).to.deep.equal(['fatigue']);
    expect(boxes(el).map((box) => box.checked)).to.deep.equal([false, true, false, false]);
  });

  it('fits 320 px at 200% text without horizontal scroll, its tick boxes grown with the text', async () => {
    const wrapper = await fixture(html`<div style="width: 320px">
      <gut-checklist style="--ih-font-size: 32px"></gut-checklist>
    </div>`);
    const el = wrapper.querySelector('gut-checklist')!;
    await el.updateComplete;
    boxes(el)[0].click();
    await el.updateComplete;
    for (const box of boxes(el)) {
      const {width, height} = box.getBoundingClientRect();
      expect([width, height], 'tick box size').to.deep.equal([40, 40]);
    }
    // Not the text kept for screen readers only, clipped to 1 px on purpose.
    for (const node of el.shadowRoot!.querySelectorAll('*:not(.vh)')) {
      expect(node.scrollWidth, node.localName).to.be.at.most(node.clientWidth || node.scrollWidth);
    }
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('keeps its controls visible under hostile page CSS', async () => {
    const style = document.createElement('style');
    style.textContent = `input { display: none !important; } button { visibility: hidden !important; }
      * { box-sizing: content-box !important; }`;
    document.head.append(style);
    try {
      const el = await fixture<GutChecklist>(html`<gut-checklist></gut-checklist>`);
      expect(boxes(el).every(isShown)).to.equal(true);
      expect(getComputedStyle($(el, '[part=reset]')).visibility).to.equal('visible');
    } finally {
      style.remove();
    }
  });

  it('prints the list with the ticks and without the reset button', async () => {
    const el = await fixture<GutChecklist>(html`<gut-checklist></gut-checklist>`);
    el.checked = ['skin'];
    await el.updateComplete;
    await emulate({media: 'print'});
    try {
      expect(isShown($(el, '[part=reset]'))).to.equal(false);
      expect(boxes(el).every(isShown)).to.equal(true);
      expect(boxes(el)[2].checked).to.equal(true);
    } finally {
      await emulate({media: 'screen'});
    }
  });

  it('follows a dark system on a page that supports one', async () => {
    const page = await fixture(html`<div style="color-scheme: light dark"><gut-checklist></gut-checklist></div>`);
    const el = page.querySelector('gut-checklist')!;
    await el.updateComplete;
    const background = () => getComputedStyle($(el, '.box')).backgroundColor;
    const light = background();
    await emulate({colorScheme: 'dark'});
    try {
      expect(background()).not.to.equal(light);
      await expect(el).to.be.accessible();
    } finally {
      await emulate({colorScheme: 'light'});
    }
  });

  it('is accessible, empty and ticked', async () => {
    const el = await fixture<GutChecklist>(html`<gut-checklist></gut-checklist>`);
    await expect(el).to.be.accessible();
    boxes(el)[0].click();
    boxes(el)[2].click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

// Two tabs of one site: two same-origin pages, which share localStorage and
// hear each other's storage events, as tabs do.
describe('<gut-checklist persist> in two tabs', () => {
  const KEY = 'innateheal:leaky-gut:symptoms';
  interface Tab {
    checklist: GutChecklist;
    box(id: string): HTMLInputElement;
    /** What the reader sees in this tab a frame after it hears of what `act` does in another. */
    after(act: () => void): Promise<string[]>;
  }

  async function openTab(): Promise<Tab> {
    // Both in view, one above the other: WebKit runs no frames in a page out of view.
    const win = await loadPartnerPage('/partner/tab.html', {height: 280});
    const checklist = win.document.querySelector('gut-checklist')!;
    return {
      checklist,
      box: (id) => checklist.shadowRoot!.querySelector<HTMLInputElement>(`input[value=${id}]`)!,
      async after(act) {
        const heard = new Promise((resolve) => win.addEventListener('storage', resolve, {once: true}));
        act();
        await heard;
        await new Promise((resolve) => win.requestAnimationFrame(resolve));
        return boxes(checklist).filter((box) => box.checked).map((box) => box.value);
      },
    };
  }

  beforeEach(() => localStorage.removeItem(KEY));
  after(() => localStorage.removeItem(KEY));

  it('shows a tick or untick from the other tab within a frame, and never undoes it', async () => {
    const a = await openTab();
    const b = await openTab();
    expect(await b.after(() => a.box('bloating').click()), 'B, after A ticked').to.deep.equal(['bloating']);
    // B had not heard of it when it rendered: its own tick keeps A's.
    expect(await a.after(() => b.box('skin').click()), 'A, after B ticked').to.deep.equal(['bloating', 'skin']);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal(['bloating', 'skin']);
    expect(await b.after(() => a.box('bloating').click()), 'B, after A unticked').to.deep.equal(['skin']);
    expect(await a.after(() => b.box('fatigue').click()), 'A, after B ticked again').to.deep.equal(['fatigue', 'skin']);
    const reset = b.checklist.shadowRoot!.querySelector<HTMLButtonElement>('[part=reset]')!;
    expect(await a.after(() => reset.click()), 'A, after B reset').to.deep.equal([]);
  });

  it('listens to the other tabs only with persist, also once it is set after a render (a storage listener costs a page load)', async () => {
    const storageListeners: unknown[] = [];
    const add = window.addEventListener;
    window.addEventListener = function (this: Window, ...args: Parameters<typeof add>) {
      if (args[0] === 'storage') storageListeners.push(args[1]);
      return add.apply(this, args);
    } as typeof add;
    let checklist: GutChecklist;
    try {
      checklist = await fixture<GutChecklist>(html`<gut-checklist></gut-checklist>`);
      expect(storageListeners, 'without persist').to.deep.equal([]);
      // As a framework may set it, once it has rendered.
      checklist.persist = true;
      await checklist.updateComplete;
      expect(storageListeners, 'with persist').to.have.length(1);
    } finally {
      window.addEventListener = add;
    }
    const a = await openTab();
    const heard = new Promise((resolve) => addEventListener('storage', resolve, {once: true}));
    a.box('bloating').click();
    await heard;
    await new Promise(requestAnimationFrame);
    expect(boxes(checklist).filter((box) => box.checked).map((box) => box.value)).to.deep.equal(['bloating']);
  });

  it("tells the page of its own reader's changes only, not of the other tab's", async () => {
    const a = await openTab();
    const b = await openTab();
    const heard: string[][] = [];
    b.checklist.addEventListener('gut-checklist-change', (event) => heard.push(event.detail.checked));
    await b.after(() => a.box('bloating').click());
    b.box('skin').click();
    expect(heard).to.deep.equal([['bloating', 'skin']]);
  });
});
