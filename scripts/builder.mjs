// npm run docs (with docs.mjs): the widget builder, docs/builder.html, a
// partner's "get the code" page. Its controls are made here from the content
// (the ids a partner may pick) and the manifest (what each attribute does);
// docs/builder.js runs them, and docs/preview.html shows the real
// dist/embed.js. Plain static files: publish docs/ beside dist/ as it is.
import {readFileSync, writeFileSync} from 'node:fs';
import ts from 'typescript';
import {escape, manifestElements} from './manifest.mjs';
import {docBlock} from './partner-pages.mjs';

/** A data module of ours (TypeScript), loaded in Node. */
async function loadData(file) {
  const source = readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8');
  const {outputText} = ts.transpileModule(source, {compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022}});
  return import(`data:text/javascript,${encodeURIComponent(outputText)}`);
}

const {leakyGut, nutrients} = await loadData('leaky-gut.ts');
const {hotArticles} = await loadData('hot-articles.ts');
const elements = manifestElements();
const integrity = JSON.parse(readFileSync(new URL('../dist/integrity.json', import.meta.url), 'utf8'));
const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** An attribute's description from the manifest, as plain text: the control's hint. */
function hint(tag, name) {
  const element = elements.find((d) => d.tagName === tag);
  const attribute = element?.attributes?.find((a) => a.name === name);
  return escape((attribute?.description ?? '').replace(/`/g, ''));
}

const lists = leakyGut.sections.filter((s) => s.list).map((s) => [s.list.id, s.heading]);
const categories = [...new Set(hotArticles.map((t) => t.category))];

// Controls. Each names the attribute it sets (data-attr) or the setting it
// stands for; builder.js reads them all by those names.
const id = (tag, name) => `${tag}-${name}`;
const describedBy = (tag, name) => (hint(tag, name) ? ` aria-describedby="${id(tag, name)}-hint"` : '');
const hintText = (tag, name) => (hint(tag, name) ? `<small id="${id(tag, name)}-hint">${hint(tag, name)}</small>` : '');
const select = (tag, name, label, options, first = '') =>
  `<p><label for="${id(tag, name)}">${label}</label>
<select id="${id(tag, name)}" data-attr="${name}"${describedBy(tag, name)}>${first}${options
    .map(([value, text]) => `<option value="${escape(value)}">${escape(text)}</option>`)
    .join('')}</select>${hintText(tag, name)}</p>`;
const text = (tag, name, label, type = 'text', extra = '') =>
  `<p><label for="${id(tag, name)}">${label}</label>
<input id="${id(tag, name)}" type="${type}" data-attr="${name}"${extra}${describedBy(tag, name)} />${hintText(tag, name)}</p>`;
const check = (tag, name, label) =>
  `<p class="check"><input id="${id(tag, name)}" type="checkbox" data-attr="${name}"${describedBy(tag, name)} /><label for="${id(tag, name)}">${label}</label>${hintText(tag, name)}</p>`;
const levels = [['', 'h2 (the default)'], ...[3, 4, 5, 6].map((n) => [String(n), `h${n}`])];

const ELEMENTS = {
  'nutrient-card': {
    label: 'Nutrient card',
    controls: [
      select('nutrient-card', 'nutrient', 'Nutrient', nutrients.map((n) => [n.id, n.name])),
      select('nutrient-card', 'variant', 'Variant', [['', 'Card'], ['compact', 'Chip inside a sentence']]),
      check('nutrient-card', 'eager', 'Render at once, even far below the fold'),
    ],
  },
  'gut-checklist': {
    label: 'Checklist',
    controls: [
      select('gut-checklist', 'list', 'List', lists),
      text('gut-checklist', 'heading', 'Your own title'),
      check('gut-checklist', 'persist', "Remember the reader's ticks"),
      `<p class="check"><input id="gut-checklist-form" type="checkbox" data-setting="form" /><label for="gut-checklist-form">In your own form (a clinic's intake form)</label></p>`,
      text('gut-checklist', 'name', 'Field name in the form'),
      check('gut-checklist', 'required', 'Required: at least one tick'),
      check('gut-checklist', 'eager', 'Render at once, even far below the fold'),
    ],
  },
  'hot-articles': {
    label: 'Hot Articles carousel',
    controls: [
      text('hot-articles', 'limit', 'At most this many cards', 'number', ' min="0" step="1"'),
      select('hot-articles', 'category', 'Only this category', categories.map((c) => [c, c]), '<option value="">All</option>'),
      text('hot-articles', 'heading', 'Your own title'),
      select('hot-articles', 'heading-level', 'Title heading level', levels),
      check('hot-articles', 'eager', 'Render at once, even far below the fold'),
    ],
  },
  'health-article': {
    label: 'Whole article',
    controls: [
      `<fieldset class="sections"><legend>Sections (none ticked: the whole article)</legend>${leakyGut.sections
        .map(
          (s) =>
            `<p class="check"><input id="section-${s.id}" type="checkbox" data-section value="${s.id}" /><label for="section-${s.id}">${escape(s.heading)}</label></p>`
        )
        .join('')}</fieldset>`,
      select('health-article', 'heading-level', 'Title heading level', levels),
      check('health-article', 'structured-data', 'Add schema.org data for search engines'),
      check('health-article', 'eager', 'Render at once, even far below the fold'),
    ],
  },
};
const TAGS = Object.keys(ELEMENTS);

const provider = [
  text('innateheal-provider', 'partner', 'Your partner id (for link tracking)'),
  text('innateheal-provider', 'base-url', 'Where article links point', 'url', ' placeholder="https://innateheal.com/"'),
  select('innateheal-provider', 'link-target', 'Links open', [['', 'In the same tab'], ['_blank', 'In a new tab']]),
  select('innateheal-provider', 'theme', 'Colours', [
    ['', "Your page's (light unless it declares dark)"],
    ['light', 'Always light'],
    ['dark', 'Always dark'],
    ['auto', "The reader's system"],
  ]),
].join('\n');

/** A style sheet's top-level rules, each as written. */
function rules(css) {
  const found = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      found.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return found;
}

/**
 * The reserve-space block cut down to one element: the rule every widget
 * shares, with only this tag in its selector list, the keyframes it runs,
 * and the tag's own rules, those for phones among them.
 */
function reserveFor(tag) {
  const all = rules(docBlock('reserve-space'));
  // Commas outside parentheses: `:not(:defined, [hidden])` is one selector.
  // (A rule's text starts with the comment before it, if any.)
  const head = (rule) => rule.slice(0, rule.indexOf('{')).replace(/\/\*[^]*?\*\//g, '').trim();
  const selectors = (rule) => head(rule).split(/,(?![^(]*\))/).map((s) => s.trim());
  const shared = all.find((rule) => selectors(rule).length > 1);
  const mine = selectors(shared).filter((selector) => selector.startsWith(`${tag}:`));
  const own = (list) => list.filter((rule) => rule !== shared && selectors(rule).every((selector) => selector.startsWith(tag)));
  const media = all
    .filter((rule) => head(rule).startsWith('@media'))
    .map((rule) => [head(rule), own(rules(rule.slice(rule.indexOf('{') + 1, -1)))])
    .filter(([, inner]) => inner.length)
    .map(([query, inner]) => `${query} {\n  ${inner.join('\n  ')}\n}`);
  return [
    ...(mine.length ? [`${mine.join(',\n')} ${shared.slice(shared.indexOf('{'))}`] : []),
    ...(mine.length ? all.filter((rule) => head(rule).startsWith('@keyframes')) : []),
    ...own(all),
    ...media,
  ].join('\n');
}

/** What builder.js needs beside the controls, as data (not script: the page's CSP runs files only). */
const data = {
  script: docBlock('embed-pinned')
    .trim()
    .replace(/@innateheal\/widgets@[^/]+\//, `@innateheal/widgets@${version}/`)
    .replace('sha384-THE-HASH-FROM-INTEGRITY.JSON', integrity['embed.js']),
  reserve: Object.fromEntries(TAGS.map((tag) => [tag, reserveFor(tag)])),
  provider: reserveFor('innateheal-provider'),
  // The style-src hash of each element's pre-rendered <style> (docs/prerendering.md).
  styleHashes: integrity['prerendered-styles'],
};

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>InnateHeal Widgets: get the code</title>
<link rel="icon" href="data:," />
<link rel="stylesheet" href="./builder.css" />
<script type="module" src="./builder.js"></script>
<script type="application/json" id="builder-data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>
</head>
<body>
<header>
<h1>Get the code</h1>
<p>Pick a widget, set it up, and copy three blocks into your site (and a fourth if your pages are built). Generated by <code>npm run docs</code>.
Back to the <a href="../demo/">demo</a>, the <a href="./index.html">element reference</a> or the <a href="./embedding.md">embedding guide</a>.</p>
</header>
<main>
<form id="builder" aria-labelledby="settings-title">
<h2 id="settings-title">Settings</h2>
<fieldset><legend>Widget</legend>
${TAGS.map((tag, i) => `<p class="check"><input id="pick-${tag}" type="radio" name="element" value="${tag}"${i ? '' : ' checked'} /><label for="pick-${tag}">${ELEMENTS[tag].label} <code>&lt;${tag}&gt;</code></label></p>`).join('\n')}
</fieldset>
${TAGS.map((tag, i) => `<fieldset data-for="${tag}"${i ? ' hidden' : ''}><legend><code>&lt;${tag}&gt;</code></legend>\n${ELEMENTS[tag].controls.join('\n')}\n</fieldset>`).join('\n')}
<fieldset data-for="innateheal-provider"><legend>Your site (<code>&lt;innateheal-provider&gt;</code>)</legend>
${provider}
</fieldset>
<fieldset><legend>Look</legend>
<p class="check"><input id="token-accent-on" type="checkbox" data-token-on="--ih-color-accent" /><label for="token-accent-on">Your own accent colour</label></p>
<p><label for="token-accent">Accent colour</label> <input id="token-accent" type="color" value="#7a3e9d" data-token="--ih-color-accent" /></p>
${select('look', 'radius', 'Corners', [['', 'Rounded (8 px)'], ['0', 'Square'], ['4px', 'Slightly rounded (4 px)'], ['16px', 'Very rounded (16 px)']]).replace('data-attr="radius"', 'data-token="--ih-radius"')}
${select('look', 'font', 'Font', [['', "Your page's"], ['system-ui, sans-serif', 'System sans-serif'], ['Georgia, serif', 'Georgia (serif)']]).replace('data-attr="font"', 'data-token="--ih-font-family"')}
</fieldset>
</form>
<section class="previews-section" aria-labelledby="preview-title">
<h2 id="preview-title">Preview</h2>
<p>The real <code>dist/embed.js</code>, on a light page and on a dark one, at a phone's width, a tablet's and full width.</p>
<div class="previews">
${['light', 'dark']
  .flatMap((scheme) =>
    [['320', '320 px'], ['768', '768 px'], ['full', 'full width']].map(
      ([width, label]) =>
        `<figure class="preview" data-width="${width}"><figcaption>${scheme === 'light' ? 'Light' : 'Dark'} page, ${label}</figcaption><iframe title="Preview: ${scheme} page, ${label}" data-scheme="${scheme}" src="./preview.html"></iframe></figure>`
    )
  )
  .join('\n')}
</div>
</section>
<section aria-labelledby="code-title">
<h2 id="code-title">Your code</h2>
<h3 id="script-title">1. In your page's <code>&lt;head&gt;</code></h3>
<p>This version, with its hash: the browser runs exactly this file or nothing. Replace <code>YOUR-CDN</code> with where you host the package (any npm CDN, or your own site).</p>
<pre><code id="out-script"></code></pre>
<button type="button" data-copy="out-script" aria-describedby="script-title">Copy</button>
<h3 id="css-title">2. In your stylesheet</h3>
<p>Keeps the widget's room until its code runs, so nothing on your page moves; and your look.</p>
<pre><code id="out-css"></code></pre>
<button type="button" data-copy="out-css" aria-describedby="css-title">Copy</button>
<h3 id="markup-title">3. Where the widget goes</h3>
<pre><code id="out-markup"></code></pre>
<button type="button" data-copy="out-markup" aria-describedby="markup-title">Copy</button>
<h3 id="prerender-title">4. If you build your pages: pre-render them</h3>
<p>Optional. Your build (or server) can write the widget's content into your HTML, so that readers see it before the script runs, and without it: run the package's command line on each built page, or call <code>prerender()</code> from an Eleventy, Astro or Node build (<a href="./prerendering.md">the pre-rendering guide</a>). Keep blocks 1 to 3. Under a strict Content-Security-Policy, add these hashes to its <code>style-src</code>.</p>
<pre><code id="out-prerender"></code></pre>
<button type="button" data-copy="out-prerender" aria-describedby="prerender-title">Copy</button>
<p role="status" id="copied"></p>
<aside aria-labelledby="wordpress-title">
<h3 id="wordpress-title">On WordPress</h3>
<p>Put block 1 in your theme's <code>&lt;head&gt;</code> (your theme's settings, or a header-code plugin), block 2 in <em>Appearance → Customize → Additional CSS</em>, and block 3 in a post's <em>Custom HTML</em> block. Only users who may post unfiltered HTML (administrators) can save the tags.</p>
</aside>
</section>
</main>
</body>
</html>
`;

writeFileSync(new URL('../docs/builder.html', import.meta.url), page);
console.log('docs: the widget builder -> docs/builder.html');
