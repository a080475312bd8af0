import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { partnerScope, type Caller } from '@careline/service-kit';
import { KnownCustomer } from '../known-customer/known-customer.entity.js';
import type { Membership } from './membership.entity.js';
import { isUuid } from '../../common/sql.js';

/**
 * The one row rule for memberships: staff see all, a partner organisation only the memberships of
 * customers linked to its key account (members' own copy, from CustomerRegistered). Every read
 * (membership, memberships, Customer.membership, _entities) filters with it, so another
 * partner's member is simply not found: NOT_FOUND or null, never FORBIDDEN, which would confirm it exists.
 */
export function membershipScope(em: EntityManager, caller: Caller): FilterQuery<Membership> {
  const keyAccountId = partnerScope(caller);
  if (keyAccountId === undefined) return {};
  // a key account id that is not a UUID matches no customer
  if (!isUuid(keyAccountId)) return { id: { $in: [] } };
  const ownCustomers = em
    .createQueryBuilder(KnownCustomer, 'kc')
    .select('kc.customerId')
    .where({ keyAccountId: keyAccountId.toLowerCase() });
  return { customerId: { $in: ownCustomers.toRaw() } };
}
