import type { EntityManager } from '@mikro-orm/postgresql';
import { MembershipEvents, type MemberDeveloperChangedData } from '@careline/service-kit';
import type { Membership } from './membership.entity.js';
import { MembershipEventKind } from './membership-event.entity.js';
import { recordMembershipEvent } from './membership.actor.js';
import type { ChangeScope } from './membership-lifecycle.service.js';

/**
 * Moves a membership's developer inside the caller's transaction: the history line, MemberDeveloperChanged
 * and the audit entry commit with it.
 */
export async function changeDeveloper(
  em: EntityManager,
  scope: ChangeScope,
  membership: Membership,
  developer: string | null,
  operation: string,
): Promise<void> {
  const before = membership.developerId;
  const now = new Date();
  Object.assign(membership, { developerId: developer, updatedAt: now });
  recordMembershipEvent(em, scope.caller, membership.id, MembershipEventKind.DEVELOPER_CHANGED, {
    at: now,
    fromValue: before,
    toValue: developer,
  });
  await em.flush();
  await scope.bus.publish<MemberDeveloperChangedData>(em, MembershipEvents.MemberDeveloperChanged, {
    membershipId: membership.id,
    customerId: membership.customerId,
    developerId: developer,
    previousDeveloperId: before,
    changedAt: now.toISOString(),
  });
  await scope.audit.change(em, {
    operation,
    targetType: 'Membership',
    targetIds: [membership.id],
    fields: ['developerId'],
    customerIds: [membership.customerId],
  });
}
