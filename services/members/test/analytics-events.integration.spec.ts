import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestService, testCallers, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import {
  MemberFactEvents,
  type ActivityAttendedData,
  type ActivityRegisteredData,
  type ConsumptionRecordedData,
  type ConsumptionRefundRecordedData,
  type GiftRedeemedData,
  type GiftRedemptionCancelledData,
} from '@careline/service-kit';
import { membersService } from '../src/service.js';
import { recordDealClosed } from '../src/modules/consumption/consumption.consumer.js';
import { eventProbe, MEMBER_CENTRE } from './membership-support.js';
import { CANCEL, CREATE_GIFT, dealClosed, desk, enrolMember, key, receipt, RECORD, REDEEM, REFUND } from './points-support.js';

/** The facts analytics counts (issue 6), published by members inside the writing transaction, once per fact. */
describe('members publishes the membership facts analytics needs', () => {
  let db: TestDatabase;
  let members: TestService;

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  it('publishes ConsumptionRecorded once per receipt, by hand or from DealClosed, and ConsumptionRefundRecorded once per refund', async () => {
    const recorded = await eventProbe<ConsumptionRecordedData>(members, MemberFactEvents.ConsumptionRecorded);
    const refunded = await eventProbe<ConsumptionRefundRecordedData>(members, MemberFactEvents.ConsumptionRefundRecorded);
    const member = await enrolMember(members);
    const receiptNumber = receipt('AN');
    const input = {
      membershipId: member.id,
      receiptNumber,
      amountFen: 128_50,
      occurredAt: '2026-11-02T03:00:00.000Z',
      idempotencyKey: key(),
    };
    expect((await members.request(RECORD, { input }, undefined, desk)).errors).toBeUndefined();
    // the same receipt again under a new key, and the same receipt arriving as a deal: still one consumption
    expect((await members.request(RECORD, { input: { ...input, idempotencyKey: key() } }, undefined, desk)).errors).toBeUndefined();
    const deal = dealClosed({ customerId: member.customerId, receiptNumber, amountFen: 12850 });
    await recordDealClosed({ rootEm: members.orm.em, bus: members.bus }, deal);
    const other = dealClosed({ customerId: member.customerId, amountFen: 30000, departmentCode: 'DENTAL' });
    await recordDealClosed({ rootEm: members.orm.em, bus: members.bus }, other);
    await recordDealClosed({ rootEm: members.orm.em, bus: members.bus }, other);

    const published = await recorded.published();
    expect(published).toHaveLength(2);
    expect(published[0]).toMatchObject({
      receiptNumber,
      customerId: member.customerId,
      membershipId: member.id,
      amountFen: 12850,
      source: 'MANUAL',
    });
    expect(published[0]!.occurredAt).toBe('2026-11-02T03:00:00.000Z');
    expect(published[1]).toMatchObject({
      receiptNumber: other.data.receiptNumber,
      membershipId: member.id,
      amountFen: 30000,
      source: 'DEAL',
      departmentCode: 'DENTAL',
    });

    const refund = { receiptNumber, reason: '治疗取消', idempotencyKey: key() };
    expect((await members.request(REFUND, { input: refund }, undefined, desk)).errors).toBeUndefined();
    expect((await members.request(REFUND, { input: { ...refund, idempotencyKey: key() } }, undefined, desk)).errors).toBeUndefined();
    const refunds = await refunded.published();
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({
      receiptNumber,
      customerId: member.customerId,
      membershipId: member.id,
      amountFen: 12850,
      occurredAt: '2026-11-02T03:00:00.000Z',
    });
  });

  it('publishes GiftRedeemed with the unit cost at hand-over and GiftRedemptionCancelled once', async () => {
    const redeemed = await eventProbe<GiftRedeemedData>(members, MemberFactEvents.GiftRedeemed);
    const cancelled = await eventProbe<GiftRedemptionCancelledData>(members, MemberFactEvents.GiftRedemptionCancelled);
    const member = await enrolMember(members);
    await members.request(
      RECORD,
      {
        input: {
          membershipId: member.id,
          receiptNumber: receipt('GF'),
          amountFen: 500_00,
          occurredAt: new Date().toISOString(),
          idempotencyKey: key(),
        },
      },
      undefined,
      desk,
    );
    const gift = await members.request(
      CREATE_GIFT,
      { input: { name: '电动牙刷', kind: 'GOODS', pointsPrice: 100, stock: 5, unitCostFen: 35_20 } },
      undefined,
      testCallers.finance,
    );
    const giftId = gift.data.createGift.id as string;
    const redemption = await members.request(
      REDEEM,
      { input: { membershipId: member.id, giftId, quantity: 2, idempotencyKey: key() } },
      undefined,
      desk,
    );
    expect(redemption.errors).toBeUndefined();
    const redemptionId = redemption.data.redeemGift.id as string;
    const cancel = { redemptionId, reason: '登记错误', idempotencyKey: key() };
    await members.request(CANCEL, { input: cancel }, undefined, desk);
    await members.request(CANCEL, { input: { ...cancel, idempotencyKey: key() } }, undefined, desk);

    const handed = await redeemed.published();
    expect(handed).toHaveLength(1);
    expect(handed[0]).toMatchObject({
      redemptionId,
      membershipId: member.id,
      customerId: member.customerId,
      giftId,
      giftName: '电动牙刷',
      quantity: 2,
      points: 200,
      unitCostFen: 3520,
    });
    const back = await cancelled.published();
    expect(back).toHaveLength(1);
    expect(back[0]).toMatchObject({ redemptionId, giftId, quantity: 2, points: 200, unitCostFen: 3520, redeemedAt: handed[0]!.redeemedAt });
  });

  it('publishes ActivityRegistered and ActivityAttended once each', async () => {
    const registeredProbe = await eventProbe<ActivityRegisteredData>(members, MemberFactEvents.ActivityRegistered);
    const attendedProbe = await eventProbe<ActivityAttendedData>(members, MemberFactEvents.ActivityAttended);
    const member = await enrolMember(members);
    const startsAt = new Date(Date.now() - 3600_000).toISOString();
    const created = await members.request(
      `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
      {
        input: {
          title: '会员讲座',
          kind: 'LECTURE',
          startsAt,
          endsAt: new Date(Date.now() + 3600_000).toISOString(),
          targetTiers: ['ORDINARY'],
          capacity: 10,
          budgetFen: 100_00,
        },
      },
      undefined,
      MEMBER_CENTRE,
    );
    const activityId = created.data.createActivity.id as string;
    const register = `mutation ($a: ID!, $m: ID!) { registerForActivity(activityId: $a, membershipId: $m) { id } }`;
    const attend = `mutation ($a: ID!, $m: ID!) { recordAttendance(activityId: $a, membershipId: $m) { id } }`;
    const first = await members.request(register, { a: activityId, m: member.id }, undefined, MEMBER_CENTRE);
    const second = await members.request(register, { a: activityId, m: member.id }, undefined, MEMBER_CENTRE);
    expect(second.errors?.[0].extensions.code).toBe('CONFLICT');
    await members.request(attend, { a: activityId, m: member.id }, undefined, MEMBER_CENTRE);
    expect((await members.request(attend, { a: activityId, m: member.id }, undefined, MEMBER_CENTRE)).errors?.[0].extensions.code).toBe(
      'CONFLICT',
    );

    const registrations = await registeredProbe.published();
    expect(registrations).toEqual([
      expect.objectContaining({
        registrationId: first.data.registerForActivity.id,
        activityId,
        activityKind: 'LECTURE',
        membershipId: member.id,
        customerId: member.customerId,
        startsAt,
      }),
    ]);
    const attendances = await attendedProbe.published();
    expect(attendances).toEqual([
      expect.objectContaining({
        registrationId: first.data.registerForActivity.id,
        activityId,
        membershipId: member.id,
        customerId: member.customerId,
      }),
    ]);
  });
});
