import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestService, testCallers, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { newId, type DomainEvent } from '@careline/service-kit';
import { membersConsumer } from './members-delivery.js';
import { membersAnalyticsConfig } from '../src/modules/members-analytics/members-analytics.resolver.js';
import { analyticsService } from '../src/service.js';
import { consumptionRecorded, membersHistory } from './members-history.js';

// The whole-membership analyses keep their answers for days and months three or more days back
// (ReportCache): a kept answer is served until a transaction that writes such a day commits after it
// was computed. Each test changes a kept answer in place first (members 999), so an answer that
// still shows it was served from the cache, and one that does not was counted again.

const RFM = `query ($asOf: LocalDate) { memberRfm(asOf: $asOf) { segment members spendFen averageRecencyDays averageFrequency } }`;
const COHORTS = `query ($from: YearMonth!, $to: YearMonth!, $months: Int) { cohortRetention(fromMonth: $from, toMonth: $to, months: $months) {
  cohort members months { month activeMembers } } }`;
const AS_OF = '2026-06-30';

describe('kept answers of RFM and cohort retention', () => {
  let db: TestDatabase;
  let analytics: TestService;
  const history = membersHistory();
  let consume: (e: DomainEvent<unknown>) => Promise<unknown>;
  /** a statement on a connection of its own (autocommit) */
  const sql = {
    query: async (text: string, params: unknown[] = []) => ({ rows: await analytics.orm.em.fork().getConnection().execute(text, params) }),
  };
  const ok = async (query: string, variables: Record<string, unknown>) => {
    const { data, errors } = await analytics.request(query, variables, undefined, testCallers.director);
    expect(errors).toBeUndefined();
    return data;
  };
  const rfm = async () => (await ok(RFM, { asOf: AS_OF })).memberRfm as { segment: string; members: number }[];
  const cohorts = async () => (await ok(COHORTS, { from: '2025-12', to: '2026-03', months: 3 })).cohortRetention;
  /** the answer counted afresh: every kept answer dropped first */
  const recounted = async <T>(read: () => Promise<T>): Promise<T> => {
    await sql.query('delete from analytics.ma_report_cache');
    return read();
  };
  /** changes every kept group / cell in place, so an answer read from the cache shows members 999 */
  const tamper = async () => {
    await sql.query(
      `update analytics.ma_report_cache set value = (select jsonb_agg(g || '{"members": 999}') from jsonb_array_elements(value) g) where report = 'RFM'`,
    );
    await sql.query(`update analytics.ma_report_cache set value = '999' where report in ('COHORT_SIZE', 'COHORT_ACTIVE')`);
  };
  const spend = (customerId: string, membershipId: string, occurredAt: string, amountFen: number) =>
    consume(
      consumptionRecorded(
        { receiptNumber: `R-late-${newId().slice(-8)}`, customerId, membershipId, amountFen, occurredAt },
        new Date().toISOString(),
      ),
    );

  beforeAll(async () => {
    membersAnalyticsConfig.current = () => ({ timeZone: 'Asia/Shanghai', pointValueFen: 5, today: () => '2026-07-10' });
    db = await createTestDatabase();
    analytics = await startTestService(analyticsService, db.url);
    consume = membersConsumer(analytics.orm).consume;
    for (const e of history.events) await consume(e);
  });
  afterAll(async () => {
    await analytics?.stop();
    await db?.drop();
  });

  it('keeps the RFM of a past day and serves it while nothing reaches back before it', async () => {
    const first = await rfm();
    const { rows } = await sql.query(`select key from analytics.ma_report_cache where report = 'RFM'`);
    expect(rows).toEqual([{ key: AS_OF }]);
    await tamper();
    expect((await rfm()).every((s) => s.members === 999 || s.members === 0)).toBe(true);
    // a consumption today (after the day asked about) leaves the kept answer as it is
    await spend(history.C1, history.M1, new Date().toISOString(), 10_000);
    expect((await rfm()).some((s) => s.members === 999)).toBe(true);
    expect(await recounted(rfm)).toEqual(first);
  });

  it('counts again once a consumption is recorded on a day before it (a late or backdated event)', async () => {
    await rfm();
    await tamper();
    // M2's second receipt, on 20 June: it moves from 重要挽留 (176 days) to a recent member
    await spend(history.C2, history.M2, '2026-06-20T02:00:00.000Z', 3_000_000);
    const after = await rfm();
    expect(after.some((s) => s.members === 999)).toBe(false);
    expect(after.find((s) => s.segment === 'IMPORTANT_WINBACK')?.members).toBe(0);
    expect(await recounted(rfm)).toEqual(after);
  });

  it('does not keep what a writer still in progress changes: its commit makes the answer stale', async () => {
    await sql.query('delete from analytics.ma_report_cache');
    const writer = analytics.orm.em.fork();
    await writer.begin();
    try {
      // a write to a past day of the rows RFM reads, not yet committed while the answer is counted
      await writer.execute(
        `insert into analytics.ma_customer_daily (customer_id, day, consumptions, spend_fen) values (?, '2026-06-29', 1, 99900000)
         on conflict (customer_id, day) do update set consumptions = ma_customer_daily.consumptions + 1, spend_fen = ma_customer_daily.spend_fen + 99900000`,
        [history.C3],
      );
      const before = await rfm();
      expect((await sql.query(`select count(*)::int as n from analytics.ma_report_cache where report = 'RFM'`)).rows[0]?.n).toBe(1);
      await writer.commit();
      const after = await rfm();
      expect(after).not.toEqual(before);
      expect(await recounted(rfm)).toEqual(after);
    } finally {
      if (writer.isInTransaction()) await writer.rollback();
    }
  });

  it('keeps the cohort cells of past months, counts again the months an event reaches back into, and never keeps an open month', async () => {
    const first = await cohorts();
    const { rows } = await sql.query(
      `select report, count(*)::int as n from analytics.ma_report_cache where report like 'COHORT%' group by 1 order by 1`,
    );
    expect(rows).toEqual([
      { report: 'COHORT_ACTIVE', n: 12 },
      { report: 'COHORT_SIZE', n: 4 },
    ]);
    await tamper();
    expect((await cohorts()).every((row: { members: number }) => row.members === 999)).toBe(true);
    // a receipt of M3 (February's cohort) in March
    await spend(history.C3, history.M3, '2026-03-10T02:00:00.000Z', 50_000);
    const after = await cohorts();
    expect(after.some((row: { members: number }) => row.members === 999)).toBe(false);
    expect(after[2].months.map((m: { activeMembers: number }) => m.activeMembers)).toEqual([0, 1, 0]);
    expect(first[2].months.map((m: { activeMembers: number }) => m.activeMembers)).toEqual([0, 0, 0]);
    expect(await recounted(cohorts)).toEqual(after);
    // July is not over on 10 July: its cells are counted on every request
    await ok(COHORTS, { from: '2026-06', to: '2026-06', months: 2 });
    const open = await sql.query(`select key from analytics.ma_report_cache where key like '%2026-07%'`);
    expect(open.rows).toEqual([]);
  });
});
