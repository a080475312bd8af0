import { afterAll, beforeAll, describe, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, gatewayHeaders, testCallers, testSigningKeys, type TestDatabase } from '@careline/service-kit/testing';
import { SUPERGRAPH_FILE } from '@careline/gateway';
import { generateSigningKeys } from '@careline/service-kit';
import { writeFigures } from './report.js';
import { freePort } from '../support/processes.js';
import { DEMO_PARTNER_API_KEY, DEMO_PASSWORD } from '../support/system.js';
import { benchEnv } from '../support/env.js';
import { BenchProcesses, SUBGRAPHS, cpuMsOf, postgresPids, startCareline, startGateway } from './support/system-processes.js';

// What the gateway adds to a request, and what it costs, measured with every part in its own
// process as `pnpm start` runs them (built dist/, production profile, the gateway's rate-limit
// counters in PostgreSQL, logs to files): the four subgraphs, the gateway, the old Apollo Gateway
// (issue 13's comparison, ./support/apollo-gateway.ts, same supergraph and subgraphs) and the load
// generator (./support/load-client.ts). Nothing shares an event loop with what it measures.
//
// 1. Latency: the same customer page asked of crm directly (a signed caller, as the gateway sends)
//    and through the gateway with a staff token and with a partner API key; one connection, one
//    request after another (latency, not queueing), after a warm-up.
// 2. Throughput: a three-subgraph query with 8 connections through Hive Gateway and through the
//    old Apollo Gateway, one after the other: once in front of the real subgraphs, and once
//    gateway-bound, in front of subgraphs that answer from memory (./support/replay-subgraphs.ts,
//    which says why), each gateway a second process of the same build.
// Each is taken BENCH_ROUNDS times (default 3, interleaved) and the report gives the medians, with
// the load average at each round: other work on this 2-core machine moves wall-clock figures, so
// the CPU milliseconds each process spent per request are reported too (less sensitive to load).

const root = fileURLToPath(new URL('../..', import.meta.url));
const ROUNDS = benchEnv().rounds;
const LATENCY_MS = 5000;
const THROUGHPUT_MS = 5000;
const WARMUP_MS = 1500;
const LIST = '{ customers(first: 20) { totalCount nodes { id name channel } } }';
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const SPANNING = `{ customers(first: 20) { nodes { name membership { cardNumber } } } newCustomers(period: { from: "${today}", to: "${today}" }, groupBy: CHANNEL) { totalNewCustomers } }`;

let db: TestDatabase;
let system: BenchProcesses;
type Endpoint = (typeof SUBGRAPHS)[number] | 'gateway' | 'apollo' | 'hiveReplayed' | 'apolloReplayed';
const urls = {} as Record<Endpoint, string>;
/** the subgraphs the gateway-bound run replays: the three the spanning query reaches */
const REPLAYED = ['members', 'crm', 'analytics'] as const;

/** CPU of each measured process (and PostgreSQL, summed over its backends that live through the run). */
function cpuSnapshot(): Map<string, number> {
  const snapshot = new Map<string, number>();
  for (const proc of system.procs) snapshot.set(proc.name, cpuMsOf(proc.child.pid!));
  for (const pid of postgresPids(db.url)) {
    try {
      snapshot.set(`pg:${pid}`, cpuMsOf(pid));
    } catch {
      /* a backend that ended */
    }
  }
  return snapshot;
}

interface LoadResult {
  requests: number;
  errors: number;
  firstError?: string;
  p50: number;
  p99: number;
  mean: number;
  rps: number;
  cpuMs: number;
}

interface Measured extends LoadResult {
  /** CPU ms per request of each process (postgres: all its backends) and of the load generator */
  cpuPerRequest: Record<string, number>;
  load: number;
}

function runClient(url: string, query: string, headers: Record<string, string>, connections: number, durationMs: number) {
  const client = path.join(root, 'test/bench/support/load-client.ts');
  const options = JSON.stringify({ url, body: JSON.stringify({ query }), headers, connections, durationMs });
  return new Promise<LoadResult>((resolve, reject) => {
    const child = spawn(process.execPath, [client, options], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`the load client exited with ${code}: ${out}`));
      const result = JSON.parse(out.trim().split('\n').pop()!) as LoadResult;
      if (result.errors > 0) return reject(new Error(`${result.errors} failed requests, e.g. ${result.firstError}`));
      resolve(result);
    });
  });
}

interface Alternated {
  p50: number;
  p99: number;
  requests: number;
}

/** One request to each target in turn, one after another (see load-client.ts): latencies under the same load. */
function runAlternating(targets: { url: string; query: string; headers: Record<string, string> }[], durationMs: number) {
  const client = path.join(root, 'test/bench/support/load-client.ts');
  const alternate = targets.map((t) => ({ url: t.url, body: JSON.stringify({ query: t.query }), headers: t.headers }));
  const options = JSON.stringify({ url: '', body: '', headers: {}, connections: 1, durationMs, alternate });
  return new Promise<Alternated[]>((resolve, reject) => {
    const child = spawn(process.execPath, [client, options], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`the load client exited with ${code}: ${out}`));
      const result = JSON.parse(out.trim().split('\n').pop()!) as { errors: number; firstError?: string; targets: Alternated[] };
      if (result.errors > 0) return reject(new Error(`${result.errors} failed requests, e.g. ${result.firstError}`));
      resolve(result.targets);
    });
  });
}

/** Each process's CPU ms per second while nothing is asked of it (outbox polling, timers): taken out of the per-request figures. */
async function idleRates(ms = 3000): Promise<Map<string, number>> {
  const before = cpuSnapshot();
  const at = performance.now();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = cpuSnapshot();
  const seconds = (performance.now() - at) / 1000;
  const rates = new Map<string, number>();
  let postgres = 0;
  for (const [name, end] of after) {
    const delta = end - (before.get(name) ?? end);
    if (name.startsWith('pg:')) postgres += delta;
    else rates.set(name, delta / seconds);
  }
  rates.set('postgres', postgres / seconds);
  return rates;
}

/** A warm-up run, then the measured run with each process's CPU read before and after (less its idle CPU). */
async function measure(url: string, query: string, headers: () => Promise<Record<string, string>>, connections: number, ms: number) {
  await runClient(url, query, await headers(), connections, WARMUP_MS);
  const given = await headers();
  const load = loadavg()[0]!;
  const before = cpuSnapshot();
  const at = performance.now();
  const result = await runClient(url, query, given, connections, ms);
  const after = cpuSnapshot();
  const seconds = (performance.now() - at) / 1000;
  const cpuPerRequest: Record<string, number> = {};
  let postgres = 0;
  for (const [name, end] of after) {
    const delta = end - (before.get(name) ?? end);
    if (name.startsWith('pg:')) postgres += delta;
    else cpuPerRequest[name] = Math.max(0, delta - (idle.get(name) ?? 0) * seconds) / result.requests;
  }
  cpuPerRequest.postgres = Math.max(0, postgres - (idle.get('postgres') ?? 0) * seconds) / result.requests;
  cpuPerRequest.client = result.cpuMs / result.requests;
  return { ...result, cpuPerRequest, load } satisfies Measured;
}

let idle = new Map<string, number>();

async function graphql(query: string, variables: object, headers: Record<string, string>) {
  const response = await fetch(urls.gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const login = async (username: string) =>
  (
    await graphql(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
      {
        u: username,
        p: DEMO_PASSWORD,
      },
      {},
    )
  ).login.accessToken as string;

describe('gateway overhead (separate processes)', () => {
  beforeAll(async () => {
    db = await createTestDatabase();
    system = new BenchProcesses(mkdtempSync(path.join(tmpdir(), 'careline-gateway-bench-')));
    const identityTokenKey = generateSigningKeys().privatePem;
    const ports = Object.fromEntries(
      await Promise.all(
        ['gateway', 'apollo', 'hiveReplayed', 'apolloReplayed', ...SUBGRAPHS, ...REPLAYED.map((n) => `replay-${n}`)].map(
          async (n) => [n, await freePort()] as const,
        ),
      ),
    ) as Record<Endpoint | `replay-${(typeof REPLAYED)[number]}`, number>;
    // BENCH_CPU_PROF=<dir>: the gateway writes a V8 CPU profile there when it stops (node --cpu-prof)
    const profileDir = benchEnv().cpuProfileDir;
    Object.assign(
      urls,
      await startCareline(system, {
        root,
        databaseUrl: db.url,
        ports,
        gatewayPublicKey: testSigningKeys.publicPem,
        gatewayPrivateKey: testSigningKeys.privatePem,
        identityTokenKey,
        demoPartnerApiKey: DEMO_PARTNER_API_KEY,
        // BENCH_GATEWAY_DIR: another checkout's built gateway/ (a before/after comparison on the same machine)
        gatewayDir: benchEnv().gatewayDir,
        gatewayNodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
      }),
    );
    const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((name) => [name, urls[name]])) as Record<(typeof SUBGRAPHS)[number], string>;
    const startApollo = async (name: 'apollo' | 'apolloReplayed', subgraphs: Record<string, string>) => {
      const apollo = system.start(
        name,
        path.join(root, 'test'),
        [
          '--import',
          path.join(root, 'services/shared/register-swc.mjs'),
          'bench/support/apollo-gateway-main.ts',
          JSON.stringify({
            supergraphFile: SUPERGRAPH_FILE,
            urls: subgraphs,
            privateKeyPem: testSigningKeys.privatePem,
            port: ports[name],
          }),
        ],
        { NODE_ENV: 'production' },
      );
      urls[name] = `http://127.0.0.1:${ports[name]}/graphql`;
      await system.waitFor(urls[name], apollo, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    };
    await startApollo('apollo', subgraphUrls);

    // the gateway-bound run: both gateways again, in front of subgraphs answering from memory
    const replay = system.start(
      'replay',
      path.join(root, 'test'),
      [
        'bench/support/replay-subgraphs.ts',
        JSON.stringify({ routes: REPLAYED.map((n) => ({ port: ports[`replay-${n}`], upstream: urls[n] })) }),
      ],
      {},
    );
    const replayed = {
      ...subgraphUrls,
      ...Object.fromEntries(REPLAYED.map((n) => [n, `http://127.0.0.1:${ports[`replay-${n}`]}/graphql`])),
    };
    await system.waitFor(replayed.crm.replace(/\/graphql$/, '/ready'), replay);
    urls.hiveReplayed = await startGateway(
      system,
      'hiveReplayed',
      {
        root,
        databaseUrl: db.url,
        gatewayPrivateKey: testSigningKeys.privatePem,
        gatewayDir: benchEnv().gatewayDir,
        gatewayNodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}/gateway-bound`] : [],
      },
      ports.hiveReplayed,
      replayed,
    );
    await startApollo('apolloReplayed', replayed);

    const admin = { authorization: `Bearer ${await login('cs.admin')}` };
    for (let i = 0; i < 50; i++) {
      await graphql(
        'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
        {
          input: {
            name: `客户${i}`,
            phone: `1390000${String(i).padStart(4, '0')}`,
            channel: 'PARTNER',
            keyAccountId: i % 2 ? '01a20000-0000-7000-8000-000000000001' : null,
          },
        },
        admin,
      );
    }
  }, 300_000);

  afterAll(async () => {
    await system?.stopAll();
    await db?.drop();
  });

  it('measures each path with every part in its own process and writes test/bench/reports/gateway-overhead.md', async () => {
    const staff = { authorization: `Bearer ${await login('cs.staff')}` };
    const partner = { 'x-api-key': DEMO_PARTNER_API_KEY };
    // a caller token is bound to one request id and lives 60 s: a fresh one for each run
    const direct = () => gatewayHeaders(testCallers.csStaff);
    const runs: Record<'direct' | 'staff' | 'key' | 'hive' | 'apollo' | 'hiveReplayed' | 'apolloReplayed', Measured[]> = {
      direct: [],
      staff: [],
      key: [],
      hive: [],
      apollo: [],
      hiveReplayed: [],
      apolloReplayed: [],
    };
    const alternated: Alternated[][] = [];
    for (let round = 0; round < ROUNDS; round++) {
      idle = await idleRates();
      runs.direct.push(await measure(urls.crm, LIST, direct, 1, LATENCY_MS));
      runs.staff.push(await measure(urls.gateway, LIST, async () => staff, 1, LATENCY_MS));
      runs.key.push(await measure(urls.gateway, LIST, async () => partner, 1, LATENCY_MS));
      runs.hive.push(await measure(urls.gateway, SPANNING, async () => staff, 8, THROUGHPUT_MS));
      runs.apollo.push(await measure(urls.apollo, SPANNING, async () => staff, 8, THROUGHPUT_MS));
      runs.hiveReplayed.push(await measure(urls.hiveReplayed, SPANNING, async () => staff, 8, THROUGHPUT_MS));
      runs.apolloReplayed.push(await measure(urls.apolloReplayed, SPANNING, async () => staff, 8, THROUGHPUT_MS));
      // the goal's ratios: direct, staff and key requests taking turns (all three warmed up above)
      alternated.push(
        await runAlternating(
          [
            { url: urls.crm, query: LIST, headers: await direct() },
            { url: urls.gateway, query: LIST, headers: staff },
            { url: urls.gateway, query: LIST, headers: partner },
          ],
          3 * LATENCY_MS,
        ),
      );
    }

    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const mid = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
    };
    const med = (key: keyof typeof runs, pick: (m: Measured) => number) => median(runs[key].map(pick));
    const ms = (n: number) => n.toFixed(2);
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)} ×`;
    const loads = (key: keyof typeof runs) => runs[key].map((m) => m.load.toFixed(1)).join(', ');
    const cpu = (key: keyof typeof runs, proc: string) => med(key, (m) => m.cpuPerRequest[proc] ?? NaN);
    const cpuLine = (key: keyof typeof runs, names: string[]) => names.map((n) => `${n} ${cpu(key, n).toFixed(3)}`).join(', ');
    const gatewayCpu = (key: keyof typeof runs, proc: 'gateway' | 'apollo' | 'hiveReplayed' | 'apolloReplayed') => cpu(key, proc);

    const alt = (i: number, pick: (a: Alternated) => number) => median(alternated.map((round) => pick(round[i]!)));
    const altRatios = (i: number) => alternated.map((round) => (round[i]!.p50 / round[0]!.p50).toFixed(2)).join(', ');

    const perRound = (a: keyof typeof runs, b: keyof typeof runs, pick: (m: Measured) => number) =>
      runs[a].map((m, i) => (pick(m) / pick(runs[b][i]!)).toFixed(2)).join(', ');

    writeFigures(
      'gateway-overhead',
      [
        {
          figure: 'customers(first: 20), requests taking turns: direct to crm (signed caller) median / p99 ms',
          value: `${ms(alt(0, (a) => a.p50))} / ${ms(alt(0, (a) => a.p99))}`,
        },
        {
          figure: '… through the gateway, staff token: median / p99 ms',
          value: `${ms(alt(1, (a) => a.p50))} / ${ms(alt(1, (a) => a.p99))}`,
        },
        { figure: '… through the gateway, API key: median / p99 ms', value: `${ms(alt(2, (a) => a.p50))} / ${ms(alt(2, (a) => a.p99))}` },
        {
          figure: 'staff token vs direct: median (p99)',
          value: `${ratio(
            alt(1, (a) => a.p50),
            alt(0, (a) => a.p50),
          )} (${ratio(
            alt(1, (a) => a.p99),
            alt(0, (a) => a.p99),
          )})`,
          goal: 'median ≤ 1.3 ×',
        },
        {
          figure: 'API key vs direct: median (p99)',
          value: `${ratio(
            alt(2, (a) => a.p50),
            alt(0, (a) => a.p50),
          )} (${ratio(
            alt(2, (a) => a.p99),
            alt(0, (a) => a.p99),
          )})`,
          goal: 'median ≤ 1.3 ×',
        },
        {
          figure: 'separate runs (for the CPU figures): median ms direct / staff / key',
          value: `${ms(med('direct', (m) => m.p50))} / ${ms(med('staff', (m) => m.p50))} / ${ms(med('key', (m) => m.p50))}`,
        },
        {
          figure: 'gateway CPU ms per request: staff token / API key',
          value: `${gatewayCpu('staff', 'gateway').toFixed(3)} / ${gatewayCpu('key', 'gateway').toFixed(3)}`,
        },
        {
          figure: 'three-subgraph query, 8 connections, real subgraphs: rps Hive Gateway / old Apollo Gateway',
          value: `${med('hive', (m) => m.rps).toFixed(0)} / ${med('apollo', (m) => m.rps).toFixed(0)} = ${ratio(
            med('hive', (m) => m.rps),
            med('apollo', (m) => m.rps),
          )}`,
          goal: '≥ 2 ×',
        },
        {
          figure: 'the same, gateway-bound (subgraphs answering from memory): rps Hive Gateway / old Apollo Gateway',
          value: `${med('hiveReplayed', (m) => m.rps).toFixed(0)} / ${med('apolloReplayed', (m) => m.rps).toFixed(0)} = ${ratio(
            med('hiveReplayed', (m) => m.rps),
            med('apolloReplayed', (m) => m.rps),
          )}`,
          goal: '≥ 2 ×',
        },
        {
          figure: 'three-subgraph query: gateway process CPU ms per request, Hive / Apollo',
          value: `${gatewayCpu('hive', 'gateway').toFixed(3)} / ${gatewayCpu('apollo', 'apollo').toFixed(3)} (Apollo needs ${ratio(gatewayCpu('apollo', 'apollo'), gatewayCpu('hive', 'gateway'))} the CPU)`,
        },
        {
          figure: 'gateway-bound: gateway process CPU ms per request, Hive / Apollo',
          value: `${gatewayCpu('hiveReplayed', 'hiveReplayed').toFixed(3)} / ${gatewayCpu('apolloReplayed', 'apolloReplayed').toFixed(3)} (Apollo needs ${ratio(gatewayCpu('apolloReplayed', 'apolloReplayed'), gatewayCpu('hiveReplayed', 'hiveReplayed'))} the CPU)`,
        },
      ],
      [
        `command: \`TEST_PG_PORT=… pnpm bench test/bench/gateway-overhead.bench.ts\` (BENCH_ROUNDS=${ROUNDS}); medians of ${ROUNDS} interleaved rounds`,
        'every part in its own process (built dist/, production profile, logs to files, rate-limit counters in PostgreSQL); the load generator is its own process too',
        'CPU ms per request: user + system time from /proc over the measured run, less what the process spends idle (measured for 3 s before each round: outbox polling, timers), divided by the requests answered; postgres is every backend of the database server',
        `latency and CPU: 1 connection, ${LATENCY_MS / 1000} s per run after a ${WARMUP_MS / 1000} s warm-up; throughput: 8 connections, ${THROUGHPUT_MS / 1000} s per run after the warm-up`,
        `load average (1 min) at each round: direct ${loads('direct')}; staff ${loads('staff')}; key ${loads('key')}; Hive rps ${loads('hive')}; Apollo rps ${loads('apollo')}; gateway-bound Hive ${loads('hiveReplayed')}, Apollo ${loads('apolloReplayed')}`,
        `latency ratios from requests taking turns (direct, staff, key, direct, …; ${(3 * LATENCY_MS) / 1000} s a round, ${alternated.map((r) => r[0]!.requests).join(', ')} requests of each): per round, staff/direct median ${altRatios(1)}; key/direct ${altRatios(2)}`,
        `per round of the separate runs, staff/direct median: ${perRound('staff', 'direct', (m) => m.p50)}; key/direct: ${perRound('key', 'direct', (m) => m.p50)}; Hive/Apollo rps: ${perRound('hive', 'apollo', (m) => m.rps)}; gateway-bound: ${perRound('hiveReplayed', 'apolloReplayed', (m) => m.rps)}`,
        `CPU ms per request (median), direct: ${cpuLine('direct', ['crm', 'postgres', 'client'])}`,
        `CPU ms per request (median), staff token: ${cpuLine('staff', ['gateway', 'identity', 'crm', 'postgres', 'client'])}`,
        `CPU ms per request (median), API key: ${cpuLine('key', ['gateway', 'identity', 'crm', 'postgres', 'client'])}`,
        `CPU ms per request (median), three subgraphs via Hive: ${cpuLine('hive', ['gateway', 'identity', 'members', 'crm', 'analytics', 'postgres', 'client'])}`,
        `CPU ms per request (median), three subgraphs via Apollo: ${cpuLine('apollo', ['apollo', 'identity', 'members', 'crm', 'analytics', 'postgres', 'client'])}`,
        `CPU ms per request (median), gateway-bound via Hive: ${cpuLine('hiveReplayed', ['hiveReplayed', 'identity', 'replay', 'members', 'crm', 'analytics', 'postgres', 'client'])}`,
        `CPU ms per request (median), gateway-bound via Apollo: ${cpuLine('apolloReplayed', ['apolloReplayed', 'identity', 'replay', 'members', 'crm', 'analytics', 'postgres', 'client'])}`,
        'gateway-bound: the three subgraphs the query reaches (members, crm, analytics) answered by ./support/replay-subgraphs.ts, which asks the real subgraph the first time it sees a request and answers the same request from memory after; identity stays real (Apollo asks it on every request, as the old gateway did)',
      ],
    );
  });
});
