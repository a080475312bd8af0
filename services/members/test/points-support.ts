import { newId, type Caller, type DealClosedData, type DomainEvent, type RemedyApprovedData } from '@careline/service-kit';
import type { TestService } from '@careline/service-kit/testing';
import { expect } from 'vitest';
import { knownCustomer, staff } from './support.js';

export const ENROL = `mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id customer { id } } }`;
export const RECORD = `mutation ($input: RecordConsumptionInput!) {
  recordConsumption(input: $input) { id receiptNumber amountFen occurredAt pointsEarned bonusPoints status source membership { id } }
}`;
export const REFUND = `mutation ($input: RefundConsumptionInput!) {
  refundConsumption(input: $input) { id status pointsEarned pointsReversed pointsUnrecovered refundReason }
}`;
export const LEDGER = `query ($id: ID!, $first: Int, $after: String) { membership(id: $id) {
  pointsBalance
  pointsEntries(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    nodes { id seq kind points balanceAfter reason operatorId createdAt receiptNumber redemptionId } }
} }`;
export const CREATE_GIFT = `mutation ($input: CreateGiftInput!) { createGift(input: $input) { id name kind pointsPrice stock } }`;
export const REDEEM = `mutation ($input: RedeemGiftInput!) { redeemGift(input: $input) { id quantity points status gift { id stock } membership { id pointsBalance } } }`;
export const CANCEL = `mutation ($input: CancelGiftRedemptionInput!) { cancelGiftRedemption(input: $input) { id status cancelReason gift { id stock } } }`;

/** who does points work at the member centre desk */
export const desk: Caller = staff('STAFF', 'MEMBER_CENTRE', '会员专员');
export const centreAdmin: Caller = staff('DEPT_ADMIN', 'MEMBER_CENTRE', '会员中心主管');

export interface Member {
  id: string;
  customerId: string;
}

/** A known customer enrolled as a member (by the system, so no department rule applies). */
export async function enrolMember(
  members: TestService,
  options: { keyAccountId?: string | null; birthDate?: string } = {},
): Promise<Member> {
  const customerId = await knownCustomer(members, options.keyAccountId ?? null);
  if (options.birthDate) {
    await members.orm.em
      .getConnection()
      .execute(`update "members"."known_customer" set birth_date = ? where customer_id = ?`, [options.birthDate, customerId]);
  }
  const { data, errors } = await members.request(ENROL, { input: { customerId } });
  expect(errors).toBeUndefined();
  return { id: data.enrollMember.id, customerId };
}

let receiptCounter = 0;
export const receipt = (prefix = 'R') => `${prefix}-${Date.now().toString(36).toUpperCase()}-${++receiptCounter}`;
export const key = () => newId();

export async function record(
  members: TestService,
  membershipId: string,
  amountFen: number,
  as: Caller = desk,
  extra: Record<string, unknown> = {},
) {
  return members.request(
    RECORD,
    { input: { membershipId, receiptNumber: receipt(), amountFen, occurredAt: new Date().toISOString(), idempotencyKey: key(), ...extra } },
    undefined,
    as,
  );
}

/** The ledger as the database holds it: balance, entries (in seq order), lots. */
export async function ledgerOf(members: TestService, membershipId: string) {
  const db = members.orm.em.getConnection();
  const [account] = await db.execute<{ balance: number; entries: number }[]>(
    `select balance, entries from "members"."points_account" where membership_id = ?`,
    [membershipId],
  );
  const entries = await db.execute<
    { id: string; seq: number; kind: string; points: number; balance_after: number; reason: string; operator_id: string }[]
  >(
    `select id, seq, kind, points, balance_after, reason, operator_id, created_at, receipt_number, redemption_id from "members"."points_entry" where membership_id = ? order by seq`,
    [membershipId],
  );
  const lots = await db.execute<{ id: string; points: number; remaining: number; allocated: number }[]>(
    `select l.id, l.points, l.remaining, coalesce((select sum(a.points) from "members"."points_allocation" a where a.lot_id = l.id), 0)::int as allocated
     from "members"."points_lot" l where membership_id = ? order by l.expires_at, l.id`,
    [membershipId],
  );
  return {
    balance: account?.balance ?? 0,
    entryCount: account?.entries ?? 0,
    entries,
    sum: entries.reduce((s, e) => s + e.points, 0),
    lotsRemaining: lots.reduce((s, l) => s + l.remaining, 0),
    lots,
  };
}

/** balance = Σ entries = Σ lots' remaining ≥ 0; every balanceAfter is the running sum; every lot = points + its allocations */
export async function expectConsistentLedger(members: TestService, membershipId: string) {
  const ledger = await ledgerOf(members, membershipId);
  expect(ledger.balance).toBeGreaterThanOrEqual(0);
  expect(ledger.sum).toBe(ledger.balance);
  expect(ledger.lotsRemaining).toBe(ledger.balance);
  expect(ledger.entryCount).toBe(ledger.entries.length);
  let running = 0;
  ledger.entries.forEach((entry, i) => {
    running += entry.points;
    expect(entry.seq).toBe(i + 1);
    expect(entry.balance_after).toBe(running);
    expect(entry.balance_after).toBeGreaterThanOrEqual(0);
  });
  for (const lot of ledger.lots) expect(lot.points + lot.allocated).toBe(lot.remaining);
  return ledger;
}

export function dealClosed(data: Partial<DealClosedData> & { customerId: string }): DomainEvent<DealClosedData> {
  return {
    id: newId(),
    type: 'DealClosed',
    source: 'crm',
    occurredAt: new Date().toISOString(),
    data: {
      visitId: newId(),
      receiptNumber: receipt('D'),
      amountFen: 100_00,
      occurredAt: new Date().toISOString(),
      departmentCode: 'DENTAL',
      staffId: newId(),
      ...data,
    },
  };
}

export function remedyApproved(
  data: Partial<RemedyApprovedData> & Pick<RemedyApprovedData, 'kind' | 'customerId'>,
): DomainEvent<RemedyApprovedData> {
  return {
    id: newId(),
    type: 'RemedyApproved',
    source: 'crm',
    occurredAt: new Date().toISOString(),
    data: { remedyId: newId(), complaintId: newId(), approvedBy: newId(), ...data },
  };
}

export async function count(members: TestService, sql: string, params: unknown[] = []): Promise<number> {
  const rows = await members.orm.em.getConnection().execute<{ n: number }[]>(sql, params);
  return Number(rows[0]!.n);
}
