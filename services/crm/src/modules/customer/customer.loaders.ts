import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Customer } from './customer.entity.js';

export interface CustomerLoaders {
  customerById: DataLoader<string, Customer | null>;
}

/** Per request: one `select … where id in (…)` for all the customers a query touches. */
export function createCustomerLoaders(em: EntityManager): CustomerLoaders {
  return {
    customerById: new DataLoader(async (ids: readonly string[]) => {
      const rows = await em.find(Customer, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
