import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, eventually, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { Events, MembershipEvents, newId, type CustomersMergedData, type DomainEvent, type TierChangedData } from '@careline/service-kit';
import { membersService } from '../src/service.js';
import { recordCustomersMerged } from '../src/modules/merge/merge.consumer.js';
import { MemberLedger, SYSTEM_OPERATOR } from '../src/modules/points/points.ledger.js';
import { PointsEntryKind } from '../src/modules/points/points-entry.entity.js';
import { pointsConfig } from '../src/modules/points/points.config.js';
import { knownCustomer } from './support.js';
import { enrolled, eventProbe, MEMBER_CENTRE, rows, type Enrolled } from './membership-support.js';

const MEMBER = `query ($id: ID!) { membership(id: $id) {
  id status tier joinedAt isKeyCustomer keyCustomerOwnerId mergedIntoId customer { id } currentCard { status }
  history(first: 20) { nodes { kind fromValue toValue actorKind } } } }`;
const BY_CUSTOMER = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Customer { id membership { id } } } }`;
const ISSUE = `mutation ($id: ID!) { issueCard(membershipId: $id) { id } }`;

describe('customer merges (CustomersMerged from crm) merge memberships and points', () => {
  let db: TestDatabase;
  let members: TestService;
  let tierEvents: Awaited<ReturnType<typeof eventProbe<TierChangedData>>>;
  const member = async (id: string) => (await members.request(MEMBER, { id }, undefined, MEMBER_CENTRE)).data.membership;
  const merged = (survivorId: string, mergedId: string): DomainEvent<CustomersMergedData> => ({
    id: newId(),
    type: Events.CustomersMerged,
    source: 'crm',
    occurredAt: new Date().toISOString(),
    data: { survivorId, mergedId, mergedAt: new Date().toISOString() },
  });
  const credit = (m: Enrolled, points: number) =>
    members.orm.em.fork().transactional(async (em) => {
      const ledger = await MemberLedger.open({ em, bus: members.bus, now: new Date(), config: pointsConfig() }, m.id);
      await ledger.credit(PointsEntryKind.ADJUST, points, { reason: '测试: opening balance', operatorId: SYSTEM_OPERATOR });
      await ledger.close();
    });
  const ledger = (m: Enrolled) =>
    rows<{ kind: string; points: number; balance_after: number; reason: string }>(
      members,
      `select kind, points, balance_after, reason from "members"."points_entry" where membership_id = ? order by seq`,
      [m.id],
    );
  const balance = async (m: Enrolled) =>
    (await rows<{ balance: number }>(members, `select balance from "members"."points_account" where membership_id = ?`, [m.id]))[0]
      ?.balance ?? 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
    tierEvents = await eventProbe<TierChangedData>(members, MembershipEvents.TierChanged);
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  it('moves the membership of a merged customer to the survivor who was not a member, keeping its history', async () => {
    const m = await enrolled(members);
    const survivor = await knownCustomer(members);
    expect(await recordCustomersMerged(members.orm.em, members.bus, merged(survivor, m.customerId))).toBe(true);
    const after = await member(m.id);
    expect(after).toMatchObject({ status: 'ACTIVE', customer: { id: survivor } });
    expect(after.history.nodes[0]).toMatchObject({
      kind: 'CUSTOMER_CHANGED',
      fromValue: m.customerId,
      toValue: survivor,
      actorKind: 'system',
    });
    expect(after.history.nodes.at(-1)).toMatchObject({ kind: 'ENROLLED' });
    const { data } = await members.request(BY_CUSTOMER, {
      reps: [
        { __typename: 'Customer', id: survivor },
        { __typename: 'Customer', id: m.customerId },
      ],
    });
    expect(data._entities).toEqual([
      { id: survivor, membership: { id: m.id } },
      { id: m.customerId, membership: null },
    ]);
  });

  describe('when both customers are members', () => {
    let survivor: Enrolled, gone: Enrolled;

    beforeAll(async () => {
      survivor = await enrolled(members, { joinedAt: '2025-05-01T00:00:00.000Z' });
      gone = await enrolled(members, { tier: 'GOLD', joinedAt: '2023-02-01T00:00:00.000Z' });
      await members.request(
        `mutation ($id: ID!) { setKeyCustomer(membershipId: $id, isKey: true) { id } }`,
        { id: gone.id },
        undefined,
        MEMBER_CENTRE,
      );
      for (const m of [survivor, gone]) await members.request(ISSUE, { id: m.id }, undefined, MEMBER_CENTRE);
      await credit(survivor, 100);
      await credit(gone, 300);
      const event = merged(survivor.customerId, gone.customerId);
      expect(await recordCustomersMerged(members.orm.em, members.bus, event)).toBe(true);
      // the bus delivers it again: nothing more happens
      expect(await recordCustomersMerged(members.orm.em, members.bus, event)).toBe(false);
      // crm publishes the same merge again under a new event id: nothing more happens either
      expect(await recordCustomersMerged(members.orm.em, members.bus, merged(survivor.customerId, gone.customerId))).toBe(true);
    });

    it('moves the merged member’s balance to the survivor as one ADJUST pair, both ledgers keeping every entry', async () => {
      expect(await balance(survivor)).toBe(400);
      expect(await balance(gone)).toBe(0);
      expect((await ledger(gone)).map((e) => [e.kind, e.points, e.balance_after])).toEqual([
        ['ADJUST', 300, 300],
        ['ADJUST', -300, 0],
      ]);
      const kept = await ledger(survivor);
      expect(kept.map((e) => [e.kind, e.points, e.balance_after])).toEqual([
        ['ADJUST', 100, 100],
        ['ADJUST', 300, 400],
      ]);
      // staff read the words as they are: they say what happened, with no membership id
      expect(kept[1]!.reason).toMatch(/^客户合并: /);
      expect(kept[1]!.reason).not.toContain(gone.id);
    });

    it('cancels the merged membership and its card for good, pointing at the survivor, with its history kept', async () => {
      const after = await member(gone.id);
      expect(after).toMatchObject({
        status: 'CANCELLED',
        mergedIntoId: survivor.id,
        currentCard: { status: 'CANCELLED' },
        customer: { id: gone.customerId },
      });
      expect(after.history.nodes.map((h: { kind: string }) => h.kind)).toEqual([
        'MERGED_INTO',
        'CANCELLED',
        'CARD_ISSUED',
        'KEY_CUSTOMER_SET',
        'ENROLLED',
      ]);
    });

    it('gives the survivor the higher tier, the key-customer flag and the earlier join date, and records it', async () => {
      const after = await member(survivor.id);
      expect(after).toMatchObject({
        status: 'ACTIVE',
        tier: 'GOLD',
        isKeyCustomer: true,
        keyCustomerOwnerId: MEMBER_CENTRE.id,
        joinedAt: '2023-02-01T00:00:00.000Z',
      });
      expect(after.history.nodes.slice(0, 2)).toMatchObject([
        { kind: 'MERGED_FROM', fromValue: gone.id, toValue: survivor.id },
        { kind: 'TIER_CHANGED', fromValue: 'ORDINARY', toValue: 'GOLD' },
      ]);
      expect((await tierEvents.published()).filter((e) => e.membershipId === survivor.id)).toEqual([
        expect.objectContaining({ from: 'ORDINARY', to: 'GOLD', direction: 'UP', reason: 'MERGE' }),
      ]);
    });
  });

  it('keeps the merged customer’s live membership when the survivor’s own is cancelled', async () => {
    const dead = await enrolled(members);
    await members.request(
      `mutation ($id: ID!) { cancelMembership(id: $id, reason: "注销") { id } }`,
      { id: dead.id },
      undefined,
      MEMBER_CENTRE,
    );
    const live = await enrolled(members, { tier: 'SILVER' });
    await recordCustomersMerged(members.orm.em, members.bus, merged(dead.customerId, live.customerId));
    expect(await member(live.id)).toMatchObject({ status: 'ACTIVE', tier: 'SILVER', customer: { id: dead.customerId } });
    expect(await member(dead.id)).toMatchObject({ status: 'CANCELLED', customer: { id: live.customerId } });
  });

  it('does nothing when the merged customer was not a member', async () => {
    const survivor = await enrolled(members);
    const stranger = await knownCustomer(members);
    const before = await member(survivor.id);
    await recordCustomersMerged(members.orm.em, members.bus, merged(survivor.customerId, stranger));
    expect(await member(survivor.id)).toEqual(before);
  });

  it('consumes CustomersMerged published on the bus', async () => {
    const m = await enrolled(members);
    const survivor = await knownCustomer(members);
    await members.orm.em.fork().transactional((em) =>
      members.bus.publish<CustomersMergedData>(em, Events.CustomersMerged, {
        survivorId: survivor,
        mergedId: m.customerId,
        mergedAt: new Date().toISOString(),
      }),
    );
    await eventually(async () => (await member(m.id)).customer.id === survivor);
  });
});
