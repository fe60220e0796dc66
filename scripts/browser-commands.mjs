// Test-runner commands that do what a page's own script cannot, in each
// engine as far as its driver allows (test/engines.ts wraps them):
// - `emulate`: print media, a dark or light scheme, reduced motion, forced
//   colours (Windows High Contrast);
// - `viewport`: the window's inner size;
// - `font-size`: the browser's default font size (what a reader's "200%
//   text" setting changes);
// - `keys`: keys held together, such as Shift+Tab;
// - `tap`: a finger on a touch screen;
// - `print-page`: printing the page (to PDF, thrown away);
// - `live-regions`: the text of every live region as the accessibility tree
//   holds it, which is what a screen reader is given to announce;
// - `before-box`: where a ::before is drawn, which no page API tells;
// - `collect-garbage`: a full collection (Chromium), or the memory pressure
//   that makes each page collect and free its cycles soon after (Firefox);
// - `memory-counters`: DOM nodes, listeners and heap after a forced GC.
// `driver-can` lists the commands the engine at hand has, so that a test can
// say by name what it checks instead where its engine has no such command.
//
// Chromium does everything over the DevTools protocol. Firefox runs over
// WebDriver BiDi, which has no media emulation yet: Firefox's own chrome
// context sets what its developer tools set. WebKitGTK's WebDriver has the
// window and input actions only; its system's colour scheme is the virtual
// display's desktop setting (`color-scheme`, WebKit's only).
import {setInnerSize, setSystemScheme} from './launchers.mjs';

/** The text of each live region on the page, in document order. */
async function liveRegions(cdp) {
  const {nodes} = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  // An ignored node (a plain span) may hold text that is not: only the text
  // itself says whether it reaches a screen reader.
  const text = (node) =>
    node.role?.value === 'StaticText'
      ? node.ignored ? '' : node.name.value
      : (node.childIds ?? []).map((id) => text(byId.get(id))).join('');
  return nodes
    .filter((node) => node.properties?.some((p) => p.name === 'live' && p.value.value !== 'off'))
    .map((node) => text(node).replace(/\s+/g, ' ').trim());
}

/**
 * The border box, in the viewport, of the ::before of the element with `id`
 * (in any shadow root), or null.
 */
async function beforeBox(cdp, id) {
  const {root} = await cdp.send('DOM.getDocument', {depth: -1, pierce: true});
  const find = (node) => {
    const attributes = node.attributes ?? [];
    if (attributes.some((name, i) => i % 2 === 0 && name === 'id' && attributes[i + 1] === id)) return node;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const found = find(child);
      if (found) return found;
    }
    return undefined;
  };
  const before = find(root)?.pseudoElements?.find((pseudo) => pseudo.pseudoType === 'before');
  if (!before) return null;
  const {model} = await cdp.send('DOM.getBoxModel', {nodeId: before.nodeId});
  const [left, top, , , right, bottom] = model.border;
  return {left, top, right, bottom};
}

/** Runs `use` with a new DevTools session on `page`, detached after. */
async function withCdp(page, use) {
  const cdp = await page.createCDPSession();
  try {
    return await use(cdp);
  } finally {
    await cdp.detach();
  }
}

// An emulation lasts as long as the DevTools session that asked for it: one
// per page, kept while the page lives. Each call sets every feature at once,
// so the page's current ones are kept here.
const emulations = new WeakMap();

const chromium = {
  async emulate(page, change) {
    let state = emulations.get(page);
    if (!state) emulations.set(page, (state = {cdp: await page.createCDPSession(), features: {}}));
    Object.assign(state.features, change);
    const {media = '', colorScheme = '', reducedMotion = '', forcedColors = ''} = state.features;
    await state.cdp.send('Emulation.setEmulatedMedia', {
      media,
      features: [
        {name: 'prefers-color-scheme', value: colorScheme},
        {name: 'prefers-reduced-motion', value: reducedMotion},
        {name: 'forced-colors', value: forcedColors},
      ],
    });
  },
  viewport: (page, {width, height}) => page.setViewport({width, height}),
  'font-size': (page, {standard, fixed}) =>
    withCdp(page, async (cdp) => {
      await cdp.send('Page.enable');
      await cdp.send('Page.setFontSizes', {fontSizes: {standard, fixed}});
    }),
  keys: (page, {keys}) => holdKeys(page, keys),
  tap: (page, {x, y}) =>
    withCdp(page, async (cdp) => {
      // A finger, not a mouse: a touch screen for the length of the tap.
      await cdp.send('Emulation.setTouchEmulationEnabled', {enabled: true, maxTouchPoints: 1});
      await cdp.send('Input.dispatchTouchEvent', {type: 'touchStart', touchPoints: [{x, y}]});
      await cdp.send('Input.dispatchTouchEvent', {type: 'touchEnd', touchPoints: []});
    }),
  'print-page': (page) => withCdp(page, (cdp) => cdp.send('Page.printToPDF')),
  'live-regions': (page) => withCdp(page, liveRegions),
  'before-box': (page, {id}) => withCdp(page, (cdp) => beforeBox(cdp, id)),
  'collect-garbage': (page) => withCdp(page, (cdp) => cdp.send('HeapProfiler.collectGarbage')),
  'memory-counters': (page) =>
    withCdp(page, async (cdp) => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('Performance.enable');
      const {metrics} = await cdp.send('Performance.getMetrics');
      const value = (name) => metrics.find((m) => m.name === name)?.value;
      return {
        nodes: value('Nodes'),
        listeners: value('JSEventListeners'),
        heap: value('JSHeapUsedSize'),
        documents: value('Documents'),
      };
    }),
};

/** Presses `keys` down in order and lets them go in reverse (Puppeteer). */
async function holdKeys(page, keys) {
  for (const key of keys) await page.keyboard.down(key);
  for (const key of [...keys].reverse()) await page.keyboard.up(key);
}

/**
 * Runs `body` in Firefox's chrome context (it needs system access, which
 * scripts/launchers.mjs grants), with `tab` the BrowsingContext of `page`.
 */
async function inFirefoxChrome(page, body) {
  const connection = page.browser().connection;
  const {result: tree} = await connection.send('browsingContext.getTree', {'moz:scope': 'chrome'});
  const expression = `(() => {
    const tab = gBrowser.browsers.find((browser) => browser.currentURI.spec === ${JSON.stringify(page.url())}).browsingContext;
    ${body}
  })()`;
  const {result} = await connection.send('script.evaluate', {
    expression,
    target: {context: tree.contexts[0].context},
    awaitPromise: false,
  });
  if (result.type === 'exception') throw new Error(`Firefox's chrome context: ${result.exceptionDetails.text}`);
}

const firefox = {
  emulate(page, {media, colorScheme, reducedMotion, forcedColors}) {
    const steps = [];
    if (media) steps.push(`tab.mediumOverride = ${JSON.stringify(media === 'screen' ? '' : media)};`);
    if (colorScheme) steps.push(`tab.prefersColorSchemeOverride = ${JSON.stringify(colorScheme)};`);
    if (forcedColors) steps.push(`tab.forcedColorsOverride = ${JSON.stringify(forcedColors)};`);
    if (reducedMotion === 'reduce') steps.push(`Services.prefs.setIntPref('ui.prefersReducedMotion', 1);`);
    if (reducedMotion === 'no-preference') steps.push(`Services.prefs.clearUserPref('ui.prefersReducedMotion');`);
    return inFirefoxChrome(page, steps.join('\n'));
  },
  viewport: chromium.viewport,
  // The pages' language group is Western. A page lays out again with new font
  // preferences only once something makes it: a text zoom changed and back.
  'font-size': (page, {standard, fixed}) =>
    inFirefoxChrome(
      page,
      `Services.prefs.setIntPref('font.size.variable.x-western', ${standard});
      Services.prefs.setIntPref('font.size.monospace.x-western', ${fixed});
      const zoom = tab.textZoom;
      tab.textZoom = zoom * 2;
      tab.textZoom = zoom;`
    ),
  keys: chromium.keys,
  tap: (page, {x, y}) => page.touchscreen.tap(x, y),
  'print-page': (page) => page.pdf(),
  'collect-garbage': (page) => inFirefoxChrome(page, `Services.obs.notifyObservers(null, 'memory-pressure', 'heap-minimize');`),
};

// WebDriver's code points for the keys the tests hold.
const WEBDRIVER_KEYS = {Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Tab: '\uE004'};

const webkit = {
  'color-scheme': (driver, {colorScheme}) => setSystemScheme(colorScheme),
  viewport: (driver, {width, height}) => setInnerSize(driver, width, height),
  async keys(driver, {keys}) {
    const codes = keys.map((key) => WEBDRIVER_KEYS[key] ?? key);
    const actions = [...codes.map((value) => ({type: 'keyDown', value})), ...[...codes].reverse().map((value) => ({type: 'keyUp', value}))];
    await driver.performActions([{type: 'key', id: 'keys', actions}]);
    await driver.releaseActions();
  },
  async tap(driver, {x, y}) {
    const actions = [
      {type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y)},
      {type: 'pointerDown', button: 0},
      {type: 'pointerUp', button: 0},
    ];
    await driver.performActions([{type: 'pointer', id: 'finger', parameters: {pointerType: 'touch'}, actions}]);
    await driver.releaseActions();
  },
};

const ENGINE_COMMANDS = {chromium, firefox, webkit};
const COMMANDS = new Set(['driver-can', ...Object.keys(chromium), ...Object.keys(webkit)]);

/** Which of ENGINE_COMMANDS a test session's browser takes. */
const engineOf = (browser) => ({Firefox: 'firefox', WebKit: 'webkit'})[browser.name] ?? 'chromium';

export function browserCommands() {
  return {
    name: 'innateheal-browser-commands',
    async executeCommand({command, payload, session}) {
      if (!COMMANDS.has(command)) return undefined;
      const engine = engineOf(session.browser);
      const commands = ENGINE_COMMANDS[engine];
      if (command === 'driver-can') return Object.keys(commands);
      if (!commands[command]) throw new Error(`${session.browser.name}'s driver cannot ${command}: see driverCan in test/helpers.ts`);
      // Puppeteer's page in Chromium and Firefox; WebdriverIO's browser in WebKit.
      const target = engine === 'webkit' ? session.browser.driver : session.browser.getPage(session.id);
      return (await commands[command](target, payload ?? {})) ?? true;
    },
  };
}
