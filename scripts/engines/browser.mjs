// What the journeys ask of a browser, built on the few things each engine adapter provides
// (webkit.mjs, firefox.mjs). Every wait waits for a condition, never for a time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { locate } from './page/locate.mjs';
import { waitUntil } from './process.mjs';

const timeout = 15_000;

/** Everything the test script in the page collected (page/errors.js). */
function collectedErrors() {
  return JSON.parse(sessionStorage.getItem('__engineErrors') ?? '[]');
}
function clearCollectedErrors() {
  sessionStorage.removeItem('__engineErrors');
}

/**
 * Before the runner loads another address: waits until the app's writes to IndexedDB are done,
 * then tells page/errors.js that what fails from now on fails because the page is being left.
 * Why: in WebKitGTK 2.50 a transaction still open when its page is left never ends, and every
 * later transaction on its stores hangs for the rest of the session, reloads included (issue 18
 * note: the app writes dossiers.lastPath right after each page change). A resident who reloads
 * at that very moment meets it; these journeys test the rest, and stop with a clear message
 * if it happens anyway.
 */
async function settleAndLeave() {
  // Let effects of the last render run (they start the writes), then wait for their end.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const name = 'aantafel';
  // about:blank, before the first page, has no IndexedDB.
  const exists =
    location.origin !== 'null' &&
    (typeof indexedDB.databases !== 'function' ||
      (await indexedDB.databases()).some((d) => d.name === name));
  if (exists) {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stores = [...db.objectStoreNames];
    // A write over every store ends only after every write queued before it.
    const done = await new Promise((resolve) => {
      if (stores.length === 0) return resolve(true);
      const tx = db.transaction(stores, 'readwrite');
      const timer = setTimeout(() => resolve(false), 10_000);
      tx.oncomplete =
        tx.onabort =
        tx.onerror =
          () => {
            clearTimeout(timer);
            resolve(true);
          };
    });
    db.close();
    if (!done) throw new Error('IndexedDB is stuck: a write over its stores did not end in 10 s');
  }
  window.__engineLeaving = true;
}

const describeQuery = (q) =>
  q.label !== undefined ? `field labelled "${q.label}"` : `${q.role} "${q.name ?? ''}"`;

/**
 * @param {object} engine  the adapter: name, baseUrl, downloads, evaluate(fn, ...args),
 *   element(locate, ...args) → handle | null, click(handle), type(handle, text), upload(handle, path),
 *   navigate(url), reloadPage(), setWidth(px) → width, setOffline(on), nativeErrors(), close()
 */
export function browser(engine) {
  const leave = async () => {
    await b.waitFor(
      () => !(window.__engineOpenTransactions > 0),
      [],
      `${engine.name}: IndexedDB transactions of the page did not end`,
    );
    await engine.evaluate(settleAndLeave);
  };
  const b = {
    name: engine.name,
    downloads: engine.downloads,
    evaluate: engine.evaluate,
    setOffline: engine.setOffline,
    setWidth: engine.setWidth,
    close: engine.close,

    /** Waits until `fn` run in the page returns something truthy, and returns it. */
    waitFor: (fn, args, message, ms = timeout) =>
      waitUntil(async () => engine.evaluate(fn, ...args), ms, message),

    /**
     * Waits until the app has started (App.tsx sets <html data-started>, as e2e/test.ts waits
     * for) and the page's own content is there: its <h1> in <main> (lazy pages come later).
     */
    started: () =>
      b.waitFor(
        () =>
          document.documentElement.hasAttribute('data-started') &&
          document.querySelector('main h1') !== null,
        [],
        `${engine.name}: the page did not show its heading`,
      ),

    /**
     * Opens an address of the app. Once the app runs, as a tap on a link would: in the page
     * (react-router follows popstate), so no page is left while the app writes (see
     * settleAndLeave). The first time, and with `{ load: true }`, as a new page load.
     */
    async goto(path, { load = false } = {}) {
      const inApp = await engine.evaluate(
        (origin) =>
          location.origin === origin && document.documentElement.hasAttribute('data-started'),
        new URL(engine.baseUrl).origin,
      );
      if (!inApp || load) {
        await leave();
        await engine.navigate(`${engine.baseUrl}${path}`);
        await b.started();
        return;
      }
      const moved = await engine.evaluate((to) => {
        if (location.pathname === to) return false;
        window.__engineOldHeading = document.querySelector('main h1');
        history.pushState(null, '', to);
        window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
        return true;
      }, path);
      if (!moved) return;
      await b.waitFor(
        (to) => {
          const h1 = document.querySelector('main h1');
          return location.pathname === to && h1 !== null && h1 !== window.__engineOldHeading;
        },
        [path],
        `${engine.name}: ${path} did not show its heading`,
      );
    },
    async reload() {
      await leave();
      await engine.reloadPage();
      await b.started();
    },
    path: () => engine.evaluate(() => location.pathname),

    find: (query) =>
      waitUntil(
        () => engine.element(locate, query),
        timeout,
        `${engine.name}: no ${describeQuery(query)} on the page`,
      ),
    has: async (query) =>
      (await engine.evaluate(locate, { ...query, hidden: true }, 'exists')) === true,
    async click(query) {
      await engine.click(await b.find(query));
    },
    async fill(query, text) {
      await b.find(query);
      // Select what is there, so that typing replaces it.
      await engine.type(await engine.element(locate, query, 'select'), text);
    },
    /** Ticks a radio or checkbox (clicking it, as a resident would), and checks that it took. */
    async check(query) {
      await engine.click(await b.find(query));
      await waitUntil(
        async () => (await engine.evaluate(locate, query, 'checked')) === true,
        timeout,
        `${engine.name}: ${describeQuery(query)} did not get checked`,
      );
    },
    async upload(query, file) {
      await engine.upload(await b.find({ ...query, hidden: true }), file);
    },
    value: (query) => engine.evaluate(locate, query, 'value'),
    checked: (query) => engine.evaluate(locate, query, 'checked'),
    /** Waits until the page shows `text` (part of the visible text of <body>). */
    waitForText: (text) =>
      b.waitFor(
        (t) => document.body.innerText.replace(/\s+/g, ' ').includes(t),
        [text],
        `${engine.name}: the page never showed "${text}"`,
      ),
    bodyText: () => engine.evaluate(() => document.body.innerText.replace(/\s+/g, ' ')),

    /** Errors since the last clearErrors(): from the test script and, where the engine has one, its console. */
    async errors() {
      const page = await engine.evaluate(collectedErrors);
      return [...page, ...engine.nativeErrors()];
    },
    async clearErrors() {
      await engine.evaluate(clearCollectedErrors);
      engine.nativeErrors().length = 0;
    },

    /** Waits for a finished download whose name matches `pattern`; returns its path and bytes. */
    waitForDownload: (pattern, isComplete) =>
      waitUntil(
        () => {
          for (const dir of [engine.downloads, join(engine.downloads, 'Downloads')]) {
            let names = [];
            try {
              names = readdirSync(dir);
            } catch {
              continue;
            }
            for (const name of names.filter((n) => pattern.test(n))) {
              const path = join(dir, name);
              if (!statSync(path).isFile()) continue;
              const bytes = readFileSync(path);
              if (isComplete(bytes)) return { name, path, bytes };
            }
          }
          return null;
        },
        timeout,
        `${engine.name}: no finished download matching ${pattern}`,
      ),
  };
  return b;
}
