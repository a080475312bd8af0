import type { EntityManager } from '@mikro-orm/postgresql';
import { CareEvents, Events, newId, type DomainEvent, type ServiceScope } from '@careline/service-kit';
import { announceNotificationChanges } from './notification.changes.js';
import {
  adjustmentPlan,
  announcedPlan,
  approvalPlan,
  emergencyPlan,
  followUpOverduePlan,
  keyAccountRiskPlan,
  overduePlan,
  type Audience,
  type NotificationPlan,
} from './notification.recipients.js';

/** identity's notification consumer: its own queues, beside the audit log's */
export const NOTIFICATION_CONSUMER = 'identity-notification';

/** The active staff the audience names, resolved now. */
async function recipientsOf(em: EntityManager, audience: Audience): Promise<string[]> {
  // lists travel as JSON text: the driver would spread a JS array into a list of parameters
  const list = (values: string[] | undefined) => JSON.stringify(values ?? []);
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `select id from "identity"."staff"
      where active
        and (?::boolean
             or role::text in (select jsonb_array_elements_text(?::jsonb))
             or (role::text = 'DEPT_ADMIN' and department_code in (select jsonb_array_elements_text(?::jsonb)))
             or department_code in (select jsonb_array_elements_text(?::jsonb))
             or id::text in (select jsonb_array_elements_text(?::jsonb)))
        and id::text not in (select jsonb_array_elements_text(?::jsonb))`,
    [
      audience.everyone === true,
      list(audience.roles),
      list(audience.adminsOf),
      list(audience.membersOf),
      list(audience.staffIds),
      list(audience.except),
    ],
    'all',
    em.getTransactionContext(),
  );
  return rows.map((row) => row.id);
}

/**
 * One event → one notification per recipient, at most once: (event id, recipient) is unique and a
 * conflict is ignored, so a redelivered event (or two replicas racing on it) adds nothing.
 * @returns how many notifications this delivery stored
 */
export async function notify(rootEm: EntityManager, event: DomainEvent<unknown>, plan: NotificationPlan): Promise<number> {
  return rootEm.fork().transactional(async (em) => {
    const recipients = await recipientsOf(em, plan.audience);
    if (!recipients.length) return 0;
    const createdAt = new Date().toISOString();
    const rows = recipients.map((recipientId) => ({
      id: newId(),
      event_id: event.id,
      recipient_id: recipientId,
      kind: plan.kind,
      params: plan.params,
      link: plan.link,
      created_at: createdAt,
    }));
    const stored = await em.getConnection().execute<{ recipient_id: string }[]>(
      `insert into "identity"."notification" (id, event_id, recipient_id, kind, params, link, created_at)
       select id, event_id, recipient_id, kind, params, link, created_at
         from jsonb_to_recordset(?::jsonb) as r(id uuid, event_id uuid, recipient_id uuid, kind text, params jsonb, link text, created_at timestamptz)
       on conflict (event_id, recipient_id) do nothing returning recipient_id`,
      [JSON.stringify(rows)],
      'all',
      em.getTransactionContext(),
    );
    // a redelivery stores nothing and tells no one
    await announceNotificationChanges(
      em,
      stored.map((row) => row.recipient_id),
    );
    return stored.length;
  });
}

/** The events identity turns into notifications, and how (notification.recipients.ts). */
const PLANS = new Map<string, (data: never) => NotificationPlan>([
  [CareEvents.ComplaintEmergency, emergencyPlan],
  [CareEvents.ComplaintResponsibilityAnnounced, announcedPlan],
  [CareEvents.ComplaintOverdue, overduePlan],
  [CareEvents.ApprovalRequested, approvalPlan],
  [Events.KeyAccountRiskRaised, keyAccountRiskPlan],
  [Events.PointsAdjustmentRequested, adjustmentPlan],
  [Events.FollowUpOverdue, followUpOverduePlan],
]);

/**
 * What the consumer does with one delivered event (exported so tests can deliver one again).
 * @returns how many notifications this delivery stored (0 for a redelivery)
 */
export async function handleNotificationEvent(rootEm: EntityManager, event: DomainEvent<unknown>): Promise<number> {
  const planOf = PLANS.get(event.type);
  return planOf ? notify(rootEm, event, planOf(event.data as never)) : 0;
}

export async function subscribeNotificationConsumers(scope: ServiceScope): Promise<void> {
  for (const type of PLANS.keys()) {
    await scope.bus.subscribe<unknown>(NOTIFICATION_CONSUMER, type, async (event) => {
      await handleNotificationEvent(scope.orm.em, event);
    });
  }
}
