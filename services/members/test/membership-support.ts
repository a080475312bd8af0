import { newId, type Caller } from '@careline/service-kit';
import { testCallers, type TestService } from '@careline/service-kit/testing';
import { recordCustomerRegistered } from '../src/modules/known-customer/known-customer.consumer.js';
import { customerRegistered, staff } from './support.js';

/** Fixtures of the membership side's tests (cards, tiers, key customers, activities, birthdays, merges). */

export const MEMBER_CENTRE = staff('STAFF', 'MEMBER_CENTRE', '会员专员');

export interface Enrolled {
  id: string;
  cardNumber: string;
  tier: string;
  customerId: string;
}

const ENROL = `mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id cardNumber tier customer { id } } }`;

/** A customer crm registered (optionally born on `birthDate`), enrolled; `as` the system unless told. */
export async function enrolled(
  members: TestService,
  options: { tier?: string; joinedAt?: string; birthDate?: string | null; keyAccountId?: string | null; as?: Caller } = {},
): Promise<Enrolled> {
  const event = customerRegistered({ keyAccountId: options.keyAccountId ?? null, birthDate: options.birthDate ?? null });
  await recordCustomerRegistered(members.orm.em, event);
  const { data, errors } = await members.request(
    ENROL,
    { input: { customerId: event.data.customerId, tier: options.tier, joinedAt: options.joinedAt } },
    undefined,
    options.as ?? testCallers.system,
  );
  if (errors) throw new Error(JSON.stringify(errors));
  return {
    id: data.enrollMember.id,
    cardNumber: data.enrollMember.cardNumber,
    tier: data.enrollMember.tier,
    customerId: event.data.customerId,
  };
}

/** A paid receipt in the points side's consumption table, as DealClosed or a member specialist would record it. */
export async function spent(
  members: TestService,
  member: Pick<Enrolled, 'id' | 'customerId'>,
  amountFen: number,
  occurredAt: string,
  status = 'RECORDED',
): Promise<void> {
  await members.orm.em.getConnection().execute(
    `insert into "members"."consumption" (id, receipt_number, customer_id, membership_id, amount_fen, occurred_at, source, points_earned, bonus_points, status, created_at)
     values (?, ?, ?, ?, ?, ?, 'MANUAL', 0, 0, ?, now())`,
    [newId(), `R-${newId()}`, member.customerId, member.id, amountFen, occurredAt, status],
  );
}

export async function rows<T = Record<string, unknown>>(members: TestService, sql: string, params: unknown[] = []): Promise<T[]> {
  return members.orm.em.getConnection().execute<T[]>(sql, params);
}

/**
 * A queue subscribed to `type` and never worked, standing in for the consumer (crm, analytics):
 * every event published stays in pgboss.job to be read back, in publishing order.
 */
export async function eventProbe<T>(members: TestService, type: string) {
  const queue = `probe-${newId().slice(-12)}.${type}`;
  await members.bus.jobs.createQueue(queue);
  await members.bus.jobs.subscribe(type, queue);
  return {
    async published(): Promise<T[]> {
      const found = await rows<{ data: T }>(members, `select data->'data' as data from pgboss.job where name = ? order by created_on, id`, [
        queue,
      ]);
      return found.map((r) => r.data);
    },
  };
}
