// Test-only, served by scripts/engines/server.mjs into the HTML of the engine journeys (never
// built into the app). WebKit's WebDriver has no console API, so this collects what would show
// there as an error: uncaught errors, failed script or style loads, unhandled rejections, CSP
// violations and console.error. sessionStorage keeps them across the tab's page loads. It also
// counts the page's open IndexedDB transactions.
(() => {
  const key = '__engineErrors';
  // A page that is being left cancels what it still loads (Firefox reports those failed
  // imports); that is no error anyone sees. The runner sets __engineLeaving before it navigates.
  const add = (text) => {
    if (window.__engineLeaving) return;
    const all = JSON.parse(sessionStorage.getItem(key) ?? '[]');
    all.push(`${location.pathname}: ${text}`);
    sessionStorage.setItem(key, JSON.stringify(all));
  };
  const describe = (value) =>
    value instanceof Error ? `${value.name}: ${value.message}` : String(value);
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target;
      // Firefox fails the preload Vite's helper adds for a chunk that is loaded already (the
      // entry, which src/boot/start.js loads as a <script>); the import itself still works, and
      // a failed import is reported as an unhandled rejection below.
      if (target instanceof HTMLLinkElement && target.rel === 'modulepreload') return;
      if (target instanceof Element) {
        add(`could not load <${target.localName}> ${target.src || target.href || ''}`);
      } else add(`uncaught ${describe(event.error ?? event.message)}`);
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) =>
    add(`unhandled rejection ${describe(event.reason)}`),
  );
  document.addEventListener('securitypolicyviolation', (event) =>
    add(`CSP blocked ${event.blockedURI || 'inline'} (${event.violatedDirective})`),
  );
  // Open IndexedDB transactions of this page, so that the runner can wait until the app's
  // writes are done before it loads another address (browser.mjs, settleAndLeave).
  window.__engineOpenTransactions = 0;
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    const tx = transaction.apply(this, args);
    window.__engineOpenTransactions += 1;
    let open = true;
    const close = () => {
      if (open) window.__engineOpenTransactions -= 1;
      open = false;
    };
    for (const type of ['complete', 'abort', 'error']) tx.addEventListener(type, close);
    return tx;
  };
  const error = console.error.bind(console);
  console.error = (...args) => {
    add(`console.error ${args.map(describe).join(' ')}`);
    error(...args);
  };
})();
