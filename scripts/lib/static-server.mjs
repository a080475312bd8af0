// Serves one built front end (a folder of static files) the way a CDN would: long-lived caching
// for hashed assets, no caching for entry files, CORS so the shell can load remotes from other
// origins, and an optional runtime config generated per deployment (so a remote's address can
// change without rebuilding the shell). SPA routes fall back to index.html.
import http from 'node:http';
import sirv from 'sirv';

/**
 * @param {{ root: string, port: number, host?: string, runtimeConfig?: () => object }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function serveStatic({ root, port, host = '127.0.0.1', runtimeConfig }) {
  const assets = sirv(root, {
    single: true,
    etag: true,
    setHeaders: (res, pathname) => {
      const entry = pathname.endsWith('.html') || pathname.endsWith('remoteEntry.js') || pathname.endsWith('mf-manifest.json');
      res.setHeader('Cache-Control', entry ? 'no-cache' : 'public, max-age=31536000, immutable');
    },
  });
  const server = http.createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'Access-Control-Allow-Methods': 'GET, HEAD', 'Access-Control-Allow-Headers': '*' });
      res.end();
      return;
    }
    if (runtimeConfig && req.url?.split('?')[0] === '/runtime-config.json') {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(JSON.stringify(runtimeConfig()));
      return;
    }
    assets(req, res);
  });
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
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
