import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership } from './membership.entity.js';
import { isUuid } from './membership.rules.js';

export interface MembershipLoaders {
  membershipById: DataLoader<string, Membership | null>;
  /** null for a customer who is not a member */
  membershipByCustomerId: DataLoader<string, Membership | null>;
}

/** One `select … where <key> in (…)` per loader and request, results in key order. */
function loaderBy(em: EntityManager, key: 'id' | 'customerId'): DataLoader<string, Membership | null> {
  return new DataLoader(async (keys: readonly string[]) => {
    // a key that is not a UUID cannot match; sending it to PostgreSQL would fail the whole batch
    const valid = keys.filter(isUuid).map((k) => k.toLowerCase());
    const rows = valid.length ? await em.find(Membership, { [key]: { $in: valid } }) : [];
    const byKey = new Map(rows.map((row) => [row[key], row]));
    return keys.map((k) => byKey.get(k.toLowerCase()) ?? null);
  });
}

export function createMembershipLoaders(em: EntityManager): MembershipLoaders {
  return {
    membershipById: loaderBy(em, 'id'),
    membershipByCustomerId: loaderBy(em, 'customerId'),
  };
}
