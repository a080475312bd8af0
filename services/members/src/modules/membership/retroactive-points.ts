import type { EntityManager } from '@mikro-orm/postgresql';
import { earnConsumptionsSince } from '../consumption/consumption.core.js';
import { pointsConfig } from '../points/points.config.js';
import { operatorOf } from '../points/points.policy.js';
import type { Membership } from './membership.entity.js';
import type { ChangeScope } from './membership-lifecycle.service.js';

/**
 * 补办会员: a back-dated enrolment earns the points of the customer's consumptions since joinedAt
 * (recorded by the points side without points while the customer was not a member), in the
 * enrolment's transaction, each receipt once, through the points side's own earning rule.
 * @returns how many consumptions were looked at
 */
export async function earnSinceJoining(em: EntityManager, scope: ChangeScope, membership: Membership, note: string): Promise<number> {
  const { consumptions } = await earnConsumptionsSince(
    { em, bus: scope.bus, now: new Date(), config: pointsConfig() },
    membership.id,
    membership.customerId,
    membership.joinedAt,
    { operatorId: operatorOf(scope.caller), note },
  );
  return consumptions;
}
