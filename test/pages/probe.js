// Loaded first by every partner test page: records what a partner's own
// monitoring would see, for the test in the parent frame to read.
window.probe = {errors: [], violations: [], warnings: [], alerts: 0};
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
