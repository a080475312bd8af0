import type { EntityManager } from '@mikro-orm/postgresql';
import { Events, type CustomerRegisteredData, type DomainEvent, type MemberEnrolledData } from '@careline/service-kit';
import { ANALYTICS } from '../../context.js';
import { instant, text } from '../../common/event-fields.js';
import { localDay } from '../../common/local-day.js';
import type { FactPlugin } from '../facts/fact-dispatcher.js';
import { UNKNOWN_CHANNEL } from './daily-new-customers.entity.js';

const CUSTOMER_FACT = `"${ANALYTICS}"."customer_fact"`;
const MEMBERSHIP_FACT = `"${ANALYTICS}"."membership_fact"`;
const DAILY = `"${ANALYTICS}"."daily_new_customers"`;

interface RollupDelta {
  day: string;
  channel: string;
  newCustomers: number;
  newMembers: number;
}

/** The rollup changes one fact causes, merged per (day, channel). */
class RollupDeltas {
  private readonly byKey = new Map<string, RollupDelta>();

  add(day: string, channel: string, newCustomers: number, newMembers: number): this {
    const key = `${day}|${channel}`;
    const delta = this.byKey.get(key) ?? { day, channel, newCustomers: 0, newMembers: 0 };
    delta.newCustomers += newCustomers;
    delta.newMembers += newMembers;
    this.byKey.set(key, delta);
    return this;
  }

  sorted(): RollupDelta[] {
    return [...this.byKey.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, delta]) => delta)
      .filter((delta) => delta.newCustomers !== 0 || delta.newMembers !== 0);
  }
}

/**
 * Turns consumed events into facts and keeps the daily rollup in step, in the caller's transaction
 * (the consumer's, which also records the event id). Every write is keyed by the fact's natural id,
 * so even a re-published event under a new id counts once.
 */
export class NewCustomersFacts {
  constructor(private readonly timeZone: string) {}

  /** Records a registration; returns false when the customer was already recorded. */
  async recordCustomerRegistered(em: EntityManager, data: CustomerRegisteredData): Promise<boolean> {
    const type = Events.CustomerRegistered;
    const customerId = text(type, 'customerId', data.customerId);
    const channel = text(type, 'channel', data.channel);
    const registeredAt = instant(type, 'registeredAt', data.registeredAt);
    const day = localDay(registeredAt, this.timeZone);

    await this.lockCustomer(em, customerId);
    const inserted = await em.execute<{ customer_id: string }[]>(
      `insert into ${CUSTOMER_FACT} (customer_id, channel, region, registered_at, registered_day)
       values (?, ?, ?, ?::timestamptz, ?::date) on conflict (customer_id) do nothing returning customer_id`,
      [customerId, channel, data.region ?? null, registeredAt.toISOString(), day],
    );
    if (inserted.length === 0) return false;
    const deltas = new RollupDeltas().add(day, channel, 1, 0);

    // members whose enrolment arrived first were counted under UNKNOWN: move them to this channel
    const moved = await em.execute<{ day: string; members: number }[]>(
      `with moved as (
         update ${MEMBERSHIP_FACT} set channel = ? where customer_id = ? and channel is null returning joined_day
       )
       select joined_day::text as day, count(*)::int as members from moved group by joined_day`,
      [channel, customerId],
    );
    for (const { day: joinedDay, members } of moved) {
      deltas.add(joinedDay, UNKNOWN_CHANNEL, 0, -members).add(joinedDay, channel, 0, members);
    }
    await this.applyToRollup(em, deltas);
    return true;
  }

  /** Records an enrolment; returns false when the membership was already recorded. */
  async recordMemberEnrolled(em: EntityManager, data: MemberEnrolledData): Promise<boolean> {
    const type = Events.MemberEnrolled;
    const membershipId = text(type, 'membershipId', data.membershipId);
    const customerId = text(type, 'customerId', data.customerId);
    const tier = text(type, 'tier', data.tier);
    const joinedAt = instant(type, 'joinedAt', data.joinedAt);
    const day = localDay(joinedAt, this.timeZone);

    await this.lockCustomer(em, customerId);
    const [customer] = await em.execute<{ channel: string }[]>(`select channel from ${CUSTOMER_FACT} where customer_id = ?`, [customerId]);
    const channel = customer?.channel ?? null;
    const inserted = await em.execute<{ membership_id: string }[]>(
      `insert into ${MEMBERSHIP_FACT} (membership_id, customer_id, tier, joined_at, joined_day, channel)
       values (?, ?, ?, ?::timestamptz, ?::date, ?) on conflict (membership_id) do nothing returning membership_id`,
      [membershipId, customerId, tier, joinedAt.toISOString(), day, channel],
    );
    if (inserted.length === 0) return false;
    await this.applyToRollup(em, new RollupDeltas().add(day, channel ?? UNKNOWN_CHANNEL, 0, 1));
    return true;
  }

  /**
   * Upserts each changed (day, channel) row, always in key order: two transactions touching the
   * same rows then lock them in the same order and cannot deadlock. Rows left at zero are removed
   * (an emptied UNKNOWN), so the rollup holds only (day, channel) pairs with data.
   */
  private async applyToRollup(em: EntityManager, deltas: RollupDeltas): Promise<void> {
    for (const { day, channel, newCustomers, newMembers } of deltas.sorted()) {
      await em.execute(
        `insert into ${DAILY} (day, channel, new_customers, new_members) values (?::date, ?, ?, ?)
         on conflict (day, channel) do update set
           new_customers = daily_new_customers.new_customers + excluded.new_customers,
           new_members = daily_new_customers.new_members + excluded.new_members`,
        [day, channel, newCustomers, newMembers],
      );
      if (newCustomers < 0 || newMembers < 0) {
        await em.execute(`delete from ${DAILY} where day = ?::date and channel = ? and new_customers = 0 and new_members = 0`, [
          day,
          channel,
        ]);
      }
    }
  }

  /**
   * A customer's registration and enrolment can be consumed at the same moment by two workers;
   * without this lock each would miss the other's uncommitted row and the member would stay
   * UNKNOWN. Held until the transaction ends; later statements see the other's commit.
   */
  private async lockCustomer(em: EntityManager, customerId: string): Promise<void> {
    await em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`${ANALYTICS}.customer:${customerId}`]);
  }
}

/** Registrations and enrolments (customer_fact, membership_fact, daily_new_customers), for the facts dispatcher. */
export const newCustomersFacts: FactPlugin = {
  appliers: {
    [Events.CustomerRegistered]: [
      (em, event: DomainEvent<CustomerRegisteredData>, ctx) => new NewCustomersFacts(ctx.timeZone).recordCustomerRegistered(em, event.data),
    ],
    [Events.MemberEnrolled]: [
      (em, event: DomainEvent<MemberEnrolledData>, ctx) => new NewCustomersFacts(ctx.timeZone).recordMemberEnrolled(em, event.data),
    ],
  },
  tables: [CUSTOMER_FACT, MEMBERSHIP_FACT, DAILY],
};
