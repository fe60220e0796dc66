// Test-runner commands that need the DevTools protocol, for
// test/partner-pages.test.ts: memory counters after a forced GC, and the
// browser's default font size (what a reader's "200% text" setting changes).

export function browserCommands() {
  return {
    name: 'innateheal-browser-commands',
    async executeCommand({command, payload, session}) {
      if (command !== 'memory-counters' && command !== 'set-font-size') return undefined;
      const page = session.browser.getPage(session.id);
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
