import { MemberFactEvents, newId, type GiftRedeemedData, type GiftRedemptionCancelledData } from '@careline/service-kit';
import { S, sql } from '../../common/sql.js';
import { MemberLedger, type LedgerScope, type WrittenEntry } from '../points/points.ledger.js';
import { PointsEntryKind } from '../points/points-entry.entity.js';
import { GiftErrors } from './gifts.exception.js';

/**
 * Hands a gift over for points: the stock goes down (never below zero), the points come off
 * the oldest lots, and the redemption is registered, all in one transaction. The member's
 * account is locked first and the gift's row second, in every writer, so they never deadlock.
 */
export async function redeemGift(
  scope: LedgerScope,
  input: { membershipId: string; giftId: string; quantity: number; operatorId: string },
): Promise<{ redemptionId: string; entries: readonly WrittenEntry[]; customerId: string }> {
  const ledger = await MemberLedger.open(scope, input.membershipId);
  ledger.assertActive();
  const [gift] = await sql<{ name: string; points_price: number; unit_cost_fen: string | null }>(
    scope.em,
    `update ${S('gift')} set stock = stock - ? where id = ? and stock >= ? returning name, points_price, unit_cost_fen`,
    [input.quantity, input.giftId, input.quantity],
  );
  if (!gift) {
    const [exists] = await sql<{ stock: number }>(scope.em, `select stock from ${S('gift')} where id = ?`, [input.giftId]);
    if (!exists) throw GiftErrors.notFound(input.giftId);
    throw GiftErrors.outOfStock(exists.stock, input.quantity);
  }
  const points = gift.points_price * input.quantity;
  const redemptionId = newId();
  const entry = await ledger.debit(PointsEntryKind.REDEEM, points, {
    reason: `礼品兑换: ${input.quantity} × ${gift.name}`,
    operatorId: input.operatorId,
    redemptionId,
  });
  await sql(
    scope.em,
    `insert into ${S('gift_redemption')} (id, membership_id, customer_id, gift_id, quantity, points, unit_cost_fen, status, redeemed_by, redeemed_at, entry_id)
     values (?, ?, ?, ?, ?, ?, ?, 'REDEEMED', ?, ?, ?)`,
    [
      redemptionId,
      ledger.membershipId,
      ledger.customerId,
      input.giftId,
      input.quantity,
      points,
      gift.unit_cost_fen,
      input.operatorId,
      scope.now,
      entry!.id,
    ],
  );
  await scope.bus.publish<GiftRedeemedData>(scope.em, MemberFactEvents.GiftRedeemed, {
    redemptionId,
    membershipId: ledger.membershipId,
    customerId: ledger.customerId,
    giftId: input.giftId,
    giftName: gift.name,
    quantity: input.quantity,
    points,
    unitCostFen: gift.unit_cost_fen === null ? null : Number(gift.unit_cost_fen),
    redeemedAt: scope.now.toISOString(),
  });
  return { redemptionId, entries: await ledger.close(), customerId: ledger.customerId };
}

/**
 * Cancels a redemption, once: the points go back to the lots they came from (keeping their
 * expiry) and the stock goes back up. Cancelling a cancelled redemption changes nothing.
 */
export async function cancelRedemption(
  scope: LedgerScope,
  input: { redemptionId: string; reason: string; operatorId: string; remedyId?: string | null },
): Promise<{ changed: boolean; entries: readonly WrittenEntry[]; customerId: string; membershipId: string }> {
  const [redemption] = await sql<{
    membership_id: string;
    customer_id: string;
    gift_id: string;
    quantity: number;
    status: string;
    entry_id: string;
    points: number;
    unit_cost_fen: string | null;
    redeemed_at: Date;
  }>(
    scope.em,
    `select membership_id, customer_id, gift_id, quantity, status, entry_id, points, unit_cost_fen, redeemed_at from ${S('gift_redemption')} where id = ? for update`,
    [input.redemptionId],
  );
  if (!redemption) throw GiftErrors.redemptionNotFound(input.redemptionId);
  const unchanged = { changed: false, entries: [], customerId: redemption.customer_id, membershipId: redemption.membership_id };
  if (redemption.status === 'CANCELLED') return unchanged;
  const ledger = await MemberLedger.open(scope, redemption.membership_id);
  const entry = await ledger.restore(await ledger.allocationsOf(redemption.entry_id), {
    reason: `撤销兑换: ${input.reason}`,
    operatorId: input.operatorId,
    redemptionId: input.redemptionId,
    remedyId: input.remedyId ?? null,
    reversesEntryId: redemption.entry_id,
  });
  await sql(scope.em, `update ${S('gift')} set stock = stock + ? where id = ?`, [redemption.quantity, redemption.gift_id]);
  await sql(
    scope.em,
    `update ${S('gift_redemption')} set status = 'CANCELLED', cancelled_by = ?, cancelled_at = ?, cancel_reason = ?, reversal_entry_id = ? where id = ?`,
    [input.operatorId, scope.now, input.reason, entry?.id ?? null, input.redemptionId],
  );
  await scope.bus.publish<GiftRedemptionCancelledData>(scope.em, MemberFactEvents.GiftRedemptionCancelled, {
    redemptionId: input.redemptionId,
    membershipId: redemption.membership_id,
    customerId: redemption.customer_id,
    giftId: redemption.gift_id,
    quantity: redemption.quantity,
    points: redemption.points,
    unitCostFen: redemption.unit_cost_fen === null ? null : Number(redemption.unit_cost_fen),
    redeemedAt: new Date(redemption.redeemed_at).toISOString(),
    cancelledAt: scope.now.toISOString(),
  });
  return { ...unchanged, changed: true, entries: await ledger.close() };
}
