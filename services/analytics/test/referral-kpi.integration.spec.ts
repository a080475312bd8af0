import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { CareEvents, Events, newId, type DomainEvent } from '@careline/service-kit';
import { analyticsFacts, analyticsService } from '../src/service.js';
import { createFactConsumers } from '../src/modules/facts/facts.consumers.js';
import { KpiService } from '../src/modules/kpi/kpi.service.js';
import { KpiCode } from '../src/modules/kpi/kpi-registry.js';
import { metricTotalsFromFacts } from '../src/modules/care/care.recompute.js';
import { TZ } from './kpi-setup.js';

// 老带新成交率 (REFERRAL_CONVERSION_RATE): referred customers (crm's CustomerReferred) with a deal at or
// after the referral, over the referrals, counted on the referral's day — once per referred
// customer however often the event comes.

const event = <T>(type: string, data: T, occurredAt: string): DomainEvent<T> => ({ id: newId(), type, source: 'crm', occurredAt, data });

describe('the referral measure', () => {
  let db: TestDatabase;
  let analytics: TestService;
  const service = () => new KpiService(analytics.orm.em.fork(), { timeZone: TZ });
  const DECEMBER = { from: '2026-12-01', to: '2026-12-31' };
  const referrer = newId();
  const [dealt, notYet, before] = [newId(), newId(), newId()];

  const registered = (customerId: string, at: string) =>
    event(Events.CustomerRegistered, { customerId, channel: 'REFERRAL', region: '广州', registeredAt: at, keyAccountId: null }, at);
  const referral = (customerId: string, at: string) => event(Events.CustomerReferred, { referrerId: referrer, customerId }, at);
  const deal = (customerId: string, at: string) => {
    const visitId = newId();
    const base = { visitId, customerId, appointmentId: null, phoneConverted: false, departmentCode: 'DENTAL', onsiteConsultantId: null };
    return [
      event(
        CareEvents.VisitRegistered,
        { ...base, walkIn: true, type: 'EXPERT', doctorId: null, designatedDoctor: false, arrivedAt: at, registeredBy: null },
        at,
      ),
      event(
        CareEvents.VisitOutcomeRecorded,
        { ...base, dealt: true, amountFen: 300_000, receiptNumber: `RF-${visitId}`, recordedBy: null, recordedAt: at },
        at,
      ),
    ];
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    analytics = await startTestService(analyticsService, db.url);
  });
  afterAll(async () => {
    await analytics?.stop();
    await db?.drop();
  });

  it('counts referred customers and those who dealt after the referral, once, whatever the order or redelivery', async () => {
    const consumers = createFactConsumers(analytics.orm, analyticsFacts, TZ);
    const dealtReferral = referral(dealt, '2026-12-03T02:00:00.000Z');
    const events = [
      // the deal's events before the referral's: order does not matter
      ...deal(dealt, '2026-12-08T03:00:00.000Z'),
      registered(dealt, '2026-12-03T01:59:00.000Z'),
      dealtReferral,
      registered(notYet, '2026-12-04T02:00:00.000Z'),
      referral(notYet, '2026-12-04T02:00:00.000Z'),
      // dealt before the referral was recorded (a referrer named later): not a referral that converted
      ...deal(before, '2026-11-20T02:00:00.000Z'),
      referral(before, '2026-12-05T02:00:00.000Z'),
    ];
    for (const e of events) expect(await consumers.consume(e)).toBe(true);
    // redelivered (same id) and re-published later under a new id: nothing moves
    expect(await consumers.consume(dealtReferral)).toBe(false);
    expect(await consumers.consume({ ...dealtReferral, id: newId(), occurredAt: '2026-12-20T02:00:00.000Z' })).toBe(false);

    const december = await service().measure(KpiCode.REFERRAL_CONVERSION_RATE, DECEMBER, {});
    expect(december).toMatchObject({ numerator: 1, denominator: 3 });
    expect(december.value).toBeCloseTo(1 / 3, 9);
    // counted on the referral's day (3 Dec in Shanghai), not the deal's
    expect(await service().measure(KpiCode.REFERRAL_CONVERSION_RATE, { from: '2026-12-03', to: '2026-12-03' }, {})).toMatchObject({
      numerator: 1,
      denominator: 1,
      value: 1,
    });
    // the hospital's figure whatever department is asked for
    expect(await service().measure(KpiCode.REFERRAL_CONVERSION_RATE, DECEMBER, { departmentCode: 'DENTAL' })).toMatchObject({
      numerator: 1,
      denominator: 3,
    });
    // the rollup agrees with the recomputation from the raw facts
    const fromFacts = await metricTotalsFromFacts(analytics.orm.em.fork(), TZ, DECEMBER);
    expect([fromFacts.REFERRALS, fromFacts.REFERRALS_DEALT]).toEqual([3, 1]);
  });
});
