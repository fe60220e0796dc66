// Partner pages for test/partner-pages.test.ts, served by the test server at
// /partner/<case>.html. Each embeds the built dist/embed.js with the README's
// own snippet and docs/embedding.md's reserve-space CSS, so the tests prove
// what partners paste.
import {readFileSync, readdirSync} from 'node:fs';
import {autop} from '@wordpress/autop';
import {prerender} from './run-node.mjs';

/** The README and every guide in docs/, by path. */
const documents = () =>
  ['README.md', ...readdirSync(new URL('../docs/', import.meta.url)).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** The fenced block after `<!-- marker` in the README or a guide in docs/, as partners copy it. */
export function docBlock(marker) {
  for (const path of documents()) {
    const text = readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
    const at = text.indexOf(`<!-- ${marker}`);
    if (at < 0) continue;
    const fence = text.indexOf('```', at);
    const start = text.indexOf('\n', fence) + 1;
    return text.slice(start, text.indexOf('```', start));
  }
  throw new Error(`Neither README.md nor docs/*.md has a "<!-- ${marker}" block`);
}

/** The README's snippet (or another of the guides', by its marker), its URL pointed at the test server. */
const embed = (query = '', marker = 'embed-snippet') =>
  docBlock(marker).replace(
    'https://YOUR-CDN/@innateheal/widgets/dist/embed.js',
    `/dist/embed.js${query}`
  );

/**
 * The pinned snippet of docs/embedding.md, its URL pointed at the test server, with the
 * hash dist/integrity.json gives for `file`: embed.js's own, or another
 * file's, as a hash left over from another release would be.
 */
const pinned = (file = 'embed.js') =>
  docBlock('embed-pinned')
    .replace(/https:\/\/YOUR-CDN\/@innateheal\/widgets@[^/]+\/dist\/embed\.js/, '/dist/embed.js')
    .replace(
      'sha384-THE-HASH-FROM-INTEGRITY.JSON',
      JSON.parse(readFileSync(new URL('../dist/integrity.json', import.meta.url), 'utf8'))[file]
    );

export const STRICT_CSP =
  "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** Every element, outside and inside a provider, as the README shows them. */
const WIDGETS = `
<main>
  <h1>A partner's post</h1>
  <section id="outside">
    <p>Nutrients such as <nutrient-card nutrient="zinc" variant="compact">zinc</nutrient-card> matter.</p>
    <nutrient-card nutrient="omega-3"></nutrient-card>
    <gut-checklist persist></gut-checklist>
    <hot-articles></hot-articles>
    <health-article sections="when-to-seek-medical-care"></health-article>
  </section>
  <innateheal-provider partner="acme-blog" link-target="_blank">
    <section id="inside">
      <nutrient-card nutrient="magnesium"></nutrient-card>
      <gut-checklist list="lifestyle"></gut-checklist>
      <hot-articles limit="3" heading="More to read"></hot-articles>
      <health-article sections="final-thoughts"></health-article>
    </section>
  </innateheal-provider>
  <p id="after">The partner's own text after the widgets.</p>
</main>`;

const BAD_INPUT = `
<main>
  <nutrient-card nutrient="&lt;img src=x onerror=alert(1)&gt;"></nutrient-card>
  <nutrient-card></nutrient-card>
  <gut-checklist list="javascript:alert(1)"></gut-checklist>
  <hot-articles id="hostile" limit="lots"></hot-articles>
  <hot-articles category="no-such-category"></hot-articles>
  <health-article article="../../etc/passwd"></health-article>
  <health-article sections="&lt;script&gt;alert(1)&lt;/script&gt;"></health-article>
  <innateheal-provider base-url="javascript:alert(1)//" link-target="_top" theme="neon" partner='"><script>alert(1)</script>'>
    <nutrient-card nutrient="zinc"></nutrient-card>
    <hot-articles id="hostile-inside"></hot-articles>
  </innateheal-provider>
</main>
<script src="/test/partner/bad-articles.js"></script>`;

const UPGRADE = `
<main>
  <div id="first-parent"></div>
  <div id="second-parent"></div>
  <gut-checklist id="early-checklist" list="hormonal"></gut-checklist>
  <hot-articles id="early-articles"></hot-articles>
  <innateheal-provider partner="early"><nutrient-card id="early-card" nutrient="glycine"></nutrient-card></innateheal-provider>
</main>
<!-- A partner script that runs before the bundle: classic scripts run before module scripts. -->
<script src="/test/partner/before-bundle.js"></script>`;

// What a reader sees when the bundle never runs: the partner's fallback in
// one widget, and a widget the partner hid.
const BLOCKED = `
<main>
  <p>Nutrients such as <nutrient-card nutrient="zinc" variant="compact">zinc</nutrient-card> matter.</p>
  <nutrient-card nutrient="omega-3"></nutrient-card>
  <gut-checklist></gut-checklist>
  <hot-articles id="hidden" hidden><p>Not for now.</p></hot-articles>
  ${docBlock('fallback')}
  <p id="after">The partner's own text after the widgets.</p>
</main>`;

// A blogger's post in WordPress's classic editor: paragraphs are blocks of
// text between blank lines, and WordPress's wpautop (here the block editor's
// port of it, which gives what WordPress 6.1's PHP gives for this post) puts
// each in a <p>, widgets and the guide's fallback included.
const WORDPRESS = `<main>${autop(`After a winter of bloating I went looking for what the gut lining needs.

Nutrients such as <nutrient-card nutrient="zinc" variant="compact">zinc</nutrient-card> matter.

<nutrient-card nutrient="omega-3"></nutrient-card>

<gut-checklist></gut-checklist>

${docBlock('fallback')}
The partner's own text after the widgets.`)}</main>`;

// Widgets that follow the page's colour scheme, one in a dark section of it,
// and others whose provider's theme says otherwise; each names the scheme it
// should take (test 11).
const SCHEMES = `
<main>
  <nutrient-card nutrient="zinc" data-expect="page"></nutrient-card>
  <gut-checklist data-expect="page"></gut-checklist>
  <hot-articles limit="2" data-expect="page"></hot-articles>
  <health-article sections="final-thoughts" data-expect="page"></health-article>
  <section style="color-scheme: dark">
    <p>A dark aside: <nutrient-card nutrient="zinc" variant="compact" data-expect="dark"></nutrient-card></p>
  </section>
  <innateheal-provider theme="light">
    <section style="color-scheme: dark"><nutrient-card nutrient="magnesium" data-expect="light"></nutrient-card></section>
  </innateheal-provider>
  <innateheal-provider theme="dark"><nutrient-card nutrient="omega-3" data-expect="dark"></nutrient-card></innateheal-provider>
  <innateheal-provider theme="auto"><gut-checklist list="lifestyle" data-expect="system"></gut-checklist></innateheal-provider>
</main>`;

// The clinic form of docs/elements.md, posting to the test server's echo (formEcho).
const CLINIC_FORM = `<main>${docBlock('clinic-form').replace('action="/intake"', 'action="/form-echo"')}</main>`;

// The standard page in French: the partner's script gives its provider
// strings (test/partner/french.json), and its build gives the same to the
// pre-render (`--strings`).
const FRENCH = 'test/partner/french.json';
const TRANSLATED = `${WIDGETS}
<script>document.querySelector('innateheal-provider').strings = ${readFileSync(new URL(`../${FRENCH}`, import.meta.url), 'utf8')};</script>`;

const JSON_LD = '<main><health-article structured-data sections="when-to-seek-medical-care"></health-article></main>';

const page = ({title, head = '', body = WIDGETS, query = '', script = () => embed(query)}) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <script src="/test/partner/shifts.js"></script>
    <script src="/test/partner/probe.js"></script>
    <link rel="stylesheet" href="/partner/reserve.css" />
    ${head}
    ${script()}
  </head>
  <body>
    ${body}
  </body>
</html>`;

const pages = {
  csp: {title: 'Strict CSP and Trusted Types', headers: {'Content-Security-Policy': STRICT_CSP}},
  hostile: {title: 'Hostile page CSS', head: '<link rel="stylesheet" href="/test/partner/hostile.css" />'},
  twice: {title: 'Loaded twice', head: embed('?second-copy')},
  'twice-trusted-types': {
    title: 'Loaded twice under Trusted Types',
    head: embed('?second-copy'),
    headers: {'Content-Security-Policy': `${STRICT_CSP} 'allow-duplicates'`},
  },
  sandboxed: {title: 'Inside a sandboxed iframe', head: '<script type="module" src="/test/partner/sandboxed.js"></script>'},
  'bad-input': {title: 'Bad input', body: BAD_INPUT},
  upgrade: {title: 'Upgrade order', body: UPGRADE},
  plain: {title: 'A plain partner page'},
  translated: {title: 'A page in French', body: TRANSLATED, prerender: ['--strings', FRENCH]},
  // The whole article, every section (the bench's post has it too).
  article: {
    title: 'The whole article',
    body: `<main><h1>A partner's post</h1><health-article></health-article><p id="after">The partner's own text after the widgets.</p></main>`,
  },
  // A checklist whose ticks are kept, one per tab (test/gut-checklist.test.ts).
  tab: {title: 'A tab', body: '<gut-checklist persist></gut-checklist>'},
  // A chip alone, for a frame as narrow as a phone (test/nutrient-card.test.ts).
  phone: {title: 'A phone', body: '<p><nutrient-card nutrient="glycine" variant="compact"></nutrient-card></p>'},
  'slow-cdn': {title: 'A slow CDN', query: '?delay=700'},
  // Its own URL for the bundle, so that it is not already in the cache.
  'slow-cdn-pointer': {title: 'A slow CDN', query: '?delay=700&pointer'},
  // The same with docs/embedding.md's opt-in, blocking="render".
  'slow-cdn-blocking': {title: 'A slow CDN, render-blocking', script: () => embed('?delay=700&blocking', 'embed-blocking')},
  'slow-cdn-blocking-pointer': {title: 'A slow CDN, render-blocking', script: () => embed('?delay=700&blocking&pointer', 'embed-blocking')},
  // A page whose policy leaves out the bundle's URL, as one that forgot the
  // CDN would: the bundle never runs (as when an ad blocker stops it).
  blocked: {
    title: 'The bundle never runs',
    body: BLOCKED,
    headers: ({origin}) => ({'Content-Security-Policy': `script-src ${origin}/test/partner/`}),
  },
  wordpress: {title: 'A WordPress post', body: WORDPRESS},
  // The same from a slow CDN, at its own URL so that it is not already in the cache.
  'slow-post': {title: 'A WordPress post from a slow CDN', body: WORDPRESS, query: '?delay=700&post'},
  // The pinned version of docs/embedding.md with its integrity hash, and with a stale one.
  pinned: {title: 'A pinned version and its hash', script: () => pinned()},
  'pinned-stale': {title: 'A pinned version, a stale hash', script: () => pinned('embed.iife.js')},
  // Light and dark, so that axe checks the widgets in both schemes. The
  // page paints its own background: a frame's is otherwise see-through in
  // Firefox, and its light text would be on the test page's white.
  a11y: {
    title: 'Accessibility',
    head: `<meta name="color-scheme" content="light dark" />
    <style>:root { background: Canvas; color: CanvasText; }</style>
    <script src="/node_modules/axe-core/axe.min.js"></script>`,
  },
  'clinic-form': {title: "A clinic's intake form", body: CLINIC_FORM},
  // How pages declare their colour scheme, most of them not at all.
  'scheme-none': {title: 'No colour scheme declared', body: SCHEMES},
  'scheme-light': {title: 'Light only', head: '<meta name="color-scheme" content="light" />', body: SCHEMES},
  'scheme-light-dark': {title: 'Light and dark', head: '<meta name="color-scheme" content="light dark" />', body: SCHEMES},
  'scheme-css': {title: 'Light and dark, in CSS', head: '<style>:root { color-scheme: light dark; }</style>', body: SCHEMES},
  'scheme-dark': {title: 'Dark', head: '<style>:root { color-scheme: dark; }</style>', body: SCHEMES},
  // <health-article structured-data> under Trusted Types, with our JSON-LD
  // policy named in the page's directive as the README says, and without it.
  'jsonld-allowed': {
    title: 'Structured data under Trusted Types',
    body: JSON_LD,
    headers: {'Content-Security-Policy': `${STRICT_CSP} innateheal-jsonld`},
  },
  'jsonld-refused': {title: 'Structured data, policy refused', body: JSON_LD, headers: {'Content-Security-Policy': STRICT_CSP}},
};

/** `policy` with the pre-rendered styles' hashes from dist/integrity.json in its style-src, as docs/prerendering.md says. */
const withStyleHashes = (policy) => {
  const {'prerendered-styles': hashes} = JSON.parse(readFileSync(new URL('../dist/integrity.json', import.meta.url), 'utf8'));
  return policy.replace("style-src 'self'", `style-src 'self' ${Object.values(hashes).join(' ')}`);
};

/** Pre-rendered pages, by path and query: the command line takes a few hundred ms. */
const prerenderedPages = new Map();

/** A multipart body's entries, as [name, value] pairs (text fields only). */
function multipartEntries(raw, type) {
  const boundary = /boundary=(.+)$/.exec(type)[1];
  return raw
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => {
      const at = part.indexOf('\r\n\r\n');
      return [/name="([^"]*)"/.exec(part.slice(0, at))[1], part.slice(at + 4, -2)];
    });
}

/**
 * POST /form-echo: what a form sent, as the server received it: its
 * content type, its body and the entries in it; as a page, or with
 * `?as=json` as JSON (for script that posts with fetch).
 */
async function formEcho(context) {
  let raw = '';
  for await (const chunk of context.req) raw += chunk;
  const type = context.get('Content-Type');
  const entries = type.startsWith('multipart/form-data') ? multipartEntries(raw, type) : [...new URLSearchParams(raw)];
  const received = {type: type.split(';')[0], raw, entries};
  if (context.query.as === 'json') {
    context.body = received;
    return;
  }
  const json = JSON.stringify(received).replace(/</g, '\\u003c');
  context.type = 'html';
  context.body = `<!doctype html><title>Received</title><script type="application/json" id="received">${json}</script>`;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Koa middleware for @web/test-runner. */
export async function partnerPages(context, next) {
  const match = /^\/partner\/([\w-]+)\.html$/.exec(context.path);
  if (match && pages[match[1]]) {
    const {headers = {}, ...spec} = pages[match[1]];
    const own = typeof headers === 'function' ? headers(context) : headers;
    for (const [name, value] of Object.entries(own)) context.set(name, value);
    context.type = 'html';
    context.body = page(spec);
    return;
  }
  // Each page pre-rendered (issue 35), as a partner's build would: `?no-script`
  // leaves the bundle out (a reader with script blocked); a page with a
  // policy gets the styles' hashes in it, unless `?hashless`.
  const prerendered = /^\/prerendered\/([\w-]+)\.html$/.exec(context.path);
  if (prerendered && pages[prerendered[1]]) {
    const {headers = {}, ...spec} = pages[prerendered[1]];
    const own = typeof headers === 'function' ? headers(context) : headers;
    for (const [name, value] of Object.entries(own)) {
      context.set(name, name === 'Content-Security-Policy' && !('hashless' in context.query) ? withStyleHashes(value) : value);
    }
    const key = `${prerendered[1]}${'no-script' in context.query}`;
    if (!prerenderedPages.has(key)) {
      prerenderedPages.set(key, prerender(page({...spec, ...('no-script' in context.query && {script: () => ''})}), spec.prerender));
    }
    context.type = 'html';
    context.body = await prerenderedPages.get(key);
    return;
  }
  if (context.path === '/form-echo' && context.method === 'POST') return formEcho(context);
  // The builder's three blocks as a partner pastes them into a page, the
  // script pointed at the test server with its integrity hash kept.
  if (context.path === '/partner/snippet.html') {
    const {script = '', css = '', markup = ''} = context.query;
    context.type = 'html';
    context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>Pasted from the builder</title>
${script.replace(/https:\/\/YOUR-CDN\/@innateheal\/widgets@[^/]+\//, '/')}<style>${css}</style></head><body>${markup}</body></html>`;
    return;
  }
  // The builder under the README's strict CSP (test/builder.test.ts), and the
  // previews it frames too.
  if (/^\/docs\/(builder|preview)\.html$/.test(context.path) && ('csp' in context.query || /builder\.html\?csp/.test(context.get('Referer')))) {
    context.set('Content-Security-Policy', STRICT_CSP);
  }
  if (context.path === '/partner/reserve.css') {
    context.type = 'css';
    context.body = docBlock('reserve-space');
    return;
  }
  // A second copy of the package, and of the Lit it imports, at other URLs
  // (test/partner/two-copies.html).
  if (/^\/copy\/(dist|node_modules)\//.test(context.path)) context.path = context.path.slice('/copy'.length);
  if (context.path.startsWith('/dist/') || context.path.startsWith('/test/partner/')) {
    // A CDN's CORS header: module scripts from sandboxed (opaque-origin) pages need it.
    context.set('Access-Control-Allow-Origin', '*');
    const delay = Number(context.query.delay);
    if (delay > 0) await sleep(Math.min(delay, 3000));
  }
  return next();
}
