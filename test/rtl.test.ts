import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import type {GutChecklist} from '../components/gut-checklist/gut-checklist.js';
import type {HealthArticle} from '../components/health-article/health-article.js';
import {beforeBox} from './engines.js';

/** Where `text` is drawn inside the shadow root's first element matching `selector`. */
function rectOf(el: Element, selector: string, text: string): DOMRect {
  const walker = document.createTreeWalker(el.shadowRoot!.querySelector(selector)!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      return range.getBoundingClientRect();
    }
  }
  throw new Error(`"${text}" not in ${selector}`);
}

// Our content is English. On an Arabic or Hebrew page the widgets' boxes
// follow the page, but English lines must still read left to right, with
// their colons, quotes and numbers where English puts them.
describe('text direction: each line runs the way its words do', () => {
  it('keeps English lines in English order on a right-to-left page: colons, numbers and quotes', async () => {
    const page = await fixture(html`<div dir="rtl" lang="ar" style="width: 420px">
      <gut-checklist list="seek-care" eager></gut-checklist>
      <nutrient-card nutrient="zinc" eager></nutrient-card>
    </div>`);
    const checklist = page.querySelector<GutChecklist>('gut-checklist')!;
    const card = page.querySelector('nutrient-card')!;
    await checklist.updateComplete;
    checklist.checked = ['digestive-persist'];
    await checklist.updateComplete;
    const intro = '.muted';
    expect(rectOf(checklist, intro, ':').left, 'the colon after "if"').to.be.at.least(rectOf(checklist, intro, 'if').right - 1);
    const summary = '[part=summary]';
    expect(rectOf(checklist, summary, '1').right, '"1" before "of 4 ticked"').to.be.at.most(rectOf(checklist, summary, 'ticked').left);
    const from = '[part=section]';
    expect(rectOf(card, from, 'From').right, '"From" before the quoted heading').to.be.at.most(
      rectOf(card, from, 'Nutritional').left
    );
    expect(rectOf(card, from, '”').left, 'the closing quote after "Gut"').to.be.at.least(rectOf(card, from, 'Gut').right - 1);
  });

  it('reads a partner\'s Arabic strings right to left on a left-to-right page', async () => {
    const provider = await fixture(html`<innateheal-provider
      .strings=${{checklistSummary: 'تم تحديد {checked} من {total}.'}}
      ><gut-checklist eager></gut-checklist
    ></innateheal-provider>`);
    const checklist = provider.querySelector<GutChecklist>('gut-checklist')!;
    await checklist.updateComplete;
    const summary = '[part=summary]';
    expect(rectOf(checklist, summary, 'تم').left, 'the first word on the right').to.be.greaterThan(
      rectOf(checklist, summary, 'من').right
    );
    expect(rectOf(checklist, summary, '.').right, 'the full stop at the end, on the left').to.be.at.most(
      rectOf(checklist, summary, 'من').left
    );
  });

  it('keeps the article\'s bullets on the left, before the words, on a right-to-left page', async () => {
    const page = await fixture(html`<div dir="rtl" style="width: 420px">
      <health-article sections="what-can-worsen-leaky-gut" eager></health-article>
    </div>`);
    const article = page.querySelector<HealthArticle>('health-article')!;
    await article.updateComplete;
    const list = article.shadowRoot!.querySelector('[part=list]')!;
    const item = list.querySelector('li')!;
    // The words start where an English list's do, just after the bullet's indent.
    const words = rectOf(article, '[part=list] li', 'Ultra');
    const indent = parseFloat(getComputedStyle(list).fontSize) * 1.25;
    expect(words.left - list.getBoundingClientRect().left).to.be.closeTo(indent, 2);
    expect(getComputedStyle(item).direction).to.equal('ltr');
  });
});

// The article's boxes follow the page: what sets a part apart is at its start.
describe("the article's set-apart parts", () => {
  for (const dir of ['ltr', 'rtl']) {
    it(`keep the callout's icon in its own room beside the heading, and the note's bar, on the page's start side (${dir})`, async () => {
      const page = await fixture(html`<div dir=${dir} style="width: 420px">
        <health-article sections="when-to-seek-medical-care, nervous-system-and-gut-barrier-integrity" eager></health-article>
      </div>`);
      const article = page.querySelector<HealthArticle>('health-article')!;
      await article.updateComplete;
      const callout = article.shadowRoot!.getElementById('when-to-seek-medical-care')!;
      const box = callout.getBoundingClientRect();
      const heading = callout.querySelector('[part=heading]')!.getBoundingClientRect();
      const icon = await beforeBox(callout);
      const what = `icon ${Math.round(icon.left)}–${Math.round(icon.right)}, heading ${Math.round(heading.left)}–${Math.round(heading.right)}`;
      expect(icon.right - icon.left, 'drawn').to.be.greaterThan(10);
      if (dir === 'ltr') {
        expect(icon.left, what).to.be.greaterThan(box.left);
        expect(icon.right, what).to.be.at.most(heading.left);
      } else {
        expect(icon.right, what).to.be.lessThan(box.right);
        expect(icon.left, what).to.be.at.least(heading.right);
      }
      expect(icon.top, 'level with the heading').to.be.lessThan(heading.bottom);
      expect(icon.bottom, 'level with the heading').to.be.greaterThan(heading.top);
      const note = getComputedStyle(article.shadowRoot!.querySelector('[part=note]')!);
      const [start, end] = dir === 'ltr' ? [note.borderLeftWidth, note.borderRightWidth] : [note.borderRightWidth, note.borderLeftWidth];
      expect([start, end], "the note's bar: start, end").to.deep.equal(['4px', '0px']);
    });
  }
});
