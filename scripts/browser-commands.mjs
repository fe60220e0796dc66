// Test-runner commands that need the DevTools protocol: memory counters after
// a forced GC and the browser's default font size (what a reader's "200% text"
// setting changes), for test/partner-pages.test.ts; forced colours (Windows
// High Contrast), which the runner's own emulateMedia does not offer; the text
// of every live region as the accessibility tree holds it, which is what a
// screen reader is given to announce (hidden text left out, visually hidden
// text kept); where a ::before is drawn, which no page API tells; and
// printing the page (to PDF, thrown away), which a page cannot start without
// script of its own.

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
 * (in any shadow root), or null. A page sees a pseudo-element's styles, never
 * its place on the screen.
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

export function browserCommands() {
  const forcedColors = new Map();
  return {
    name: 'innateheal-browser-commands',
    async executeCommand({command, payload, session}) {
      if (!['memory-counters', 'set-font-size', 'forced-colors', 'live-regions', 'before-box', 'print-page', 'tap'].includes(command)) {
        return undefined;
      }
      const page = session.browser.getPage(session.id);
      if (command === 'forced-colors') {
        // An emulation lasts as long as the CDP session that asked for it:
        // kept open while active, detached once turned off.
        let cdp = forcedColors.get(page);
        if (!cdp) forcedColors.set(page, (cdp = await page.createCDPSession()));
        await cdp.send('Emulation.setEmulatedMedia', {
          features: [{name: 'forced-colors', value: payload.active ? 'active' : 'none'}],
        });
        if (!payload.active) {
          forcedColors.delete(page);
          await cdp.detach();
        }
        return true;
      }
      const cdp = await page.createCDPSession();
      try {
        if (command === 'live-regions') return await liveRegions(cdp);
        if (command === 'before-box') return await beforeBox(cdp, payload.id);
        if (command === 'tap') {
          // A finger, not a mouse: a touch screen for the length of the tap.
          await cdp.send('Emulation.setTouchEmulationEnabled', {enabled: true, maxTouchPoints: 1});
          const touchPoints = [{x: payload.x, y: payload.y}];
          await cdp.send('Input.dispatchTouchEvent', {type: 'touchStart', touchPoints});
          await cdp.send('Input.dispatchTouchEvent', {type: 'touchEnd', touchPoints: []});
          return true;
        }
        if (command === 'print-page') {
          await cdp.send('Page.printToPDF');
          return true;
        }
        if (command === 'set-font-size') {
          await cdp.send('Page.enable');
          await cdp.send('Page.setFontSizes', {fontSizes: {standard: payload.standard, fixed: payload.fixed}});
          return true;
        }
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
      } finally {
        await cdp.detach();
      }
    },
  };
}
