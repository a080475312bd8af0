import { isUuid } from '@careline/service-kit';
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@careline/service-kit';
import { Customer } from './customer.entity.js';
import { customerScope } from './customer.scope.js';

export interface CustomerLoaders {
  /** null for an id that does not exist or that the caller may not see */
  customerById: DataLoader<string, Customer | null>;
}

/**
 * Per request and per caller: one `select … where id in (…)` for all the customers a query
 * touches, already narrowed to the rows the caller may see, so a cached row never reaches
 * another caller.
 */
export function createCustomerLoaders(em: EntityManager, caller: Caller): CustomerLoaders {
  return {
    customerById: new DataLoader(async (ids: readonly string[]) => {
      // the scope is worked out per batch: a partner key without a key account fails its loads with FORBIDDEN
      const scope = customerScope(caller);
      const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
      const rows = valid.length ? await em.find(Customer, { $and: [scope, { id: { $in: valid } }] }) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),
  };
}
