import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';
import { statementsFor as countStatements, uncoveredListFields } from '../support/list-statements.js';

// Every list of the analytics API: the SQL statements analytics runs for a short list equal those
// for a long one (no statement per row, per staff member or per trend point). analytics' lists are
// not paged: their length follows the data and the arguments (the period, the trend's points, the
// cohort months), so each list is asked twice, once where it has a few rows and once where it has
// many. The crm, members and identity counterparts are lists-paging.spec.ts,
// members-lists-paging.spec.ts and identity-lists-paging.spec.ts.

let system: RunningSystem;
let db: pg.Client;
const MANY = 60;
let keyAccountId: string;

const ok = async (who: DemoUser, query: string, variables?: object) => {
  const r = await system.as(who, query, variables);
  expect(r.errors, `${query.slice(0, 80)}: ${JSON.stringify(r.errors)}`).toBeUndefined();
  return r.data;
};
const sql = async (text: string, params: unknown[] = []) => (await db.query(text, params)).rows;

/** statements analytics ran for one request, once nothing else runs there */
async function statementsFor(who: DemoUser, query: string, variables: object): Promise<{ count: number; data: any }> {
  await ok(who, '{ me { id } }');
  return countStatements(system, 'analytics', () => ok(who, query, variables));
}

// days and months the rows below are written on: a few rows on the first, many on the second
const FEW_DAY = '2026-06-01';
const MANY_DAY = '2026-06-02';
const FEW_MONTH = '2026-05';
const MANY_MONTH = '2026-06';

beforeAll(async () => {
  system = await startSystem();
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();

  // staff known to analytics, in one department: 3 with figures on FEW_DAY, all 60 on MANY_DAY. Only
  // the first 3 hold the phone-consultant position: a scorecard lists every staff member of its
  // position, so the others come onto it through their MANY_MONTH entries alone
  await sql(
    `insert into analytics.staff_dim (staff_id, name, department_id, department_code, position_code, role, active, changed_at)
     select ('00000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, '列表员工' || g, 'LIST', 'LIST',
            case when g <= 3 then 'PHONE_CONSULTANT' else 'LIST_OTHER' end, 'STAFF', true, now()
     from generate_series(1, ${MANY}) g`,
  );
  const staffId = (g: string) => `('00000000-0000-4000-8000-' || lpad(${g}::text, 12, '0'))`;
  const uuidOf = (g: string) => `${staffId(g)}::uuid`;
  for (const [day, n] of [
    [FEW_DAY, 3],
    [MANY_DAY, MANY],
  ] as const) {
    await sql(
      `insert into analytics.kpi_daily (metric, day, department, dim, dim_key, value)
       select m, $1::date, 'LIST', 'STAFF', ${staffId('g')}, g from generate_series(1, ${n}) g, unnest(array['OUTPATIENT_VISITS', 'DEALT_VISITS', 'FRONT_DESK_VISITS']) m
       union all select m, $1::date, 'LIST', 'ALL', '', ${n} from unnest(array['OUTPATIENT_VISITS', 'DEALT_VISITS', 'FRONT_DESK_VISITS']) m`,
      [day],
    );
    await sql(
      `insert into analytics.ma_customer_staff_daily (customer_id, day, staff_key, consumptions, spend_fen, member_consumptions, member_spend_fen)
       select gen_random_uuid(), $1::date, ${staffId('g')}, 1, 1000 * g, 1, 1000 * g from generate_series(1, ${n}) g`,
      [day],
    );
  }
  // scorecard entries: 3 phone consultants entered in FEW_MONTH, 57 more in MANY_MONTH (the earlier 3 carry over)
  await sql(
    `insert into analytics.scorecard_entry (month, staff_id, staff_name, position_code, department_code, updated_at)
     select case when g <= 3 then '${FEW_MONTH}' else '${MANY_MONTH}' end, ${uuidOf('g')}, '列表员工' || g, 'PHONE_CONSULTANT', 'LIST', now()
     from generate_series(1, ${MANY}) g`,
  );
  // monthly targets: 2 in FEW_MONTH, 60 in MANY_MONTH
  await sql(
    `insert into analytics.monthly_target (month, metric, department_code, staff_id, amount_fen, updated_at)
     select '${FEW_MONTH}', 'REVENUE', 'LIST', s, 100000, now() from unnest(array['', ${staffId('1')}]) s
     union all select '${MANY_MONTH}', 'PHONE_TO_SALE', 'LIST', ${staffId('g')}, 1000 * g, now() from generate_series(1, ${MANY}) g`,
  );
  // new customers on 60 days; members who joined in each of 24 months
  await sql(
    `insert into analytics.daily_new_customers (day, channel, new_customers, new_members)
     select '2026-04-01'::date + g, 'LIST_' || (g % 7), g, g % 3 from generate_series(0, ${MANY - 1}) g`,
  );
  await sql(
    `insert into analytics.ma_member (membership_id, customer_id, joined_at, joined_day, enrol_tier, tier)
     select gen_random_uuid(), gen_random_uuid(), d, d::date, 'ORDINARY', 'ORDINARY'
     from generate_series('2024-11-15'::timestamptz, '2026-10-15'::timestamptz, interval '1 month') d`,
  );
  // gifts: 2 handed over on FEW_DAY, 60 on MANY_DAY
  await sql(`insert into analytics.ma_gift (gift_id, name) select ${uuidOf('g')}, '列表礼品' || g from generate_series(1, ${MANY}) g`);
  await sql(
    `insert into analytics.ma_gift_daily (day, gift_id, redemptions, quantity, points, cost_fen)
     select case when g <= 2 then '${FEW_DAY}'::date else '${MANY_DAY}'::date end, ${uuidOf('g')}, 1, 1, 100, 500
     from generate_series(1, ${MANY}) g`,
  );
  // a key account whose people consulted about 2 diseases on FEW_DAY and 60 on MANY_DAY
  keyAccountId = (
    await ok('director', 'mutation ($input: KeyAccountInput!) { createKeyAccount(input: $input) { id } }', {
      input: { name: '列表大客户', kind: 'INSTITUTION' },
    })
  ).createKeyAccount.id;
  await sql(
    `insert into analytics.ma_customer (customer_id, key_account_id, key_account_since) select ${uuidOf('g')}, $1::uuid, '2026-01-01' from generate_series(1, ${MANY}) g`,
    [keyAccountId],
  );
  for (const [day, n] of [
    [FEW_DAY, 2],
    [MANY_DAY, MANY],
  ] as const) {
    await sql(
      `insert into analytics.ma_customer_disease_daily (customer_id, day, disease_type, consultations)
       select ${uuidOf('g')}, $1::date, 'DISEASE_' || g, 1 from generate_series(1, ${n}) g`,
      [day],
    );
    await sql(
      `insert into analytics.ma_customer_department_daily (customer_id, day, department_code, consumptions, spend_fen)
       select ${uuidOf('g')}, $1::date, 'DEPT_' || g, 1, 100 from generate_series(1, ${n}) g`,
      [day],
    );
  }
});
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

const day = (date: string) => ({ kind: 'DAY', date });
const period = (from: string, to: string) => ({ from, to });

/** every list that grows: [name, query, variables for a few rows, for many rows, the rows of the answer] */
const LISTS: [string, string, object, object, (d: any) => any[]][] = [
  [
    'kpis → KpiSummary.trend (2 and 36 points)',
    `query ($p: KpiPeriodInput!, $n: Int!) { kpis(period: $p) { code current { value } trend(points: $n) { label value { value } } } }`,
    { p: day(MANY_DAY), n: 2 },
    { p: day(MANY_DAY), n: 36 },
    (d) => d.kpis.flatMap((k: any) => k.trend),
  ],
  [
    'kpi → KpiSummary.breakdown by staff (3 and 60 staff members)',
    `query ($p: KpiPeriodInput!) { kpi(code: ONSITE_DEAL_RATE, period: $p) { breakdown(dimension: STAFF) { key label value { value } } } }`,
    { p: day(FEW_DAY) },
    { p: day(MANY_DAY) },
    (d) => d.kpi.breakdown,
  ],
  [
    'scorecards → ScorecardReport.rows, ScorecardRow.items (3 and 60 staff members)',
    `query ($m: YearMonth!) { scorecards(positionCode: "PHONE_CONSULTANT", month: $m) { rows { staffId staffName total rank items { code value score status } } } }`,
    { m: FEW_MONTH },
    { m: MANY_MONTH },
    (d) => d.scorecards.rows,
  ],
  [
    'monthlyTargets (2 and 60 targets)',
    `query ($m: YearMonth!) { monthlyTargets(month: $m) { month metric departmentCode staffId amountFen } }`,
    { m: FEW_MONTH },
    { m: MANY_MONTH },
    (d) => d.monthlyTargets,
  ],
  [
    'newCustomers → NewCustomersReport.rows (5 and 60 days)',
    `query ($p: PeriodInput!) { newCustomers(groupBy: DAY, period: $p) { rows { key newCustomers newMembers } } }`,
    { p: period('2026-04-01', '2026-04-05') },
    { p: period('2026-04-01', '2026-05-30') },
    (d) => d.newCustomers.rows,
  ],
  [
    'cohortRetention → CohortRow.months (2 and 24 cohorts)',
    `query ($f: YearMonth!, $t: YearMonth!) { cohortRetention(fromMonth: $f, toMonth: $t) { cohort members months { monthOffset activeMembers rate } } }`,
    { f: '2026-09', t: '2026-10' },
    { f: '2024-11', t: '2026-10' },
    (d) => d.cohortRetention.flatMap((row: any) => [row, ...row.months]),
  ],
  [
    'giftCost → GiftCost.lines (2 and 58 gifts)',
    `query ($p: PeriodInput!) { giftCost(period: $p) { lines { giftId giftName quantity costFen } } }`,
    { p: period(FEW_DAY, FEW_DAY) },
    { p: period(MANY_DAY, MANY_DAY) },
    (d) => d.giftCost.lines,
  ],
  [
    'KeyAccount.report → diseases, projects (2 and 60 rows)',
    `query ($id: ID!, $p: PeriodInput!) { keyAccount(id: $id) { report(period: $p) { people diseases { key count } projects { key count spendFen } } } }`,
    { id: '', p: period(FEW_DAY, FEW_DAY) },
    { id: '', p: period(MANY_DAY, MANY_DAY) },
    (d) => [...d.keyAccount.report.diseases, ...d.keyAccount.report.projects],
  ],
];

/** lists of a fixed length (the registry, the tiers, the RFM segments, the points kinds): asked on two days, one statement set */
const FIXED = `query ($asOf: LocalDate!) {
  kpiDefinitions { code dimensions }
  scorecardTemplates { positionCode items { code kind weight } }
  memberRfm(asOf: $asOf) { segment members }
  tierDistribution(asOf: $asOf) { tiers { tier members } }
  memberPointsLiability(asOf: $asOf) { outstandingPoints byKind { kind points } }
}`;

describe('every analytics list: SQL statements do not grow with the rows', () => {
  it.each(LISTS)('%s: a few rows and many run the same statements', async (_name, query, fewVars, manyVars, rowsOf) => {
    const withAccount = (vars: object) => ('id' in vars ? { ...vars, id: keyAccountId } : vars);
    const few = await statementsFor('director', query, withAccount(fewVars));
    const many = await statementsFor('director', query, withAccount(manyVars));
    expect(rowsOf(few.data).length).toBeGreaterThan(0);
    expect(rowsOf(many.data).length).toBeGreaterThanOrEqual(rowsOf(few.data).length + 20);
    expect(many.count).toBe(few.count);
    expect(few.count).toBeGreaterThan(0);
  });

  it('the lists of a fixed length run one statement set on any day', async () => {
    const a = await statementsFor('director', FIXED, { asOf: '2025-01-01' });
    const b = await statementsFor('director', FIXED, { asOf: '2026-10-31' });
    expect(b.data.kpiDefinitions.length).toBeGreaterThan(10);
    expect(b.data.scorecardTemplates.length).toBeGreaterThan(1);
    expect(b.count).toBe(a.count);
  });

  it('setJudgedScore → ScorecardEntry.judged: one judged score and every judged item write the same statements', async () => {
    // a position whose template has many judged items, so that "every judged item" is many
    const items = Array.from({ length: 20 }, (_, i) => ({
      code: `LIST_J${i}`,
      kind: 'JUDGED',
      nameZh: `评分${i}`,
      nameEn: `Judged ${i}`,
      weight: 5,
    }));
    await ok('director', 'mutation ($i: UpdateScorecardTemplateInput!) { updateScorecardTemplate(input: $i) { positionCode } }', {
      i: { positionCode: 'LIST_POSITION', nameZh: '列表岗位', nameEn: 'List position', items },
    });
    const mutation = `mutation ($i: SetJudgedScoreInput!) { setJudgedScore(input: $i) { staffId judged { itemCode score } } }`;
    const entry = (staff: number, scores: { itemCode: string; score: number }[]) => ({
      i: {
        month: MANY_MONTH,
        staffId: `00000000-0000-4000-8000-${String(staff).padStart(12, '0')}`,
        positionCode: 'LIST_POSITION',
        departmentCode: 'LIST',
        scores,
      },
    });
    const one = await statementsFor('director', mutation, entry(1, [{ itemCode: items[0]!.code, score: 80 }]));
    const all = await statementsFor(
      'director',
      mutation,
      entry(
        2,
        items.map((item) => ({ itemCode: item.code, score: 70 })),
      ),
    );
    expect(one.data.setJudgedScore.judged).toHaveLength(1);
    expect(all.data.setJudgedScore.judged).toHaveLength(items.length);
    expect(all.count).toBe(one.count);
  });

  it('covers every list field of the analytics schema', () => {
    const covered = [...LISTS.map(([, query]) => query), FIXED, 'judged'].join(' ');
    // one person's data export (a section per table, fetched for one person at a time): no rows per parent to page
    const computed = ['PersonalDataExport.analytics', 'PersonalDataSection.rows'];
    const missing = uncoveredListFields('analytics', covered, computed);
    expect(missing).toEqual([]);
  });
});
