import {expect, waitUntil} from '@open-wc/testing';
import {jsonLdScripts, schemeOf} from './helpers.js';
import {loadPartnerPage, textOf, widgetsOf} from './partner/frame.js';

// The demo is half of the README's contract (`npm start`): a partner's first
// look at the widgets. These load its pages as served, with the built bundle.

/** Every request of the page that failed (a missing file), as "status URL". */
const failedLoads = (win: Window) =>
  (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => entry.responseStatus >= 400)
    .map((entry) => `${entry.responseStatus} ${entry.name}`);

describe('demo pages', () => {
  // The blog's checklists keep their ticks (persist): start and end clean.
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it("the partner blog shows every widget, its typos as messages, and the partner's teasers", async () => {
    const win = await loadPartnerPage('/demo/index.html', {width: 1024, height: 800});
    expect(failedLoads(win)).to.deep.equal([]);
    expect(textOf(win, 'nutrient-card[nutrient=omega-3]')).to.include('chronic gut inflammation');
    expect(textOf(win, 'nutrient-card[nutrient=iron]')).to.include('unknown nutrient "iron"');
    expect(textOf(win, 'gut-checklist[list=sympotms]')).to.include('unknown list "sympotms"');
    expect(textOf(win, '#partner-picks')).to.include('Bone broth, three ways');
    expect(textOf(win, 'hot-articles:not([id])')).to.include('Early Warning Signs You Ignore');

    // A tick reaches the page's own listener, as the demo says.
    const checklist = win.document.querySelector('gut-checklist:not([list])')!;
    checklist.shadowRoot!.querySelector('input')!.click();
    const output = win.document.getElementById('last-change')!;
    await waitUntil(() => output.textContent !== 'none yet', 'the page never heard of the tick');
    expect(output.textContent).to.equal('symptoms: 1 of 4 ticked (bloating)');
  });

  it("the clinic's page sends the checklist with its form, takes every widget light or dark with its own colours switch, and its links open in a new tab", async () => {
    const win = await loadPartnerPage('/demo/provider.html', {width: 1024, height: 800});
    expect(failedLoads(win)).to.deep.equal([]);
    expect(textOf(win, 'health-article')).to.include('Medical evaluation is recommended if:');
    const [jsonLd] = jsonLdScripts(win.document);
    expect(JSON.parse(jsonLd?.textContent ?? '{}')['@type']).to.equal('MedicalWebPage');

    const link = win.document.querySelector('nutrient-card')!.shadowRoot!.querySelector('a')!;
    expect(link.target).to.equal('_blank');
    expect(new URL(link.href).searchParams.get('utm_source')).to.equal('green-valley-clinic');

    // Its intake form takes the checklist's ticks, as the clinic's server would get them.
    const form = win.document.querySelector('form')!;
    const checklist = form.querySelector('gut-checklist')!;
    form.querySelector('button')!.click();
    expect(win.document.getElementById('sent')!.textContent, 'sent with nothing filled in').to.equal('nothing yet');
    form.querySelector<HTMLInputElement>('[name=patient]')!.value = 'Ana';
    for (const box of checklist.shadowRoot!.querySelectorAll('input')) if (['bloating', 'skin'].includes(box.value)) box.click();
    await checklist.updateComplete;
    form.querySelector('button')!.click();
    expect(win.document.getElementById('sent')!.textContent).to.equal('patient=Ana&symptoms=bloating&symptoms=skin');

    const widgets = widgetsOf(win);
    for (const scheme of ['dark', 'light']) {
      win.document.querySelector<HTMLInputElement>(`input[name=scheme][value=${scheme}]`)!.click();
      await waitUntil(() => widgets.every((widget) => schemeOf(widget) === scheme), `not every widget turned ${scheme}`);
    }
  });

  it('fits a phone zoomed to 125% (256 px) without scrolling sideways', async () => {
    for (const page of ['/demo/index.html', '/demo/provider.html']) {
      const win = await loadPartnerPage(page, {width: 256, height: 600});
      const {scrollWidth, clientWidth} = win.document.documentElement;
      expect(scrollWidth, page).to.equal(clientWidth);
      // The next page where the reader looks: WebKit runs no animation
      // frames in a frame out of view, and the widgets render in one.
      win.frameElement!.remove();
    }
  });

  it("reserves space with the guide's CSS, as a partner pastes it", async () => {
    // /partner/reserve.css is docs/embedding.md's block, served for the partner pages.
    const [readme, demo] = await Promise.all(
      ['/partner/reserve.css', '/demo/reserve-space.css'].map(async (url) => (await fetch(url)).text())
    );
    expect(readme).to.include('nutrient-card');
    expect(demo).to.include(readme);
  });

  it('links to an element reference and a widget builder that exist', async () => {
    const win = await loadPartnerPage('/demo/index.html');
    const link = (text: string) => [...win.document.querySelectorAll('a')].find((a) => a.textContent === text)!.href;
    for (const [text, shows] of [
      ['Element reference', 'nutrient-card'],
      ['Get the code', 'Your code'],
    ]) {
      const response = await fetch(link(text));
      expect(response.status, text).to.equal(200);
      expect(await response.text(), text).to.include(shows);
    }
  });
});
