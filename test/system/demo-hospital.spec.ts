import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { eventually } from '@careline/service-kit/testing';
import { seedDemoData, type DemoCounts } from '../../scripts/lib/seed.mjs';
import { DEMO_PARTNER_KEY_ACCOUNT, DEMO_PASSWORD, startSystem, type RunningSystem } from '../support/system.js';

// The demo hospital `pnpm start` seeds on an empty database (scripts/lib/seed.mjs), carried out
// through the gateway as the demo staff: afterwards the director's 经营看板 has a figure on every
// card for the current month, and its revenue is crm's deals of the month, less the refunds.

let system: RunningSystem;
let db: pg.Client;
let counts: DemoCounts;
let seededAt: Date;

const hospitalDay = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
const sql = async <T = any>(text: string, params: unknown[] = []): Promise<T[]> => (await db.query(text, params)).rows as T[];
/** the kpis query of the 经营看板 (frontends/kpi KpisDocument), for the month of `day` */
const KPIS = `query ($period: KpiPeriodInput!) { kpis(period: $period) { code definition { unit } current { numerator denominator value } } }`;
const dashboard = async (day: string) => {
  const r = await system.as('director', KPIS, { period: { kind: 'MONTH', date: day } });
  expect(r.errors).toBeUndefined();
  return r.data.kpis as {
    code: string;
    definition: { unit: string };
    current: { numerator: number; denominator: number | null; value: number | null };
  }[];
};

beforeAll(async () => {
  system = await startSystem();
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
  seededAt = new Date();
  const seeded = await seedDemoData(system.gatewayUrl, { password: DEMO_PASSWORD, now: seededAt.getTime() });
  expect(seeded.seeded).toBe(true);
  counts = seeded.counts!;
}, 600_000);
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

describe('the demo hospital after a fresh start', () => {
  it('holds every kind of record in crm and members, as the seed reports them', async () => {
    for (const [kind, n] of Object.entries(counts)) expect(n, kind).toBeGreaterThan(0);
    const [crm] = await sql(
      `select
        (select count(*)::int from crm.customer) as customers,
        (select count(*)::int from crm.customer where referrer_id is not null) as referred,
        (select count(*)::int from crm.consultation) as consultations,
        (select count(*)::int from crm.appointment) as appointments,
        (select count(*)::int from crm.visit) as visits,
        (select count(*)::int from crm.visit where dealt) as deals,
        (select count(distinct status)::int from crm.complaint) as complaint_states,
        (select count(*)::int from crm.complaint where resolution_kind = 'REFUND' and finance_confirmed_at is not null) as refunds,
        (select count(*)::int from crm.follow_up_task where status = 'OPEN' and due_date < $1) as overdue,
        (select count(distinct customer_class)::int from crm.customer) as classes`,
      [hospitalDay(seededAt)],
    );
    expect(crm).toMatchObject({
      customers: counts.customers,
      referred: counts.referred,
      consultations: counts.consultations,
      appointments: counts.appointments,
      visits: counts.visits,
      deals: counts.deals,
      refunds: 1,
      classes: 3,
    });
    expect(crm.complaint_states).toBeGreaterThanOrEqual(4);
    // besides the tasks the seed left open, consultations to call back later made tasks that are now overdue
    expect(crm.overdue).toBeGreaterThanOrEqual(counts.followUpsOverdue);
    // potential, actual and loyal (three deals) customers: crm moves a customer on as it applies their deals
    const stages = await eventually(async () => {
      const rows = await sql<{ stage: string }>(`select distinct stage from crm.customer order by stage`);
      return rows.length === 3 && rows.map((r) => r.stage);
    });
    expect(stages).toEqual(['ACTUAL', 'LOYAL', 'POTENTIAL']);
    const [members] = await sql(`select count(distinct tier)::int as tiers, count(*)::int as n from members.membership`);
    expect(members).toEqual({ tiers: 4, n: counts.members });
  });

  it('holds the demo partner’s key account, and the partner’s API key reads its roster through the gateway', async () => {
    const people = await sql<{ id: string }>(`select id from crm.customer where key_account_id = $1 order by id`, [
      DEMO_PARTNER_KEY_ACCOUNT,
    ]);
    // the demo's partner people fit one page (5 % of the customers)
    expect(people.length).toBeGreaterThan(0);
    expect(people.length).toBeLessThanOrEqual(100);
    const r = await system.as('partner', `{ myKeyAccount { id name customers(first: 100) { totalCount nodes { id } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.myKeyAccount).toMatchObject({ id: DEMO_PARTNER_KEY_ACCOUNT, name: '平安健康管理(广州)有限公司' });
    expect(r.data.myKeyAccount.customers.totalCount).toBe(people.length);
    expect(r.data.myKeyAccount.customers.nodes.map((n: { id: string }) => n.id).sort()).toEqual(people.map((p) => p.id).sort());
    // the partner sees its own people only: the hospital's other customers are not in its customers list
    const seen = await system.as('partner', `{ customers(first: 100) { totalCount } }`);
    expect(seen.errors).toBeUndefined();
    expect(seen.data.customers.totalCount).toBe(people.length);
  });

  it('every card of the director’s dashboard has a value for the month, and its revenue is crm’s deals of the month less refunds', async () => {
    const today = hospitalDay(seededAt);
    const month = today.slice(0, 7);
    const [crm] = await sql<{ deals: string; refunds: string }>(
      `select
        (select coalesce(sum(deal_amount_fen), 0) from crm.visit
          where dealt and to_char(deal_recorded_at at time zone 'Asia/Shanghai', 'YYYY-MM') = $1) as deals,
        (select coalesce(sum(amount_fen), 0) from crm.complaint
          where resolution_kind = 'REFUND' and to_char(finance_confirmed_at at time zone 'Asia/Shanghai', 'YYYY-MM') = $1) as refunds`,
      [month],
    );
    const expectedRevenue = Number(crm!.deals) - Number(crm!.refunds);
    expect(Number(crm!.deals)).toBe(counts.dealtFen);
    expect(Number(crm!.refunds)).toBeGreaterThan(0);
    // analytics reads crm's and members' events asynchronously: wait until it has applied them all
    const cards = await eventually(
      async () => {
        const kpis = await dashboard(today);
        const revenue = kpis.find((k) => k.code === 'REVENUE_COMPLETION');
        return revenue?.current.numerator === expectedRevenue && kpis.every((k) => k.current.value !== null) && kpis;
      },
      60_000,
      500,
    ).catch(async () => dashboard(today));
    expect(cards.filter((k) => k.current.value === null).map((k) => k.code)).toEqual([]);
    expect(cards.find((k) => k.code === 'REVENUE_COMPLETION')!.current.numerator).toBe(expectedRevenue);
  });
});
