import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createLogger, createOrm, EventBus, serviceEntities, type MikroORM } from '@careline/service-kit';
import { createTestDatabase, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { analyticsService } from '@careline/analytics';
import { generateHistory } from '../../scripts/lib/history-generator.mjs';
import { drainAnalyticsQueues, loadIntoAnalytics, publishToAnalytics } from '../../scripts/lib/history-generator-sinks.mjs';

// `pnpm seed`'s two paths into analytics on the same small history: queued on analytics' own bus
// queues and consumed by the running service (small scales), and applied in batches through
// event_log + the facts dispatcher, set-based per batch (large scales). Both must leave the same facts
// and rollups, row for row.

const CUSTOMERS = 150;
const options = { customers: CUSTOMERS, seed: 11, end: '2026-11-30T16:00:00.000Z' };

async function figures(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // every fact and rollup table analytics has (whatever its modules add), and the event log; not the
    // kept answers of the reads and their log of writing transactions (ReportCache), which differ by path
    const { rows: tables } = await client.query<{ name: string }>(
      `select format('%I.%I', table_schema, table_name) as name from information_schema.tables
       where table_schema = 'analytics' and table_type = 'BASE TABLE'
         and table_name not in ('processed_event', 'mikro_orm_migrations', 'ma_report_change', 'ma_report_cache') order by 1`,
    );
    const counts: Record<string, number> = {};
    // every row of every fact and rollup table (the event log's arrival times aside), as a digest
    const contents: Record<string, string> = {};
    for (const { name: table } of tables) {
      const { rows } = await client.query<{ n: number; digest: string | null }>(
        `select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as digest from ${table} t`,
      );
      counts[table] = rows[0]!.n;
      // scorecard_template: configuration its migration writes with the time it ran, no fact
      if (table !== 'analytics.event_log' && table !== 'analytics.scorecard_template') contents[table] = rows[0]!.digest ?? '';
    }
    const { rows: daily } = await client.query(
      `select day::text, channel, new_customers, new_members from "analytics"."daily_new_customers" order by day, channel`,
    );
    // the indexes the bulk path drops for the load come back after it
    const { rows: indexes } = await client.query<{ indexdef: string }>(
      `select indexdef from pg_indexes where schemaname = 'analytics' order by indexdef`,
    );
    return { counts, contents, daily, indexes: indexes.map((i) => i.indexdef) };
  } finally {
    await client.end();
  }
}

describe('seeding a history into analytics', () => {
  let viaBus: TestDatabase;
  let viaBulk: TestDatabase;
  let analytics: TestService;
  let bus: EventBus;
  let orm: MikroORM;

  beforeAll(async () => {
    viaBus = await createTestDatabase();
    viaBulk = await createTestDatabase();
    analytics = await startTestService(analyticsService, viaBus.url);
    bus = await EventBus.start({ connectionString: viaBus.url, source: 'seed', log: createLogger('seed', 'silent') });
    orm = await createOrm({
      schema: 'analytics',
      clientUrl: viaBulk.url,
      entities: serviceEntities(analyticsService),
      migrations: analyticsService.migrations,
      poolMax: 2,
    });
  });
  afterAll(async () => {
    await orm?.close();
    await bus?.stop();
    await analytics?.stop();
    await viaBus?.drop();
    await viaBulk?.drop();
  });

  it('the bus path and the bulk path leave the same facts and rollups, the bulk path its KPI rollup in key order, and a second bulk run adds nothing', async () => {
    const queued = await publishToAnalytics(bus.jobs, generateHistory(options));
    expect(queued.queued).toBeGreaterThan(0);
    await drainAnalyticsQueues(bus.jobs, Object.keys(countTypes()), { timeoutMs: 120_000 });

    const loaded = await loadIntoAnalytics(orm.em, generateHistory(options), { batch: 500 });
    expect(loaded.events).toBe(queued.events);
    expect(loaded.applied).toBe(queued.events);

    const [bus1, bulk1] = [await figures(viaBus.url), await figures(viaBulk.url)];
    expect(bus1.counts['analytics.customer_fact']).toBe(CUSTOMERS);
    // the bus path logs what analytics consumes; the bulk path logs every event it was given
    expect(bus1.counts['analytics.event_log']).toBe(queued.queued);
    expect(bulk1.counts['analytics.event_log']).toBe(loaded.events);
    const { ['analytics.event_log']: _a, ...busFacts } = bus1.counts;
    const { ['analytics.event_log']: _b, ...bulkFacts } = bulk1.counts;
    expect(bulkFacts).toEqual(busFacts);
    // not only as many rows: the same rows, in every fact and rollup table
    expect(bulk1.contents).toEqual(bus1.contents);
    expect(bulk1.daily).toEqual(bus1.daily);
    expect(bulk1.indexes).toEqual(bus1.indexes);
    expect(bulk1.daily.reduce((sum, row) => sum + row.new_customers, 0)).toBe(CUSTOMERS);

    // and leaves the KPI rollup in the order of its primary key (metric, dim, day, …), which is how the
    // dashboards read it: the load wrote it customer by customer, so without the rewrite a month of one
    // measure lay one row a page
    expect(await kpiDailyOutOfOrder(viaBulk.url)).toEqual({ rows: bulk1.counts['analytics.kpi_daily'], outOfOrder: 0 });

    // it analysed the tables it reads as they grew (after its 1st, 2nd, 4th … batch), and all of them once more at its end
    const powersOfTwo = Math.floor(Math.log2(loaded.batches)) + 1;
    expect(loaded.batches).toBeGreaterThanOrEqual(4);
    await expect.poll(() => analyses(viaBulk.url, 'care_fact'), { timeout: 10_000 }).toBe(powersOfTwo + 1);

    const again = await loadIntoAnalytics(orm.em, generateHistory(options), { batch: 500 });
    expect(again.applied).toBe(0);
    expect(await figures(viaBulk.url)).toEqual(bulk1);
  }, 300_000); // the queue path drains for up to 120 s on a busy machine, then the bulk path and the comparison run

  it('a bulk load cut short keeps what its committed batches staged: the service folds it in at its start, and a second load completes the history as one load would', async () => {
    const cutShort = await createTestDatabase();
    const cutOrm = await createOrm({
      schema: 'analytics',
      clientUrl: cutShort.url,
      entities: serviceEntities(analyticsService),
      migrations: analyticsService.migrations,
      poolMax: 2,
    });
    try {
      // the history stops with an error after 1,200 events: two batches of 500 committed, the third never
      function* failingHistory() {
        let n = 0;
        for (const event of generateHistory(options)) {
          if (++n > 1_200) throw new Error('the load is cut short');
          yield event;
        }
      }
      await expect(loadIntoAnalytics(cutOrm.em, failingHistory(), { batch: 500 })).rejects.toThrow('the load is cut short');
      const cut = await figures(cutShort.url);
      expect(cut.counts['analytics.event_log']).toBe(1_000);
      // the committed batches' KPI changes wait in kpi_daily_load, none in kpi_daily yet
      expect(cut.counts['analytics.kpi_daily']).toBe(0);
      expect(cut.counts['analytics.kpi_daily_load']).toBeGreaterThan(0);

      // the service, as it starts, writes them into kpi_daily (as its runtime role, which may not truncate)
      const service = await startTestService(analyticsService, cutShort.url);
      await service.stop();
      const started = await figures(cutShort.url);
      expect(started.counts['analytics.kpi_daily_load']).toBe(0);
      expect(started.counts['analytics.kpi_daily']).toBeGreaterThan(0);

      // the rest of the history, loaded again from the start, leaves what the bus path left
      const again = await loadIntoAnalytics(cutOrm.em, generateHistory(options), { batch: 500 });
      expect(again.applied).toBe(again.events - 1_000);
      expect((await figures(cutShort.url)).contents).toEqual((await figures(viaBus.url)).contents);
    } finally {
      await cutOrm.close();
      await cutShort.drop();
    }
  }, 300_000);
});

/** how many times `table` (in analytics) was analysed by a statement (ANALYZE or VACUUM ANALYZE), not by autovacuum */
async function analyses(url: string, table: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `select analyze_count::int as n from pg_stat_user_tables where schemaname = 'analytics' and relname = $1`,
      [table],
    );
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

/** kpi_daily's rows, and how many of them are not where their primary key's order puts them on disk */
async function kpiDailyOutOfOrder(url: string): Promise<{ rows: number; outOfOrder: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ rows: number; outOfOrder: number }>(
      `select count(*)::int as rows, count(*) filter (where on_disk <> by_key)::int as "outOfOrder" from (
         select row_number() over (order by ctid) as on_disk, row_number() over (order by metric, dim, day, department, dim_key) as by_key
         from "analytics"."kpi_daily") r`,
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}

function countTypes(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of generateHistory(options)) counts[e.type] = (counts[e.type] ?? 0) + 1;
  return counts;
}
