import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Staff } from './staff.entity.js';

export interface StaffLoaders {
  staffById: DataLoader<string, Staff | null>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Per request: one `select … where id in (…)` for all the staff a query touches. */
export function createStaffLoaders(em: EntityManager): StaffLoaders {
  return {
    staffById: new DataLoader(async (ids: readonly string[]) => {
      // an id that is not a UUID cannot exist; asking PostgreSQL would fail the whole batch
      const valid = ids.filter((id) => UUID.test(id));
      const rows = valid.length ? await em.find(Staff, { id: { $in: valid } }) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),
  };
}
