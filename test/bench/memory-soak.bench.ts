import { afterAll, beforeAll, describe, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, testSigningKeys, type TestDatabase } from '@careline/service-kit/testing';
import { generateSigningKeys } from '@careline/service-kit';
import { writeFigures } from './report.js';
import { freePort } from '../support/processes.js';
import { DEMO_PARTNER_API_KEY, DEMO_PASSWORD } from '../support/system.js';
import { benchEnv } from '../support/env.js';
import { BenchProcesses, SUBGRAPHS, heapUsedMibOf, rssMibOf, startCareline, type PartName } from './support/system-processes.js';

// Issue 15's memory soak: a mixed load through the gateway for BENCH_SOAK_MS (default 10 minutes)
// with every part in its own process as `pnpm start` runs them, sampling each process's resident
// memory every 15 s. A process is flat when what it holds at the end of the load is what it held
// once warmed up (the first minute: V8 grows its heap to the load's working set, the caches fill).
// The load mixes reads of each subgraph, a three-subgraph query, a partner's reads and writes, and
// every search and write carries a value never sent before, so a cache keyed by variables or ids
// that never forgets would show here.

const root = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE_MS = 15_000;
const WARM_UP_MS = 60_000;
const CONNECTIONS = 4;
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

let db: TestDatabase;
let system: BenchProcesses;
let urls: Record<PartName, string>;

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
      { u: username, p: DEMO_PASSWORD },
      {},
    )
  ).login.accessToken as string;

interface MixResult {
  requests: number;
  counts: number[];
  failures: number[];
  firstErrors: string[];
}

function runMix(targets: { name: string; query: string; variables?: object; headers: Record<string, string> }[], durationMs: number) {
  const client = path.join(root, 'test/bench/support/load-client.ts');
  const mix = targets.map((t) => ({
    url: urls.gateway,
    body: JSON.stringify({ query: t.query, variables: t.variables ?? {} }),
    headers: t.headers,
  }));
  const options = JSON.stringify({ url: '', body: '', headers: {}, connections: CONNECTIONS, durationMs, mix });
  return new Promise<MixResult>((resolve, reject) => {
    const child = spawn(process.execPath, [client, options], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`the load client exited with ${code}: ${out}`));
      resolve(JSON.parse(out.trim().split('\n').pop()!) as MixResult);
    });
  });
}

describe('memory under a long mixed load (separate processes)', () => {
  beforeAll(async () => {
    db = await createTestDatabase();
    system = new BenchProcesses(mkdtempSync(path.join(tmpdir(), 'careline-soak-')));
    const ports = Object.fromEntries(
      await Promise.all(['gateway', ...SUBGRAPHS].map(async (n) => [n, await freePort()] as const)),
    ) as Record<PartName, number>;
    urls = await startCareline(system, {
      root,
      databaseUrl: db.url,
      ports,
      gatewayPublicKey: testSigningKeys.publicPem,
      gatewayPrivateKey: testSigningKeys.privatePem,
      identityTokenKey: generateSigningKeys().privatePem,
      demoPartnerApiKey: DEMO_PARTNER_API_KEY,
    });
  }, 300_000);

  afterAll(async () => {
    await system?.stopAll();
    await db?.drop();
  });

  it('samples every process’s resident memory over the load and writes test/bench/reports/memory-soak.md', async () => {
    const durationMs = benchEnv().soakMs;
    const staff = { authorization: `Bearer ${await login('cs.admin')}` };
    const director = { authorization: `Bearer ${await login('director')}` };
    const partner = { 'x-api-key': DEMO_PARTNER_API_KEY };
    const targets = [
      {
        name: 'customer search (new digits each time)',
        query: 'query ($s: String) { customers(first: 20, search: $s) { totalCount nodes { id name channel } } }',
        variables: { s: '{{n}}' },
        headers: staff,
      },
      {
        name: 'customers with their cards and the day’s new customers (three subgraphs)',
        query: `{ customers(first: 20) { nodes { name membership { cardNumber } } } newCustomers(period: { from: "${today}", to: "${today}" }, groupBy: CHANNEL) { totalNewCustomers } }`,
        headers: staff,
      },
      { name: 'memberships page', query: '{ memberships(first: 20) { totalCount nodes { cardNumber tier status } } }', headers: staff },
      {
        name: 'the month’s KPIs (director)',
        query: `{ kpis(period: { kind: MONTH, date: "${today}" }) { code current { value } } }`,
        headers: director,
      },
      {
        name: 'register a customer (a new phone each time)',
        query: 'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
        variables: { input: { name: '压测客户', phone: '137{{n}}', channel: 'WALK_IN' } },
        headers: staff,
      },
      { name: 'partner’s own customers (API key)', query: '{ customers(first: 20) { nodes { name } } }', headers: partner },
    ];

    const rss = () => Object.fromEntries(system.procs.map((p) => [p.name, rssMibOf(p.child.pid!)])) as Record<string, number>;
    // RSS follows V8's lazy collection (a heap grows to what the load asks, then shrinks when a
    // major GC compacts it); the subgraphs' heap in use tells a leak from that
    const heap = async () => Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (n) => [n, await heapUsedMibOf(urls[n])] as const)));
    const sample = async (atMs: number) => ({ atMs, rss: rss(), heap: await heap(), load: loadavg()[0]! });
    const samples = [await sample(0)];
    const started = performance.now();
    const timer = setInterval(() => void sample(performance.now() - started).then((s) => samples.push(s)), SAMPLE_MS);
    const result = await runMix(targets, durationMs);
    clearInterval(timer);
    samples.push(await sample(performance.now() - started));

    const mib = (n: number) => n.toFixed(0);
    const at = (ms: number) => samples.reduce((best, s) => (Math.abs(s.atMs - ms) < Math.abs(best.atMs - ms) ? s : best));
    const warm = at(WARM_UP_MS);
    const half = at(WARM_UP_MS + (durationMs - WARM_UP_MS) / 2);
    const end = samples.at(-1)!;
    const afterWarm = samples.filter((s) => s.atMs >= warm.atMs);
    const rows = system.procs.map((p) => {
      const peak = Math.max(...afterWarm.map((s) => s.rss[p.name] ?? 0));
      const growth = end.rss[p.name]! - warm.rss[p.name]!;
      return {
        figure: `${p.name}: RSS MiB before the load / after warm-up (1 min) / half-way / end (peak after warm-up)`,
        value: `${mib(samples[0]!.rss[p.name]!)} / ${mib(warm.rss[p.name]!)} / ${mib(half.rss[p.name]!)} / ${mib(end.rss[p.name]!)} (${mib(peak)}); ${growth >= 0 ? '+' : ''}${mib(growth)} MiB (${((growth / warm.rss[p.name]!) * 100).toFixed(1)} %) from warm-up to end`,
        goal: 'flat after warm-up',
      };
    });
    // the lowest heap in use over a window is close to what survives a collection: compare the
    // window right after warm-up with the last one of the same length
    const windowMs = Math.max(SAMPLE_MS * 4, (durationMs - WARM_UP_MS) / 4);
    const lowest = (name: string, from: number, to: number) =>
      Math.min(...samples.filter((s) => s.atMs >= from && s.atMs <= to).map((s) => s.heap[name] ?? Infinity));
    const heapRows = SUBGRAPHS.map((name) => {
      const first = lowest(name, WARM_UP_MS, WARM_UP_MS + windowMs);
      const last = lowest(name, durationMs - windowMs, durationMs + SAMPLE_MS);
      return {
        figure: `${name}: lowest V8 heap in use, MiB, in the ${(windowMs / 60_000).toFixed(1)} min after warm-up / in the last ${(windowMs / 60_000).toFixed(1)} min`,
        value: `${mib(first)} / ${mib(last)} (${last - first >= 0 ? '+' : ''}${(last - first).toFixed(1)} MiB)`,
        goal: 'flat after warm-up',
      };
    });
    writeFigures(
      'memory-soak',
      [
        ...rows,
        ...heapRows,
        {
          figure: 'requests answered (failed)',
          value: `${result.requests} (${result.failures.reduce((a, b) => a + b, 0)}) in ${(durationMs / 60_000).toFixed(1)} min, ${(result.requests / (durationMs / 1000)).toFixed(0)}/s`,
        },
      ],
      [
        `command: \`TEST_PG_PORT=… BENCH_SOAK_MS=${durationMs} pnpm bench test/bench/memory-soak.bench.ts\``,
        `every part in its own process (built dist/, production profile); ${CONNECTIONS} connections through the gateway, each sending the next request of the mix in turn: ${targets.map((t, i) => `${t.name} ${result.counts[i]} (${result.failures[i]} failed)`).join('; ')}`,
        'each search and each registration carries a value never sent before (the load client numbers them), so caches keyed by variables or ids meet new keys all the time',
        `resident memory (RSS) from /proc and the subgraphs' V8 heap in use (their /metrics) every ${SAMPLE_MS / 1000} s`,
        ...system.procs.map(
          (p) =>
            `${p.name}, minute: RSS MiB${SUBGRAPHS.includes(p.name as never) ? ' (heap in use)' : ''}: ${samples
              .map((s) => {
                const heapUsed = s.heap[p.name];
                return `${(s.atMs / 60_000).toFixed(1)}: ${mib(s.rss[p.name] ?? 0)}${heapUsed === undefined ? '' : ` (${mib(heapUsed)})`}`;
              })
              .join(', ')}`,
        ),
        `load average (1 min) at start / warm-up / end: ${samples[0]!.load.toFixed(1)} / ${warm.load.toFixed(1)} / ${end.load.toFixed(1)}`,
        ...(result.firstErrors.length ? [`first failures: ${result.firstErrors.map((e) => e.replaceAll('|', '/')).join(' · ')}`] : []),
      ],
    );
  });
});
