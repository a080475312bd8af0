import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestService, testCallers, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { MembershipEvents, type MembershipStatusChangedData } from '@careline/service-kit';
import { membersService } from '../src/service.js';
import { auditProbe } from './support.js';
import { enrolled, eventProbe, MEMBER_CENTRE, rows } from './membership-support.js';

const CARD = 'id number status issuedAt issuedBy activatedAt activatedBy lostAt lostReason replacedAt replacedById replacesId cancelledAt';
const ISSUE = `mutation ($id: ID!) { issueCard(membershipId: $id) { ${CARD} membership { id status cardNumber } } }`;
const ACTIVATE = `mutation ($id: ID!) { activateCard(cardId: $id) { ${CARD} } }`;
const LOST = `mutation ($id: ID!, $reason: String!) { reportCardLost(cardId: $id, reason: $reason) { ${CARD} membership { status } } }`;
const REPLACE = `mutation ($id: ID!, $reason: String!) { replaceCard(cardId: $id, reason: $reason) { ${CARD} membership { status cardNumber } } }`;
const FREEZE = `mutation ($id: ID!, $reason: String!) { freezeMembership(id: $id, reason: $reason) { id status } }`;
const UNFREEZE = `mutation ($id: ID!) { unfreezeMembership(id: $id) { id status } }`;
const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelMembership(id: $id, reason: $reason) { id status } }`;
const MEMBER = `query ($id: ID!) { membership(id: $id) {
  id status cardNumber currentCard { id number status } cards { id number status }
  history(first: 50) { totalCount nodes { kind at actorKind actorId actorName reason cardId fromValue toValue } }
} }`;

/** a card (or membership) as the mutations below answer it: the fields the tests read */
interface Answer {
  id: string;
  number: string;
  activatedAt: string;
  lostAt: string;
}

describe('membership cards and status over GraphQL', () => {
  let db: TestDatabase;
  let members: TestService;
  let statusEvents: Awaited<ReturnType<typeof eventProbe<MembershipStatusChangedData>>>;
  const as = MEMBER_CENTRE;
  const call = async (query: string, variables: Record<string, unknown>) => members.request(query, variables, undefined, as);
  const ok = async (query: string, variables: Record<string, unknown>) => {
    const { data, errors } = await call(query, variables);
    expect(errors).toBeUndefined();
    return Object.values(data as Record<string, Answer>)[0]!;
  };
  const conflict = async (query: string, variables: Record<string, unknown>) => {
    const { data, errors } = await call(query, variables);
    expect(data).toBeNull();
    expect(errors?.[0].extensions.code).toBe('CONFLICT');
    return errors![0].extensions.reason as string;
  };
  const member = async (id: string) => (await members.request(MEMBER, { id }, undefined, as)).data.membership;

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
    statusEvents = await eventProbe<MembershipStatusChangedData>(members, MembershipEvents.MembershipStatusChanged);
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  it('issues the first card with the number reserved at enrolment, ISSUED, naming who issued it', async () => {
    const m = await enrolled(members);
    expect((await member(m.id)).currentCard).toBeNull();
    const card = await ok(ISSUE, { id: m.id });
    expect(card).toMatchObject({
      number: m.cardNumber,
      status: 'ISSUED',
      issuedBy: as.id,
      membership: { id: m.id, status: 'ACTIVE', cardNumber: m.cardNumber },
    });
    const after = await member(m.id);
    expect(after.currentCard).toEqual({ id: card.id, number: m.cardNumber, status: 'ISSUED' });
    expect(after.history.nodes[0]).toMatchObject({
      kind: 'CARD_ISSUED',
      actorKind: 'staff',
      actorId: as.id,
      actorName: as.name,
      cardId: card.id,
      toValue: m.cardNumber,
    });
  });

  it('activates an issued card once, and refuses to activate it again with CONFLICT CARD_NOT_ISSUED', async () => {
    const m = await enrolled(members);
    const card = await ok(ISSUE, { id: m.id });
    const before = Date.now();
    const active = await ok(ACTIVATE, { id: card.id });
    expect(active).toMatchObject({ status: 'ACTIVE', activatedBy: as.id });
    expect(new Date(active.activatedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await conflict(ACTIVATE, { id: card.id })).toBe('CARD_NOT_ISSUED');
    expect((await member(m.id)).history.nodes[0]).toMatchObject({ kind: 'CARD_ACTIVATED', fromValue: 'ISSUED', toValue: 'ACTIVE' });
  });

  it('refuses a second card while one is in use with CONFLICT CARD_ALREADY_ISSUED, and makes no card', async () => {
    const m = await enrolled(members);
    await ok(ISSUE, { id: m.id });
    expect(await conflict(ISSUE, { id: m.id })).toBe('CARD_ALREADY_ISSUED');
    expect((await member(m.id)).cards).toHaveLength(1);
  });

  it('reports a card lost with its reason, marks the membership LOST and publishes MembershipStatusChanged', async () => {
    const m = await enrolled(members);
    const card = await ok(ISSUE, { id: m.id });
    await ok(ACTIVATE, { id: card.id });
    const lost = await ok(LOST, { id: card.id, reason: '顾客电话挂失' });
    expect(lost).toMatchObject({ status: 'LOST', lostReason: '顾客电话挂失', membership: { status: 'LOST' } });
    expect(lost.lostAt).toEqual(expect.any(String));
    expect(await conflict(LOST, { id: card.id, reason: 'again' })).toBe('CARD_NOT_IN_USE');
    expect(await conflict(ACTIVATE, { id: card.id })).toBe('CARD_NOT_ISSUED');
    expect((await statusEvents.published()).filter((e) => e.membershipId === m.id)).toEqual([
      expect.objectContaining({ customerId: m.customerId, from: 'ACTIVE', to: 'LOST', kind: 'CARD_REPORTED_LOST' }),
    ]);
  });

  it('replaces a lost card: the old one REPLACED and linked to a new ISSUED card with a new number, the membership ACTIVE again', async () => {
    const m = await enrolled(members);
    const card = await ok(ISSUE, { id: m.id });
    await ok(LOST, { id: card.id, reason: '遗失' });
    const fresh = await ok(REPLACE, { id: card.id, reason: '补卡' });
    expect(fresh.number).toMatch(/^M\d{8}$/);
    expect(fresh.number).not.toBe(card.number);
    expect(fresh).toMatchObject({ status: 'ISSUED', replacesId: card.id, membership: { status: 'ACTIVE', cardNumber: fresh.number } });
    const after = await member(m.id);
    expect(after.cards).toEqual([
      { id: card.id, number: card.number, status: 'REPLACED' },
      { id: fresh.id, number: fresh.number, status: 'ISSUED' },
    ]);
    const [old] = await rows<{ replaced_by_id: string; replaced_at: unknown }>(
      members,
      `select replaced_by_id, replaced_at from "members"."card" where id = ?`,
      [card.id],
    );
    expect(old!.replaced_by_id).toBe(fresh.id);
    expect(old!.replaced_at).not.toBeNull();
    expect(after.history.nodes[0]).toMatchObject({
      kind: 'CARD_REPLACED',
      reason: '补卡',
      fromValue: card.number,
      toValue: fresh.number,
      cardId: fresh.id,
    });
  });

  it('refuses every change to a replaced card with CONFLICT CARD_NOT_CURRENT', async () => {
    const m = await enrolled(members);
    const card = await ok(ISSUE, { id: m.id });
    await ok(REPLACE, { id: card.id, reason: '卡面损坏' });
    expect(await conflict(ACTIVATE, { id: card.id })).toBe('CARD_NOT_CURRENT');
    expect(await conflict(LOST, { id: card.id, reason: 'x' })).toBe('CARD_NOT_CURRENT');
    expect(await conflict(REPLACE, { id: card.id, reason: 'x' })).toBe('CARD_NOT_CURRENT');
  });

  it('never issues a replaced card’s number again, even after the number sequence is set back', async () => {
    const m = await enrolled(members);
    const card = await ok(ISSUE, { id: m.id });
    const second = await ok(REPLACE, { id: card.id, reason: '遗失' });
    // a restore or a mistake sets the sequence back to just before the replaced numbers
    const oldSeq = Number(card.number.slice(1)) - 1;
    // an operator's slip: only the admin login may set a sequence (the service's runtime role may not)
    await db.asAdmin(`select setval('"members"."membership_card_number_seq"', $1)`, [oldSeq]);
    const third = await ok(REPLACE, { id: second.id, reason: '再次遗失' });
    const other = await enrolled(members);
    for (const number of [third.number, other.cardNumber]) expect([card.number, second.number]).not.toContain(number);
    // the draws stepped over the used numbers rather than failing
    expect(Number(third.number.slice(1))).toBeGreaterThan(Number(second.number.slice(1)));
    const used = await rows<{ number: string }>(members, `select number from "members"."used_card_number" where number in (?, ?)`, [
      card.number,
      second.number,
    ]);
    expect(used).toHaveLength(2);
  });

  it('freezes and unfreezes a membership with who and why, and refuses to freeze twice or unfreeze an active one', async () => {
    const m = await enrolled(members);
    expect(await ok(FREEZE, { id: m.id, reason: '顾客申请暂停' })).toMatchObject({ status: 'FROZEN' });
    expect(await conflict(FREEZE, { id: m.id, reason: 'again' })).toBe('ALREADY_FROZEN');
    expect(await ok(UNFREEZE, { id: m.id })).toMatchObject({ status: 'ACTIVE' });
    expect(await conflict(UNFREEZE, { id: m.id })).toBe('NOT_FROZEN');
    const history = (await member(m.id)).history.nodes;
    expect(history.slice(0, 2)).toMatchObject([
      { kind: 'UNFROZEN', fromValue: 'FROZEN', toValue: 'ACTIVE', actorId: as.id, reason: null },
      { kind: 'FROZEN', fromValue: 'ACTIVE', toValue: 'FROZEN', actorId: as.id, reason: '顾客申请暂停' },
    ]);
  });

  it('refuses to issue, activate or replace cards of a frozen membership, but takes a loss report, and unfreezes it as LOST', async () => {
    const m = await enrolled(members);
    await ok(FREEZE, { id: m.id, reason: '暂停' });
    expect(await conflict(ISSUE, { id: m.id })).toBe('MEMBERSHIP_FROZEN');
    await ok(UNFREEZE, { id: m.id });
    const card = await ok(ISSUE, { id: m.id });
    await ok(FREEZE, { id: m.id, reason: '暂停' });
    expect(await conflict(ACTIVATE, { id: card.id })).toBe('MEMBERSHIP_FROZEN');
    expect(await conflict(REPLACE, { id: card.id, reason: 'x' })).toBe('MEMBERSHIP_FROZEN');
    expect(await ok(LOST, { id: card.id, reason: '冻结期间遗失' })).toMatchObject({ status: 'LOST', membership: { status: 'FROZEN' } });
    expect(await ok(UNFREEZE, { id: m.id })).toMatchObject({ status: 'LOST' });
  });

  it('cancels a membership for good with its card, and refuses every later change with CONFLICT MEMBERSHIP_CANCELLED', async () => {
    const m = await enrolled(members);
    const card = await ok(ISSUE, { id: m.id });
    await ok(ACTIVATE, { id: card.id });
    expect(await ok(CANCEL, { id: m.id, reason: '顾客要求注销' })).toMatchObject({ status: 'CANCELLED' });
    expect((await member(m.id)).currentCard).toMatchObject({ id: card.id, status: 'CANCELLED' });
    for (const [query, variables] of [
      [CANCEL, { id: m.id, reason: 'x' }],
      [FREEZE, { id: m.id, reason: 'x' }],
      [UNFREEZE, { id: m.id }],
      [ISSUE, { id: m.id }],
      [LOST, { id: card.id, reason: 'x' }],
      [REPLACE, { id: card.id, reason: 'x' }],
    ] as const) {
      expect(await conflict(query, variables)).toBe('MEMBERSHIP_CANCELLED');
    }
    expect((await statusEvents.published()).filter((e) => e.membershipId === m.id).map((e) => e.to)).toEqual(['CANCELLED']);
  });

  it('asks for a reason to report a loss, replace, freeze or cancel, with BAD_USER_INPUT and nothing changed', async () => {
    const m = await enrolled(members);
    const card = await ok(ISSUE, { id: m.id });
    for (const [query, variables] of [
      [LOST, { id: card.id, reason: '  ' }],
      [REPLACE, { id: card.id, reason: '' }],
      [FREEZE, { id: m.id, reason: ' ' }],
      [CANCEL, { id: m.id, reason: 'x'.repeat(501) }],
    ] as const) {
      const { errors } = await call(query, variables);
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    }
    expect(await member(m.id)).toMatchObject({ status: 'ACTIVE', currentCard: { status: 'ISSUED' } });
  });

  it('answers NOT_FOUND for a card or membership that does not exist', async () => {
    const ghost = '019aabbc-0000-7000-8000-000000000000';
    for (const [query, variables, reason] of [
      [ACTIVATE, { id: ghost }, 'CARD_NOT_FOUND'],
      [ACTIVATE, { id: 'M00000001' }, 'CARD_NOT_FOUND'],
      [FREEZE, { id: ghost, reason: 'x' }, 'MEMBERSHIP_NOT_FOUND'],
    ] as const) {
      const { errors } = await call(query, variables);
      expect(errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason });
    }
  });

  it('runs concurrent loss reports of one card one at a time: one succeeds, the others are refused', async () => {
    const m = await enrolled(members);
    const card = await ok(ISSUE, { id: m.id });
    const results = await Promise.all(Array.from({ length: 6 }, () => call(LOST, { id: card.id, reason: '遗失' })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions.reason === 'CARD_NOT_IN_USE')).toHaveLength(5);
    expect((await member(m.id)).history.nodes.filter((h: { kind: string }) => h.kind === 'CARD_REPORTED_LOST')).toHaveLength(1);
  });

  it('records every change in the audit trail as a change by the staff member', async () => {
    const audit = await auditProbe(members);
    const clerk = { ...MEMBER_CENTRE, id: '019aabbc-0000-7000-8000-0000000000c1' };
    const m = await enrolled(members);
    const { data } = await members.request(ISSUE, { id: m.id }, undefined, clerk);
    await members.request(FREEZE, { id: m.id, reason: '暂停' }, undefined, clerk);
    expect(await audit.entriesOf(clerk.id)).toEqual([
      expect.objectContaining({
        operation: 'mutation issueCard',
        outcome: 'SUCCESS',
        targetType: 'Card',
        targetIds: [m.id, data.issueCard.id],
        customerIds: [m.customerId],
      }),
      expect.objectContaining({
        operation: 'mutation freezeMembership',
        outcome: 'SUCCESS',
        targetType: 'Membership',
        fields: ['Membership.status'],
      }),
    ]);
  });

  it('lets the system caller (internal jobs) change cards too, recording it as the actor', async () => {
    const m = await enrolled(members);
    const { data } = await members.request(ISSUE, { id: m.id }, undefined, testCallers.system);
    expect(data.issueCard).toMatchObject({ status: 'ISSUED', issuedBy: null });
    expect((await member(m.id)).history.nodes[0]).toMatchObject({ actorKind: 'system', actorId: testCallers.system.id });
  });
});
