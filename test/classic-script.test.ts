import {expect, fixture, html, waitUntil} from '@open-wc/testing';

describe('dist/embed.iife.js (classic script)', () => {
  it('renders the widgets and adds only the InnateHeal namespace (and Lit\'s version lists)', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/partner/classic-script.html"></iframe>`);
    const win = () => frame.contentWindow as Window & {globalsBefore: string[]; InnateHeal: Record<string, unknown>};
    await waitUntil(
      () => win().document.querySelector('gut-checklist')?.shadowRoot?.childElementCount,
      'never rendered',
      {timeout: 3000}
    ).catch((e) => {
      throw new Error(`${e.message}: ${JSON.stringify((win() as unknown as {probe: unknown}).probe)}`);
    });
    const card = win().document.querySelector('nutrient-card')!;
    expect(card.shadowRoot!.textContent).to.include('impaired gut lining repair');
    expect(Object.keys(win().InnateHeal)).to.include.members(['NutrientCard', 'GutChecklist', 'HotArticles', 'HealthArticle', 'InnatehealProvider']);
    const added = Object.keys(win()).filter((key) => !win().globalsBefore.includes(key) && key !== 'globalsBefore');
    expect(added.sort()).to.deep.equal(['InnateHeal', 'litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'].sort());
  });
});
