import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { eventually } from '@careline/service-kit/testing';
import { seedDemoData, type DemoCounts } from '../../scripts/lib/seed.mjs';
import { CLINICS } from '../../scripts/lib/demo-hospital.mjs';
import { DEMO_PARTNER_KEY_ACCOUNT, DEMO_PASSWORD, startSystem, type RunningSystem } from '../support/system.js';

// The demo hospital `pnpm start` seeds on an empty database (scripts/lib/seed.mjs), carried out
// through the gateway as the demo staff: afterwards the director's 经营看板 has a figure on every
// card for the current month, and its revenue is crm's deals of the month, less the refunds; the
// year before is entered late (补录, docs/backdating.md), so the revenue trend of the last twelve
// months has deals in (nearly) every month, each month's equal to crm's deals of that month.

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
  it('gives every demo doctor a name and specialities in identity and a schedule in crm, and names the doctor of every booking', async () => {
    const doctors = CLINICS.flatMap((clinic) => clinic.doctors.map((id) => ({ id, departmentCode: clinic.code })));
    expect(counts.schedules).toBe(doctors.length);
    for (const { id, departmentCode } of doctors) {
      const r = await system.as(
        'director',
        `query ($id: ID!) { doctorSchedule(doctorId: $id) { departmentCode slotMinutes weekly { weekday } exceptions { day } doctor { name departmentCode position specialities } } }`,
        { id },
      );
      expect(r.errors).toBeUndefined();
      const schedule = r.data.doctorSchedule;
      expect(schedule, id).not.toBeNull();
      expect(schedule).toMatchObject({ departmentCode, doctor: { departmentCode, position: 'DOCTOR' } });
      expect(schedule.doctor.name).toMatch(/^\p{Script=Han}{2,4}$/u);
      expect(schedule.doctor.specialities.length).toBeGreaterThan(0);
      expect(schedule.weekly.length).toBeGreaterThan(0);
      expect(schedule.exceptions).toHaveLength(1);
    }
    // the booking desk lists them by department, and every booking of the day names its doctor
    const desk = await system.as('guide', `{ doctors(first: 50) { totalCount nodes { id } } }`);
    expect(desk.data.doctors.nodes.map((n: { id: string }) => n.id).sort()).toEqual(doctors.map((d) => d.id).sort());
    const booked = await system.as(
      'guide',
      `query ($day: LocalDate!) { appointments(first: 100, day: $day) { nodes { doctor { name } } } }`,
      {
        day: hospitalDay(seededAt),
      },
    );
    expect(booked.errors).toBeUndefined();
    expect(booked.data.appointments.nodes.length).toBeGreaterThan(0);
    expect(booked.data.appointments.nodes.every((n: { doctor: { name: string } | null }) => Boolean(n.doctor?.name))).toBe(true);
  });

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
    // today's deals and the month's earlier ones entered late (补录)
    expect(Number(crm!.deals)).toBe(counts.monthDealtFen);
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
  it('the revenue trend of the last 12 months has deals in at least 10 months, each month’s revenue crm’s deals of that month less refunds', async () => {
    const today = hospitalDay(seededAt);
    const rows = await sql<{ month: string; deals: string; refunds: string }>(
      `with deals as (
         select to_char(deal_recorded_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, sum(deal_amount_fen) as fen
           from crm.visit where dealt group by 1),
       refunds as (
         select to_char(finance_confirmed_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, sum(amount_fen) as fen
           from crm.complaint where resolution_kind = 'REFUND' and finance_confirmed_at is not null group by 1)
       select coalesce(d.month, r.month) as month, coalesce(d.fen, 0) as deals, coalesce(r.fen, 0) as refunds
         from deals d full join refunds r on r.month = d.month`,
    );
    const expected = new Map(rows.map((r) => [r.month, Number(r.deals) - Number(r.refunds)]));
    const TREND = `query ($period: KpiPeriodInput!) { kpi(code: REVENUE_COMPLETION, period: $period) { trend(points: 12) { from to value { numerator } } } }`;
    const trend = async () => {
      const r = await system.as('director', TREND, { period: { kind: 'MONTH', date: today } });
      expect(r.errors).toBeUndefined();
      return (r.data.kpi.trend as { from: string; to: string; value: { numerator: number } }[]).map((p) => ({
        month: p.from.slice(0, 7),
        revenue: p.value.numerator,
      }));
    };
    const want = (points: { month: string }[]) => points.map((p) => ({ month: p.month, revenue: expected.get(p.month) ?? 0 }));
    // analytics applies crm's events asynchronously: wait until every month has them all
    const points = await eventually(
      async () => {
        const got = await trend();
        return JSON.stringify(got) === JSON.stringify(want(got)) && got;
      },
      60_000,
      500,
    ).catch(trend);
    expect(points).toHaveLength(12);
    expect(points[11]!.month).toBe(today.slice(0, 7));
    expect(points).toEqual(want(points));
    expect(points.filter((p) => p.revenue > 0).length).toBeGreaterThanOrEqual(10);
    // a hospital that grows: the last three months bring in more than the first three
    const sum = (ps: { revenue: number }[]) => ps.reduce((s, p) => s + p.revenue, 0);
    expect(sum(points.slice(9))).toBeGreaterThan(sum(points.slice(0, 3)));
  });
});
