import DataLoader from 'dataloader';
import { isUuid } from '@careline/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PartnerOrganisation } from './partner-organisation.entity.js';

export interface PartnerLoaders {
  partnerById: DataLoader<string, PartnerOrganisation | null>;
}

/** Per request: one `select … where id in (…)` for all the partner organisations a query touches. */
export function createPartnerLoaders(em: EntityManager): PartnerLoaders {
  return {
    partnerById: new DataLoader(async (ids: readonly string[]) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length ? await em.find(PartnerOrganisation, { id: { $in: valid } }) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),
  };
}
