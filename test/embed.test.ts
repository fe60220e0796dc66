import {expect, fixture, html, waitUntil} from '@open-wc/testing';

/** Loads a partner page in an iframe and waits for its widgets to upgrade. */
async function loadPage(src: string) {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe src=${src} style="width: 800px; height: 600px"></iframe>`);
  await waitUntil(
    () =>
      (frame.contentWindow as {bothLoaded?: boolean} | null)?.bothLoaded &&
      frame.contentDocument!.querySelector('nutrient-card')?.shadowRoot?.childElementCount,
    'the widgets never rendered',
    {timeout: 4000}
  );
  return frame.contentWindow! as Window & typeof globalThis & {pageErrors: string[]};
}

describe('dist/embed.js', () => {
  it('is a production build: no Lit dev-mode code, minified', async () => {
    const source = await (await fetch('/dist/embed.js')).text();
    expect(source).not.to.include('dev mode');
    expect(source, 'comments').not.to.match(/\/\*\*|^\s*\/\/ /m);
    expect(source, 'top-level names mangled').not.to.include('function articleUrl');
  });

  it('alone renders the cards on a page that loads it twice, without an error', async () => {
    const win = await loadPage('/test/pages/embed.html');
    const cards = [...win.document.querySelectorAll('nutrient-card')];
    const texts = cards.map((card) => card.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    expect(texts[0]).to.include('Zinc').and.include('impaired gut lining repair');
    expect(texts[1]).to.include('chronic gut inflammation').and.include('stabilize cell membranes');
    expect(win.pageErrors).to.deep.equal([]);
    expect(win.customElements.get('nutrient-card')).to.be.a('function');
  });
});
