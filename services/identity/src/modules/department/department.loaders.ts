import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Department } from './department.entity.js';

export interface DepartmentLoaders {
  departmentByCode: DataLoader<string, Department | null>;
}

/** Per request: one `select … where code in (…)` for all the departments a query touches. */
export function createDepartmentLoaders(em: EntityManager): DepartmentLoaders {
  return {
    departmentByCode: new DataLoader(async (codes: readonly string[]) => {
      const rows = await em.find(Department, { code: { $in: [...codes] } });
      const byCode = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
  };
}
