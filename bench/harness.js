// In the benchmark page: insert markup, and time it from insertion until the
// frame that paints it (a frame, then a task after it, so paint has happened):
// for widgets, the frame after each has rendered, or (out of view) the
// observer has reported it far.
const stage = document.getElementById('stage');
const TAGS = 'nutrient-card, health-article, hot-articles, gut-checklist';
const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The widget markup for each scenario, as a partner writes it. */
const widgets = {
  'nutrient-card x1': '<nutrient-card nutrient="omega-3"></nutrient-card>',
  'nutrient-card x20': Array(20).fill('<nutrient-card nutrient="omega-3"></nutrient-card>').join(''),
  'nutrient-card x200': Array(200).fill('<nutrient-card nutrient="omega-3"></nutrient-card>').join(''),
  'nutrient-card x200 eager': Array(200).fill('<nutrient-card nutrient="omega-3" eager></nutrient-card>').join(''),
  'health-article': '<health-article></health-article>',
  'hot-articles': '<hot-articles></hot-articles>',
  'gut-checklist': '<gut-checklist></gut-checklist>',
};

let bundle;
async function loadBundle() {
  // The bundle registers each element in a task of its own, after its own.
  bundle ??= import('/dist/embed.js').then(() => Promise.all(['innateheal-provider', ...TAGS.split(', ')].map((tag) => customElements.whenDefined(tag))));
  await bundle;
}

/**
 * The static-HTML version of some markup: each widget replaced by what it
 * renders, as plain HTML in light DOM (inline widgets as a span), with the
 * widgets' styles as one ordinary stylesheet (:host becomes a class).
 */
async function staticMarkup(markup) {
  await loadBundle();
  const probe = document.createElement('div');
  probe.innerHTML = markup.replaceAll(/<(nutrient-card|health-article|hot-articles|gut-checklist)/g, '<$1 eager');
  document.body.append(probe);
  const els = [...probe.querySelectorAll(TAGS)];
  await Promise.all(els.map((el) => el.updateComplete));
  const css = new Set();
  for (const el of els) {
    for (const sheet of el.shadowRoot.adoptedStyleSheets) {
      css.add([...sheet.cssRules].map((r) => r.cssText).join('\n').replaceAll(':host', '.w'));
    }
    const copy = document.createElement(getComputedStyle(el).display.startsWith('inline') ? 'span' : 'div');
    copy.className = 'w';
    copy.innerHTML = el.shadowRoot.innerHTML.replaceAll(/<!--[^]*?-->/g, '');
    el.replaceWith(copy);
  }
  probe.remove();
  return {html: probe.innerHTML, css: [...css].join('\n')};
}

window.bench = {
  scenarios: Object.keys(widgets),
  staticMarkup,
  /** The static HTML of a scenario: made in a page of its own, see prepare. */
  staticOf: (scenario) => staticMarkup(widgets[scenario]),
  /**
   * Readies a fresh page for one kind: the bundle loaded, or the scenario's
   * static HTML (from staticOf) with its stylesheet in place. Neither page
   * has shown the content yet: making the static HTML renders the widgets,
   * and a page that had would start with the text already shaped and the
   * fonts and styles warm, as a page that inserts it for the first time
   * does not.
   */
  async prepare(kind, baseline) {
    if (kind === 'widget') {
      await loadBundle();
      return;
    }
    const style = document.createElement('style');
    style.textContent = baseline.css;
    document.head.append(style);
    // Used once now, parsed into an inert template: V8 holds a string that
    // came from the driver in a larger form until its first use, and the heap
    // measured around a run would count it shrinking (-1.3 KB per card).
    document.createElement('template').innerHTML = baseline.html;
    window.bench.baselineHtml = baseline.html;
  },
  /** One timed insertion; returns milliseconds to painted content. */
  async run(scenario, kind) {
    stage.replaceChildren();
    await painted();
    const markup = kind === 'widget' ? widgets[scenario] : window.bench.baselineHtml;
    const start = performance.now();
    stage.innerHTML = markup;
    if (kind === 'widget') await Promise.all([...stage.querySelectorAll(TAGS)].map((el) => el.updateComplete));
    await painted();
    return performance.now() - start;
  },
};
