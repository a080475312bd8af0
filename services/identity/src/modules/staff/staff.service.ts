import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/postgresql';
import { assertDepartment, DomainError, pageSize, parseCursor, Role, toPage, type Page } from '@careline/service-kit';
import type { IdentityContext } from '../../context.js';
import { Staff } from './staff.entity.js';
import { StaffErrors } from './staff.exception.js';
import { checkPassword, mayHandleRole, normaliseNewStaff, normaliseSpecialities } from './staff.rules.js';
import type { CreateStaffInput } from './dto/create-staff.input.js';
import { hashPassword } from '../auth/password.js';
import { revokeSessionsOf, sql } from '../auth/sessions.js';

export interface StaffListQuery {
  departmentCode?: string | null;
  search?: string | null;
  first?: number;
  after?: string | null;
}

/** the position of doctors (医生): staff the booking desk books against */
export const DOCTOR_POSITION = 'DOCTOR';
/** the departments that book appointments (crm's APPOINTMENT_DEPARTMENTS): they pick doctors by name */
export const BOOKING_DEPARTMENTS = ['CONSULTATION', 'ONSITE', 'GUIDE'];

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
          fields: [
            'name',
            'departmentCode',
            'position',
            'role',
            'username',
            'password',
            ...(data.specialities.length ? ['specialities'] : []),
          ],
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

  /**
   * 医生: active doctors in name order (then id), by clinical department and name fragment, for the
   * booking desk and the schedule editor. Open to the director, the departments that book and a
   * clinical department's admin (their own department's doctors). Keyset-paged on (name, id): the
   * cursor is the last doctor's id, whose name one indexed lookup finds.
   */
  async doctors(query: StaffListQuery): Promise<Page<Staff>> {
    const operation = 'query doctors';
    const caller = this.ctx.caller;
    let department = query.departmentCode?.trim().toUpperCase() || undefined;
    const booking = caller.kind === 'system' || caller.role === Role.OPS_DIRECTOR || BOOKING_DEPARTMENTS.includes(caller.department ?? '');
    if (!booking) {
      const own =
        caller.role === Role.DEPT_ADMIN && caller.department ? await this.ctx.loaders.departmentByCode.load(caller.department) : null;
      if (!own?.clinical) {
        this.ctx.audit.denied(operation, 'Staff', `caller of ${caller.department ?? 'no department'} does not book doctors`);
        throw new DomainError('FORBIDDEN', 'only the director, the booking desk and a clinical department’s admin may list doctors', {
          reason: 'OTHER_DEPARTMENT',
        });
      }
      department ||= own.code;
      assertDepartment(this.ctx, department, operation);
    }
    return this.inNameOrder({ position: DOCTOR_POSITION, active: true, ...(department ? { departmentCode: department } : {}) }, query);
  }

  /**
   * Colleagues by name, for naming a person on a record (a complaint's responsible person): active
   * staff whose name holds `search`, in name order. Any signed-in staff member: every record already
   * names its staff to them (the Staff reference); this only finds one by name.
   */
  async colleagues(query: StaffListQuery): Promise<Page<Staff>> {
    const term = query.search?.trim() ?? '';
    if (!term) throw new DomainError('BAD_USER_INPUT', 'search needs at least one character of the name', { field: 'search' });
    return this.inNameOrder({ active: true }, query);
  }

  /** `where` and the name fragment, keyset-paged on (name, id): the cursor is the last person's id. */
  private async inNameOrder(
    base: { position?: string; active: boolean; departmentCode?: string },
    query: StaffListQuery,
  ): Promise<Page<Staff>> {
    const size = pageSize(query.first);
    const after = parseCursor(query.after);
    const where: FilterQuery<Staff> = { ...base };
    const term = query.search?.trim();
    if (term) where.name = { $ilike: `%${escapeLike(term)}%` };
    let page: FilterQuery<Staff> = where;
    if (after) {
      const last = await this.ctx.em.findOne(Staff, { id: after }, { fields: ['name'] });
      if (!last) throw new DomainError('BAD_USER_INPUT', 'after is not a cursor from this list', { field: 'after' });
      page = { $and: [where, { $or: [{ name: { $gt: last.name } }, { name: last.name, id: { $gt: after } }] }] };
    }
    const [rows, totalCount] = await Promise.all([
      this.ctx.em.find(Staff, page, { orderBy: { name: 'asc', id: 'asc' }, limit: size + 1 }),
      this.ctx.em.count(Staff, where),
    ]);
    return toPage(rows, size, totalCount);
  }

  /** 专长: an admin sets what a staff member practises (replaces the list; the same list again changes nothing). */
  async setSpecialities(id: string, specialities: readonly string[]): Promise<Staff> {
    const operation = 'mutation setStaffSpecialities';
    const kept = normaliseSpecialities(specialities);
    const staff = await this.manageable(id, operation);
    if (kept.length === staff.specialities.length && kept.every((s, i) => s === staff.specialities[i])) return staff;
    await this.ctx.em.transactional(async (em) => {
      await sql(em, `update "identity"."staff" set specialities = ?::text[] where id = ?`, [
        `{${kept.map((s) => JSON.stringify(s)).join(',')}}`,
        staff.id,
      ]);
      await this.ctx.audit.change(em, { operation, targetType: 'Staff', targetIds: [staff.id], fields: ['specialities'] });
    });
    staff.specialities = kept;
    return staff;
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
