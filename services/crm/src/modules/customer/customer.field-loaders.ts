import DataLoader from 'dataloader';
import type { CrmContext } from '../../context.js';
import { KeyAccount } from '../key-account/key-account.entity.js';
import { CustomerClassChange } from './customer-history.entity.js';

interface FieldLoaders {
  keyAccountById: DataLoader<string, KeyAccount | null>;
  classHistoryByCustomer: DataLoader<string, CustomerClassChange[]>;
}

const perRequest = new WeakMap<CrmContext, FieldLoaders>();

/** Per-request loaders for Customer's fields, so a list of N customers costs one query per field. */
export function customerFieldLoaders(ctx: CrmContext): FieldLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = {
      keyAccountById: new DataLoader(async (ids: readonly string[]) => {
        const rows = await ctx.em.find(KeyAccount, { id: { $in: [...ids] } });
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      classHistoryByCustomer: new DataLoader(async (ids: readonly string[]) => {
        const rows = await ctx.em.find(
          CustomerClassChange,
          { customerId: { $in: [...ids] } },
          { orderBy: { changedAt: 'desc', id: 'desc' } },
        );
        return ids.map((id) => rows.filter((r) => r.customerId === id));
      }),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
