import { afterAll, beforeAll, describe, it } from 'vitest';
import { createOrm, serviceEntities, type MikroORM } from '@careline/service-kit';
import { createTestDatabase, type TestDatabase } from '@careline/service-kit/testing';
import { analyticsService } from '@careline/analytics';
import { generateHistory, HOSPITAL_TIME_ZONE } from '../../scripts/lib/history-generator.mjs';
import { loadIntoAnalytics, progressBar, tracked } from '../../scripts/lib/history-generator-sinks.mjs';
import { loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { writeFigures } from './report.js';
import { benchEnv } from '../support/env.js';

// `pnpm seed`'s bulk path into an empty analytics database: events/s (generation included), with
// the statements it sends per event. The history is the seed's (scripts/lib/history-generator.mjs).
//
//   BENCH_SEED_CUSTOMERS  customers to generate (default 20,000 ≈ 216,000 events)
//   BENCH_SEED_BATCH      events per transaction (default 20,000, as `pnpm seed`)

const CUSTOMERS = benchEnv().seedCustomers;
const BATCH = benchEnv().seedBatch;
const SEED = 20261204;
const END = '2026-11-30T16:00:00.000Z';

/** clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux) */
const TICKS_PER_SECOND = 100;

/** user + system CPU ticks of a process so far; 0 when it is gone or /proc cannot be read */
function cpuTicks(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

describe('seeding analytics (the bulk path)', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  beforeAll(async () => {
    db = await createTestDatabase();
    orm = await createOrm({
      schema: 'analytics',
      clientUrl: db.url,
      entities: serviceEntities(analyticsService),
      migrations: analyticsService.migrations,
      poolMax: 2,
    });
  });
  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  it('seeds an empty database and reports events/s', async () => {
    const load = loadavg()[0]!;
    // the server processes of the load's connections, for their CPU time (from /proc)
    const connection = orm.em.getConnection();
    const serverProcesses = async () =>
      (await connection.execute<{ pid: number }[]>(`select pid from pg_stat_activity where datname = current_database()`)).map(
        (r) => r.pid,
      );
    const serverBefore = new Map((await serverProcesses()).map((pid) => [pid, cpuTicks(pid)]));
    const cpu = process.cpuUsage();
    const bar = progressBar('bench seed');
    const history = tracked(generateHistory({ customers: CUSTOMERS, seed: SEED, end: END }), CUSTOMERS, (n: number, f: number) =>
      bar.update(n, f),
    );
    const result = await loadIntoAnalytics(orm.em, history, { batch: BATCH, timeZone: HOSPITAL_TIME_ZONE });
    const loaded = bar.done(result.events);
    const analyze = performance.now();
    await connection.execute(`analyze "analytics"."event_log"`);
    const analyzeSeconds = (performance.now() - analyze) / 1000;
    const total = loaded.seconds + analyzeSeconds;
    const used = process.cpuUsage(cpu);
    const nodeCpuSeconds = (used.user + used.system) / 1e6;
    let serverTicks = 0;
    for (const pid of await serverProcesses()) serverTicks += cpuTicks(pid) - (serverBefore.get(pid) ?? 0);
    const serverCpuSeconds = serverTicks / TICKS_PER_SECOND;
    const perEvent = (seconds: number) => ((seconds * 1e6) / result.events).toFixed(0);
    writeFigures(
      'analytics-seed',
      [
        { figure: 'customers', value: CUSTOMERS.toLocaleString('en') },
        { figure: 'events', value: result.events.toLocaleString('en') },
        { figure: 'seconds (load + analyze)', value: total.toFixed(1) },
        { figure: 'events/s (generation included)', value: Math.round(result.events / total).toLocaleString('en'), goal: '≥ 10,000' },
        { figure: 'SQL statements per event', value: (result.statements / result.events).toFixed(3) },
        { figure: `transactions (batches of ${BATCH.toLocaleString('en')} events)`, value: String(result.batches) },
        { figure: 'CPU seconds of the seeding process (generation + bulk path in Node)', value: nodeCpuSeconds.toFixed(1) },
        { figure: 'CPU µs per event, seeding process', value: perEvent(nodeCpuSeconds) },
        { figure: 'CPU seconds of PostgreSQL (the server processes of the load, from /proc)', value: serverCpuSeconds.toFixed(1) },
        { figure: 'CPU µs per event, PostgreSQL', value: perEvent(serverCpuSeconds) },
        {
          figure: 'events/s if CPU were the only limit (1 / (Node + PostgreSQL µs per event), one core)',
          value: Math.round(result.events / (nodeCpuSeconds + serverCpuSeconds)).toLocaleString('en'),
        },
      ],
      [
        `load average (1 min) when the run started: ${load.toFixed(2)}, when it ended: ${loadavg()[0]!.toFixed(2)}, on 2 cores (other engineers' builds and tests share the machine; the rate is wall-clock)`,
        `BENCH_SEED_CUSTOMERS=${CUSTOMERS} pnpm bench test/bench/analytics-seed.bench.ts; \`pnpm seed --scale N\` runs the same path`,
      ],
    );
  });
});
