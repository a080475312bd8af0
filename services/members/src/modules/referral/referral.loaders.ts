import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/sql.js';
import { Referral } from './referral.entity.js';

/** at most this many referrals are listed per referrer (newest first) */
export const REFERRALS_LISTED = 100;

export interface ReferralLoaders {
  /** how a customer was referred, or null */
  referralByReferred: DataLoader<string, Referral | null>;
  /** the customers a customer referred, newest first (REFERRALS_LISTED at most) */
  referralsByReferrer: DataLoader<string, Referral[]>;
}

const valid = (ids: readonly string[]) => [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];

/** Per request; one `select … in (…)` per loader and batch. */
export function createReferralLoaders(em: EntityManager): ReferralLoaders {
  return {
    referralByReferred: new DataLoader(async (ids: readonly string[]) => {
      const keys = valid(ids);
      const rows = keys.length ? await em.find(Referral, { referredCustomerId: { $in: keys } }, { refresh: true }) : [];
      const byId = new Map(rows.map((r) => [r.referredCustomerId, r]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),
    referralsByReferrer: new DataLoader(async (ids: readonly string[]) => {
      const keys = valid(ids);
      const rows = keys.length
        ? await em.find(
            Referral,
            { referrerCustomerId: { $in: keys } },
            { orderBy: { referredAt: 'desc', referredCustomerId: 'asc' }, refresh: true },
          )
        : [];
      const byReferrer = new Map<string, Referral[]>();
      for (const row of rows) {
        const list = byReferrer.get(row.referrerCustomerId) ?? [];
        if (list.length < REFERRALS_LISTED) list.push(row);
        byReferrer.set(row.referrerCustomerId, list);
      }
      return ids.map((id) => byReferrer.get(id.toLowerCase()) ?? []);
    }),
  };
}
