import type { FilterQuery } from '@mikro-orm/postgresql';
import { partnerScope, type Caller, isUuid } from '@careline/service-kit';
import type { Customer } from './customer.entity.js';

/**
 * The one row rule for customers: staff see everyone, a partner organisation only the people
 * linked to its key account. Every read (customer, customers, _entities) filters with it, so a
 * partner asking for someone else's customer finds nobody: NOT_FOUND, never FORBIDDEN, which
 * would confirm the person exists.
 */
export function customerScope(caller: Caller): FilterQuery<Customer> {
  const keyAccountId = partnerScope(caller);
  if (keyAccountId === undefined) return {};
  // a key account id that is not a UUID matches no customer
  return isUuid(keyAccountId) ? { keyAccountId: keyAccountId.toLowerCase() } : { id: { $in: [] } };
}
