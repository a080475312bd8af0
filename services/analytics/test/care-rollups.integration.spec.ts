import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CareEvents, createOrm, Events, serviceEntities, newId, type DomainEvent, type MikroORM } from '@careline/service-kit';
import { createTestDatabase, type TestDatabase } from '@careline/service-kit/testing';
import { ANALYTICS } from '../src/context.js';
import { analyticsFacts, analyticsService } from '../src/service.js';
import { createFactConsumers, type FactConsumers } from '../src/modules/facts/facts.consumers.js';
import { replayEventLog } from '../src/modules/facts/replay.js';
import { CareMetric } from '../src/modules/care/care-metrics.js';
import { MEMBER_ACTIVITY } from '../src/modules/members-analytics/members-analytics.service.js';
import { measuresFromFactsSql, RECOMPUTED_METRICS } from '../src/modules/care/care.recompute.js';

const TZ = 'Asia/Shanghai';
const RECOMPUTE = `with m as (${measuresFromFactsSql(TZ)})
  select metric, day::text as day, department, 'ALL' as dim, '' as dim_key, sum(value)::text as value from m group by 1, 2, 3 having sum(value) <> 0`;
const HOUR = 3_600_000;
const DEPARTMENTS = ['DENTAL', 'AESTHETIC', 'ORTHO'];
const CHANNELS = ['PHONE', 'WECHAT', 'WEB', 'WALK_IN'] as const;

/** Small seeded PRNG (mulberry32): the same history on every run, so a failure reproduces. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const event = (type: string, occurredAt: string, data: object): DomainEvent<unknown> => ({
  id: newId(),
  type,
  source: 'crm',
  occurredAt,
  data,
});
const iso = (ms: number) => new Date(ms).toISOString();

/** A generated front-line history: customers with consultations, bookings, visits, deals, refunds, follow-ups and complaints. */
function history(seed: number, customers: number): DomainEvent<unknown>[] {
  const rnd = random(seed);
  let complaintsGenerated = 0;
  // referrals and cancellations draw from a stream of their own, so the rest of the history stays as it was
  const extra = random(seed + 1);
  const referrers: string[] = [];
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const staff = Array.from({ length: 6 }, () => newId());
  const start = Date.parse('2026-11-01T00:00:00Z');
  const events: DomainEvent<unknown>[] = [];
  for (let c = 0; c < customers; c += 1) {
    const customerId = newId();
    const channel = pick(CHANNELS);
    const department = pick(DEPARTMENTS);
    let t = start + Math.floor(rnd() * 20 * 24) * HOUR + Math.floor(rnd() * 3600_000);
    const region = rnd() < 0.7 ? pick(['浦东', '徐汇', '静安']) : null;
    events.push(
      event(Events.CustomerRegistered, iso(t), {
        customerId,
        channel,
        region,
        registeredAt: iso(t),
        keyAccountId: null,
        birthDate: rnd() < 0.6 ? '1990-05-01' : null,
      }),
    );
    if (referrers.length > 0 && extra() < 0.3) {
      const referrerId = referrers[Math.floor(extra() * referrers.length)]!;
      events.push(event(Events.CustomerReferred, iso(t), { referrerId, customerId }));
    }
    referrers.push(customerId);
    const consultations = 1 + Math.floor(rnd() * 2);
    for (let k = 0; k < consultations; k += 1) {
      const consultationId = newId();
      const linkedLater = rnd() < 0.2;
      t += Math.floor(rnd() * 30) * HOUR;
      events.push(
        event(CareEvents.ConsultationRegistered, iso(t), {
          consultationId,
          customerId: linkedLater ? null : customerId,
          channel,
          consultantId: pick(staff),
          departmentCode: department,
          region,
          concern: null,
          outcome: 'BOOKED',
          consultedAt: iso(t),
        }),
      );
      if (linkedLater)
        events.push(event(CareEvents.ConsultationLinked, iso(t + HOUR), { consultationId, customerId, linkedAt: iso(t + HOUR) }));
      if (rnd() < 0.7) {
        const appointmentId = newId();
        const slot = t + (24 + Math.floor(rnd() * 72)) * HOUR;
        const onsite = pick(staff);
        events.push(
          event(CareEvents.AppointmentBooked, iso(t + 2 * HOUR), {
            appointmentId,
            customerId,
            consultationId,
            type: 'EXPERT',
            departmentCode: department,
            doctorId: newId(),
            slotStart: iso(slot),
            phoneConverted: channel === 'PHONE',
            onsiteConsultantId: onsite,
            bookedBy: pick(staff),
            bookedAt: iso(t + 2 * HOUR),
          }),
        );
        // some bookings are cancelled or marked no-shows; a few of those still see a visit (then they count)
        if (extra() < 0.15) {
          events.push(
            event(CareEvents.AppointmentCancelled, iso(t + 3 * HOUR), {
              appointmentId,
              customerId,
              kind: extra() < 0.5 ? 'CANCELLED' : 'NO_SHOW',
              departmentCode: department,
              slotStart: iso(slot),
              cancelledBy: staff[0],
              cancelledAt: iso(t + 3 * HOUR),
            }),
          );
        }
        if (rnd() < 0.8) {
          const visitId = newId();
          const visit = {
            visitId,
            customerId,
            appointmentId,
            departmentCode: department,
            onsiteConsultantId: onsite,
            phoneConverted: channel === 'PHONE',
          };
          events.push(
            event(CareEvents.VisitRegistered, iso(slot), {
              ...visit,
              walkIn: false,
              type: 'EXPERT',
              doctorId: null,
              designatedDoctor: false,
              arrivedAt: iso(slot),
              registeredBy: pick(staff),
            }),
          );
          const dealt = rnd() < 0.6;
          const amountFen = dealt ? 10_000 + Math.floor(rnd() * 500_000) : 0;
          const receiptNumber = dealt ? `R${visitId.slice(-10)}` : null;
          events.push(
            event(CareEvents.VisitOutcomeRecorded, iso(slot + HOUR), {
              ...visit,
              dealt,
              amountFen,
              receiptNumber,
              recordedBy: onsite,
              recordedAt: iso(slot + HOUR),
            }),
          );
          if (dealt && rnd() < 0.15) {
            events.push(
              event(Events.ConsumptionRefunded, iso(slot + 50 * HOUR), {
                receiptNumber,
                refundedAt: iso(slot + 50 * HOUR),
                reason: '投诉退款',
                customerId,
                amountFen,
              }),
            );
          }
          const taskId = newId();
          const dueDate = iso(slot + 24 * HOUR).slice(0, 10);
          const assigneeId = pick(staff);
          events.push(
            event(CareEvents.FollowUpScheduled, iso(slot + HOUR), {
              taskId,
              customerId,
              type: 'AFTER_TREATMENT',
              dueDate,
              departmentCode: department,
              assigneeId,
              ruleId: null,
            }),
          );
          if (rnd() < 0.7) {
            const done = slot + (rnd() < 0.8 ? 20 : 60) * HOUR;
            const onTime = iso(done + 8 * HOUR).slice(0, 10) <= dueDate;
            const satisfaction = rnd() < 0.8 ? 1 + Math.floor(rnd() * 5) : null;
            events.push(
              event(CareEvents.FollowUpCompleted, iso(done), {
                taskId,
                customerId,
                type: 'AFTER_TREATMENT',
                channel: 'PHONE',
                dueDate,
                completedAt: iso(done),
                onTime,
                satisfaction,
                newNeedFound: false,
                departmentCode: department,
                assigneeId,
                completedBy: assigneeId,
              }),
            );
          }
          if (rnd() < 0.1) {
            const complaintId = newId();
            const receivedAt = iso(slot + 30 * HOUR);
            // some are suggestions, which no complaint measure counts
            const complaint = {
              complaintId,
              kind: rnd() < 0.75 ? 'COMPLAINT' : 'SUGGESTION',
              customerId,
              category: 'SERVICE',
              severity: 'NORMAL',
              departmentCode: department,
            };
            events.push(
              event(CareEvents.ComplaintReceived, receivedAt, { ...complaint, channel, staffId: onsite, receivedBy: null, receivedAt }),
            );
            // two complaints in three run past two stages' time limits (no rnd() call: the rest of the history stays as it was)
            if (complaint.kind === 'COMPLAINT' && complaintsGenerated++ % 3 !== 2) {
              const firstOverdueAt = iso(slot + 40 * HOUR);
              for (const [stage, overdueAt] of [
                ['RECEIVED', firstOverdueAt],
                ['ESCALATED', iso(slot + 70 * HOUR)],
              ] as const)
                events.push(
                  event(CareEvents.ComplaintOverdue, overdueAt, {
                    ...complaint,
                    staffId: onsite,
                    receivedAt,
                    stage,
                    toStatus: 'ESCALATED',
                    stageEnteredAt: receivedAt,
                    limitMinutes: 60,
                    dueAt: overdueAt,
                    overdueAt,
                    firstOverdueAt,
                    owner: 'ONSITE',
                    escalatedTo: 'CUSTOMER_SERVICE',
                  }),
                );
            }
            if (rnd() < 0.5) {
              events.push(
                event(CareEvents.ComplaintClosed, iso(slot + 80 * HOUR), {
                  ...complaint,
                  receivedAt,
                  closedAt: iso(slot + 80 * HOUR),
                  satisfaction: 4,
                  resolutionKind: null,
                  amountFen: null,
                  onsiteAttempts: 1,
                  emergency: false,
                  closedBy: null,
                }),
              );
            }
          }
        }
      }
    }
  }
  return events;
}

type Row = { metric: string; day: string; department: string; dim: string; dim_key: string; value: string };
const ROLLUP = `select metric, day::text as day, department, dim, dim_key, value::text as value from "${ANALYTICS}"."kpi_daily" where value <> 0`;
const sortRows = (rows: Row[]) => [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

describe('front-line facts and the kpi_daily rollup', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  let consumers: FactConsumers;
  const events = history(20261204, 60);

  const rollup = async () => sortRows(await orm.em.fork().execute<Row[]>(ROLLUP));

  beforeAll(async () => {
    db = await createTestDatabase();
    orm = await createOrm({
      schema: ANALYTICS,
      clientUrl: db.url,
      entities: serviceEntities(analyticsService),
      migrations: analyticsService.migrations,
    });
    consumers = createFactConsumers(orm, analyticsFacts, TZ);
    // arrival order is not event order: shuffled, and a fifth of the events delivered twice
    // (once redelivered under the same id, once re-published under a new id)
    const rnd = random(7);
    const deliveries = events.flatMap((e) => (rnd() < 0.1 ? [e, e] : rnd() < 0.1 ? [e, { ...e, id: newId() }] : [e]));
    for (let i = deliveries.length - 1; i > 0; i -= 1) {
      const j = Math.floor(rnd() * (i + 1));
      [deliveries[i], deliveries[j]] = [deliveries[j]!, deliveries[i]!];
    }
    for (const delivery of deliveries) await consumers.consume(delivery);
  }, 120_000);
  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  it('every known metric is one of CareMetric, and the generated history fills each of them', async () => {
    const metrics = new Set((await rollup()).map((r) => r.metric));
    const known = new Set(Object.values(CareMetric) as string[]);
    for (const metric of metrics) expect(known.has(metric), metric).toBe(true);
    for (const metric of RECOMPUTED_METRICS) expect(metrics.has(metric), metric).toBe(true);
  });

  it('keys the rollup bytewise: its text key columns are COLLATE "C" and a key compared with a parameter still finds its row by an index', async () => {
    const columns = await orm.em.fork().execute<{ column_name: string; collation_name: string | null }[]>(
      `select column_name, collation_name from information_schema.columns
       where table_schema = ? and table_name = 'kpi_daily' and data_type = 'text' order by column_name`,
      [ANALYTICS],
    );
    expect(columns).toEqual(['department', 'dim', 'dim_key', 'metric'].map((column_name) => ({ column_name, collation_name: 'C' })));
    // a key compared with a parameter (default collation) takes the column's collation: its indexes still serve it
    const [plan] = await orm.em.fork().execute<{ 'QUERY PLAN': string }[]>(
      `explain (format text, costs off) select value from "${ANALYTICS}"."kpi_daily"
       where metric = ? and day = ?::date and department = ? and dim = ? and dim_key = ?`,
      ['CONSULTATIONS', '2026-11-01', 'DENTAL', 'ALL', ''],
    );
    expect(plan!['QUERY PLAN']).toMatch(/Index (Only )?Scan using kpi_daily_/);
  });

  it("reads the member KPIs' days from ma_customer_daily's partial index: the queries' condition is the index's", async () => {
    const plan = await orm.em.fork().transactional(async (em) => {
      // the planner prefers a sequential scan on a small table; forbidding it shows whether the index can serve the query at all
      await em.execute('set local enable_seqscan = off');
      return em.execute<{ 'QUERY PLAN': string }[]>(
        `explain (costs off) select sum(d.member_spend_fen), sum(d.member_consumptions) from "${ANALYTICS}"."ma_customer_daily" d
         where d.day between '2026-11-01' and '2026-11-30' and ${MEMBER_ACTIVITY}`,
      );
    });
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toMatch(
      /(Index Only Scan using|Index Scan using|Bitmap Index Scan on) ma_customer_daily_member_day_idx/,
    );
  });

  it('the department totals equal a recomputation from the facts in SQL, whatever order and however often events arrived', async () => {
    const rolled = (await rollup()).filter((r) => r.dim === 'ALL' && (RECOMPUTED_METRICS as readonly string[]).includes(r.metric));
    const recomputed = sortRows(await orm.em.fork().execute<Row[]>(RECOMPUTE));
    expect(rolled.length).toBeGreaterThan(100);
    expect(rolled).toEqual(recomputed);
  });

  it('every dimension splits the department total exactly (staff splits bookings between the two staff it names)', async () => {
    const rows = await rollup();
    const total = (metric: string, dim: string) =>
      rows.filter((r) => r.metric === metric && r.dim === dim).reduce((sum, r) => sum + Number(r.value), 0);
    for (const metric of ['CONSULTATIONS', 'OUTPATIENT_VISITS', 'SALES_FEN', 'COMPLAINTS']) {
      expect(total(metric, 'CHANNEL'), `${metric} by channel`).toBe(total(metric, 'ALL'));
      expect(total(metric, 'REGION'), `${metric} by region`).toBe(total(metric, 'ALL'));
    }
    expect(total('DEALT_VISITS', 'STAFF')).toBe(total('DEALT_VISITS', 'ALL'));
    expect(total('BOOKINGS', 'STAFF')).toBeGreaterThanOrEqual(total('BOOKINGS', 'ALL'));
  });

  it('a replay of the event log rebuilds the identical rollup', async () => {
    const before = await rollup();
    const progress = await replayEventLog(orm.em, analyticsFacts, TZ);
    expect(progress.applied).toBe(progress.total);
    expect(await rollup()).toEqual(before);
  });

  it('a hand-built day counts as worked out: 2 consultations, 1 visited, a deal of ¥1,200 refunded ¥1,200 next day, follow-up on time scoring 5', async () => {
    const customerId = newId();
    const consultant = newId();
    const onsite = newId();
    const day = (h: number) => iso(Date.parse('2026-12-20T00:00:00+08:00') + h * HOUR);
    const story = [
      event(Events.CustomerRegistered, day(1), {
        customerId,
        channel: 'PHONE',
        region: '浦东',
        registeredAt: day(1),
        keyAccountId: null,
        birthDate: '1988-01-01',
      }),
      event(CareEvents.ConsultationRegistered, day(1), {
        consultationId: newId(),
        customerId,
        channel: 'PHONE',
        consultantId: consultant,
        departmentCode: 'QA',
        region: null,
        concern: null,
        outcome: 'BOOKED',
        consultedAt: day(1),
      }),
      // a visit at 10:00 follows the 01:00 consultation, not the 23:00 one
      event(CareEvents.ConsultationRegistered, day(23), {
        consultationId: newId(),
        customerId,
        channel: 'PHONE',
        consultantId: consultant,
        departmentCode: 'QA',
        region: null,
        concern: null,
        outcome: 'FOLLOW_UP_LATER',
        consultedAt: day(23),
      }),
    ];
    const visitId = newId();
    const visit = { visitId, customerId, appointmentId: null, departmentCode: 'QA', onsiteConsultantId: onsite, phoneConverted: true };
    story.push(
      event(CareEvents.VisitRegistered, day(10), {
        ...visit,
        walkIn: true,
        type: 'EXPERT',
        doctorId: null,
        designatedDoctor: false,
        arrivedAt: day(10),
        registeredBy: newId(),
      }),
    );
    story.push(
      event(CareEvents.VisitOutcomeRecorded, day(11), {
        ...visit,
        dealt: true,
        amountFen: 120_000,
        receiptNumber: 'QA-1',
        recordedBy: onsite,
        recordedAt: day(11),
      }),
    );
    story.push(
      event(Events.ConsumptionRefunded, day(30), {
        receiptNumber: 'QA-1',
        refundedAt: day(30),
        reason: '退款',
        customerId,
        amountFen: 120_000,
      }),
    );
    const taskId = newId();
    story.push(
      event(CareEvents.FollowUpScheduled, day(11), {
        taskId,
        customerId,
        type: 'AFTER_TREATMENT',
        dueDate: '2026-12-21',
        departmentCode: 'QA',
        assigneeId: consultant,
        ruleId: null,
      }),
    );
    story.push(
      event(CareEvents.FollowUpCompleted, day(29), {
        taskId,
        customerId,
        type: 'AFTER_TREATMENT',
        channel: 'PHONE',
        dueDate: '2026-12-21',
        completedAt: day(29),
        onTime: true,
        satisfaction: 5,
        newNeedFound: false,
        departmentCode: 'QA',
        assigneeId: consultant,
        completedBy: consultant,
      }),
    );
    for (const e of story.reverse()) await consumers.consume(e);
    const rows = (await rollup()).filter((r) => r.department === 'QA' && r.dim === 'ALL');
    const value = (metric: string, d: string) => Number(rows.find((r) => r.metric === metric && r.day === d)?.value ?? 0);
    expect(value('CONSULTATIONS', '2026-12-20')).toBe(2);
    expect(value('CONSULTATIONS_VISITED', '2026-12-20')).toBe(1);
    expect(value('OUTPATIENT_VISITS', '2026-12-20')).toBe(1);
    expect(value('PHONE_CONVERTED_VISITS', '2026-12-20')).toBe(1);
    expect(value('SALES_FEN', '2026-12-20')).toBe(120_000);
    expect(value('PHONE_CONVERTED_SALES_FEN', '2026-12-20')).toBe(120_000);
    expect(value('REFUNDED_FEN', '2026-12-21')).toBe(120_000);
    expect(value('FOLLOW_UPS_DUE', '2026-12-21')).toBe(1);
    expect(value('FOLLOW_UPS_ON_TIME', '2026-12-21')).toBe(1);
    expect(value('SATISFACTION_SUM', '2026-12-21')).toBe(5);
    expect(value('SATISFACTION_GE4', '2026-12-21')).toBe(1);
    expect(value('RETURNING_DEALT_VISITS', '2026-12-20')).toBe(0);
  });
});
