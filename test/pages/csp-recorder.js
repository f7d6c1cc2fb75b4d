// Records every Content-Security-Policy violation on the page for the test to read, and what the
// page wrote with console.error (as text).
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  const target = event.target;
  const where = target && target.getRootNode && target.getRootNode().host ? target.getRootNode().host.localName : '';
  window.__cspViolations.push({directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample, element: target && target.nodeName, in: where, line: event.lineNumber, source: event.sourceFile});
});
window.__consoleErrors = [];
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.__consoleErrors.push(args.map(String).join(' '));
  consoleError(...args);
};
