import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {getArticle} from '../src/data.js';
import {captureWarnings, fetchJson} from './helpers.js';
import '../components/nutrient-card/nutrient-card.js';
import {WIDGET_TAGS} from './partner/frame.js';

// `prerender` and the package's command line (issue 35), run as a partner
// runs them: `node dist/cli.js` in a folder of its own, and an Eleventy 3
// build whose config is the README's. (In Node, through the test server.)

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  files: Record<string, string>;
}

const cli = (args: string[], {stdin = '', files = {}}: {stdin?: string; files?: Record<string, string>} = {}) =>
  executeServerCommand<Run, {args: string[]; stdin: string; files: Record<string, string>}>('prerender-cli', {args, stdin, files});

/** The output with every declarative shadow root and `data-ih-theme` attribute it added taken out again. */
const withoutAdded = (output: string) =>
  output.replace(/<template shadowroot="open" shadowrootmode="open">[^]*?<\/template>/g, '').replace(/ data-ih-theme="[a-z]+"/g, '');

/** The declarative shadow root right after `<tag`'s start tag, with the start tag. */
function rootOf(output: string, startTag: string): string {
  const at = output.indexOf(startTag);
  expect(at, startTag).to.be.greaterThan(-1);
  const rest = output.slice(at);
  return rest.slice(0, rest.indexOf('</template>'));
}

// A partner's page, written as people write HTML: upper-case and unquoted
// attributes, CRLF line ends, entities, comments, a widget tag in a script's
// text and in a comment, one inside a <template>, and a nested provider.
const PAGE = [
  '<!DOCTYPE html>',
  '<HTML lang=en><head><meta charset="utf-8"><title>Post &amp; more</title>',
  '<script>const tag = "<nutrient-card nutrient=zinc></nutrient-card>";</script></head>',
  '<body>',
  '<!-- <gut-checklist></gut-checklist> -->',
  "<innateheal-provider partner='acme blog' base-url=\"https://partner.example/read/\" link-target=_blank theme=dark>",
  '  <p>Nutrients such as <Nutrient-Card NUTRIENT="zinc" variant=compact>zinc</Nutrient-Card> matter.</p>',
  '  <innateheal-provider theme="light" partner="inner">',
  '    <nutrient-card nutrient="magnesium"></nutrient-card>',
  '  </innateheal-provider>',
  '  <gut-checklist list="symptoms" name="s"></gut-checklist>',
  '</innateheal-provider>',
  '<hot-articles limit="2" heading="Read &quot;more&quot;"></hot-articles>',
  '<template><nutrient-card nutrient="omega-3"></nutrient-card></template>',
  '<p>caf\u00e9 \u2014 \ud83c\udf75</p>',
  '</body></HTML>',
].join('\r\n');

describe('prerender and the innateheal-widgets command line (Node)', () => {
  it('expands every widget into a declarative shadow root and gives back everything else byte for byte', async () => {
    const {code, stdout, stderr} = await cli(['prerender'], {stdin: PAGE});
    expect(code, stderr).to.equal(0);
    expect(withoutAdded(stdout)).to.equal(PAGE);
    // Six expanded: the widgets and providers outside the <template>, not the
    // one in it, in the script's text or in the comment.
    expect(stdout.match(/shadowrootmode="open"/g)).to.have.length(6);
    expect(stdout).to.include('<template><nutrient-card nutrient="omega-3"></nutrient-card></template>');
    expect(stdout).to.include('const tag = "<nutrient-card nutrient=zinc></nutrient-card>";');
    // Running it again changes nothing.
    const again = await cli(['prerender'], {stdin: stdout});
    expect(again.stdout).to.equal(stdout);
  });

  it('honours the attributes and the providers around each widget: tracking, base URL, link target, theme', async () => {
    const {stdout} = await cli(['prerender'], {stdin: PAGE});
    const chip = rootOf(stdout, '<Nutrient-Card');
    expect(chip).to.match(/^<Nutrient-Card data-ih-theme="dark" NUTRIENT="zinc" variant=compact>/);
    expect(chip).to.include('impaired gut lining repair');
    const card = rootOf(stdout, '<nutrient-card data-ih-theme="light" nutrient="magnesium">');
    // The inner provider's partner and theme; the outer one's base URL and target.
    expect(card).to.include('href="https://partner.example/read/leaky-gut?utm_source=inner&amp;utm_medium=widget&amp;utm_campaign=nutrient-card"');
    expect(card).to.include('target="_blank" rel="noopener noreferrer"');
    const checklist = rootOf(stdout, '<gut-checklist data-ih-theme="dark"');
    expect(checklist).to.include('utm_source=acme+blog');
    // No box ticked: Lit's renderer writes `.checked=${false}` as checked="false".
    expect(checklist.match(/type="checkbox"/g)).to.have.length(4);
    expect(checklist).not.to.match(/\schecked\b/);
    const articles = rootOf(stdout, '<hot-articles data-ih-theme="page"');
    expect(articles).to.include('Read &quot;more&quot;').and.include('Early Warning Signs You Ignore');
    expect(articles).not.to.include('Burning Feet at Night');
    // Lit's hydration markers are not shipped: the script renders afresh.
    expect(stdout).not.to.include('<!--lit-');
  });

  it('renders the whole article, every section, for a reader with no script and for crawlers', async () => {
    const {stdout} = await cli(['prerender'], {stdin: '<health-article></health-article>'});
    const ids = [...stdout.matchAll(/<section [^>]*id="([^"]+)"/g)].map(([, id]) => id);
    expect(ids).to.deep.equal(getArticle('leaky-gut')!.sections.map(({id}) => id));
    expect(ids).to.have.length(10);
    expect(stdout).to.include('not medical advice').and.include('Medical evaluation is recommended if:');
  });

  it('renders a bad attribute as the same visible message as the browser, warning once on stderr', async () => {
    const {code, stdout, stderr} = await cli(['prerender'], {stdin: '<nutrient-card nutrient="iron"></nutrient-card>'});
    expect(code).to.equal(0);
    const message = '&lt;nutrient-card&gt;: unknown nutrient &quot;iron&quot;. Valid: zinc, glutamine, vitamin-a, vitamin-d, omega-3, magnesium, glycine, b-complex, l-theanine.';
    expect(stdout).to.include(`<p class="error" part="error">${message}</p>`);
    expect(stderr.trim().split('\n')).to.have.length(1);
    // And in the browser: the same words, and the same warning.
    let card!: Element;
    const warnings = await captureWarnings(async () => (card = await fixture(html`<nutrient-card nutrient="iron"></nutrient-card>`)));
    const shown = card.shadowRoot!.querySelector('[part=error]')!.textContent!;
    expect(shown).to.equal(message.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'));
    expect(warnings).to.deep.equal([stderr.trim()]);
  });

  it("renders with the UI text of --strings (the providers' strings) inside each provider, as the browser does, and English outside", async () => {
    const french = {readArticle: "Lire l'article", checklistReset: 'Réinitialiser', bogus: 'x'};
    const page = [
      '<nutrient-card nutrient="zinc"></nutrient-card>',
      '<innateheal-provider partner="p"><innateheal-provider theme="dark"><gut-checklist list="lifestyle"></gut-checklist></innateheal-provider>',
      '<nutrient-card nutrient="magnesium"></nutrient-card></innateheal-provider>',
    ].join('\n');
    const {code, stdout, stderr} = await cli(['prerender', '--strings', 'fr.json'], {stdin: page, files: {'fr.json': JSON.stringify(french)}});
    expect(code, stderr).to.equal(0);
    expect(withoutAdded(stdout)).to.equal(page);
    expect(rootOf(stdout, '<nutrient-card data-ih-theme="page" nutrient="zinc">')).to.include('Read the article').and.not.include('Lire');
    const card = rootOf(stdout, '<nutrient-card data-ih-theme="page" nutrient="magnesium">');
    expect(card).to.include('Lire l&#39;article').and.include('utm_source=p');
    expect(rootOf(stdout, '<gut-checklist data-ih-theme="dark"')).to.include('Réinitialiser');
    // A key that is not a string of the widgets: ignored, as by the provider in the browser, with one warning.
    expect(stderr.trim().split('\n')).to.deep.equal(['@innateheal/widgets: <innateheal-provider>: strings.bogus "x" ignored. Valid: text, for a key of Strings.']);
  });

  it("keeps no more as a server pre-renders page after page whose widgets' attributes are new", async function () {
    this.timeout(20000);
    // Lit's renderer prepares each page's widget markup once, and kept it for
    // good: about 2 KB a page here, against 0.2 KB (GC noise) kept now.
    const {code, output, perPage} = await executeServerCommand<{code: number; output: string; perPage: number}, {pages: number}>(
      'prerender-growth',
      {pages: 2000}
    );
    expect(code, output).to.equal(0);
    expect(perPage, 'heap growth per page, in bytes').to.be.below(1000);
  });

  it('reads a file and writes one with -o, and reads stdin and writes stdout without them', async () => {
    const page = '<p>A post.</p>\n<nutrient-card nutrient="zinc"></nutrient-card>\n';
    const toFile = await cli(['prerender', 'in.html', '-o', 'out.html'], {files: {'in.html': page}});
    expect(toFile.code, toFile.stderr).to.equal(0);
    expect(toFile.stdout).to.equal('');
    expect(toFile.files['out.html']).to.include('shadowrootmode="open"');
    const piped = await cli(['prerender'], {stdin: page});
    expect(piped.stdout).to.equal(toFile.files['out.html']);
    const dash = await cli(['prerender', '-'], {stdin: page});
    expect(dash.stdout).to.equal(toFile.files['out.html']);
  });

  it('ends with one clear line and a non-zero exit code on input it cannot read, or a bad command', async () => {
    for (const [args, line] of [
      [['prerender', 'missing.html'], 'innateheal-widgets: cannot read "missing.html": no such file'],
      [['prerender', '.'], 'innateheal-widgets: cannot read ".": it is a directory'],
      [['prerender', 'in.html', '-o'], 'innateheal-widgets: -o needs a file name'],
      [['prerender', '--fast'], 'innateheal-widgets: unknown option "--fast"'],
      [['prerender', '--strings'], 'innateheal-widgets: --strings needs a file name'],
      [['prerender', '--strings', 'missing.json'], 'innateheal-widgets: cannot read "missing.json": no such file'],
      [['prerender', '--strings', 'list.json'], 'innateheal-widgets: "list.json" is not a JSON object of strings'],
      [['prerender', '--strings', 'in.html'], /^innateheal-widgets: cannot read "in.html": not JSON \(.+\)\n$/],
    ] as const) {
      const files = {'list.json': '["Lire"]', 'in.html': '<nutrient-card nutrient="zinc"></nutrient-card>'};
      const {code, stdout, stderr} = await cli([...args], {files});
      expect(code, args.join(' ')).to.equal(1);
      expect(stdout, args.join(' ')).to.equal('');
      if (typeof line == 'string') expect(stderr, args.join(' ')).to.equal(`${line}\n`);
      else expect(stderr, args.join(' ')).to.match(line);
    }
    const unknown = await cli(['render']);
    expect(unknown.code).to.equal(1);
    expect(unknown.stderr).to.match(/^innateheal-widgets: unknown command "render"\nUsage:/);
  });

  it('prints the style-src a strict policy needs: the hashes in dist/integrity.json', async () => {
    const {code, stdout} = await cli(['csp']);
    expect(code).to.equal(0);
    const {'prerendered-styles': hashes} = await fetchJson('/dist/integrity.json');
    expect(stdout).to.equal(`style-src 'self' ${Object.values(hashes).join(' ')}\n`);
    // Each is the hash of the <style> the pre-rendered element holds.
    const {stdout: page} = await cli(['prerender'], {stdin: '<gut-checklist></gut-checklist>'});
    const css = /<style>([^]*?)<\/style>/.exec(page)![1];
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
    expect(`'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`).to.equal(hashes['gut-checklist']);
  });

  it('pre-renders a post in a real Eleventy 3 build with the README config, and the page works in the browser', async function () {
    this.timeout(30000);
    const {code, output, built} = await executeServerCommand<{code: number; output: string; built: string}, undefined>('eleventy-build');
    expect(code, output).to.equal(0);
    expect(built).to.include('<h1>What the gut lining needs</h1>');
    expect(built.match(/shadowrootmode="open"/g)).to.have.length(4);
    expect(rootOf(built, '<gut-checklist data-ih-theme="page" persist>')).to.include('utm_source=eleventy-blog');
    // The built post, with the bundle, in a frame.
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe style="width: 800px; height: 900px; border: 0" srcdoc=${built.replace('</head>', '<script type="module" src="/dist/embed.js"></script></head>')}></iframe>`
    );
    await waitUntil(() => frame.contentDocument?.querySelector('gut-checklist')?.shadowRoot, 'no shadow root');
    const doc = frame.contentDocument!;
    type Taken = HTMLElement & {hasUpdated: boolean};
    const checklist = doc.querySelector('gut-checklist') as Taken;
    await waitUntil(() => checklist.hasUpdated, 'never taken over', {timeout: 4000});
    expect(checklist.shadowRoot!.querySelectorAll('input')).to.have.length(4);
    expect(checklist.shadowRoot!.querySelector('a')!.target).to.equal('_blank');
  });

  it("pre-renders every page of a built site with the README's Astro build hook", async () => {
    const page = (title: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nutrient-card nutrient="zinc"></nutrient-card></body></html>`;
    const {code, output, pages} = await executeServerCommand<{code: number; output: string; pages: Record<string, string>}, {pages: Record<string, string>}>(
      'astro-hook',
      {pages: {'index.html': page('Home'), 'posts/gut/index.html': page('A post'), '404.html': page('Not found'), 'feed.xml': '<rss></rss>'}}
    );
    expect(code, output).to.equal(0);
    for (const path of ['index.html', 'posts/gut/index.html', '404.html']) {
      expect(rootOf(pages[path], '<nutrient-card data-ih-theme="page" nutrient="zinc">'), path).to.include('impaired gut lining repair');
    }
    expect(pages['feed.xml']).to.equal('<rss></rss>');
  });

  it('stays out of every browser bundle and module, and their imports', async () => {
    const seen = new Set<string>();
    // Our files only (the test server points Lit's imports into node_modules).
    const visit = async (path: string) => {
      if (seen.has(path) || !path.startsWith('/dist/')) return;
      seen.add(path);
      const code = await (await fetch(path)).text();
      expect(/@lit-labs\/ssr|parse5|["']node:/.test(code), `${path} has Node-only code`).to.equal(false);
      for (const [, relative] of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
        await visit(new URL(relative, new URL(path, location.href)).pathname);
      }
    };
    const browserEntries = ['embed.js', 'embed.iife.js', 'index.js', 'react.js', ...WIDGET_TAGS.map((tag) => `${tag}.js`), 'innateheal-provider.js'];
    for (const entry of browserEntries) await visit(`/dist/${entry}`);
    expect([...seen].filter((path) => /prerender|cli/.test(path))).to.deep.equal([]);
    expect(seen.size, 'modules and chunks visited').to.be.greaterThan(browserEntries.length);
  });
});
