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
   * A bulk load's batch of registrations and enrolments, set-based: one statement inserts the
   * customers, moves the members counted under UNKNOWN to their channel and inserts the memberships
   * with their customer's channel; one more moves the rollup (and a delete when a row fell to zero).
   * Leaves what recordCustomerRegistered and recordMemberEnrolled leave event by event, whatever
   * their order: a member enrolled before its customer registered is counted under UNKNOWN and
   * moved when the registration comes, and the rollup drops the UNKNOWN row left at zero.
   */
  async recordBatch(em: EntityManager, events: readonly DomainEvent<unknown>[]): Promise<void> {
    const seen = new Set<string>();
    const enrolled = new Set<string>();
    const rows = [];
    const memberships = [];
    for (const event of events) {
      if (event.type === Events.CustomerRegistered) {
        const type = Events.CustomerRegistered;
        const data = event.data as CustomerRegisteredData;
        const customerId = text(type, 'customerId', data.customerId);
        if (seen.has(customerId)) continue;
        seen.add(customerId);
        const registeredAt = instant(type, 'registeredAt', data.registeredAt);
        rows.push({
          customer_id: customerId,
          channel: text(type, 'channel', data.channel),
          region: data.region ?? null,
          registered_at: registeredAt.toISOString(),
          registered_day: localDay(registeredAt, this.timeZone),
        });
      } else if (event.type === Events.MemberEnrolled) {
        const type = Events.MemberEnrolled;
        const data = event.data as MemberEnrolledData;
        const membershipId = text(type, 'membershipId', data.membershipId);
        // the first enrolment of a membership is recorded (insert … on conflict do nothing)
        if (enrolled.has(membershipId)) continue;
        enrolled.add(membershipId);
        const joinedAt = instant(type, 'joinedAt', data.joinedAt);
        memberships.push({
          membership_id: membershipId,
          customer_id: text(type, 'customerId', data.customerId),
          tier: text(type, 'tier', data.tier),
          joined_at: joinedAt.toISOString(),
          joined_day: localDay(joinedAt, this.timeZone),
        });
      }
    }
    if (!rows.length && !memberships.length) return;
    const counted = await em.execute<{ what: 'customers' | 'members' | 'enrolled'; day: string; channel: string | null; n: number }[]>(
      `with inserted as (
         insert into ${CUSTOMER_FACT} (customer_id, channel, region, registered_at, registered_day)
         select customer_id, channel, region, registered_at, registered_day from json_populate_recordset(null::${CUSTOMER_FACT}, ?::json)
         on conflict (customer_id) do nothing returning customer_id, channel, registered_day
       ), moved as (
         update ${MEMBERSHIP_FACT} m set channel = i.channel from inserted i where m.customer_id = i.customer_id and m.channel is null
         returning m.joined_day, i.channel
       ), enrolled as (
         insert into ${MEMBERSHIP_FACT} (membership_id, customer_id, tier, joined_at, joined_day, channel)
         select e.membership_id, e.customer_id, e.tier, e.joined_at, e.joined_day, coalesce(i.channel, c.channel)
         from json_populate_recordset(null::${MEMBERSHIP_FACT}, ?::json) e
           left join inserted i on i.customer_id = e.customer_id
           left join ${CUSTOMER_FACT} c on c.customer_id = e.customer_id
         on conflict (membership_id) do nothing returning joined_day, channel
       )
       select 'customers' as what, registered_day::text as day, channel, count(*)::int as n from inserted group by 2, 3
       union all
       select 'members', joined_day::text, channel, count(*)::int from moved group by 2, 3
       union all
       select 'enrolled', joined_day::text, channel, count(*)::int from enrolled group by 2, 3`,
      [JSON.stringify(rows), JSON.stringify(memberships)],
    );
    const deltas = new RollupDeltas();
    for (const c of counted) {
      if (c.what === 'customers') deltas.add(c.day, c.channel!, c.n, 0);
      else if (c.what === 'enrolled') deltas.add(c.day, c.channel ?? UNKNOWN_CHANNEL, 0, c.n);
      else deltas.add(c.day, UNKNOWN_CHANNEL, 0, -c.n).add(c.day, c.channel!, 0, c.n);
    }
    const changed = deltas.sorted();
    if (!changed.length) return;
    await em.execute(
      `insert into ${DAILY} (day, channel, new_customers, new_members)
       select day, channel, new_customers, new_members from json_populate_recordset(null::${DAILY}, ?::json)
       on conflict (day, channel) do update set
         new_customers = daily_new_customers.new_customers + excluded.new_customers,
         new_members = daily_new_customers.new_members + excluded.new_members`,
      [JSON.stringify(changed.map((d) => ({ day: d.day, channel: d.channel, new_customers: d.newCustomers, new_members: d.newMembers })))],
    );
    const lowered = changed.filter((d) => d.newCustomers < 0 || d.newMembers < 0);
    if (lowered.length)
      await em.execute(
        `delete from ${DAILY} d using json_populate_recordset(null::${DAILY}, ?::json) as r
         where d.day = r.day and d.channel = r.channel and d.new_customers = 0 and d.new_members = 0`,
        [JSON.stringify(lowered.map((d) => ({ day: d.day, channel: d.channel })))],
      );
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
  bulk: {
    types: [Events.CustomerRegistered, Events.MemberEnrolled],
    apply: (em, events, ctx) => new NewCustomersFacts(ctx.timeZone).recordBatch(em, events),
  },
};
