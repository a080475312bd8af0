import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ChildPages } from '@careline/service-kit';
import { isUuid, S, sql } from '../../common/sql.js';
import { PointsEntry } from './points-entry.entity.js';
import { PointsLot } from './points-lot.entity.js';
import { Consumption } from '../consumption/consumption.entity.js';
import { Gift } from '../gifts/gift.entity.js';
import { GiftRedemption } from '../gifts/gift-redemption.entity.js';

export interface PointsLoaders {
  /** 0 for a member with no ledger yet */
  pointsBalanceByMembershipId: DataLoader<string, number>;
  pointsEntriesByMembershipId: ChildPages<PointsEntry>;
  pointsLotsByMembershipId: ChildPages<PointsLot>;
  consumptionsByMembershipId: ChildPages<Consumption>;
  redemptionsByMembershipId: ChildPages<GiftRedemption>;
  giftById: DataLoader<string, Gift | null>;
}

/**
 * Per request, like every loader here. They take no caller: the Membership they hang off was
 * already loaded through the caller-scoped membership loaders.
 */
export function createPointsLoaders(em: EntityManager): PointsLoaders {
  return {
    pointsBalanceByMembershipId: new DataLoader(async (ids: readonly string[]) => {
      const valid = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
      const rows = valid.length
        ? await sql<{ membership_id: string; balance: number }>(
            em,
            `select membership_id, balance from ${S('points_account')} where membership_id in (${valid.map(() => '?').join(', ')})`,
            valid,
          )
        : [];
      const balances = new Map(rows.map((r) => [r.membership_id, r.balance]));
      return ids.map((id) => balances.get(id.toLowerCase()) ?? 0);
    }),
    pointsEntriesByMembershipId: new ChildPages(em, PointsEntry, 'points_entry', 'membership_id'),
    pointsLotsByMembershipId: new ChildPages(em, PointsLot, 'points_lot', 'membership_id'),
    consumptionsByMembershipId: new ChildPages(em, Consumption, 'consumption', 'membership_id'),
    redemptionsByMembershipId: new ChildPages(em, GiftRedemption, 'gift_redemption', 'membership_id'),
    giftById: new DataLoader(async (ids: readonly string[]) => {
      const valid = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
      const rows = valid.length ? await em.find(Gift, { id: { $in: valid } }) : [];
      const byId = new Map(rows.map((g) => [g.id, g]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),
  };
}
