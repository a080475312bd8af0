#!/usr/bin/env node
// `pnpm start`: the whole system on one machine. Database (embedded PostgreSQL unless
// DATABASE_URL is set), the four subgraphs, the gateway, demo data (once) and the built front
// ends; progress is printed step by step; Ctrl-C stops everything cleanly. Once the system is up, a
// process that dies is restarted with backoff while the others keep serving (docs/operations.md).
// `pnpm dev`: the same with services restarted on change and front ends rebuilt on change.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { assertPortFree, createLogger, generateSigningKeys, resolveDatabase } from '@careline/service-kit';
import { existsSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { serveStatic } from './lib/static-server.mjs';
import { seedDemoData } from './lib/seed.mjs';
import { childEnv, portSetting, scriptsEnv } from './lib/env.mjs';
import { openLogFile } from './lib/log-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dev = process.argv.includes('--dev');
const host = scriptsEnv.host;
/** @type {Record<string, [variable: string, fallback: number]>} each process's port: the variable that sets it, and its default */
const PORT_VARIABLES = {
  identity: ['IDENTITY_PORT', 4101],
  members: ['MEMBERS_PORT', 4102],
  crm: ['CRM_PORT', 4103],
  analytics: ['ANALYTICS_PORT', 4104],
  gateway: ['GATEWAY_PORT', 4000],
  shell: ['PORTAL_PORT', 5170],
  kpi: ['KPI_PORT', 5171],
  membersRemote: ['MEMBERS_REMOTE_PORT', 5172],
  crmRemote: ['CRM_REMOTE_PORT', 5173],
  admin: ['ADMIN_PORT', 5174],
};
const ports = Object.fromEntries(
  Object.entries(PORT_VARIABLES).map(([name, [variable, fallback]]) => [name, portSetting(variable, fallback)]),
);
const SERVICES = ['identity', 'members', 'crm', 'analytics'];
const TRACING = '@careline/service-kit/tracing';
// remotes whose build exists are served (members arrives with the member centre)
const FRONTENDS = ['shell', 'kpi', 'admin', 'members', 'crm'].filter((name) => existsSync(join(root, 'frontends', name, 'package.json')));
const DEMO_PASSWORD = 'Careline#2026';
const DEMO_USERS = [
  ['director', '运营管理部总监 operations director'],
  ['cs.admin', '客服部管理员 customer-service admin'],
  ['member.admin', '会员中心管理员 member-centre admin'],
  ['cs.staff', '客服专员 customer-service staff'],
  ['finance', '财务 finance'],
  ['auditor', '审计 auditor'],
  ['consult.staff', '电话咨询员 phone consultant'],
  ['guide', '导医 guide'],
  ['onsite.admin', '现场咨询主管 on-site supervisor'],
  ['onsite.a', '现场咨询师 on-site consultant'],
  ['onsite.b', '现场咨询师 on-site consultant'],
];
const TOTAL_STEPS = 6;
const logDir = scriptsEnv.logDir ?? join(root, '.data', 'logs');
mkdirSync(logDir, { recursive: true });

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
/** @type {(n: number, text: string) => void} */
const step = (n, text) => console.log(`\x1b[36m[${n}/${TOTAL_STEPS}]\x1b[0m ${text} \x1b[2m(${elapsed()})\x1b[0m`);
/** @param {string} text */
const fail = (text) => {
  console.error(`\x1b[31m✖ ${text}\x1b[0m`);
};
/** @param {number} ms */
const duration = (ms) => (ms < 60_000 ? `${(ms / 1000).toFixed(1)}s` : `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`);
/** @param {string} text */
const supervisor = (text) => console.log(`\x1b[33m↻\x1b[0m ${text} \x1b[2m(${new Date().toISOString()})\x1b[0m`);

// a process that stayed up this long before dying starts again from the shortest delay
const STABLE_MS = 60_000;

/**
 * @typedef {object} Supervised
 * @property {string} name
 * @property {import('node:child_process').ChildProcess} child the current process
 * @property {string} logFile
 * @property {number} restarts restarts so far
 * @property {number} failures deaths since it last stayed up STABLE_MS (the backoff's exponent)
 * @property {NodeJS.Timeout} [pendingRestart]
 */
/** @type {Supervised[]} */
const children = [];
// set once the whole system is up: before that, a process that dies is a start-up failure and stops everything
let supervising = false;
/** @type {Awaited<ReturnType<typeof serveStatic>>[]} */
const servers = [];
/** @type {import('@careline/service-kit').ResolvedDatabase | undefined} */
let database;
let stopping = false;

/**
 * Starts `node <args>` in `cwd`, its output in .data/logs/<name>.log (rotated). Before the system is
 * up its exit stops everything; afterwards it is restarted with backoff (1 s, 2 s, 4 s… up to
 * RESTART_MAX_DELAY_MS) and the launcher prints what happened.
 * @param {string} name
 * @param {string} cwd
 * @param {string[]} args
 * @param {Record<string, string>} env settings on top of this process's environment
 * @param {string} [readyUrl] answers 2xx once a restarted process serves again
 */
function launch(name, cwd, args, env, readyUrl) {
  const logFile = join(logDir, `${name}.log`);
  const out = openLogFile(logDir, name, { maxSize: scriptsEnv.logFileMaxSize, keep: scriptsEnv.logFileKeep });
  const start = () => {
    const child = spawn(process.execPath, args, { cwd, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    // the log file outlives the process: a restarted one appends to the same stream
    child.stdout?.pipe(out, { end: false });
    child.stderr?.pipe(out, { end: false });
    const startedAt = Date.now();
    child.on('exit', (code, signal) => {
      if (stopping) return;
      const how = signal ?? `code ${code}`;
      if (!supervising) {
        fail(`${name} exited (${how}); see ${logFile}`);
        void shutdown(1);
        return;
      }
      const upFor = Date.now() - startedAt;
      if (upFor >= STABLE_MS) entry.failures = 0;
      const delay = Math.min(scriptsEnv.restartMaxDelayMs, 1000 * 2 ** entry.failures);
      entry.failures++;
      entry.restarts++;
      supervisor(
        `${name} (pid ${child.pid}) exited (${how}) after ${duration(upFor)}; restarting in ${duration(delay)} (restart ${entry.restarts}); see ${logFile}`,
      );
      entry.pendingRestart = setTimeout(() => {
        entry.pendingRestart = undefined;
        if (stopping) return;
        const next = start();
        entry.child = next;
        const restartedAt = Date.now();
        if (readyUrl)
          void waitFor(readyUrl, name, 90_000, next).then(
            () => supervisor(`${name} is back (pid ${next.pid}), ready after ${duration(Date.now() - restartedAt)}`),
            () => {
              /* it died again (the exit handler says so) or the launcher is stopping */
            },
          );
      }, delay);
    });
    return child;
  };
  /** @type {Supervised} */
  const entry = { name, child: start(), logFile, restarts: 0, failures: 0 };
  children.push(entry);
  return entry.child;
}

/**
 * Resolves once `url` answers 2xx; throws after `timeoutMs`, or when `child` (if given) exits first
 * or the launcher is stopping.
 * @param {string} url
 * @param {string} name the process, for the message (its log is .data/logs/<name>.log)
 * @param {import('node:child_process').ChildProcess} [child]
 */
async function waitFor(url, name, timeoutMs = 90_000, child) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping || (child && (child.exitCode !== null || child.signalCode !== null))) throw new Error(`${name} stopped`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not become ready within ${timeoutMs / 1000}s; see ${join(logDir, `${name}.log`)}`);
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping…');
  for (const entry of children) clearTimeout(entry.pendingRestart);
  await Promise.all(servers.map((s) => s.close()));
  // gateway first, so no request reaches a subgraph that is going away
  for (const group of [children.filter((c) => c.name === 'gateway'), children.filter((c) => c.name !== 'gateway')]) {
    await Promise.all(
      group.map(
        /** @returns {Promise<void>} */
        ({ child }) =>
          new Promise((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
  }
  await database?.embedded?.stop();
  console.log('stopped');
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

try {
  for (const [name, p] of Object.entries(ports)) await assertPortFree(p, { what: name, setting: PORT_VARIABLES[name][0], host });

  step(
    1,
    scriptsEnv.databaseUrl ? 'database: connecting to DATABASE_URL' : 'database: starting embedded PostgreSQL (data in .data/postgres)',
  );
  database = await resolveDatabase(scriptsEnv.databaseUrl, createLogger('start', 'warn'));

  // the gateway signs every caller it forwards; subgraphs hold the public half. Made once per machine.
  const keyDir = scriptsEnv.keyDir ?? join(root, '.data', 'keys');
  mkdirSync(keyDir, { recursive: true, mode: 0o700 });
  if (!existsSync(join(keyDir, 'gateway.key'))) {
    const keys = generateSigningKeys();
    writeFileSync(join(keyDir, 'gateway.key'), keys.privatePem, { mode: 0o600 });
    writeFileSync(join(keyDir, 'gateway.pub'), keys.publicPem);
  }
  if (!existsSync(join(keyDir, 'identity.key'))) {
    writeFileSync(join(keyDir, 'identity.key'), generateSigningKeys().privatePem, { mode: 0o600 });
  }
  if (!existsSync(join(keyDir, 'demo-partner-api-key'))) {
    writeFileSync(join(keyDir, 'demo-partner-api-key'), `clk_${randomBytes(32).toString('base64url')}`, { mode: 0o600 });
  }
  const gatewayPublicKey = scriptsEnv.gatewayPublicKey ?? readFileSync(join(keyDir, 'gateway.pub'), 'utf8');
  const gatewayPrivateKey = scriptsEnv.gatewayPrivateKey ?? readFileSync(join(keyDir, 'gateway.key'), 'utf8');
  const identityTokenKey = scriptsEnv.identityTokenPrivateKey ?? readFileSync(join(keyDir, 'identity.key'), 'utf8');
  const demoPartnerApiKey = readFileSync(join(keyDir, 'demo-partner-api-key'), 'utf8').trim();

  step(2, `subgraphs: ${SERVICES.join(', ')} (migrations run on start; logs in .data/logs/)`);
  const register = join(root, 'services/shared/register-swc.mjs');
  for (const name of SERVICES) {
    // tracing starts before the service loads (it patches pg, graphql and http); it stays off unless
    // OTEL_EXPORTER_OTLP_ENDPOINT is set
    const args = dev
      ? ['--watch', '--conditions=careline-source', '--import', register, '--import', TRACING, 'src/main.ts']
      : ['--import', TRACING, 'dist/main.js'];
    const readyUrl = `http://${host}:${ports[name]}/ready`;
    launch(
      name,
      join(root, 'services', name),
      args,
      {
        // `pnpm start` is the production profile (docs/edge.md); `pnpm dev` the development one
        NODE_ENV: dev ? 'development' : 'production',
        DATABASE_URL: database.url,
        PORT: String(ports[name]),
        HOST: host,
        // the name on its spans, when tracing is on
        OTEL_SERVICE_NAME: name,
        GATEWAY_PUBLIC_KEY: gatewayPublicKey,
        ...(name === 'identity'
          ? { IDENTITY_TOKEN_PRIVATE_KEY: identityTokenKey, BOOTSTRAP_DEMO: 'true', DEMO_PARTNER_API_KEY: demoPartnerApiKey }
          : {}),
      },
      readyUrl,
    );
  }
  await Promise.all(SERVICES.map((name) => waitFor(`http://${host}:${ports[name]}/ready`, name)));
  for (const name of SERVICES) {
    const pid = children.find((c) => c.name === name)?.child.pid;
    console.log(`      ${name.padEnd(10)} http://${host}:${ports[name]}/graphql (pid ${pid})`);
  }

  step(3, 'gateway: composing the committed supergraph');
  const portalUrl = `http://${host}:${ports.shell}`;
  launch(
    'gateway',
    join(root, 'gateway'),
    dev ? ['--watch', '--conditions=careline-source', '--import', register, 'src/main.ts'] : ['dist/main.js'],
    {
      NODE_ENV: dev ? 'development' : 'production',
      PORT: String(ports.gateway),
      HOST: host,
      // shared rate-limit counters and identity's revocation announcements
      DATABASE_URL: database.url,
      ...Object.fromEntries(SERVICES.map((name) => [`${name.toUpperCase()}_URL`, `http://${host}:${ports[name]}/graphql`])),
      CORS_ORIGINS: [portalUrl, `http://localhost:${ports.shell}`].join(','),
      GATEWAY_PRIVATE_KEY: gatewayPrivateKey,
    },
    `http://${host}:${ports.gateway}/health`,
  );
  const gatewayUrl = `http://${host}:${ports.gateway}/graphql`;
  await waitFor(`http://${host}:${ports.gateway}/health`, 'gateway');

  step(4, `demo data: the demo hospital (scale ${scriptsEnv.demoScale}) on an empty database`);
  let lastShown = 0;
  const seeded = await seedDemoData(gatewayUrl, {
    scale: scriptsEnv.demoScale,
    password: DEMO_PASSWORD,
    progress: (what, done, total) => {
      if (done === total || Date.now() - lastShown > 500) {
        lastShown = Date.now();
        process.stdout.write(`\r      ${what}: ${done}/${total}   ${done === total ? '\n' : ''}`);
      }
    },
  });
  console.log(
    seeded.counts
      ? `      seeded ${Object.entries(seeded.counts)
          .map(([kind, n]) => `${kind} ${n}`)
          .join(', ')}`
      : `      kept the existing data (${seeded.customers} customers)`,
  );

  step(5, dev ? 'front ends: rebuilding on change' : 'front ends: serving the built shell and remotes');
  if (dev) {
    for (const name of FRONTENDS) {
      launch(
        `vite-${name}`,
        join(root, 'frontends', name),
        [join(root, 'frontends', name, 'node_modules/vite/bin/vite.js'), 'build', '--watch'],
        {},
      );
    }
    // the shell's signed-in screens are a second build of the shell (its shell_app container, dist/app/)
    launch(
      'vite-shell-app',
      join(root, 'frontends/shell'),
      [join(root, 'frontends/shell/node_modules/vite/bin/vite.js'), 'build', '--watch', '--config', 'vite.app.config.ts'],
      {},
    );
  }
  const kpi = await serveStatic({ root: join(root, 'frontends/kpi/dist'), port: ports.kpi, host, dev });
  servers.push(kpi);
  const admin = await serveStatic({ root: join(root, 'frontends/admin/dist'), port: ports.admin, host, dev });
  servers.push(admin);
  /** @type {Record<string, string>} each remote's entry, by name (the shell's runtime config) */
  const remotes = { kpi: `${kpi.url}/remoteEntry.js`, admin: `${admin.url}/remoteEntry.js` };
  // remotes of later issues are served once built
  for (const [name, portName] of [
    ['members', 'membersRemote'],
    ['crm', 'crmRemote'],
  ]) {
    const dist = join(root, 'frontends', name, 'dist');
    if (!existsSync(dist)) continue;
    const server = await serveStatic({ root: dist, port: ports[portName], host, dev });
    servers.push(server);
    remotes[name] = `${server.url}/remoteEntry.js`;
  }
  servers.push(
    await serveStatic({
      root: join(root, 'frontends/shell/dist'),
      port: ports.shell,
      host,
      dev,
      runtimeConfig: () => ({ graphqlUrl: gatewayUrl, remotes }),
    }),
  );

  step(6, 'ready');
  supervising = true;
  const description = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).description;
  console.log(`
  \x1b[1mCareline\x1b[0m — ${description}

  Portal      ${portalUrl}
  GraphQL     ${gatewayUrl}
  Remotes     ${Object.entries(remotes)
    .map(([name, url]) => `${name} ${url}`)
    .join(' · ')}

  Demo logins (password ${DEMO_PASSWORD}):
${DEMO_USERS.map(([user, role]) => `    ${user.padEnd(14)} ${role}`).join('\n')}
  Partner API key (平安健康管理, a key account):
    curl -H 'X-Api-Key: ${demoPartnerApiKey}' -H 'content-type: application/json' \\
         -d '{"query":"{ customers { totalCount } }"}' ${gatewayUrl}

  Logs: ${logDir} (rotated at ${scriptsEnv.logFileMaxSize}, ${scriptsEnv.logFileKeep} kept)   Data: ${scriptsEnv.databaseUrl ? 'DATABASE_URL' : '.data/postgres (kept between runs)'}
  Press Ctrl-C to stop.
`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
  await shutdown(1);
}
