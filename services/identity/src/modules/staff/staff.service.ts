import type { FilterQuery } from '@mikro-orm/postgresql';
import { pageSize, parseCursor, toPage, type Page } from '@careline/service-kit';
import type { IdentityContext } from '../../context.js';
import { Staff } from './staff.entity.js';
import { StaffErrors } from './staff.exception.js';
import { normaliseNewStaff } from './staff.rules.js';
import type { CreateStaffInput } from './dto/create-staff.input.js';

export interface StaffListQuery {
  departmentCode?: string | null;
  search?: string | null;
  first?: number;
  after?: string | null;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

export class StaffService {
  constructor(private readonly ctx: IdentityContext) {}

  async create(input: CreateStaffInput): Promise<Staff> {
    const data = normaliseNewStaff(input);
    const department = await this.ctx.loaders.departmentByCode.load(data.departmentCode);
    if (!department) throw StaffErrors.unknownDepartment(input.departmentCode);
    const staff = this.ctx.em.create(Staff, data);
    await this.ctx.em.flush();
    this.ctx.loaders.staffById.prime(staff.id, staff);
    return staff;
  }

  async get(id: string): Promise<Staff> {
    const staff = await this.ctx.loaders.staffById.load(id);
    if (!staff) throw StaffErrors.notFound(id);
    return staff;
  }

  /** Newest first; filtered by department and by a name fragment. */
  async list(query: StaffListQuery): Promise<Page<Staff>> {
    const size = pageSize(query.first);
    const after = parseCursor(query.after);
    const where: FilterQuery<Staff> = {};
    const department = query.departmentCode?.trim().toUpperCase();
    if (department) where.departmentCode = department;
    const term = query.search?.trim();
    if (term) where.name = { $ilike: `%${escapeLike(term)}%` };
    const [rows, totalCount] = await Promise.all([
      this.ctx.em.find(Staff, after ? { ...where, id: { $lt: after } } : where, { orderBy: { id: 'desc' }, limit: size + 1 }),
      this.ctx.em.count(Staff, where),
    ]);
    return toPage(rows, size, totalCount);
  }
}
