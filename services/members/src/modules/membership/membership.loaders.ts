import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ChildPages, type Caller } from '@careline/service-kit';
import { MembershipEvent } from './membership-event.entity.js';
import { Membership } from './membership.entity.js';
import { isUuid } from '../../common/sql.js';
import { membershipScope } from './membership.scope.js';
import { Card } from '../card/card.entity.js';
import { Tier, TierChange } from '../tier/tier.entity.js';
import { Activity } from '../activity/activity.entity.js';

export interface MembershipLoaders {
  /** null for an id that does not exist or that the caller may not see */
  membershipById: DataLoader<string, Membership | null>;
  /** null for a customer who is not a member, or whose membership the caller may not see */
  membershipByCustomerId: DataLoader<string, Membership | null>;
  /** a membership's cards, oldest first (only asked for memberships the caller could load) */
  cardsByMembershipId: DataLoader<string, Card[]>;
  cardById: DataLoader<string, Card | null>;
  tierByCode: DataLoader<string, Tier | null>;
  /** a membership's upgrades and downgrades, newest first */
  tierChangesByMembershipId: DataLoader<string, TierChange[]>;
  /** Membership.history: newest first, for every membership of a response at once */
  historyByMembershipId: ChildPages<MembershipEvent>;
  /** fresh from the database: counts change under raw updates */
  activityById: DataLoader<string, Activity | null>;
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

/** Children of a membership, grouped by membership id in key order (`[]` for none). */
function childrenBy<T extends { membershipId: string }>(load: (ids: string[]) => Promise<T[]>): DataLoader<string, T[]> {
  return new DataLoader(async (keys: readonly string[]) => {
    const valid = keys.filter(isUuid).map((k) => k.toLowerCase());
    const rows = valid.length ? await load(valid) : [];
    const grouped = new Map<string, T[]>();
    for (const row of rows) grouped.set(row.membershipId, [...(grouped.get(row.membershipId) ?? []), row]);
    return keys.map((k) => grouped.get(k.toLowerCase()) ?? []);
  });
}

function byIdLoader<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (keys: readonly string[]) => {
    const valid = keys.filter(isUuid).map((k) => k.toLowerCase());
    const rows = valid.length ? await load(valid) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return keys.map((k) => byId.get(k.toLowerCase()) ?? null);
  });
}

export function createMembershipLoaders(em: EntityManager, caller: Caller): MembershipLoaders {
  return {
    membershipById: loaderBy(em, caller, 'id'),
    membershipByCustomerId: loaderBy(em, caller, 'customerId'),
    cardsByMembershipId: childrenBy((ids) => em.find(Card, { membershipId: { $in: ids } }, { orderBy: { issuedAt: 'asc', id: 'asc' } })),
    cardById: byIdLoader((ids) => em.find(Card, { id: { $in: ids } })),
    activityById: byIdLoader((ids) => em.find(Activity, { id: { $in: ids } }, { refresh: true })),
    tierByCode: new DataLoader(async (codes: readonly string[]) => {
      const rows = await em.find(Tier, { code: { $in: [...codes] } });
      const byCode = new Map(rows.map((row) => [row.code, row]));
      return codes.map((c) => byCode.get(c) ?? null);
    }),
    tierChangesByMembershipId: childrenBy((ids) =>
      em.find(TierChange, { membershipId: { $in: ids } }, { orderBy: { at: 'desc', id: 'desc' } }),
    ),
    historyByMembershipId: new ChildPages(em, MembershipEvent, 'membership_event', 'membership_id'),
  };
}
