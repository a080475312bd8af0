import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/postgresql';
import { assertDepartment, pageSize, parseCursor, Role, toPage, type Page } from '@careline/service-kit';
import type { IdentityContext } from '../../context.js';
import { Staff } from './staff.entity.js';
import { StaffErrors } from './staff.exception.js';
import { checkPassword, mayHandleRole, normaliseNewStaff } from './staff.rules.js';
import type { CreateStaffInput } from './dto/create-staff.input.js';
import { hashPassword } from '../auth/password.js';
import { revokeSessionsOf, sql } from '../auth/sessions.js';

export interface StaffListQuery {
  departmentCode?: string | null;
  search?: string | null;
  first?: number;
  after?: string | null;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

export class StaffService {
  constructor(private readonly ctx: IdentityContext) {}

  /** Adds a staff member with a sign-in account; only within the caller's department (director: any). */
  async create(input: CreateStaffInput): Promise<Staff> {
    const operation = 'mutation createStaff';
    const data = normaliseNewStaff(input);
    assertDepartment(this.ctx, data.departmentCode, operation);
    if (!mayHandleRole(this.ctx.caller, data.role)) {
      this.ctx.audit.denied(operation, 'Staff', `may not give the ${data.role} role`);
      throw StaffErrors.roleNotGrantable(data.role);
    }
    const [department, position] = await Promise.all([
      this.ctx.loaders.departmentByCode.load(data.departmentCode),
      this.ctx.loaders.positionByCode.load(data.position),
    ]);
    if (!department) throw StaffErrors.unknownDepartment(input.departmentCode);
    if (!position) throw StaffErrors.unknownPosition(data.position);
    if (await this.ctx.em.count(Staff, { username: data.username })) throw StaffErrors.usernameTaken(data.username);
    const passwordHash = await hashPassword(input.password);
    try {
      const staff = await this.ctx.em.transactional(async (em) => {
        const created = em.create(Staff, { ...data, passwordHash });
        await em.flush();
        await this.ctx.audit.change(em, {
          operation,
          targetType: 'Staff',
          targetIds: [created.id],
          fields: ['name', 'departmentCode', 'position', 'role', 'username', 'password'],
        });
        return created;
      });
      this.ctx.loaders.staffById.prime(staff.id, staff);
      return staff;
    } catch (error) {
      // two admins choosing one username at once: the unique index decides
      if (error instanceof UniqueConstraintViolationException) throw StaffErrors.usernameTaken(data.username);
      throw error;
    }
  }

  async get(id: string): Promise<Staff> {
    const staff = await this.ctx.loaders.staffById.load(id);
    if (!staff) throw StaffErrors.notFound(id);
    if (this.ctx.caller.role === Role.DEPT_ADMIN) assertDepartment(this.ctx, staff.departmentCode, 'query staff');
    return staff;
  }

  /** Newest first; filtered by department and by a name fragment. A department admin sees their own department only. */
  async list(query: StaffListQuery): Promise<Page<Staff>> {
    const size = pageSize(query.first);
    const after = parseCursor(query.after);
    const where: FilterQuery<Staff> = {};
    let department = query.departmentCode?.trim().toUpperCase();
    if (this.ctx.caller.role === Role.DEPT_ADMIN) {
      department ||= this.ctx.caller.department ?? '';
      assertDepartment(this.ctx, department, 'query staffMembers');
    }
    if (department) where.departmentCode = department;
    const term = query.search?.trim();
    if (term) where.name = { $ilike: `%${escapeLike(term)}%` };
    const [rows, totalCount] = await Promise.all([
      this.ctx.em.find(Staff, after ? { ...where, id: { $lt: after } } : where, { orderBy: { id: 'desc' }, limit: size + 1 }),
      this.ctx.em.count(Staff, where),
    ]);
    return toPage(rows, size, totalCount);
  }

  /** Deactivating ends the person's sessions at once; reactivating lets them sign in again. */
  async setActive(id: string, active: boolean): Promise<Staff> {
    const operation = 'mutation setStaffActive';
    const staff = await this.manageable(id, operation);
    if (staff.active === active) return staff;
    await this.ctx.em.transactional(async (em) => {
      await sql(em, `update "identity"."staff" set active = ? where id = ?`, [active, staff.id]);
      if (!active) await revokeSessionsOf(em, staff.id, 'STAFF_DEACTIVATED');
      await this.ctx.audit.change(em, { operation, targetType: 'Staff', targetIds: [staff.id], fields: ['active'] });
    });
    staff.active = active;
    return staff;
  }

  /** An admin sets a new password: the lock is lifted and every session of the person ends. */
  async resetPassword(id: string, password: string): Promise<Staff> {
    const operation = 'mutation resetPassword';
    checkPassword(password);
    const staff = await this.manageable(id, operation);
    const passwordHash = await hashPassword(password);
    await this.ctx.em.transactional(async (em) => {
      await sql(em, `update "identity"."staff" set password_hash = ?, failed_logins = 0, locked_until = null where id = ?`, [
        passwordHash,
        staff.id,
      ]);
      await revokeSessionsOf(em, staff.id, 'PASSWORD_RESET');
      await this.ctx.audit.change(em, { operation, targetType: 'Staff', targetIds: [staff.id], fields: ['password'] });
    });
    staff.lockedUntil = null;
    return staff;
  }

  /** The staff member, when the caller may manage them: their department, and a role the caller could give. */
  private async manageable(id: string, operation: string): Promise<Staff> {
    const staff = await this.ctx.loaders.staffById.load(id);
    if (!staff) throw StaffErrors.notFound(id);
    assertDepartment(this.ctx, staff.departmentCode, operation);
    if (!mayHandleRole(this.ctx.caller, staff.role)) {
      this.ctx.audit.denied(operation, 'Staff', `may not manage a staff member with the ${staff.role} role`, [staff.id]);
      throw StaffErrors.staffNotManageable(staff.role);
    }
    return staff;
  }
}
