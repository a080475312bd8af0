import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  eventually,
  startTestService,
  testCallers,
  type TestDatabase,
  type TestService,
} from '@careline/service-kit/testing';
import { newId, type Caller } from '@careline/service-kit';
import { membersService } from '../src/service.js';
import { auditProbe, partner, staff } from './support.js';
import { enrolled, MEMBER_CENTRE, rows, type Enrolled } from './membership-support.js';

const KEY_ACCOUNT = newId();

/** every mutation of the membership side, with variables that would succeed for the member centre */
const MUTATIONS: [string, string, (m: Enrolled, cardId: string) => Record<string, unknown>][] = [
  ['issueCard', `mutation ($id: ID!) { issueCard(membershipId: $id) { id } }`, (m) => ({ id: m.id })],
  ['activateCard', `mutation ($id: ID!) { activateCard(cardId: $id) { id } }`, (_m, card) => ({ id: card })],
  ['reportCardLost', `mutation ($id: ID!) { reportCardLost(cardId: $id, reason: "遗失") { id } }`, (_m, card) => ({ id: card })],
  ['replaceCard', `mutation ($id: ID!) { replaceCard(cardId: $id, reason: "补卡") { id } }`, (_m, card) => ({ id: card })],
  ['freezeMembership', `mutation ($id: ID!) { freezeMembership(id: $id, reason: "冻结") { id } }`, (m) => ({ id: m.id })],
  ['unfreezeMembership', `mutation ($id: ID!) { unfreezeMembership(id: $id) { id } }`, (m) => ({ id: m.id })],
  ['cancelMembership', `mutation ($id: ID!) { cancelMembership(id: $id, reason: "注销") { id } }`, (m) => ({ id: m.id })],
  [
    'setKeyCustomer',
    `mutation ($id: ID!) { setKeyCustomer(membershipId: $id, isKey: true, ownerStaffId: "${newId()}") { id } }`,
    (m) => ({ id: m.id }),
  ],
];

describe('membership lifecycle access: roles, departments, partners and the audit trail', () => {
  let db: TestDatabase;
  let members: TestService;
  let audit: Awaited<ReturnType<typeof auditProbe>>;
  let target: Enrolled;
  let cardId: string;
  const snapshot = async () => ({
    membership: await rows(
      members,
      `select status, card_number, current_card_id, is_key_customer, tier from "members"."membership" where id = ?`,
      [target.id],
    ),
    cards: await rows(members, `select id, status, number from "members"."card" where membership_id = ? order by id`, [target.id]),
    history: await rows(members, `select count(*)::int as count from "members"."membership_event" where membership_id = ?`, [target.id]),
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
    audit = await auditProbe(members);
    target = await enrolled(members, { keyAccountId: KEY_ACCOUNT });
    const { data } = await members.request(
      `mutation ($id: ID!) { issueCard(membershipId: $id) { id } }`,
      { id: target.id },
      undefined,
      MEMBER_CENTRE,
    );
    cardId = data.issueCard.id;
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  it.each([
    ['finance', staff('FINANCE', 'FINANCE'), 'ROLE_NOT_ALLOWED'],
    ['an auditor', staff('AUDITOR', 'OPERATIONS'), 'ROLE_NOT_ALLOWED'],
    ['a partner', partner(KEY_ACCOUNT), 'ROLE_NOT_ALLOWED'],
    ['consultation staff', staff('STAFF', 'CONSULTATION'), 'OTHER_DEPARTMENT'],
    ['a finance department admin', staff('DEPT_ADMIN', 'FINANCE'), 'OTHER_DEPARTMENT'],
  ] as [string, Caller, string][])(
    'refuses every membership change to %s with FORBIDDEN, writes nothing and records the denials',
    async (_who, caller, reason) => {
      const before = await snapshot();
      for (const [, query, variables] of MUTATIONS) {
        const { data, errors } = await members.request(query, variables(target, cardId), undefined, caller);
        expect(data).toBeNull();
        expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason });
      }
      expect(await snapshot()).toEqual(before);
      const denied = await eventually(async () => {
        const entries = await audit.entriesOf(caller.id!);
        return entries.length >= MUTATIONS.length && entries;
      });
      expect(denied.map((e) => [e.operation, e.outcome])).toEqual(MUTATIONS.map(([name]) => [`mutation ${name}`, 'DENIED']));
    },
  );

  it('answers UNAUTHENTICATED to an anonymous caller on every membership change', async () => {
    for (const [, query, variables] of MUTATIONS) {
      const { errors } = await members.request(query, variables(target, cardId), undefined, testCallers.anonymous);
      expect(errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('lets customer-service admins and the director change memberships', async () => {
    for (const caller of [staff('DEPT_ADMIN', 'CUSTOMER_SERVICE'), staff('OPS_DIRECTOR', 'OPERATIONS')]) {
      const m = await enrolled(members);
      const { errors } = await members.request(
        `mutation ($id: ID!) { freezeMembership(id: $id, reason: "冻结") { status } }`,
        { id: m.id },
        undefined,
        caller,
      );
      expect(errors).toBeUndefined();
    }
  });

  it('shows a partner its own member’s cards and tier but not the history, and another partner nothing', async () => {
    const query = `query ($id: ID!) { membership(id: $id) { id cards { number } tierDetails { code } } }`;
    const own = await members.request(query, { id: target.id }, undefined, partner(KEY_ACCOUNT));
    expect(own.data.membership).toMatchObject({ id: target.id, cards: [{ number: target.cardNumber }], tierDetails: { code: 'ORDINARY' } });
    const history = await members.request(
      `query ($id: ID!) { membership(id: $id) { history { totalCount } } }`,
      { id: target.id },
      undefined,
      partner(KEY_ACCOUNT),
    );
    expect(history.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const other = await members.request(query, { id: target.id }, undefined, partner(newId()));
    expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
