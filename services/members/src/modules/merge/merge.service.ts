import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { MembershipEvents, newId, type CustomersMergedData, type TierChangedData } from '@careline/service-kit';
import { isUuid, sql, S } from '../../common/sql.js';
import { Membership, MembershipStatus } from '../membership/membership.entity.js';
import { MembershipEventKind } from '../membership/membership-event.entity.js';
import { recordMembershipEvent } from '../membership/membership.actor.js';
import { applyTransition, type ChangeScope } from '../membership/membership-lifecycle.service.js';
import { Tier, TierChange } from '../tier/tier.entity.js';
import { MemberLedger } from '../points/points.ledger.js';
import { PointsEntryKind } from '../points/points-entry.entity.js';
import { pointsConfig, type PointsConfig } from '../points/points.config.js';
import { operatorOf } from '../points/points.policy.js';

export type MergeOutcome = 'NO_MEMBERSHIP' | 'MOVED' | 'MERGED' | 'SAME_CUSTOMER';

export interface MergeResult {
  outcome: MergeOutcome;
  /** the membership the person has now */
  survivorMembershipId: string | null;
  mergedMembershipId: string | null;
  /** points moved from the merged membership to the survivor's */
  pointsMoved: number;
}

const OPERATION = 'event CustomersMerged';

/**
 * crm merged two records of one person (CustomersMerged). Inside the caller's transaction:
 * - only the merged customer is a member: the membership moves to the survivor;
 * - both are: the survivor's membership stays (unless it is cancelled and the other is not: then
 *   the live one stays), takes the higher tier, the key-customer flag, the earlier join date and
 *   the other's points balance, moved as one ADJUST pair (−balance there, +balance here); the other
 *   is cancelled (its card blocked) with mergedIntoId set. Both histories and ledgers are kept, and
 *   the merged membership's consumptions count towards the survivor's tier (member-spend.ts).
 * The merged customer's consumptions not linked to any membership yet move to the survivor, so a
 * later retroactive enrolment finds them.
 */
export async function mergeCustomers(
  em: EntityManager,
  scope: ChangeScope,
  data: CustomersMergedData,
  config: PointsConfig = pointsConfig(),
): Promise<MergeResult> {
  const survivorId = data.survivorId?.toLowerCase();
  const mergedId = data.mergedId?.toLowerCase();
  if (!isUuid(survivorId ?? '') || !isUuid(mergedId ?? '') || survivorId === mergedId) {
    return { outcome: 'SAME_CUSTOMER', survivorMembershipId: null, mergedMembershipId: null, pointsMoved: 0 };
  }
  await sql(em, `update ${S('consumption')} set customer_id = ? where customer_id = ? and membership_id is null`, [survivorId, mergedId]);
  // both rows locked, in id order like every other writer of two memberships
  const rows = await em.find(
    Membership,
    { customerId: { $in: [survivorId, mergedId] } },
    { orderBy: { id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  const kept = rows.find((m) => m.customerId === survivorId) ?? null;
  const gone = rows.find((m) => m.customerId === mergedId) ?? null;
  // words shown to staff as they are: no ids (the merge record and the events hold those)
  const reason = '客户合并: 重复档案并入保留档案';
  if (!gone) return { outcome: 'NO_MEMBERSHIP', survivorMembershipId: kept?.id ?? null, mergedMembershipId: null, pointsMoved: 0 };

  if (!kept || (kept.status === MembershipStatus.CANCELLED && gone.status !== MembershipStatus.CANCELLED)) {
    // the merged customer's live membership becomes the person's; a cancelled one of the survivor
    // takes the merged customer's id (three steps: customer_id is unique at every row)
    if (kept) {
      await sql(em, `update ${S('membership')} set customer_id = ? where id = ?`, [newId(), kept.id]);
      await sql(em, `update ${S('membership')} set customer_id = ? where id = ?`, [survivorId, gone.id]);
      await sql(em, `update ${S('membership')} set customer_id = ? where id = ?`, [mergedId, kept.id]);
      recordMembershipEvent(em, scope.caller, kept.id, MembershipEventKind.CUSTOMER_CHANGED, {
        reason,
        fromValue: survivorId,
        toValue: mergedId,
      });
    } else {
      await sql(em, `update ${S('membership')} set customer_id = ? where id = ?`, [survivorId, gone.id]);
    }
    await sql(em, `update ${S('points_account')} set customer_id = ? where membership_id = ?`, [survivorId, gone.id]);
    recordMembershipEvent(em, scope.caller, gone.id, MembershipEventKind.CUSTOMER_CHANGED, {
      reason,
      fromValue: mergedId,
      toValue: survivorId,
    });
    await em.flush();
    await scope.audit.change(em, {
      operation: OPERATION,
      targetType: 'Membership',
      targetIds: [gone.id, ...(kept ? [kept.id] : [])],
      fields: ['customerId'],
      customerIds: [survivorId, mergedId],
    });
    // the identity map still holds the old customer ids
    em.clear();
    return { outcome: 'MOVED', survivorMembershipId: gone.id, mergedMembershipId: kept?.id ?? null, pointsMoved: 0 };
  }
  if (kept.id === gone.id) return { outcome: 'SAME_CUSTOMER', survivorMembershipId: kept.id, mergedMembershipId: null, pointsMoved: 0 };
  // the same merge published again under another event id: done already
  if (gone.mergedIntoId === kept.id)
    return { outcome: 'MERGED', survivorMembershipId: kept.id, mergedMembershipId: gone.id, pointsMoved: 0 };

  // 1. the points balance, as one ADJUST pair; both ledgers keep their entries
  const ledgerScope = { em, bus: scope.bus, now: new Date(), config };
  const [first, second] = [kept.id, gone.id].sort();
  const ledgers = new Map<string, MemberLedger>();
  for (const id of [first!, second!]) ledgers.set(id, await MemberLedger.open(ledgerScope, id));
  const from = ledgers.get(gone.id)!;
  const to = ledgers.get(kept.id)!;
  const moved = from.balance;
  if (moved > 0) {
    const meta = { reason: `${reason}，余额转入卡 ${kept.cardNumber ?? '—'}`, operatorId: operatorOf(scope.caller) };
    await from.debit(PointsEntryKind.ADJUST, moved, meta);
    await to.credit(PointsEntryKind.ADJUST, moved, { ...meta, reason: `${reason}，转入卡 ${gone.cardNumber ?? '—'} 的余额` });
  }
  for (const ledger of ledgers.values()) await ledger.close();

  // 2. the merged membership: cancelled (its card blocked), pointing at the survivor
  if (gone.status !== MembershipStatus.CANCELLED) {
    await applyTransition(em, scope, OPERATION, 'CANCEL', gone, null, reason);
  }
  gone.mergedIntoId = kept.id;
  recordMembershipEvent(em, scope.caller, gone.id, MembershipEventKind.MERGED_INTO, { reason, fromValue: gone.id, toValue: kept.id });

  // 3. the survivor: the higher tier, the key-customer flag, the earlier join date
  const tiers = await em.find(Tier, { code: { $in: [kept.tier, gone.tier] } });
  const rank = (code: string) => tiers.find((t) => t.code === code)?.rank ?? 0;
  const now = new Date();
  if (rank(gone.tier) > rank(kept.tier)) {
    em.create(TierChange, { membershipId: kept.id, from: kept.tier, to: gone.tier, spendFen: 0, at: now, reason: 'MERGE' });
    recordMembershipEvent(em, scope.caller, kept.id, MembershipEventKind.TIER_CHANGED, {
      reason,
      fromValue: kept.tier,
      toValue: gone.tier,
      at: now,
    });
    await scope.bus.publish<TierChangedData>(em, MembershipEvents.TierChanged, {
      membershipId: kept.id,
      customerId: kept.customerId,
      from: kept.tier,
      to: gone.tier,
      spendFen: 0,
      direction: 'UP',
      at: now.toISOString(),
      reason: 'MERGE',
    });
    kept.tier = gone.tier;
    kept.tierSince = gone.tierSince ?? gone.joinedAt;
  }
  if (gone.isKeyCustomer && !kept.isKeyCustomer) Object.assign(kept, { isKeyCustomer: true, keyCustomerOwnerId: gone.keyCustomerOwnerId });
  if (gone.joinedAt < kept.joinedAt) kept.joinedAt = gone.joinedAt;
  kept.updatedAt = now;
  recordMembershipEvent(em, scope.caller, kept.id, MembershipEventKind.MERGED_FROM, { reason, fromValue: gone.id, toValue: kept.id });
  await em.flush();
  await scope.audit.change(em, {
    operation: OPERATION,
    targetType: 'Membership',
    targetIds: [kept.id, gone.id],
    fields: ['tier', 'isKeyCustomer', 'keyCustomerOwnerId', 'joinedAt', 'mergedIntoId', 'points'],
    customerIds: [survivorId, mergedId],
  });
  return { outcome: 'MERGED', survivorMembershipId: kept.id, mergedMembershipId: gone.id, pointsMoved: moved };
}
