import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Position } from './position.entity.js';

export interface PositionLoaders {
  positionByCode: DataLoader<string, Position | null>;
}

/** Per request: one `select … where code in (…)` for all the positions a query touches. */
export function createPositionLoaders(em: EntityManager): PositionLoaders {
  return {
    positionByCode: new DataLoader(async (codes: readonly string[]) => {
      const rows = await em.find(Position, { code: { $in: [...codes] } });
      const byCode = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
  };
}
