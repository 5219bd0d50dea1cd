// The built app for the engine journeys: `vite preview` (with the app's real headers) behind a
// small proxy of our own. The proxy adds one test script to every HTML page (page/errors.js:
// WebKit has no console API), and can stop and start again: with WebDriver classic, WebKit
// cannot emulate offline, so "offline" is the server being gone.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { freePort, stopGroup, waitUntil } from './process.mjs';

const errorsScript = readFileSync(new URL('page/errors.js', import.meta.url));
export const errorsPath = '/__engine-test__/errors.js';

/** Starts vite preview on a free port and the proxy on `port`; resolves when both answer. */
export async function startServer({ port, outDir }) {
  const upstream = await freePort();
  const preview = spawn(
    'npx',
    ['vite', 'preview', '--port', String(upstream), '--strictPort', '--outDir', outDir],
    { detached: true, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const killPreview = () => {
    try {
      process.kill(-preview.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', killPreview);
  const sockets = new Set();
  const proxy = http.createServer((req, res) => {
    if (req.url === errorsPath) {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
      res.end(errorsScript);
      return;
    }
    // Uncompressed from vite, so that the HTML can be read and changed.
    const headers = { ...req.headers, 'accept-encoding': 'identity' };
    const forward = http.request(
      { host: 'localhost', port: upstream, path: req.url, method: req.method, headers },
      (up) => {
        if (!String(up.headers['content-type']).startsWith('text/html')) {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
          return;
        }
        const chunks = [];
        up.on('data', (c) => chunks.push(c));
        up.on('end', () => {
          const html = Buffer.concat(chunks).toString('utf8');
          // Before the app's first script, so that it sees everything from the start.
          const at = html.indexOf('<script');
          const body =
            at < 0
              ? html
              : `${html.slice(0, at)}<script src="${errorsPath}"></script>${html.slice(at)}`;
          const headers = { ...up.headers, 'content-length': Buffer.byteLength(body) };
          delete headers.etag;
          delete headers['transfer-encoding'];
          res.writeHead(up.statusCode ?? 200, headers);
          res.end(body);
        });
      },
    );
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  proxy.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const listen = () => new Promise((resolve) => proxy.listen(port, resolve));
  const answers = async (p) => {
    try {
      return (await fetch(`http://localhost:${p}/`)).ok;
    } catch {
      return false;
    }
  };
  try {
    await waitUntil(() => answers(upstream), 30_000, 'vite preview did not start');
    await listen();
  } catch (e) {
    await stopGroup(preview);
    process.off('exit', killPreview);
    throw e;
  }
  return {
    url: `http://localhost:${port}`,
    /** The server is gone: connections are refused, as without a network. */
    async stop() {
      const closed = new Promise((resolve) => proxy.close(resolve));
      for (const s of sockets) s.destroy();
      await closed;
    },
    start: listen,
    async close() {
      if (proxy.listening) await this.stop();
      await stopGroup(preview);
      process.off('exit', killPreview);
    },
  };
}
