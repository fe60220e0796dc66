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
