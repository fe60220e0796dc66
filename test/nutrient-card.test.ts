import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import {sendKeys, sendMouse, resetMouse} from '@web/test-runner-commands';
import '../components/nutrient-card/nutrient-card.js';
import {NutrientCard} from '../components/nutrient-card/nutrient-card.js';
import {define} from '../src/define.js';
import {holdKeys, tap} from './engines.js';
import {loadPartnerPage, topCentre} from './partner/frame.js';
import {$, captureWarnings, centre, has, isShown, recordPageKeys, shownText} from './helpers.js';

const part = (el: Element, name: string) => $(el, `[part~="${name}"]`);
/** How many Escapes reached the page. */
const escapes = ({keys}: ReturnType<typeof recordPageKeys>) => keys.filter(({key}) => key === 'Escape').length;

describe('<nutrient-card>', () => {
  afterEach(() => resetMouse());

  it('shows the name, the role, its section and a link to the article', async () => {
    const el = await fixture<NutrientCard>(html`<nutrient-card nutrient="zinc"></nutrient-card>`);
    expect(part(el, 'name').textContent).to.equal('Zinc');
    const text = shownText(el);
    expect(text).to.include('Deficiency: impaired gut lining repair');
    expect(text).to.include('From “Nutritional Factors in Leaky Gut”');
    expect(text).to.include('not medical advice');
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(link.textContent).to.equal('Read the article');
    expect(link.getAttribute('href')).to.equal('https://innateheal.com/leaky-gut');
  });

  it('shows both roles the article gives Omega-3, each with its section', async () => {
    const el = await fixture<NutrientCard>(html`<nutrient-card nutrient="omega-3"></nutrient-card>`);
    const roles = [...el.shadowRoot!.querySelectorAll('[part="role"]')].map((li) =>
      (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim()
    );
    expect(roles).to.deep.equal([
      'Deficiency: chronic gut inflammation From “Nutritional Factors in Leaky Gut”',
      'stabilize cell membranes From “Nervous System & Gut Barrier Integrity”',
    ]);
  });

  it('re-renders when the nutrient attribute changes', async () => {
    const el = await fixture<NutrientCard>(html`<nutrient-card nutrient="zinc"></nutrient-card>`);
    el.setAttribute('nutrient', 'magnesium');
    await el.updateComplete;
    expect(part(el, 'name').textContent).to.equal('Magnesium');
    expect(shownText(el)).to.include('reduces stress-induced gut permeability');
    expect(shownText(el)).not.to.include('Zinc');
  });

  it('names a bad nutrient and the valid ids, visibly and once in the console', async () => {
    let el!: NutrientCard;
    const warnings = await captureWarnings(async () => {
      el = await fixture<NutrientCard>(html`<nutrient-card nutrient="iron"></nutrient-card>`);
      el.requestUpdate();
      await el.updateComplete;
      await fixture(html`<nutrient-card nutrient="iron"></nutrient-card>`);
    });
    const error = part(el, 'error');
    expect(isShown(error)).to.equal(true);
    expect(error.textContent).to.include('unknown nutrient "iron"');
    expect(error.textContent).to.include('zinc, glutamine, vitamin-a, vitamin-d, omega-3, magnesium, glycine, b-complex, l-theanine');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('"iron"');
  });

  it('shows the full card for an unknown variant, and warns once', async () => {
    let el!: NutrientCard;
    const warnings = await captureWarnings(async () => {
      el = await fixture<NutrientCard>(html`<nutrient-card nutrient="zinc" variant="big"></nutrient-card>`);
    });
    expect(part(el, 'name').textContent).to.equal('Zinc');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('variant "big" ignored').and.include('full, compact');
  });

  it('takes the nutrient in any case, with spaces or underscores for hyphens', async () => {
    for (const [typed, name] of [
      ['Vitamin D', 'Vitamin D'],
      [' OMEGA_3 ', 'Omega-3'],
      ['l theanine', 'L-Theanine'],
    ]) {
      const el = await fixture<NutrientCard>(html`<nutrient-card nutrient=${typed}></nutrient-card>`);
      expect(part(el, 'name')?.textContent, typed).to.equal(name);
    }
    // Still an unknown id, named as typed; a non-text property is no crash.
    const warnings = await captureWarnings(async () => {
      const el = await fixture<NutrientCard>(html`<nutrient-card nutrient="Vitamin DD"></nutrient-card>`);
      expect(part(el, 'error').textContent).to.include('unknown nutrient "Vitamin DD"');
      (el as unknown as {nutrient: unknown}).nutrient = {id: 'zinc'};
      await el.updateComplete;
      expect(part(el, 'error').textContent).to.include('unknown nutrient "[object Object]"');
    });
    expect(warnings).to.have.length(2);
  });

  it('says so when the nutrient attribute is missing, and recovers when it is set', async () => {
    const el = await fixture<NutrientCard>(html`<nutrient-card></nutrient-card>`);
    expect(part(el, 'error').textContent).to.include('no nutrient given');
    el.nutrient = 'glycine';
    await el.updateComplete;
    expect(has(el, '[part=error]')).to.equal(false);
    expect(part(el, 'name').textContent).to.equal('Glycine');
    // An empty or blank attribute (a CMS field left blank) gives none too.
    for (const blank of ['', '  ']) {
      el.setAttribute('nutrient', blank);
      await el.updateComplete;
      expect(part(el, 'error').textContent, `"${blank}"`).to.include('no nutrient given');
    }
  });

  it('fits a 200 px column without horizontal overflow', async () => {
    const wrapper = await fixture(html`<div style="width: 200px">
      <nutrient-card nutrient="b-complex"></nutrient-card>
    </div>`);
    const el = wrapper.querySelector('nutrient-card')!;
    await el.updateComplete;
    const card = part(el, 'card');
    expect(card.getBoundingClientRect().width).to.be.at.most(200);
    expect(card.scrollWidth).to.be.at.most(card.clientWidth);
  });

  it('keeps its size when the page changes the root font size', async () => {
    const el = await fixture<NutrientCard>(html`<nutrient-card nutrient="zinc"></nutrient-card>`);
    const before = getComputedStyle(part(el, 'name')).fontSize;
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 40px; } body { font-size: 30px; line-height: 3; }';
    document.head.append(style);
    try {
      expect(getComputedStyle(part(el, 'name')).fontSize).to.equal(before);
    } finally {
      style.remove();
    }
  });

  it('is accessible', async () => {
    const el = await fixture<NutrientCard>(html`<nutrient-card nutrient="omega-3"></nutrient-card>`);
    await expect(el).to.be.accessible();
  });
});

describe('<nutrient-card variant="compact">', () => {
  afterEach(() => resetMouse());

  async function chipInSentence() {
    const p = await fixture(html`<p>
      <button>before</button> Zinc
      <nutrient-card nutrient="zinc" variant="compact"></nutrient-card> matters.
    </p>`);
    const el = p.querySelector('nutrient-card')!;
    await el.updateComplete;
    return {p, el, chip: part(el, 'chip'), tip: part(el, 'tooltip')};
  }

  it('sits inline in a sentence with the role hidden until asked for', async () => {
    const {el, chip, tip} = await chipInSentence();
    expect(getComputedStyle(el).display).to.equal('inline-block');
    expect(chip.textContent!.trim()).to.equal('Zinc');
    expect(isShown(tip)).to.equal(false);
    expect(chip.getAttribute('aria-describedby')).to.equal(tip.id);
    expect(tip.getAttribute('role')).to.equal('tooltip');
  });

  it('shows the role when reached by keyboard, and hides it on Escape', async () => {
    const {p, chip, tip} = await chipInSentence();
    p.querySelector('button')!.focus();
    await sendKeys({press: 'Tab'});
    expect(chip.matches(':focus')).to.equal(true);
    expect(isShown(tip)).to.equal(true);
    expect(tip.innerText).to.include('Deficiency: impaired gut lining repair');
    const page = recordPageKeys();
    await sendKeys({press: 'Escape'});
    page.stop();
    expect(isShown(tip)).to.equal(false);
    expect(escapes(page), 'the Escape that hid it does not also close, say, the page\'s dialog').to.equal(0);
    await holdKeys('Shift', 'Tab');
    expect(p.querySelector('button')!.matches(':focus')).to.equal(true);
    await sendKeys({press: 'Tab'});
    expect(isShown(tip)).to.equal(true);
  });

  it('keeps the role hidden after Escape while the reader stays, and shows it on the next hover', async () => {
    const {p, chip, tip} = await chipInSentence();
    p.querySelector('button')!.focus();
    await sendKeys({press: 'Tab'});
    await sendMouse({type: 'move', position: centre(chip)});
    expect(isShown(tip), 'focused, and under the pointer').to.equal(true);
    const page = recordPageKeys();
    try {
      await sendKeys({press: 'Escape'});
      expect(isShown(tip), 'after Escape').to.equal(false);
      await sendMouse({type: 'move', position: [0, 0]});
      expect(isShown(tip), 'the pointer gone, focus still on the chip').to.equal(false);
      expect(escapes(page)).to.equal(0);
      await sendKeys({press: 'Escape'});
      expect(escapes(page), 'with nothing of ours left to close, Escape reaches the page').to.equal(1);
      await sendMouse({type: 'move', position: centre(chip)});
      await nextFrame();
      expect(isShown(tip), 'on the next hover').to.equal(true);
      expect(tip.getBoundingClientRect().left, 'under the chip').to.be.closeTo(chip.getBoundingClientRect().left, 1);
    } finally {
      page.stop();
    }
  });

  // A phone has no hover and no Tab key: the reader taps.
  it('shows the role when the reader taps the chip on a touch screen, and hides it on a tap elsewhere', async () => {
    const {p, chip, tip} = await chipInSentence();
    p.insertAdjacentHTML('afterend', '<p style="margin-top: 200px">The rest of the post.</p>');
    // A reader taps what the screen shows: Firefox finds what a touch hits
    // in what it last painted, and the chip has just rendered.
    await nextFrame();
    await tap(centre(chip));
    expect(isShown(tip), 'after a tap on the chip').to.equal(true);
    expect(tip.innerText).to.include('Deficiency: impaired gut lining repair');
    await tap(centre(p.nextElementSibling!));
    expect(isShown(tip), 'after a tap elsewhere').to.equal(false);
  });

  it('takes the variant in any case, and with spaces, as the other keywords, without a warning', async () => {
    for (const typed of ['Compact', ' COMPACT ']) {
      const warnings = await captureWarnings(async () => {
        const p = await fixture(html`<p>Zinc <nutrient-card nutrient="zinc" variant=${typed}></nutrient-card> matters.</p>`);
        const el = p.querySelector('nutrient-card')!;
        await el.updateComplete;
        expect(has(el, '[part=chip]'), `"${typed}": the chip`).to.equal(true);
        expect(getComputedStyle(el).display, `"${typed}": in the sentence`).to.equal('inline-block');
      });
      expect(warnings, typed).to.deep.equal([]);
    }
    // Blank, as for every attribute, is the default.
    for (const typed of [' Full ', '  ']) {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<NutrientCard>(html`<nutrient-card nutrient="zinc" variant=${typed}></nutrient-card>`);
        expect(has(el, '[part=card]'), `"${typed}": the card`).to.equal(true);
      });
      expect(warnings, `"${typed}"`).to.deep.equal([]);
    }
  });

  it('takes the size of the sentence it sits in', async () => {
    const p = await fixture(html`<p style="font-size: 22px">
      Zinc <nutrient-card nutrient="zinc" variant="compact"></nutrient-card> matters.
    </p>`);
    const el = p.querySelector('nutrient-card')!;
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'chip')).fontSize).to.equal('22px');
  });

  it('shows the role on hover, below the chip, on lines as wide as it needs, over what follows', async () => {
    const {p, el, chip, tip} = await chipInSentence();
    // The page's next paragraph is positioned, as a partner's figure or card may be.
    p.insertAdjacentHTML('afterend', '<p style="position: relative; background: #fff">The partner\'s next paragraph.</p>');
    await sendMouse({type: 'move', position: centre(chip)});
    expect(isShown(tip)).to.equal(true);
    const chipBox = chip.getBoundingClientRect();
    const tipBox = tip.getBoundingClientRect();
    expect(tipBox.top, 'below the chip').to.be.at.least(chipBox.bottom);
    expect(tipBox.width, 'wider than the chip, "Zinc"').to.be.greaterThan(chipBox.width * 3);
    expect(document.elementFromPoint(...centre(tip))?.localName, 'on top').to.equal(el.localName);
    await sendMouse({type: 'move', position: [0, 0]});
    expect(isShown(tip)).to.equal(false);
  });

  // WCAG 1.4.13, hoverable: the reader can move the pointer onto the role to
  // read it, down from the chip a pixel at a time as a slow hand does.
  it('keeps the role shown while the pointer moves from the chip onto it', async () => {
    const {chip, tip} = await chipInSentence();
    const [x, y] = centre(chip);
    await sendMouse({type: 'move', position: [x, y]});
    const from = Math.floor(chip.getBoundingClientRect().bottom) - 1;
    const to = Math.ceil(tip.getBoundingClientRect().top) + 2;
    for (let at = from; at <= to; at++) {
      await sendMouse({type: 'move', position: [x, at]});
      expect(isShown(tip), `pointer at ${at} px, the chip's bottom at ${from + 1} px`).to.equal(true);
    }
  });

  // Many blog themes clip their content box (`overflow: hidden`, a clearfix
  // for floated images): a role shown in it would be cut off at its edge.
  // Far down a post, too: the page scrolled.
  it('shows the whole role below a chip on the last line of a box that clips what overflows it', async () => {
    for (const show of ['hover', 'focus']) {
      const post = await fixture<HTMLElement>(html`<div>
        <div style="height: 150vh"></div>
        <div style="overflow: hidden; width: 12em; border: 1px solid">
          <p style="margin: 0">Zinc <nutrient-card nutrient="zinc" variant="compact"></nutrient-card> matters.</p>
        </div>
        <div style="height: 50vh"></div>
      </div>`);
      const box = post.children[1];
      box.scrollIntoView({block: 'center'});
      expect(scrollY, 'scrolled').to.be.greaterThan(0);
      const el = box.querySelector('nutrient-card')!;
      await el.updateComplete;
      const [chip, tip] = [part(el, 'chip'), part(el, 'tooltip')];
      if (show === 'focus') chip.focus();
      else await sendMouse({type: 'move', position: centre(chip)});
      expect(isShown(tip), show).to.equal(true);
      const rect = tip.getBoundingClientRect();
      const {bottom, right} = box.getBoundingClientRect();
      expect(rect.bottom, `${show}: it reaches below the box`).to.be.greaterThan(bottom);
      expect(rect.right, `${show}: and past its right edge`).to.be.greaterThan(right);
      // What a reader sees at its far corner, inside its border: the role, not the page.
      const corner = document.elementFromPoint(rect.right - 4, rect.bottom - 4);
      expect(corner?.localName, `${show}: its far corner, painted`).to.equal(el.localName);
      const below = chip.getBoundingClientRect();
      expect(rect.left, `${show}: under the chip`).to.be.closeTo(below.left, 1);
      expect(rect.top - below.bottom, `${show}: just below the chip`).to.be.within(0, 8);
      chip.blur();
      await resetMouse();
    }
  });

  /**
   * A phone's screen, 375 px wide unless given: a frame of that width, which
   * is a viewport of its own, as a phone's window is (every engine can make
   * one; WebKit's driver cannot make its window that narrow). In it, a chip
   * alone in a paragraph aligned to one edge: glycine, whose role is the
   * longest line, from the built embed.js.
   */
  async function chipOnPhone(align: string, width = 375) {
    const win = await loadPartnerPage('/partner/phone.html', {width, height: 600});
    const p = win.document.querySelector('p')!;
    p.style.textAlign = align;
    const el = p.querySelector('nutrient-card')!;
    return {win, p, chip: part(el, 'chip'), tip: part(el, 'tooltip')};
  }

  // 256 px: a 320 px phone zoomed to 125%, narrower than the role's widest lines.
  it('keeps the shown role within the screen, and the page its width, near either edge, zoomed in too', async () => {
    for (const width of [375, 256]) {
      for (const align of ['right', 'left']) {
        // A chip of its own for each way of showing: each must place the tip.
        for (const show of ['focus', 'hover']) {
          const {win, chip, tip} = await chipOnPhone(align, width);
          const page = win.document.documentElement;
          if (show === 'focus') chip.focus();
          else await sendMouse({type: 'move', position: topCentre(win, chip)});
          const {left, right} = tip.getBoundingClientRect();
          const what = `${width} px, ${align} edge, ${show}: ${Math.round(left)}–${Math.round(right)}`;
          expect(isShown(tip), what).to.equal(true);
          expect(left, what).to.be.at.least(0);
          expect(right, what).to.be.at.most(page.clientWidth);
          // Where it fits, it stays under the chip, as it opens.
          if (align === 'left') expect(left, `${what}, under the chip`).to.be.closeTo(chip.getBoundingClientRect().left, 1);
          expect(page.scrollWidth, `${what}, page width`).to.equal(page.clientWidth);
          await resetMouse();
          // The next screen at the top of the page, where the mouse can reach.
          win.frameElement!.remove();
        }
      }
    }
  });

  it('places the shown role afresh each time: after the chip moved from the edge', async () => {
    const {p, chip, tip} = await chipOnPhone('right');
    chip.focus();
    chip.blur();
    p.style.textAlign = 'left';
    chip.focus();
    expect(tip.getBoundingClientRect().left, 'under the chip').to.be.closeTo(chip.getBoundingClientRect().left, 1);
  });

  it('takes its label from the slot', async () => {
    const el = await fixture<NutrientCard>(
      html`<nutrient-card nutrient="vitamin-d" variant="compact">vitamin D</nutrient-card>`
    );
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedNodes().map((n) => n.textContent)).to.deep.equal(['vitamin D']);
    expect(isShown(part(el, 'chip'))).to.equal(true);
  });

  it('is accessible', async () => {
    const {p} = await chipInSentence();
    await expect(p).to.be.accessible();
  });
});

describe('registration', () => {
  it('tolerates a second registration of the same tag', async () => {
    expect(() => define('nutrient-card', class extends HTMLElement {})).not.to.throw();
    expect(customElements.get('nutrient-card')).to.equal(NutrientCard);
    const el = await fixture<NutrientCard>(html`<nutrient-card nutrient="glutamine"></nutrient-card>`);
    expect(part(el, 'name').textContent).to.equal('Glutamine');
  });
});
