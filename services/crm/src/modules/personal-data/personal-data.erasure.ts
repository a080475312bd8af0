import type { EntityManager } from '@mikro-orm/postgresql';
import { ERASED_TEXT } from '@careline/service-kit';

/** What stands where an erased person's phone stood: unique (crm.customer.phone is) and never a real number. */
export const erasedPhone = (customerId: string) => `erased:${customerId}`;

/**
 * Pseudonymises everything crm holds on a customer, inside the approving transaction: name, phone,
 * birth date, WeChat id, address and every free-text field written about them are replaced; ids,
 * dates, amounts, codes and statuses stay, so every count, deal and link is what it was. Running it
 * again changes nothing more. Consultations are matched by customer and by the old phone (one taken
 * before the person was registered is theirs too).
 * @returns the tables changed, for the audit entry
 */
export async function pseudonymiseInCrm(em: EntityManager, customerId: string, pseudonym: string): Promise<string[]> {
  const [customer] = await em.execute<{ phone: string }[]>(`select phone from crm.customer where id = ? for update`, [customerId]);
  if (!customer) return [];
  const phone = erasedPhone(customerId);
  const changed: string[] = [];
  const run = async (table: string, sql: string, params: unknown[]) => {
    const result = await em.execute(sql, params, 'run');
    if ((result as { affectedRows?: number }).affectedRows) changed.push(table);
  };
  await run(
    'customer',
    `update crm.customer set name = ?, phone = ?, name_pinyin = '', name_initials = '', birth_date = null, wechat_id = null,
       address = null, hidden_needs = null, updated_at = now() where id = ?`,
    [pseudonym, phone, customerId],
  );
  await run(
    'consultation',
    `update crm.consultation set phone = ?, name = case when name is null then null else ? end, disease_course = null, history = null,
       address = null, notes = null, no_intention_reason = null where customer_id = ? or phone = ?`,
    [phone, pseudonym, customerId, customer.phone],
  );
  await run('follow_up_task', `update crm.follow_up_task set result = null, new_need = null where customer_id = ?`, [customerId]);
  await run(
    'complaint',
    `update crm.complaint set description = ?, resolution = case when resolution is null then null else ? end where customer_id = ?`,
    [ERASED_TEXT, ERASED_TEXT, customerId],
  );
  await run(
    'complaint_step',
    `update crm.complaint_step set note = null where note is not null and complaint_id in (select id from crm.complaint where customer_id = ?)`,
    [customerId],
  );
  // a throttled message waiting for its retry is not sent to an erased person, and what it kept for the retry goes
  await run(
    'message_delivery',
    `update crm.message_delivery set body = ?, retry_payload = null, next_attempt_at = null,
            error = case when status = 'THROTTLED' then 'erased before it was sent' else error end,
            status = case when status = 'THROTTLED' then 'FAILED' else status end
      where customer_id = ?`,
    [ERASED_TEXT, customerId],
  );
  await run('customer_class_change', `update crm.customer_class_change set reason = ? where customer_id = ?`, [ERASED_TEXT, customerId]);
  // the snapshot of a record merged into this one (or this one merged away) is the same person's data
  await run('customer_merge', `update crm.customer_merge set merged_snapshot = '{}'::jsonb where survivor_id = ? or merged_id = ?`, [
    customerId,
    customerId,
  ]);
  return changed;
}
