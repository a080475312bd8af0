import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Bench } from 'tinybench';
import pg from 'pg';
import { createOrm, serviceEntities, type MikroORM } from '@careline/service-kit';
import { createTestDatabase, startTestService, testCallers, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { analyticsService } from '@careline/analytics';
import {
  TIERS_ON_DAY_FROM_FACTS,
  compareWithFacts,
} from '../../services/analytics/src/modules/members-analytics/members-analytics.recompute.js';
import { metricByDepartmentFromFacts, metricTotalsFromFacts } from '../../services/analytics/src/modules/care/care.recompute.js';
import { BY_CHANNEL, BY_DAY } from '../../services/analytics/src/modules/new-customers/new-customers.service.js';
import { generateHistory, HOSPITAL_TIME_ZONE } from '../../scripts/lib/history-generator.mjs';
import { loadIntoAnalytics, progressBar, tracked } from '../../scripts/lib/history-generator-sinks.mjs';
import { writeReport } from './report.js';
import { benchEnv } from '../support/env.js';

// The director's dashboard on a scaled hospital history: `pnpm seed`'s generator applied through
// analytics' event_log + the facts dispatcher (the bulk path), then each query the dashboard page sends
// (KPI cards for a month with the previous month, trends, breakdown by department, the funnel, the
// drill-down from a department to its staff) timed over GraphQL as the operations director, and the
// same figure recomputed from the raw facts (care.recompute.ts: SQL over care_fact) timed beside it. Every
// GraphQL answer is checked against its recomputation; measurements only, nothing asserts a time.
//
//   BENCH_CUSTOMERS   customers to generate (default 100,000 ≈ 1,070,000 events, ≈ 8 minutes to seed here)
//   BENCH_DATABASE_URL an already seeded database to reuse (e.g. after `pnpm seed --scale 1000000`); seeded here when empty
//   BENCH_RUNS        timed runs per query (default 30, after 3 warm-up runs)

const CUSTOMERS = benchEnv().customers;
const RUNS = benchEnv().runs;
const WARMUP = 3;
const SEED = 20261204;
const END = '2026-11-30T16:00:00.000Z'; // 2026-12-01 00:00 in Shanghai
const MONTH = { from: '2026-11-01', to: '2026-11-30' };
const YEAR = { from: '2025-12-01', to: '2026-11-30' };
const MONTH_PERIOD = { kind: 'MONTH', date: MONTH.from };

const KPI_FIELDS = 'value numerator denominator';
const Q = {
  // the dashboard page's own documents (frontends/kpi/src/modules/dashboard/graphql/kpi.documents.ts), trimmed to the figures
  cards: `query ($period: KpiPeriodInput!, $departmentCode: String) { kpis(period: $period, departmentCode: $departmentCode) { code current { ${KPI_FIELDS} target } previous { ${KPI_FIELDS} } change } }`,
  trend: `query ($code: KpiCode!, $period: KpiPeriodInput!, $departmentCode: String, $dimension: KpiDimension!, $points: Int!) {
    kpi(code: $code, period: $period, departmentCode: $departmentCode) { code current { ${KPI_FIELDS} } trend(points: $points) { from to value { ${KPI_FIELDS} } } breakdown(dimension: $dimension) { key label value { ${KPI_FIELDS} } } } }`,
  funnel: `query ($period: KpiPeriodInput!) { funnel(period: $period) { consultations bookings arrivals deals } }`,
  newCustomers: `query ($period: PeriodInput!, $groupBy: NewCustomersGroupBy!) { newCustomers(period: $period, groupBy: $groupBy) { rows { key newCustomers newMembers } totalNewCustomers totalNewMembers } }`,
  tiers: `query ($asOf: LocalDate) { tierDistribution(asOf: $asOf) { asOf totalMembers tiers { tier members share } } }`,
  giftCost: `query ($period: PeriodInput!) { giftCost(period: $period) { totalQuantity totalPoints totalCostFen } }`,
  liability: `query ($asOf: LocalDate) { memberPointsLiability(asOf: $asOf) { asOf outstandingPoints valueFen } }`,
  cohorts: `query ($fromMonth: YearMonth!, $toMonth: YearMonth!) { cohortRetention(fromMonth: $fromMonth, toMonth: $toMonth) { cohort members months { monthOffset activeMembers rate } } }`,
  rfm: `query ($asOf: LocalDate) { memberRfm(asOf: $asOf) { segment members spendFen } }`,
};

interface Row {
  name: string;
  latencies: number[];
}
const quantile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : NaN;
const median = (list: number[]) =>
  quantile(
    [...list].sort((a, b) => a - b),
    0.5,
  );

/** The rows in the shape report.ts reads from a tinybench Bench (timed by hand here). */
function asBench(rows: Row[]): Bench {
  return {
    tasks: rows.map((row) => {
      const sorted = [...row.latencies].sort((a, b) => a - b);
      const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
      return {
        name: row.name,
        result: {
          latency: { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), mean, samplesCount: sorted.length },
          throughput: { mean: 1000 / quantile(sorted, 0.5) },
        },
      };
    }),
  } as unknown as Bench;
}

async function timed<T>(runs: number, work: () => Promise<T>, before?: () => Promise<unknown>): Promise<{ latencies: number[]; last: T }> {
  let last: T | undefined;
  const latencies: number[] = [];
  for (let i = 0; i < runs + WARMUP; i++) {
    await before?.(); // untimed
    const t = performance.now();
    last = await work();
    if (i >= WARMUP) latencies.push(performance.now() - t);
  }
  return { latencies, last: last as T };
}

/** how many times faster `fast` was than `slow`, medians, one decimal */
const ratio = (slow: { latencies: number[] }, fast: { latencies: number[] }) =>
  (median(slow.latencies) / median(fast.latencies)).toFixed(1);

/** numerator / denominator as strings: GraphQL carries money and counts as decimal strings */

describe('analytics dashboard on a scaled history', () => {
  let db: TestDatabase | undefined;
  let url: string;
  let orm: MikroORM;
  let analytics: TestService;
  const rows: Row[] = [];
  const notes: string[] = [];

  beforeAll(async () => {
    const reuse = benchEnv().databaseUrl;
    if (reuse) url = reuse;
    else {
      db = await createTestDatabase();
      url = db.url;
    }
    orm = await createOrm({
      schema: 'analytics',
      clientUrl: url,
      entities: serviceEntities(analyticsService),
      migrations: analyticsService.migrations,
      poolMax: 4,
    });
  });
  afterAll(async () => {
    await analytics?.stop();
    await orm?.close();
    await db?.drop();
  });

  it('seeds, then times each dashboard query from rollups against its recomputation from facts', async () => {
    // (1) the history, through the bulk path of `pnpm seed`
    const [logRow] = await orm.em
      .getConnection()
      .execute<{ logged: number }[]>(`select count(*)::int as logged from "analytics"."event_log"`);
    const logged = logRow?.logged ?? 0;
    if (logged === 0) {
      const bar = progressBar('bench seed');
      const history = tracked(generateHistory({ customers: CUSTOMERS, seed: SEED, end: END }), CUSTOMERS, (n: number, f: number) =>
        bar.update(n, f),
      );
      const result = await loadIntoAnalytics(orm.em, history, { batch: 20_000, timeZone: HOSPITAL_TIME_ZONE });
      const rate = bar.done(result.events);
      await orm.em.getConnection().execute(`analyze`);
      const perCustomer = result.events / CUSTOMERS;
      notes.push(
        `at this rate the 1,000,000-customer history (≈ ${((perCustomer * 1e6) / 1e6).toFixed(1)} million events) seeds in ≈ ${Math.round((perCustomer * 1e6) / rate.eventsPerSecond / 60)} minutes (\`pnpm seed --scale 1000000\`, then BENCH_DATABASE_URL=<that database> to time the queries on it)`,
      );
      notes.unshift(
        `seeded ${CUSTOMERS.toLocaleString('en')} customers = ${result.events.toLocaleString('en')} events (seed ${SEED}, 12 months to 2026-12-01 Asia/Shanghai) through analytics.event_log + the facts dispatcher in ${result.batches} transactions of 20,000 events: ${rate.seconds.toFixed(0)} s = **${Math.round(rate.eventsPerSecond).toLocaleString('en')} events/s** (generation included)`,
      );
    } else {
      notes.push(
        `reused ${url.replace(/\/\/[^@]*@/, '//')} with ${logged.toLocaleString('en')} events already in analytics.event_log (seeding rate: see \`pnpm seed\`)`,
      );
    }
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows: sizes } = await client.query<{ name: string; rows: string; size: string }>(
      `select c.relname as name, c.reltuples::bigint::text as rows, pg_size_pretty(pg_total_relation_size(c.oid)) as size
       from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'analytics' and c.relkind = 'r' and c.reltuples > 0 order by pg_total_relation_size(c.oid) desc`,
    );
    await client.end();
    notes.push(
      `tables (rows ≈, size with indexes): ${sizes.map((s) => `${s.name} ${Number(s.rows).toLocaleString('en')} / ${s.size}`).join('; ')}`,
    );

    analytics = await startTestService(analyticsService, url);
    const ask = async (query: string, variables: Record<string, unknown>) => {
      const { data, errors } = await analytics.request(query, variables, undefined, testCallers.director);
      if (errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(errors)}`);
      analytics.resetQueries();
      return data;
    };
    const raw = <T>(work: (em: MikroORM['em']) => Promise<T>) => work(orm.em.fork());
    const sql = <T = any>(text: string, params: unknown[] = []) => raw((em) => em.execute<T[]>(text, params));
    const compare = (what: string, fromRollups: string, fromFacts: string) => {
      if (fromRollups !== fromFacts) throw new Error(`${what}: rollups answered ${fromRollups}, the facts give ${fromFacts}`);
    };

    // (2) the member-centre and new-customer panels (rollups), against the same figures from the facts
    const newByChannel = await timed(RUNS, () => ask(Q.newCustomers, { period: MONTH, groupBy: 'CHANNEL' }));
    const newByChannelRaw = await timed(RUNS, () =>
      sql<{ key: string; c: number; m: number }>(
        `with c as (select channel as key, count(*)::int as c from "analytics"."customer_fact" where registered_day between ?::date and ?::date group by channel),
              m as (select coalesce(channel, 'UNKNOWN') as key, count(*)::int as m from "analytics"."membership_fact" where joined_day between ?::date and ?::date group by 1)
         select key, coalesce(c.c, 0) as c, coalesce(m.m, 0) as m from c full join m using (key) order by key`,
        [MONTH.from, MONTH.to, MONTH.from, MONTH.to],
      ),
    );
    const nc = (list: { key: string; newCustomers?: number; newMembers?: number; c?: number; m?: number }[]) =>
      [...list]
        .filter((r) => (r.newCustomers ?? r.c ?? 0) + (r.newMembers ?? r.m ?? 0) > 0)
        .sort((a, b) => (a.key < b.key ? -1 : 1))
        .map((r) => `${r.key}=${r.newCustomers ?? r.c}/${r.newMembers ?? r.m}`)
        .join(',');
    compare('new customers by channel', nc(newByChannel.last.newCustomers.rows), nc(newByChannelRaw.last));
    rows.push({
      name: `newCustomers by channel for ${MONTH.from.slice(0, 7)} over GraphQL, from the daily rollup`,
      latencies: newByChannel.latencies,
    });
    rows.push({ name: `  the same figures counted from customer_fact + membership_fact`, latencies: newByChannelRaw.latencies });
    // the rollup's own statement, timed as the raw one is (no HTTP, no GraphQL): the two sides of the ratio alike
    const newByChannelSql = await timed(RUNS, () => sql(BY_CHANNEL, [MONTH.from, MONTH.to]));
    rows.push({ name: `  the rollup's own statement (daily_new_customers), timed as the raw one`, latencies: newByChannelSql.latencies });

    const newByDay = await timed(RUNS, () => ask(Q.newCustomers, { period: YEAR, groupBy: 'DAY' }));
    const newByDayRaw = await timed(RUNS, () =>
      sql<{ key: string; c: number; m: number }>(
        `with c as (select registered_day::text as key, count(*)::int as c from "analytics"."customer_fact" where registered_day between ?::date and ?::date group by 1),
              m as (select joined_day::text as key, count(*)::int as m from "analytics"."membership_fact" where joined_day between ?::date and ?::date group by 1)
         select key, coalesce(c.c, 0) as c, coalesce(m.m, 0) as m from c full join m using (key) order by key`,
        [YEAR.from, YEAR.to, YEAR.from, YEAR.to],
      ),
    );
    compare('new customers by day', nc(newByDay.last.newCustomers.rows), nc(newByDayRaw.last));
    rows.push({
      name: `newCustomers by day over the 12 months (trend, ${newByDay.last.newCustomers.rows.length} days) over GraphQL, from the daily rollup`,
      latencies: newByDay.latencies,
    });
    rows.push({ name: `  the same trend counted from the facts`, latencies: newByDayRaw.latencies });
    const newByDaySql = await timed(RUNS, () => sql(BY_DAY, [YEAR.from, YEAR.to, YEAR.from]));
    rows.push({ name: `  the rollup's own statement (daily_new_customers), timed as the raw one`, latencies: newByDaySql.latencies });
    notes.push(
      `new customers, rollups vs raw facts (median): by channel ${ratio(newByChannelRaw, newByChannelSql)}× statement to statement, ${ratio(newByChannelRaw, newByChannel)}× with GraphQL and HTTP on the rollup side only; by day ${ratio(newByDayRaw, newByDaySql)}× and ${ratio(newByDayRaw, newByDay)}×`,
    );

    const tiers = await timed(RUNS, () => ask(Q.tiers, { asOf: MONTH.to }));
    const tiersRaw = await timed(RUNS, () =>
      sql<{ tier: string; members: number }>(TIERS_ON_DAY_FROM_FACTS, [MONTH.to, HOSPITAL_TIME_ZONE]),
    );
    const tc = (list: { tier: string; members: number }[]) =>
      list
        .filter((t) => t.members > 0)
        .map((t) => `${t.tier}=${t.members}`)
        .sort()
        .join(',');
    compare('tier distribution', tc(tiers.last.tierDistribution.tiers), tc(tiersRaw.last));
    rows.push({ name: `tierDistribution on ${MONTH.to} over GraphQL, from the tier rollup`, latencies: tiers.latencies });
    rows.push({ name: `  the same distribution from the membership and tier-change facts`, latencies: tiersRaw.latencies });

    for (const [name, query, variables] of [
      ['giftCost for the month', Q.giftCost, { period: MONTH }],
      ['memberPointsLiability at the month end', Q.liability, { asOf: MONTH.to }],
    ] as const) {
      const run = await timed(RUNS, () => ask(query, variables));
      rows.push({ name: `${name} over GraphQL`, latencies: run.latencies });
    }
    // the whole-membership analyses: counted afresh (their kept answers dropped before each run),
    // then as the page reads them again (the answers kept for closed days and months, ReportCache)
    const dropKept = () => sql(`delete from "analytics"."ma_report_cache"`);
    for (const [name, query, variables] of [
      ['cohortRetention, 12 cohorts × 12 months', Q.cohorts, { fromMonth: '2025-12', toMonth: '2026-11' }],
      ['memberRfm at the month end', Q.rfm, { asOf: MONTH.to }],
    ] as const) {
      const counted = await timed(RUNS, () => ask(query, variables), dropKept);
      const kept = await timed(RUNS, () => ask(query, variables));
      if (JSON.stringify(kept.last) !== JSON.stringify(counted.last))
        throw new Error(`${name}: the kept answer differs from the one counted afresh`);
      rows.push({ name: `${name} over GraphQL, counted afresh`, latencies: counted.latencies });
      rows.push({ name: `  the same, read again (kept for the closed months / day, equal to the fresh count)`, latencies: kept.latencies });
    }
    const checks = await raw((em) => compareWithFacts(em));
    // row by row: at 1,000,000 customers one JSON text of a whole table is longer than V8's longest string
    const sameRows = (a: readonly unknown[], b: readonly unknown[]) =>
      a.length === b.length && a.every((row, i) => JSON.stringify(row) === JSON.stringify(b[i]));
    const differing = Object.entries(checks)
      .filter(([, c]) => !sameRows(c.rollup, c.facts))
      .map(([name]) => name);
    if (differing.length) throw new Error(`members-analytics rollups differ from their recomputation from facts: ${differing.join(', ')}`);
    notes.push(
      `every members-analytics rollup equals its recomputation from the facts (compareWithFacts: ${Object.keys(checks).join(', ')})`,
    );

    // (3) the director's dashboard: KPI cards (with the previous month), a trend, the breakdown by
    // department, the drill-down into one department's staff, the funnel; each against the same
    // measures recomputed from the raw facts (care_fact, care.recompute.ts)
    const cards = await timed(RUNS, () => ask(Q.cards, { period: MONTH_PERIOD }));
    const totalsRaw = await timed(RUNS, () => raw((em) => metricTotalsFromFacts(em, HOSPITAL_TIME_ZONE, MONTH)));
    const card = (code: string) =>
      cards.last.kpis.find((k: { code: string }) => k.code === code)!.current as { numerator: number; denominator: number | null };
    const t = totalsRaw.last;
    for (const [code, numerator, denominator] of [
      ['ONSITE_DEAL_RATE', t.DEALT_VISITS, t.OUTPATIENT_VISITS],
      ['BOOKING_DEAL_RATE', t.BOOKINGS_DEALT, t.BOOKINGS],
      ['CONSULT_TO_VISIT_RATE', t.CONSULTATIONS_VISITED, t.CONSULTATIONS],
      ['FOLLOW_UP_RATE', t.FOLLOW_UPS_ON_TIME, t.FOLLOW_UPS_DUE],
      ['OLD_CUSTOMER_REPURCHASE_RATE', t.RETURNING_DEALT_VISITS, t.DEALT_VISITS],
      ['COMPLAINT_RATE', t.COMPLAINTS, t.CONSULTATIONS],
    ] as const) {
      compare(`card ${code}`, `${card(code).numerator}/${card(code).denominator}`, `${numerator}/${denominator}`);
    }
    compare('card REVENUE_COMPLETION (revenue)', String(card('REVENUE_COMPLETION').numerator), String(t.SALES_FEN! - t.REFUNDED_FEN!));
    rows.push({
      name: `KPI cards for ${MONTH.from.slice(0, 7)} (${cards.last.kpis.length} KPIs + the previous month) over GraphQL, from rollups`,
      latencies: cards.latencies,
    });
    rows.push({ name: `  the same month's measures recomputed from raw facts (care_fact)`, latencies: totalsRaw.latencies });

    const trend = await timed(RUNS, () =>
      ask(Q.trend, { code: 'ONSITE_DEAL_RATE', period: MONTH_PERIOD, dimension: 'DEPARTMENT', points: 12 }),
    );
    rows.push({
      name: `ONSITE_DEAL_RATE detail: 12-month trend + breakdown by department over GraphQL, from rollups`,
      latencies: trend.latencies,
    });
    const byDeptRaw = await timed(RUNS, () =>
      raw(async (em) => ({
        dealt: await metricByDepartmentFromFacts(em, HOSPITAL_TIME_ZONE, 'DEALT_VISITS', MONTH),
        visits: await metricByDepartmentFromFacts(em, HOSPITAL_TIME_ZONE, 'OUTPATIENT_VISITS', MONTH),
      })),
    );
    const breakdown = trend.last.kpi.breakdown as { key: string; value: { numerator: number; denominator: number | null } }[];
    const keyed = (list: [string, string][]) =>
      list
        .filter(([, v]) => v !== '0/0')
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
    compare(
      'on-site deal rate by department',
      keyed(breakdown.map((r) => [r.key, `${r.value.numerator}/${r.value.denominator ?? 0}`])),
      keyed(Object.keys(byDeptRaw.last.visits).map((k) => [k, `${byDeptRaw.last.dealt[k] ?? 0}/${byDeptRaw.last.visits[k]}`])),
    );
    rows.push({ name: `  the same breakdown by department recomputed from raw facts`, latencies: byDeptRaw.latencies });

    const top = [...breakdown].sort((a, b) => (b.value.denominator ?? 0) - (a.value.denominator ?? 0))[0]?.key ?? '';
    const drill = await timed(RUNS, () =>
      ask(Q.trend, { code: 'ONSITE_DEAL_RATE', period: MONTH_PERIOD, departmentCode: top, dimension: 'STAFF', points: 12 }),
    );
    rows.push({
      name: `drill-down into ${top}: ONSITE_DEAL_RATE trend + breakdown by its ${drill.last.kpi.breakdown.length} staff over GraphQL, from rollups`,
      latencies: drill.latencies,
    });
    const drillRaw = await timed(RUNS, () => raw((em) => metricTotalsFromFacts(em, HOSPITAL_TIME_ZONE, { ...MONTH, departmentCode: top })));
    compare(
      `drill-down ${top}`,
      `${drill.last.kpi.current.numerator}/${drill.last.kpi.current.denominator}`,
      `${drillRaw.last.DEALT_VISITS}/${drillRaw.last.OUTPATIENT_VISITS}`,
    );
    rows.push({ name: `  the same department's measures recomputed from raw facts`, latencies: drillRaw.latencies });

    const funnel = await timed(RUNS, () => ask(Q.funnel, { period: MONTH_PERIOD }));
    const f = (x: { consultations: number; bookings: number; arrivals: number; deals: number }) =>
      `${x.consultations}/${x.bookings}/${x.arrivals}/${x.deals}`;
    compare('funnel', f(funnel.last.funnel), `${t.CONSULTATIONS}/${t.BOOKINGS}/${t.OUTPATIENT_VISITS}/${t.DEALT_VISITS}`);
    rows.push({
      name: `funnel for the month over GraphQL, from rollups (raw-facts side: the month's measures above)`,
      latencies: funnel.latencies,
    });

    const page = await timed(RUNS, () =>
      Promise.all([
        ask(Q.cards, { period: MONTH_PERIOD }),
        ask(Q.trend, { code: 'REVENUE_COMPLETION', period: MONTH_PERIOD, dimension: 'DEPARTMENT', points: 12 }),
        ask(Q.funnel, { period: MONTH_PERIOD }),
      ]),
    );
    rows.push({ name: `the dashboard's opening queries in parallel (cards, first KPI's detail, funnel)`, latencies: page.latencies });
    notes.push(
      `figures for ${MONTH.from.slice(0, 7)}: revenue ${(Number(card('REVENUE_COMPLETION').numerator) / 100).toFixed(2)} yuan; funnel ${f(funnel.last.funnel)} (consultations/bookings/arrivals/deals); on-site deal rate by department ${breakdown.map((r) => r.key).join(', ')}`,
      `rollups vs raw facts (median): cards ${(median(totalsRaw.latencies) / median(cards.latencies)).toFixed(1)}× faster from rollups (GraphQL and HTTP included on the rollup side only, ${cards.last.kpis.length} KPIs × 2 periods against one month's measures)`,
    );
    notes.push(
      `every figure compared above, answered over GraphQL (the analytics subgraph, signed as the gateway signs the operations director), equals the same figure computed from the raw facts; a mismatch would have failed the run`,
      `${RUNS} timed runs per query after ${WARMUP} warm-up runs, one query at a time`,
    );
    writeReport('analytics-dashboard', asBench(rows), notes);
  });
});
