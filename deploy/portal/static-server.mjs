// Serves one built front end (a folder of static files) the way a CDN would: each file in the smallest
// encoding the browser accepts (brotli, gzip or none: the .br and .gz copies the build writes beside
// each file, see frontends/shared/src/build/precompress.ts), content-hashed assets cached for a year,
// everything else (HTML, remoteEntry.js, runtime-config.json, the favicon) revalidated on every use so
// a redeploy reaches every browser, CORS so the shell can load remotes from other origins, and an
// optional runtime config generated per deployment (so a remote's address can change without
// rebuilding the shell). SPA routes fall back to index.html. docs/frontend-delivery.md says why.
import http from 'node:http';
import sirv from 'sirv';

/**
 * Vite's content-hashed output, `assets/<name>-<hash>.<ext>` (an 8-character URL-safe hash), at the
 * root of a front end or of a container beside it (the shell's `app/assets/`): a new build gives a
 * changed file a new name, so a browser may keep it for good.
 */
const HASHED_ASSET = /\/assets\/[^/]+-[\w-]{8}\.[a-z0-9]+$/i;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** cached, but asked again (If-None-Match) before each use: the answer is a 304 when nothing changed */
const REVALIDATE = 'no-cache';

/** @param {string} pathname the request's path */
export function cacheControlFor(pathname) {
  return HASHED_ASSET.test(pathname) ? IMMUTABLE : REVALIDATE;
}

/**
 * The request handler for one built front end (also what the portal server mounts per front end).
 * @param {{ root: string, runtimeConfig?: (req: import('node:http').IncomingMessage) => object, dev?: boolean }} options
 *   `dev`: look files up on every request (a `vite build --watch` is rewriting the folder) instead of
 *   listing them once at start; `runtimeConfig`: the answer to /runtime-config.json, per request
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function staticHandler({ root, runtimeConfig, dev = false }) {
  const assets = sirv(root, {
    single: true,
    etag: true,
    dev,
    // serve `<file>.br` / `<file>.gz` when the request's Accept-Encoding allows (with Vary: Accept-Encoding)
    brotli: true,
    gzip: true,
    setHeaders: (res, pathname) => res.setHeader('Cache-Control', cacheControlFor(pathname)),
  });
  return (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'Access-Control-Allow-Methods': 'GET, HEAD', 'Access-Control-Allow-Headers': '*' });
      res.end();
      return;
    }
    if (runtimeConfig && req.url?.split('?')[0] === '/runtime-config.json') {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': REVALIDATE });
      res.end(JSON.stringify(runtimeConfig(req)));
      return;
    }
    assets(req, res);
  };
}

/**
 * @param {{ root: string, port: number, host?: string, runtimeConfig?: (req: import('node:http').IncomingMessage) => object, dev?: boolean }} options
 *   see staticHandler
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function serveStatic({ root, port, host = '127.0.0.1', runtimeConfig, dev = false }) {
  return listen(http.createServer(staticHandler({ root, runtimeConfig, dev })), port, host);
}

/**
 * Listens on `port` (0: any free one); close() also ends keep-alive connections at once.
 * @param {import('node:http').Server} server
 * @param {number} port
 * @param {string} host
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function listen(server, port, host) {
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const actualPort = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
