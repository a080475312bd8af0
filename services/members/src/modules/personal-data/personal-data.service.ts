import type { EntityManager } from '@mikro-orm/postgresql';
import {
  collectPersonalData,
  consumeOnce,
  ERASED_TEXT,
  RequestAudit,
  type CustomerPseudonymisedData,
  type DomainEvent,
  type EventBus,
  type PersonalDataSection,
} from '@careline/service-kit';

const MEMBERSHIPS_OF = `select id from members.membership where customer_id = ?`;

/**
 * Every members row on the person: each table with their customer id or one of their memberships,
 * and the referrals (老带新) they are in on either side, whose columns name the customer differently.
 */
export async function membersPersonalData(em: EntityManager, customerId: string): Promise<PersonalDataSection[]> {
  const memberships = await em.execute<{ id: string }[]>(MEMBERSHIPS_OF, [customerId]);
  return collectPersonalData(
    em,
    'members',
    { customer_id: [customerId], membership_id: memberships.map((m) => m.id) },
    { referral: { referred_customer_id: [customerId], referrer_customer_id: [customerId] } },
  );
}

/**
 * CustomerPseudonymised → members replaces the personal data it holds on the customer: the birth date
 * (and the birthday greetings that repeat it) and the free text written about them (lost-card,
 * cancellation, adjustment, status-change and remedy notes). Ledger entries, consumption, cards,
 * tiers and every id stay as they are, so balances and sums do not move. Once per event id; the
 * audit entry it writes in the same transaction is what shows it ran once.
 * @returns whether this delivery was the first one of the event
 */
export function applyPseudonymisation(
  rootEm: EntityManager,
  bus: EventBus,
  event: DomainEvent<CustomerPseudonymisedData>,
): Promise<boolean> {
  const { customerId } = event.data;
  return consumeOnce(rootEm, 'members', event, async (em) => {
    const changed: string[] = [];
    const run = async (table: string, sql: string, params: unknown[]) => {
      const result = (await em.execute(sql, params, 'run')) as { affectedRows?: number };
      if (result.affectedRows) changed.push(table);
    };
    const inMemberships = `membership_id in (${MEMBERSHIPS_OF})`;
    await run('known_customer', `update members.known_customer set birth_date = null where customer_id = ? and birth_date is not null`, [
      customerId,
    ]);
    await run('birthday_greeting', `delete from members.birthday_greeting where ${inMemberships}`, [customerId]);
    await run('card', `update members.card set lost_reason = ? where lost_reason is not null and ${inMemberships}`, [
      ERASED_TEXT,
      customerId,
    ]);
    await run('membership_event', `update members.membership_event set reason = ? where reason is not null and ${inMemberships}`, [
      ERASED_TEXT,
      customerId,
    ]);
    await run(
      'points_adjustment',
      `update members.points_adjustment set reason = ?, rejection_reason = case when rejection_reason is null then null else ? end
        where customer_id = ? or ${inMemberships}`,
      [ERASED_TEXT, ERASED_TEXT, customerId, customerId],
    );
    await run(
      'gift_redemption',
      `update members.gift_redemption set cancel_reason = ? where cancel_reason is not null and (customer_id = ? or ${inMemberships})`,
      [ERASED_TEXT, customerId, customerId],
    );
    await run('remedy_application', `update members.remedy_application set note = ? where note is not null and customer_id = ?`, [
      ERASED_TEXT,
      customerId,
    ]);
    const audit = new RequestAudit('members', { kind: 'system', name: 'personal-data erasure' }, event.id, bus, undefined);
    await audit.change(em, {
      operation: `event ${event.type}`,
      targetType: 'Customer',
      targetIds: [customerId],
      fields: changed.map((t) => `pseudonymised:${t}`),
      customerIds: [customerId],
    });
  });
}
