#!/usr/bin/env node
// `pnpm bundle`: each subgraph, the gateway and the portal as a self-contained folder under
// dist/deploy/<name>/ (its built code, its production dependencies, workspace packages copied in),
// runnable with only Node and environment variables: `node dist/main.js` (services, gateway) or
// `node server.mjs` (portal). The Dockerfiles in deploy/docker copy these folders; see docs/deployment.md.
//   node scripts/bundle.mjs [--only crm,gateway] [--out <dir>]   (after `pnpm build`)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));

/** @type {Record<string, { pkg: string, dir: string, entry: string }>} what is bundled, by folder name */
export const BUNDLES = {
  identity: { pkg: '@careline/identity', dir: 'services/identity', entry: 'dist/main.js' },
  members: { pkg: '@careline/members', dir: 'services/members', entry: 'dist/main.js' },
  crm: { pkg: '@careline/crm', dir: 'services/crm', entry: 'dist/main.js' },
  analytics: { pkg: '@careline/analytics', dir: 'services/analytics', entry: 'dist/main.js' },
  gateway: { pkg: '@careline/gateway', dir: 'gateway', entry: 'dist/main.js' },
  portal: { pkg: '@careline/portal', dir: 'deploy/portal', entry: 'server.mjs' },
};
/** the built front ends the portal serves: the shell at `/`, the others under /remotes/<name>/ */
const FRONTENDS = ['shell', 'kpi', 'admin', 'members', 'crm'];

const { values } = parseArgs({ options: { only: { type: 'string' }, out: { type: 'string' } } });
const names = values.only ? values.only.split(',').map((n) => n.trim()) : Object.keys(BUNDLES);
for (const name of names) if (!BUNDLES[name]) throw new Error(`unknown bundle "${name}"; one of ${Object.keys(BUNDLES).join(', ')}`);
const out = resolve(values.out ?? join(root, 'dist', 'deploy'));

for (const name of names) {
  const { pkg, dir, entry } = BUNDLES[name];
  const target = join(out, name);
  const started = Date.now();
  const built = name === 'portal' ? join(root, 'frontends/shell/dist/index.html') : join(root, dir, entry);
  if (!existsSync(built)) throw new Error(`${built} is missing: run \`pnpm build\` first`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // --legacy: copies workspace dependencies in (their package.json "files": dist) without making the
  // whole workspace use injected packages; --prod: no dev dependencies
  execFileSync('pnpm', ['--filter', pkg, 'deploy', '--prod', '--legacy', '--config.confirmModulesPurge=false', target], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (name === 'portal') {
    for (const frontend of FRONTENDS) {
      const dist = join(root, 'frontends', frontend, 'dist');
      if (existsSync(dist)) cpSync(dist, join(target, 'public', frontend), { recursive: true });
    }
  }
  console.log(`${name.padEnd(10)} ${target}  (node ${entry}; ${((Date.now() - started) / 1000).toFixed(1)}s)`);
}
