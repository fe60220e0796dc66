import {expect, fixture, html, waitUntil} from '@open-wc/testing';

describe('the generated docs page (npm run docs)', () => {
  it('documents every element with a live example, a snippet and its API tables', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/docs/index.html" style="width: 900px; height: 600px"></iframe>`
    );
    const live = () => frame.contentDocument?.querySelector('#gut-checklist .example gut-checklist');
    await waitUntil(() => live()?.shadowRoot, 'the docs page never loaded the bundle', {timeout: 4000});
    // Below the fold, examples render as the reader scrolls to them.
    live()!.scrollIntoView();
    await waitUntil(() => live()!.shadowRoot!.childElementCount, 'the live example never rendered');
    expect(live()!.shadowRoot!.textContent).to.include('Bloating, gas, or food sensitivities');
    const doc = frame.contentDocument!;
    for (const tag of ['nutrient-card', 'gut-checklist', 'hot-articles', 'health-article', 'innateheal-provider']) {
      const section = doc.getElementById(tag)!;
      expect(section.querySelector(`.example ${tag}`) !== null, `${tag} live example`).to.equal(true);
      expect(section.querySelector('pre code')!.textContent, `${tag} snippet`).to.include(`<${tag}`);
      const captions = [...section.querySelectorAll('caption')].map((c) => c.textContent);
      expect(captions, tag).to.include('Attributes');
    }
    const checklist = doc.getElementById('gut-checklist')!;
    expect(checklist.textContent).to.include('gut-checklist-change').and.include('--ih-color-accent');
    expect([...checklist.querySelectorAll('caption')].map((c) => c.textContent)).to.include.members([
      'Properties',
      'Events',
      'CSS parts',
      'CSS custom properties',
    ]);
  });
});
