import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import {$, all} from './helpers.js';
import {loadPartnerPage, topCentre} from './partner/frame.js';
import type {PartnerWindow} from './partner/frame.js';

describe('dist/embed.js', () => {
  it('is a production build: no Lit dev-mode code, minified', async () => {
    const source = await (await fetch('/dist/embed.js')).text();
    expect(source).not.to.include('dev mode');
    expect(source, 'comments').not.to.match(/\/\*\*|^\s*\/\/ /m);
    expect(source, 'top-level names mangled').not.to.include('function articleUrl');
  });

  // Nearly all of their code runs as a page loads them: Chromium then compiles
  // it as it streams the file in, not on the page's main thread (issue 8).
  for (const file of ['embed.js', 'embed.iife.js']) {
    it(`${file} asks V8 to compile all of it on load, in its first line`, async () => {
      const source = await (await fetch(`/dist/${file}`)).text();
      const hint = '//# allFunctionsCalledOnLoad\n';
      expect(source.slice(0, hint.length)).to.equal(hint);
    });
  }

  // Its Lit's internal names are shorter than Lit's own build has them
  // (rollup.config.mjs): this page has both copies, and each keeps to its own.
  it('works beside an app with its own Lit: renders, updates, takes the app provider, ticks', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/test/partner/beside-lit-app.html" style="width: 600px; height: 800px"></iframe>`
    );
    const win = frame.contentWindow as PartnerWindow & {show(nutrient: string): void};
    const card = () => win.document.querySelector('nutrient-card')!;
    const name = () => card()?.shadowRoot?.querySelector('[part=name]')?.textContent;
    await waitUntil(() => name() === 'Zinc', 'the card never rendered', {timeout: 5000});
    const urls = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(urls).to.include.members(['/dist/embed.js', '/dist/innateheal-provider.js']);
    expect(urls, 'the card is from embed.js').not.to.include('/dist/nutrient-card.js');
    expect($(card(), '[part=link]').getAttribute('href'), 'the app provider reached it').to.include('utm_source=app');

    win.show('glycine');
    await waitUntil(() => name() === 'Glycine', `the app set glycine; the card shows ${name()}`);

    const checklist = win.document.querySelector('gut-checklist')!;
    const box = all(checklist, 'input[type=checkbox]')[0] as HTMLInputElement;
    const changed = oneEvent(checklist, 'gut-checklist-change');
    await sendMouse({type: 'click', position: topCentre(win, box)});
    await changed;
    expect(box.checked).to.equal(true);
    expect(win.probe.errors).to.deep.equal([]);
  });

  // Their reactive state is named _name, which embed.js shortens
  // (rollup.config.mjs): Lit must still see every change to it.
  it("reacts to the widgets' own state under its short names: the chip's Escape, the carousel's buttons", async () => {
    const win = await loadPartnerPage('/partner/plain.html', {width: 800, height: 900});
    const chip = win.document.querySelector('nutrient-card[variant=compact]')!;
    const tip = $(chip, '[part=tooltip]');
    $(chip, '[part=chip]').focus();
    expect(tip.getClientRects().length, 'the tooltip, on focus').to.equal(1);
    await sendKeys({press: 'Escape'});
    await waitUntil(() => tip.getClientRects().length === 0, 'Escape did not hide the tooltip');

    const carousel = win.document.querySelector('#outside hot-articles')!;
    const prev = $(carousel, '[part=prev]');
    const live = $(carousel, '[aria-live]');
    expect(prev.getAttribute('aria-disabled')).to.equal('true');
    $(carousel, '[part=next]').click();
    await waitUntil(() => live.textContent!.includes('2'), `the live region says "${live.textContent}"`);
    // After the smooth scroll, which a busy machine can stretch past a second.
    await waitUntil(() => prev.getAttribute('aria-disabled') === 'false', 'previous stayed disabled after a move', {timeout: 3000});
  });
});
