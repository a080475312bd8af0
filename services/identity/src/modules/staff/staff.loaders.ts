import DataLoader from 'dataloader';
import { isUuid } from '@careline/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Staff } from './staff.entity.js';

export interface StaffLoaders {
  staffById: DataLoader<string, Staff | null>;
}

/** Per request: one `select … where id in (…)` for all the staff a query touches. */
export function createStaffLoaders(em: EntityManager): StaffLoaders {
  return {
    staffById: new DataLoader(async (ids: readonly string[]) => {
      // an id that is not a UUID cannot exist; asking PostgreSQL would fail the whole batch
      const valid = ids.filter(isUuid);
      const rows = valid.length ? await em.find(Staff, { id: { $in: valid } }) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),
  };
}
