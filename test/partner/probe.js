// Loaded first by every partner test page: records what a partner's own
// monitoring would see, for the test in the parent frame to read.
window.probe = {errors: [], violations: [], warnings: [], alerts: 0, cls: 0, shifts: [], moved: []};
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
// Cumulative Layout Shift as the web-vitals library counts it (no input-driven
// shifts): test/partner/shifts.js, loaded just before.
window.recordLayoutShifts(window, ({value, nodes, at, moved}) => {
  probe.cls += value;
  probe.shifts.push(`${nodes.join('; ')} at ${at}ms`);
  probe.moved.push(...moved);
});
// Widgets seen blank in a painted frame after their content had shown: a
// pre-rendered widget must keep its content until the render that replaces
// it (test/prerendered.test.ts). And widgets seen with fewer elements than a
// frame before showed (a pre-rendered article cut to its first sections until
// a later task): where the script knows all that pre-rendering knew, it
// replaces content with the same. And widgets first rendered between the same
// two frames: pre-rendered ones take their turns, a frame each. Watched for
// the page's first 3 s.
probe.flashes = [];
probe.dropped = [];
probe.together = [];
{
  const shown = new WeakSet();
  const most = new WeakMap();
  const start = performance.now();
  let rendered = 0;
  const watch = () => {
    const at = `at ${Math.round(performance.now())}ms`;
    let now = 0;
    for (const widget of document.querySelectorAll('nutrient-card, gut-checklist, hot-articles, health-article')) {
      if (widget.hasUpdated) now++;
      const root = widget.shadowRoot;
      if (root?.childElementCount) shown.add(widget);
      else if (shown.has(widget)) probe.flashes.push(`${widget.localName} blank ${at}`);
      const elements = root?.querySelectorAll('*').length ?? 0;
      if (elements < most.get(widget)) probe.dropped.push(`${widget.localName}: ${most.get(widget)} elements, then ${elements} ${at}`);
      else most.set(widget, elements);
    }
    if (now > rendered + 1) probe.together.push(`${now - rendered} widgets ${at}`);
    rendered = now;
    if (performance.now() - start < 3000) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}
