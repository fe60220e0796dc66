// Test-runner commands that need the DevTools protocol: memory counters after
// a forced GC and the browser's default font size (what a reader's "200% text"
// setting changes), for test/partner-pages.test.ts; forced colours (Windows
// High Contrast), which the runner's own emulateMedia does not offer; the text
// of every live region as the accessibility tree holds it, which is what a
// screen reader is given to announce (hidden text left out, visually hidden
// text kept).

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

export function browserCommands() {
  const forcedColors = new Map();
  return {
    name: 'innateheal-browser-commands',
    async executeCommand({command, payload, session}) {
      if (!['memory-counters', 'set-font-size', 'forced-colors', 'live-regions'].includes(command)) return undefined;
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
