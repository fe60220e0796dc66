// Layout shifts, for the partner pages' probe and for test/engines.ts. A
// classic script (the probe runs before any module), also imported as a
// module: it only sets a global.
//
// Chromium reports shifts itself (the Layout Instability API, as web-vitals
// counts them: none driven by input). Firefox and WebKit have no such API:
// there, just after each frame is painted, the place in the document of each
// element of the page's own DOM (shadow roots are the widgets' business;
// their hosts and the partner's text after them are not) is compared with
// the last frame's. As Chromium counts, an element laid out in both, in view
// in either, that moved by 3 px or more is a shift (here of no value): not
// one far below the fold, nor the fractions of a pixel text settles by.

/**
 * Calls `onShift({value, nodes, at, moved})` for each layout shift in `win`
 * from now (Chromium: from the page's start) until the returned function is
 * called: `nodes` describes what moved, `moved` is those nodes.
 */
window.recordLayoutShifts = (win, onShift) => {
  const name = (node) => (node ? `${node.nodeName} "${String(node.textContent).trim().slice(0, 20)}"` : '?');
  if (win.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    const observer = new win.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        const nodes = entry.sources.map(
          (s) => `${name(s.node)} ${s.previousRect.x},${s.previousRect.y} -> ${s.currentRect.x},${s.currentRect.y}`
        );
        const moved = entry.sources.map((s) => s.node).filter(Boolean);
        onShift({value: entry.value, nodes, at: Math.round(entry.startTime), moved});
      }
    });
    observer.observe({type: 'layout-shift', buffered: true});
    return () => observer.disconnect();
  }
  let last = new Map();
  let frame;
  let timer;
  // The timers as they are now: a test may slow the page's own down later.
  const {setTimeout, clearTimeout} = win;
  const inView = ({left, top, right, bottom}) => right > 0 && bottom > 0 && left < win.innerWidth && top < win.innerHeight;
  const sample = () => {
    const places = new Map();
    for (const el of win.document.querySelectorAll('body *')) {
      const rect = el.getBoundingClientRect();
      if (rect.width || rect.height) places.set(el, {rect, x: rect.x + win.scrollX, y: rect.y + win.scrollY});
    }
    const moved = [...places]
      .filter(([el, now]) => {
        const before = last.get(el);
        return before && Math.max(Math.abs(before.x - now.x), Math.abs(before.y - now.y)) >= 3 && (inView(before.rect) || inView(now.rect));
      })
      // The first five, as Chromium reports: a moved box moves all it holds.
      .slice(0, 5);
    const nodes = moved.map(([el, now]) => `${name(el)} ${last.get(el).x},${last.get(el).y} -> ${now.x},${now.y}`);
    if (nodes.length) onShift({value: 0, nodes, at: Math.round(win.performance.now()), moved: moved.map(([el]) => el)});
    last = places;
    // Next, just after the next frame is painted: what a reader saw.
    frame = win.requestAnimationFrame(() => (timer = setTimeout.call(win, sample)));
  };
  sample();
  return () => {
    win.cancelAnimationFrame(frame);
    clearTimeout.call(win, timer);
  };
};
