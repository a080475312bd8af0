import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@careline/service-kit';
import { Membership } from './membership.entity.js';
import { isUuid } from './membership.rules.js';
import { membershipScope } from './membership.scope.js';

export interface MembershipLoaders {
  /** null for an id that does not exist or that the caller may not see */
  membershipById: DataLoader<string, Membership | null>;
  /** null for a customer who is not a member, or whose membership the caller may not see */
  membershipByCustomerId: DataLoader<string, Membership | null>;
}

/**
 * One `select … where <key> in (…)` per loader and request, results in key order, already
 * narrowed to the rows the caller may see: loaders live for one request and one caller, so a
 * cached row never reaches anyone else.
 */
function loaderBy(em: EntityManager, caller: Caller, key: 'id' | 'customerId'): DataLoader<string, Membership | null> {
  return new DataLoader(async (keys: readonly string[]) => {
    // worked out per batch: a partner key without a key account fails its loads with FORBIDDEN
    const scope = membershipScope(em, caller);
    // a key that is not a UUID cannot match; sending it to PostgreSQL would fail the whole batch
    const valid = keys.filter(isUuid).map((k) => k.toLowerCase());
    const rows = valid.length ? await em.find(Membership, { $and: [scope, { [key]: { $in: valid } }] }) : [];
    const byKey = new Map(rows.map((row) => [row[key], row]));
    return keys.map((k) => byKey.get(k.toLowerCase()) ?? null);
  });
}

export function createMembershipLoaders(em: EntityManager, caller: Caller): MembershipLoaders {
  return {
    membershipById: loaderBy(em, caller, 'id'),
    membershipByCustomerId: loaderBy(em, caller, 'customerId'),
  };
}
