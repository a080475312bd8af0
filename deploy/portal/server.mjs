#!/usr/bin/env node
// The portal in production: the shell at `/` and each remote under `/remotes/<name>/`, all from one
// origin (the remotes are built with a relative base, so they load from any path), with the runtime
// config telling the browser where the gateway and the remotes are. Runs with only Node and
// environment variables (env.mjs); `pnpm bundle` writes it with the built front ends to dist/deploy/portal.
import http from 'node:http';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { listen, staticHandler } from './static-server.mjs';
import { portalEnv } from './env.mjs';

const REMOTES = readdirSync(portalEnv.publicDir).filter(
  (name) => name !== 'shell' && existsSync(join(portalEnv.publicDir, name, 'remoteEntry.js')),
);
if (!existsSync(join(portalEnv.publicDir, 'shell', 'index.html'))) {
  throw new Error(`no built shell in ${portalEnv.publicDir}/shell: run \`pnpm bundle\``);
}

/**
 * The portal's origin as the browser sees it: PORTAL_PUBLIC_URL, or the request's Host (and the
 * balancer's X-Forwarded-Proto).
 * @param {http.IncomingMessage} req
 */
function originOf(req) {
  if (portalEnv.publicUrl) return portalEnv.publicUrl;
  const proto = String(req.headers['x-forwarded-proto'] ?? 'http')
    .split(',')[0]
    .trim();
  return `${proto === 'https' ? 'https' : 'http'}://${req.headers.host ?? `127.0.0.1:${portalEnv.port}`}`;
}

const shell = staticHandler({
  root: join(portalEnv.publicDir, 'shell'),
  runtimeConfig: (req) => ({
    graphqlUrl: portalEnv.graphqlUrl,
    remotes: Object.fromEntries(REMOTES.map((name) => [name, `${originOf(req)}/remotes/${name}/remoteEntry.js`])),
  }),
});
const remotes = new Map(REMOTES.map((name) => [name, staticHandler({ root: join(portalEnv.publicDir, name) })]));

const server = http.createServer((req, res) => {
  const path = req.url ?? '/';
  if (path === '/health') {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify({ status: 'ok', service: 'portal' }));
    return;
  }
  const match = /^\/remotes\/([a-z]+)(\/.*)?$/.exec(path);
  const remote = match && remotes.get(match[1]);
  if (remote) {
    req.url = match[2] ?? '/';
    remote(req, res);
    return;
  }
  shell(req, res);
});

const running = await listen(server, portalEnv.port, portalEnv.host);
console.log(JSON.stringify({ level: 30, time: Date.now(), service: 'portal', url: running.url, remotes: REMOTES, msg: 'portal ready' }));
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
  process.once(signal, () => {
    void running.close().then(() => process.exit(0));
  });
}
