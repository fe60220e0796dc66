import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';

// Pre-rendering (issue 35) renders the elements in Node with Lit's server
// renderer, whose DOM shim has no `matches`, no `closest` and no global event
// target. Every element must render there, from the built npm modules, to
// the same words as in the browser: a DOM call in a render path breaks it.

/** `markup` as `innateheal-widgets prerender` writes it (a Node command: test/prerender.test.ts). */
async function serverRender(markup: string): Promise<string> {
  const {code, stdout, stderr} = await executeServerCommand<{code: number; stdout: string; stderr: string}, {args: string[]; stdin: string}>(
    'prerender-cli',
    {args: ['prerender'], stdin: markup}
  );
  expect(code, stderr).to.equal(0);
  return stdout;
}

/** The text of each element's declarative shadow root, its styles and Lit's markers left out. */
function shadowText(output: string, tag: string): string {
  const at = output.indexOf(`<${tag}`);
  expect(at, `<${tag}> rendered`).to.be.greaterThan(-1);
  const template = /<template shadowroot="open" shadowrootmode="open">([^]*?)<\/template>/.exec(output.slice(at));
  expect(template, `<${tag}>: a declarative shadow root`).to.not.equal(null);
  return template![1]
    .replace(/<style>[^]*?<\/style>|<!--[^]*?-->|<[^>]+>/g, ' ')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&'})[name]!)
    .replace(/\s+/g, ' ')
    .trim();
}

describe('server rendering with @lit-labs/ssr (Node)', () => {
  it('renders every element, a checklist in a form among them, with its content, notice and attribution', async () => {
    const output = await serverRender(`<nutrient-card nutrient="zinc"></nutrient-card>
      <form><gut-checklist name="symptoms" required persist></gut-checklist></form>
      <hot-articles limit="2"></hot-articles>
      <health-article sections="when-to-seek-medical-care" structured-data></health-article>`);
    expect(shadowText(output, 'nutrient-card')).to.include('impaired gut lining repair');
    const checklist = shadowText(output, 'gut-checklist');
    expect(checklist).to.include('Bloating, gas, or food sensitivities').and.include('0 of 4 ticked');
    expect(checklist).to.include('not medical advice');
    expect(shadowText(output, 'hot-articles')).to.include('Early Warning Signs You Ignore');
    const article = shadowText(output, 'health-article');
    expect(article).to.include('Medical evaluation is recommended if:').and.include('From InnateHeal');
  });

  it('renders a bad attribute as the same visible message as in the browser', async () => {
    const output = await serverRender('<nutrient-card nutrient="no-such"></nutrient-card>');
    expect(shadowText(output, 'nutrient-card')).to.include('<nutrient-card>: unknown nutrient "no-such". Valid: zinc,');
  });
});
