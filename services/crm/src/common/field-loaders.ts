import DataLoader from 'dataloader';
import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

const perRequest = new WeakMap<object, Map<string, unknown>>();

/**
 * One loader per request (`scope` is the request context) and `key`: what a list of N parents
 * asks of a field costs one batch, not N queries.
 */
export function requestLoader<T>(scope: object, key: string, make: () => T): T {
  let loaders = perRequest.get(scope);
  if (!loaders) {
    loaders = new Map();
    perRequest.set(scope, loaders);
  }
  if (!loaders.has(key)) loaders.set(key, make());
  return loaders.get(key) as T;
}

/**
 * The rows of `entity` whose `parent` is one of the batch's ids, grouped per parent in `orderBy`
 * order: one `select … where parent in (…)` for the whole batch.
 */
export function childrenLoader<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  parent: keyof T & string,
  orderBy: Record<string, 'asc' | 'desc'>,
): DataLoader<string, T[]> {
  return new DataLoader(async (ids: readonly string[]) => {
    const rows = await em.find(entity, { [parent]: { $in: [...new Set(ids)] } } as never, { orderBy: orderBy as never });
    const byParent = new Map<string, T[]>();
    for (const row of rows) {
      const id = String(row[parent]);
      const list = byParent.get(id) ?? [];
      list.push(row);
      byParent.set(id, list);
    }
    return ids.map((id) => byParent.get(id) ?? []);
  });
}
