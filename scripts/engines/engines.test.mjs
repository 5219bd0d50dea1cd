// The key journeys in one engine (ENGINE=webkit or firefox), with node's own test runner.
// The engine starts once; each journey is its own test, named "<engine>: <journey>", and fails
// as well when the page logged an error during it. Run through run.mjs, which sets the port and
// the build folder and writes the report.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browser } from './browser.mjs';
import { journeys } from './journeys.mjs';
import { startServer } from './server.mjs';

const engine = process.env.ENGINE;
const port = Number(process.env.ENGINE_PORT ?? 4180);
const outDir = process.env.ENGINE_OUTDIR ?? 'dist';
const start = {
  webkit: async (server) => (await import('./webkit.mjs')).startWebKit({ server }),
  firefox: async (server) => (await import('./firefox.mjs')).startFirefox({ server }),
}[engine];
if (!start) throw new Error(`ENGINE must be webkit or firefox, not ${engine}`);

describe(engine, () => {
  let server;
  let b;
  before(async () => {
    server = await startServer({ port, outDir });
    b = browser(await start(server));
  });
  after(async () => {
    await b?.close();
    await server?.close();
  });

  for (const [name, journey] of Object.entries(journeys)) {
    it(`${engine}: ${name}`, async (t) => {
      await b.goto('/');
      await b.clearErrors();
      try {
        // A journey may say what it measured (the narrowest width, say).
        const note = await journey(b);
        if (note) t.diagnostic(note);
      } catch (e) {
        // Where it stopped, so that the report says more than "not found".
        const where = await b
          .evaluate(() => {
            const main = document.querySelector('main')?.innerText.replace(/\s+/g, ' ') ?? '';
            return `${location.pathname}: "${main.slice(0, 300)}"`;
          })
          .catch((reason) => `no page (${reason})`);
        const errors = await b.errors().catch(() => []);
        e.message = `${e.message}\n  at ${where}${errors.length ? `\n  errors: ${errors.join('; ')}` : ''}`;
        throw e;
      }
      assert.deepEqual(await b.errors(), [], 'errors in the page');
    });
  }
});
