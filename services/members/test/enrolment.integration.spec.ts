import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, eventually, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { Events, type Caller, newId, type DomainEvent, type MemberEnrolledData } from '@careline/service-kit';
import { membersService } from '../src/service.js';
import { countRows, knownCustomer } from './support.js';

const ENROL = `mutation ($input: EnrollMemberInput!) {
  enrollMember(input: $input) { id cardNumber tier status joinedAt enrolledBy createdAt customer { id } }
}`;

describe('enrolling members over GraphQL', () => {
  let db: TestDatabase;
  let members: TestService;
  const published: DomainEvent<MemberEnrolledData>[] = [];
  const enrol = (input: Record<string, unknown>, as?: Caller) => members.request(ENROL, { input }, undefined, as);
  const memberships = () => countRows(members, `select count(*)::int as count from "members"."membership"`);
  const eventsFor = (customerId: string) =>
    countRows(
      members,
      `select count(*)::int as count from pgboss.job where name = 'probe.MemberEnrolled' and data->'data'->>'customerId' = ?`,
      [customerId],
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
    // a stand-in for analytics: every MemberEnrolled lands here
    await members.bus.subscribe<MemberEnrolledData>('probe', Events.MemberEnrolled, async (event) => {
      published.push(event);
    });
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  it('enrols a known customer as an ACTIVE ORDINARY member with an M-and-eight-digit card number', async () => {
    const customerId = await knownCustomer(members);
    const before = Date.now();
    const { data, errors } = await enrol({ customerId });
    expect(errors).toBeUndefined();
    expect(data.enrollMember).toMatchObject({ tier: 'ORDINARY', status: 'ACTIVE', enrolledBy: null, customer: { id: customerId } });
    expect(data.enrollMember.cardNumber).toMatch(/^M\d{8}$/);
    expect(new Date(data.enrollMember.joinedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('publishes MemberEnrolled with the membership once the enrolment commits', async () => {
    const customerId = await knownCustomer(members);
    const { data } = await enrol({ customerId, tier: 'gold', joinedAt: '2026-01-15T08:00:00.000Z' });
    const event = await eventually(async () => published.find((e) => e.data.customerId === customerId));
    expect(event).toMatchObject({
      type: 'MemberEnrolled',
      source: 'members',
      data: {
        membershipId: data.enrollMember.id,
        customerId,
        cardNumber: data.enrollMember.cardNumber,
        tier: 'GOLD',
        joinedAt: '2026-01-15T08:00:00.000Z',
      },
    });
  });

  it('keeps a back-dated join time and the upper-cased tier', async () => {
    const customerId = await knownCustomer(members);
    const { data } = await enrol({ customerId, tier: ' silver ', joinedAt: '2025-03-01T00:00:00.000Z' });
    expect(data.enrollMember).toMatchObject({ tier: 'SILVER', joinedAt: '2025-03-01T00:00:00.000Z' });
  });

  it('records the staff member the gateway names as the caller in enrolledBy', async () => {
    const customerId = await knownCustomer(members);
    const staffId = newId();
    const { data } = await enrol({ customerId }, { kind: 'staff', id: staffId, role: 'STAFF', department: 'MEMBER_CENTRE' });
    expect(data.enrollMember.enrolledBy).toBe(staffId);
  });

  it('gives every member a different card number, in issue order', async () => {
    const cards: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { data } = await enrol({ customerId: await knownCustomer(members) });
      cards.push(data.enrollMember.cardNumber);
    }
    expect(new Set(cards).size).toBe(3);
    expect([...cards].sort()).toEqual(cards);
  });

  it('refuses a customer crm never registered with NOT_FOUND, writes nothing and publishes nothing', async () => {
    const before = await memberships();
    const stranger = newId();
    const { data, errors } = await enrol({ customerId: stranger });
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CUSTOMER_NOT_FOUND', field: 'customerId' });
    expect(await memberships()).toBe(before);
    expect(await eventsFor(stranger)).toBe(0);
  });

  it('refuses to enrol a member twice with CONFLICT naming the existing membership, and publishes only the first', async () => {
    const customerId = await knownCustomer(members);
    const first = await enrol({ customerId });
    const before = await memberships();
    const again = await enrol({ customerId, tier: 'GOLD' });
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_MEMBER',
      existingMembershipId: first.data.enrollMember.id,
    });
    expect(await memberships()).toBe(before);
    await eventually(async () => published.some((e) => e.data.customerId === customerId));
    expect(await eventsFor(customerId)).toBe(1);
  });

  it('lets exactly one of concurrent enrolments of one customer succeed and answers CONFLICT to the rest', async () => {
    const customerId = await knownCustomer(members);
    const results = await Promise.all(Array.from({ length: 8 }, () => enrol({ customerId })));
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions.code === 'CONFLICT')).toHaveLength(7);
    expect(await countRows(members, `select count(*)::int as count from "members"."membership" where customer_id = ?`, [customerId])).toBe(
      1,
    );
    expect(await eventsFor(customerId)).toBe(1);
  });

  it('never hands out a card number again: the next card follows every number drawn, including by enrolments that failed', async () => {
    const customerId = await knownCustomer(members);
    await Promise.all(Array.from({ length: 4 }, () => enrol({ customerId }))); // the losers may draw numbers and roll back
    const [sequence] = await members.orm.em
      .getConnection()
      .execute<{ last_value: string }[]>(`select last_value from "members"."membership_card_number_seq"`);
    const issued = await members.orm.em
      .getConnection()
      .execute<{ card_number: string }[]>(`select card_number from "members"."membership"`);
    const { data } = await enrol({ customerId: await knownCustomer(members) });
    expect(data.enrollMember.cardNumber).toBe(`M${String(Number(sequence!.last_value) + 1).padStart(8, '0')}`);
    expect(issued.map((r) => r.card_number)).not.toContain(data.enrollMember.cardNumber);
  });

  it('refuses a malformed tier and a join time in the future with BAD_USER_INPUT and writes nothing', async () => {
    const customerId = await knownCustomer(members);
    const before = await memberships();
    const tier = await enrol({ customerId, tier: '金卡' });
    expect(tier.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tier' });
    const future = await enrol({ customerId, joinedAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'joinedAt' });
    expect(await memberships()).toBe(before);
    expect(await eventsFor(customerId)).toBe(0);
  });
});
