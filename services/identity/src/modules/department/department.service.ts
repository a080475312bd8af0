import type { IdentityContext } from '../../context.js';
import { Department } from './department.entity.js';

export class DepartmentService {
  constructor(private readonly ctx: IdentityContext) {}

  /** Every department, in the hospital's own order. */
  list(): Promise<Department[]> {
    return this.ctx.em.find(Department, {}, { orderBy: { sortOrder: 'asc', code: 'asc' } });
  }

  /** null when there is no such department: a lookup by code is not an error. */
  async find(code: string): Promise<Department | null> {
    return this.ctx.loaders.departmentByCode.load(code.trim().toUpperCase());
  }
}
