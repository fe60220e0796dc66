// Test-runner commands that need the DevTools protocol: memory counters after
// a forced GC and the browser's default font size (what a reader's "200% text"
// setting changes), for test/partner-pages.test.ts; forced colours (Windows
// High Contrast), which the runner's own emulateMedia does not offer.

export function browserCommands() {
  const forcedColors = new Map();
  return {
    name: 'innateheal-browser-commands',
    async executeCommand({command, payload, session}) {
      if (!['memory-counters', 'set-font-size', 'forced-colors'].includes(command)) return undefined;
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
