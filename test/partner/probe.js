// Loaded first by every partner test page: records what a partner's own
// monitoring would see, for the test in the parent frame to read.
window.probe = {errors: [], violations: [], warnings: [], alerts: 0, cls: 0, shifts: []};
addEventListener('error', (e) => probe.errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => probe.errors.push(String(e.reason)));
document.addEventListener('securitypolicyviolation', (e) =>
  probe.violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`)
);
const warn = console.warn;
console.warn = (...args) => {
  probe.warnings.push(args.map(String).join(' '));
  warn.apply(console, args);
};
window.alert = () => probe.alerts++;
// Cumulative Layout Shift as the web-vitals library counts it (no input-driven shifts).
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) {
      probe.cls += entry.value;
      probe.shifts.push(
        entry.sources
          .map((s) => `${s.node ? s.node.nodeName + ' "' + String(s.node.textContent).trim().slice(0, 20) + '"' : '?'} ${s.previousRect.x},${s.previousRect.y} -> ${s.currentRect.x},${s.currentRect.y}`)
          .join('; ') + ` at ${Math.round(entry.startTime)}ms`
      );
    }
  }
}).observe({type: 'layout-shift', buffered: true});
