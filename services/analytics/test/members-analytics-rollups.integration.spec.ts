import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import {
  CareEvents,
  createOrm,
  Events,
  MemberFactEvents,
  MembershipEvents,
  newId,
  serviceEntities,
  type DomainEvent,
  type MikroORM,
} from '@careline/service-kit';
import { membersConsumer } from './members-delivery.js';
import {
  compareWithFacts,
  TIERS_ON_DAY_FROM_FACTS,
  TIERS_ON_DAY_FROM_ROLLUP,
} from '../src/modules/members-analytics/members-analytics.recompute.js';
import { analyticsFacts, analyticsService } from '../src/service.js';
import { event, republished } from './members-history.js';

/** mulberry32: the same generated history on every run */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generated membership history: every fact kind, with refunds, cancellations, late links and moves. */
function generate(seed: number, customers: number): DomainEvent<unknown>[] {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const instant = () => new Date(Date.UTC(2026, 0, 1) + Math.floor(rnd() * 180 * 86_400_000)).toISOString();
  const later = (at: string) => new Date(Date.parse(at) + Math.floor(rnd() * 20 * 86_400_000) + 60_000).toISOString();
  const accounts = [newId(), newId(), newId()];
  const staff = [newId(), newId(), newId()];
  const tiers = ['ORDINARY', 'SILVER', 'GOLD', 'DIAMOND'];
  const out: DomainEvent<unknown>[] = [];
  for (let c = 0; c < customers; c++) {
    const customerId = newId();
    const registeredAt = '2025-12-01T02:00:00.000Z';
    out.push(
      event(
        Events.CustomerRegistered,
        { customerId, channel: 'PHONE', region: null, registeredAt, keyAccountId: rnd() < 0.5 ? pick(accounts) : null },
        registeredAt,
        'crm',
      ),
    );
    if (rnd() < 0.3) {
      const changedAt = instant();
      out.push(
        event(
          MemberFactEvents.CustomerKeyAccountChanged,
          { customerId, keyAccountId: rnd() < 0.7 ? pick(accounts) : null, previousKeyAccountId: null, changedAt },
          changedAt,
          'crm',
        ),
      );
    }
    const membershipId = rnd() < 0.75 ? newId() : null;
    if (membershipId) {
      const joinedAt = instant();
      out.push(event(Events.MemberEnrolled, { membershipId, customerId, cardNumber: 'M1', tier: pick(tiers), joinedAt }, joinedAt));
      let at = joinedAt;
      for (let k = Math.floor(rnd() * 3); k > 0; k--) {
        at = later(at);
        out.push(
          event(
            MembershipEvents.TierChanged,
            { membershipId, customerId, from: pick(tiers), to: pick(tiers), spendFen: 0, direction: 'UP', at, reason: 'EVALUATION' },
            at,
          ),
        );
      }
      if (rnd() < 0.2) {
        at = later(at);
        out.push(
          event(
            MembershipEvents.MembershipStatusChanged,
            { membershipId, customerId, from: 'ACTIVE', to: 'CANCELLED', kind: 'CANCELLED', at },
            at,
          ),
        );
        if (rnd() < 0.3) {
          const back = later(at);
          out.push(
            event(
              MembershipEvents.MembershipStatusChanged,
              { membershipId, customerId, from: 'CANCELLED', to: 'ACTIVE', kind: 'UNFROZEN', at: back },
              back,
            ),
          );
        }
      }
      for (let k = Math.floor(rnd() * 5); k > 0; k--) {
        const day = instant();
        out.push(
          event(
            Events.PointsChanged,
            {
              membershipId,
              customerId,
              delta: Math.floor(rnd() * 600) - 200,
              balance: 0,
              kind: pick(['EARN', 'REDEEM', 'ADJUST', 'EXPIRE']),
              entryId: newId(),
            },
            day,
          ),
        );
      }
      for (let k = Math.floor(rnd() * 3); k > 0; k--) {
        const redeemedAt = instant();
        const data = {
          redemptionId: newId(),
          membershipId,
          customerId,
          giftId: pick(staff),
          giftName: '礼品',
          quantity: 1 + Math.floor(rnd() * 3),
          points: 100,
          unitCostFen: rnd() < 0.8 ? 1250 : null,
          redeemedAt,
        };
        out.push(event(MemberFactEvents.GiftRedeemed, data, redeemedAt));
        if (rnd() < 0.3)
          out.push(event(MemberFactEvents.GiftRedemptionCancelled, { ...data, cancelledAt: later(redeemedAt) }, later(redeemedAt)));
      }
      if (rnd() < 0.5) {
        const registrationId = newId();
        const registeredAt = instant();
        out.push(
          event(
            MemberFactEvents.ActivityRegistered,
            {
              registrationId,
              activityId: staff[0],
              activityKind: pick(['LECTURE', 'GALA']),
              membershipId,
              customerId,
              startsAt: registeredAt,
              registeredAt,
            },
            registeredAt,
          ),
        );
        if (rnd() < 0.6)
          out.push(
            event(
              MemberFactEvents.ActivityAttended,
              { registrationId, activityId: staff[0], membershipId, customerId, attendedAt: later(registeredAt) },
              later(registeredAt),
            ),
          );
      }
    }
    for (let k = Math.floor(rnd() * 6); k > 0; k--) {
      const occurredAt = instant();
      const receipt = {
        consumptionId: newId(),
        receiptNumber: `G-${newId()}`,
        customerId,
        membershipId: membershipId && rnd() < 0.9 ? membershipId : null,
        amountFen: 100 * (1 + Math.floor(rnd() * 5000)),
        occurredAt,
      };
      out.push(
        event(
          MemberFactEvents.ConsumptionRecorded,
          {
            ...receipt,
            source: 'DEAL',
            visitId: null,
            departmentCode: pick(['DENTAL', 'ORTHO', null]),
            staffId: rnd() < 0.7 ? pick(staff) : null,
          },
          occurredAt,
        ),
      );
      if (rnd() < 0.2)
        out.push(event(MemberFactEvents.ConsumptionRefundRecorded, { ...receipt, refundedAt: later(occurredAt) }, later(occurredAt)));
    }
    for (let k = Math.floor(rnd() * 4); k > 0; k--) {
      const arrivedAt = instant();
      out.push(
        event(
          CareEvents.VisitRegistered,
          {
            visitId: newId(),
            customerId,
            appointmentId: null,
            walkIn: true,
            phoneConverted: false,
            type: 'TREATMENT',
            departmentCode: 'DENTAL',
            doctorId: null,
            designatedDoctor: false,
            onsiteConsultantId: null,
            arrivedAt,
            registeredBy: null,
          },
          arrivedAt,
          'crm',
        ),
      );
    }
    for (let k = Math.floor(rnd() * 3); k > 0; k--) {
      const completedAt = instant();
      out.push(
        event(
          CareEvents.FollowUpCompleted,
          {
            taskId: newId(),
            customerId,
            type: 'SATISFACTION',
            channel: 'PHONE',
            dueDate: completedAt.slice(0, 10),
            completedAt,
            onTime: true,
            satisfaction: rnd() < 0.8 ? 1 + Math.floor(rnd() * 5) : null,
            newNeedFound: false,
            departmentCode: 'CS',
            assigneeId: null,
            completedBy: newId(),
          },
          completedAt,
          'crm',
        ),
      );
    }
    for (let k = Math.floor(rnd() * 3); k > 0; k--) {
      const consultedAt = instant();
      const consultationId = newId();
      const linkedLater = rnd() < 0.3;
      out.push(
        event(
          CareEvents.ConsultationRegistered,
          {
            consultationId,
            customerId: linkedLater ? null : customerId,
            channel: 'PHONE',
            consultantId: newId(),
            departmentCode: 'CONSULTATION',
            region: null,
            concern: null,
            outcome: 'BOOKED',
            consultedAt,
            diseaseType: pick(['种植', '正畸', '牙周病']),
          },
          consultedAt,
          'crm',
        ),
      );
      if (linkedLater)
        out.push(
          event(CareEvents.ConsultationLinked, { consultationId, customerId, linkedAt: later(consultedAt) }, later(consultedAt), 'crm'),
        );
    }
  }
  return out;
}

describe('membership rollups equal a recomputation from the facts, on generated data', () => {
  let db: TestDatabase;
  let analytics: TestService;
  const history = generate(20261204, 60);

  beforeAll(async () => {
    db = await createTestDatabase();
    analytics = await startTestService(analyticsService, db.url);
    const consumers = membersConsumer(analytics.orm);
    const rnd = random(7);
    const shuffled = history
      .map((e) => ({ e, k: rnd() }))
      .sort((a, b) => a.k - b.k)
      .map(({ e }) => e);
    // any order, a third redelivered, a fifth re-published under new ids, several at once
    const deliveries = [...shuffled, ...shuffled.filter(() => rnd() < 0.33), ...shuffled.filter(() => rnd() < 0.2).map(republished)];
    for (let i = 0; i < deliveries.length; i += 8) await Promise.all(deliveries.slice(i, i + 8).map((e) => consumers.consume(e)));
  }, 120_000);
  afterAll(async () => {
    await analytics?.stop();
    await db?.drop();
  });

  it('holds in every rollup table', async () => {
    expect(history.length).toBeGreaterThan(500);
    const compared = await compareWithFacts(analytics.orm.em.fork());
    for (const [name, { rollup, facts }] of Object.entries(compared)) {
      expect(facts.length, name).toBeGreaterThan(0);
      expect(rollup, name).toEqual(facts);
    }
  });

  it('holds for the tier distribution on any day', async () => {
    const em = analytics.orm.em.fork();
    for (const day of ['2026-01-01', '2026-02-14', '2026-03-31', '2026-05-01', '2026-06-30', '2026-08-31']) {
      const fromRollup = await em.execute(TIERS_ON_DAY_FROM_ROLLUP, [day]);
      const fromFacts = await em.execute(TIERS_ON_DAY_FROM_FACTS, [day, 'Asia/Shanghai']);
      expect(fromRollup, day).toEqual(fromFacts);
    }
  });
});

describe("the seed's bulk path (FactDispatcher.applyBatch) leaves what the appliers leave, event by event", () => {
  const orms: MikroORM[] = [];
  const dbs: TestDatabase[] = [];
  const ctx = { timeZone: 'Asia/Shanghai' };
  // a membership's enrolment, tier and status changes, gifts and activities in one batch, out of
  // order, with re-published copies: rows a change creates and a later one takes back to zero stay
  const rnd = random(11);
  const history = generate(20261207, 60);
  const shuffled = history
    .map((e) => ({ e, k: rnd() }))
    .sort((a, b) => a.k - b.k)
    .map(({ e }) => e);
  const deliveries = [...shuffled, ...shuffled.filter(() => rnd() < 0.2).map(republished)];

  const open = async () => {
    const db = await createTestDatabase();
    dbs.push(db);
    const orm = await createOrm({
      schema: 'analytics',
      clientUrl: db.url,
      entities: serviceEntities(analyticsService),
      migrations: analyticsService.migrations,
    });
    orms.push(orm);
    return orm;
  };
  /** every row of every fact and rollup table, as text, in order (not the kept answers and their transaction log: bookkeeping of the reads) */
  const contents = async (orm: MikroORM) => {
    const em = orm.em.fork();
    const tables = await em.execute<{ name: string }[]>(
      `select format('%I.%I', table_schema, table_name) as name from information_schema.tables
       where table_schema = 'analytics' and table_type = 'BASE TABLE'
         and table_name not in ('processed_event', 'mikro_orm_migrations', 'event_log', 'scorecard_template',
                                'ma_report_change', 'ma_report_cache') order by 1`,
    );
    const out: Record<string, string[]> = {};
    for (const { name } of tables)
      out[name] = (await em.execute<{ r: string }[]>(`select t::text as r from ${name} t order by 1`)).map((x) => x.r);
    return out;
  };

  afterAll(async () => {
    for (const orm of orms) await orm.close();
    for (const db of dbs) await db.drop();
  });

  it('row for row, in batches of 100', async () => {
    const one = await open();
    for (const e of deliveries) await one.em.fork().transactional((tx) => analyticsFacts.apply(tx, e, ctx));
    const bulk = await open();
    for (let i = 0; i < deliveries.length; i += 100)
      await bulk.em.fork().transactional((tx) => analyticsFacts.applyBatch(tx, deliveries.slice(i, i + 100), ctx));

    const [expected, actual] = [await contents(one), await contents(bulk)];
    expect(expected['analytics.ma_tier_daily']!.length).toBeGreaterThan(0);
    // a tier row taken back to zero by a later change of the same batch is still there
    expect(expected['analytics.ma_tier_daily']!.some((r) => r.endsWith(',0)'))).toBe(true);
    expect(actual).toEqual(expected);
  }, 120_000);
});
