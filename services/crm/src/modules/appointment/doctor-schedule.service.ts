import { LockMode } from '@mikro-orm/postgresql';
import { badInput, DomainError, Role } from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { requireId } from '../../common/ids.js';
import { actorId, APPOINTMENT_DEPARTMENTS, assertDepartmentIn, persistNew } from '../../common/care-access.js';
import { addDays, hospitalDay, isDay, startOfHospitalDay } from '../../common/hospital-time.js';
import { Appointment } from './appointment.entity.js';
import { DoctorSchedule, type DoctorFreeSlots, type ScheduleException, type WeeklyHours } from './doctor-schedule.entity.js';
import type { SetDoctorScheduleInput } from './dto/doctor-schedule.input.js';

/** The longest range free slots are listed for: a month view. */
export const MAX_SLOT_RANGE_DAYS = 31;
/** The most doctors one free-slots request covers: a department's day grid. */
export const MAX_DOCTORS_AT_ONCE = 100;

export const ScheduleErrors = {
  pastSlot: () => badInput('the slot has already begun or passed', 'slotStart', 'PAST_SLOT'),
  outsideSchedule: () => badInput('the slot is not one of the doctor’s schedule', 'slotStart', 'OUTSIDE_SCHEDULE'),
  otherDepartment: (departmentCode: string) =>
    badInput(`the doctor is booked in ${departmentCode}`, 'departmentCode', 'DOCTOR_NOT_IN_DEPARTMENT'),
};

/** Minutes since midnight of a 'HH:MM' (00:00 … 24:00), or null when it is not one. */
function minutesOf(value: string): number | null {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(value);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 24 * 60 ? minutes : null;
}

function hoursOf(start: string, end: string, field: string): [number, number] {
  const from = minutesOf(start);
  const to = minutesOf(end);
  if (from === null) throw badInput(`${field}.start must be HH:MM`, `${field}.start`);
  if (to === null) throw badInput(`${field}.end must be HH:MM`, `${field}.end`);
  if (to <= from) throw badInput(`${field} ends before it starts`, `${field}.end`, 'HOURS_INVALID');
  return [from, to];
}

/** ISO weekday (1 Monday … 7 Sunday) of a YYYY-MM-DD. */
const weekdayOf = (day: string): number => {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
};

/**
 * Slot starts of `schedule` on one hospital day: the exception's hours when the day has one (none
 * on leave), the weekday's hours otherwise, cut into slots that end by the hours' end. Minutes are
 * added to the day's midnight: the hospital's zone (Asia/Shanghai) has no daylight-saving shift.
 */
export function slotsOfDay(schedule: Pick<DoctorSchedule, 'slotMinutes' | 'weekly' | 'exceptions'>, day: string): Date[] {
  const exception = schedule.exceptions.find((e) => e.day === day);
  const hours: { start: string; end: string }[] = exception
    ? exception.start && exception.end
      ? [{ start: exception.start, end: exception.end }]
      : []
    : schedule.weekly.filter((h) => h.weekday === weekdayOf(day));
  const midnight = startOfHospitalDay(day).getTime();
  const slots: number[] = [];
  for (const h of hours) {
    const from = minutesOf(h.start)!;
    const to = minutesOf(h.end)!;
    for (let m = from; m + schedule.slotMinutes <= to; m += schedule.slotMinutes) slots.push(midnight + m * 60_000);
  }
  return [...new Set(slots)].sort((a, b) => a - b).map((t) => new Date(t));
}

export class DoctorScheduleService {
  constructor(private readonly ctx: CrmContext) {}

  /**
   * Replaces a doctor's schedule (the director, or the admin of the doctor's department; moving a
   * doctor to another department takes the admin of both, or the director). Booked appointments
   * stay as they are. A whole replacement, so a retried call changes nothing more.
   */
  async set(input: SetDoctorScheduleInput): Promise<DoctorSchedule> {
    const operation = 'mutation setDoctorSchedule';
    const doctorId = requireId(input.doctorId, 'doctorId');
    const departmentCode = input.departmentCode.trim();
    if (!departmentCode) throw badInput('departmentCode is required', 'departmentCode');
    this.assertMayEdit(departmentCode, operation);
    if (!Number.isInteger(input.slotMinutes) || input.slotMinutes < 5 || input.slotMinutes > 240) {
      throw badInput('slotMinutes must be 5 to 240', 'slotMinutes', 'SLOT_LENGTH_INVALID');
    }
    const weekly: WeeklyHours[] = input.weekly.map((h, i) => {
      if (!Number.isInteger(h.weekday) || h.weekday < 1 || h.weekday > 7) throw badInput('weekday must be 1 to 7', `weekly.${i}.weekday`);
      hoursOf(h.start, h.end, `weekly.${i}`);
      return { weekday: h.weekday, start: h.start, end: h.end };
    });
    const seen = new Set<string>();
    const exceptions: ScheduleException[] = (input.exceptions ?? []).map((e, i) => {
      if (!isDay(e.day)) throw badInput('day must be YYYY-MM-DD', `exceptions.${i}.day`);
      if (seen.has(e.day)) throw badInput(`${e.day} has two exceptions`, `exceptions.${i}.day`, 'DUPLICATE');
      seen.add(e.day);
      if ((e.start == null) !== (e.end == null)) throw badInput('give both start and end, or neither for a day off', `exceptions.${i}.end`);
      if (e.start != null && e.end != null) hoursOf(e.start, e.end, `exceptions.${i}`);
      return { day: e.day, start: e.start ?? null, end: e.end ?? null, note: e.note?.trim() || null };
    });
    exceptions.sort((a, b) => a.day.localeCompare(b.day));
    return this.ctx.em.transactional(async (em) => {
      const existing = await em.findOne(DoctorSchedule, { doctorId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (existing && existing.departmentCode !== departmentCode) this.assertMayEdit(existing.departmentCode, operation);
      const schedule = existing ?? persistNew(em, DoctorSchedule, { doctorId });
      Object.assign(schedule, { departmentCode, slotMinutes: input.slotMinutes, weekly, exceptions });
      schedule.updatedBy = actorId(this.ctx);
      schedule.updatedAt = new Date();
      await em.flush();
      await this.ctx.audit.change(em, {
        operation,
        targetType: 'DoctorSchedule',
        targetIds: [doctorId],
        fields: ['departmentCode', 'slotMinutes', 'weekly', 'exceptions'],
      });
      return schedule;
    });
  }

  /** A doctor's schedule: for those who book (and the director), and the admin who edits it. */
  async get(doctorId: string): Promise<DoctorSchedule | null> {
    const schedule = await this.ctx.em.findOne(DoctorSchedule, { doctorId: requireId(doctorId, 'doctorId') });
    const caller = this.ctx.caller;
    // a department admin opens the editor of a doctor who has no schedule yet (null: nothing to read)
    const ownAdmin =
      caller.kind === 'staff' && caller.role === Role.DEPT_ADMIN && (!schedule || caller.department === schedule.departmentCode);
    if (!ownAdmin) assertDepartmentIn(this.ctx, APPOINTMENT_DEPARTMENTS, 'query doctorSchedule', 'DoctorSchedule');
    return schedule;
  }

  /**
   * A doctor's free slots from `from` to `to` (inclusive hospital days, at most 31): the schedule's
   * slots less those that have begun and those held by a booking. A doctor without a schedule has none.
   */
  async freeSlots(doctorId: string, from: string, to: string): Promise<DoctorFreeSlots> {
    const [slots] = await this.freeSlotsOf([doctorId], from, to, 'query doctorFreeSlots');
    return slots!;
  }

  /**
   * The free slots of several doctors over the same days (the day grid's rows), in the order asked:
   * two statements whatever their number. A doctor without a schedule has slotMinutes 0 and no slots.
   */
  async freeSlotsOf(
    doctorIdArgs: readonly string[],
    from: string,
    to: string,
    operation = 'query doctorsFreeSlots',
  ): Promise<DoctorFreeSlots[]> {
    assertDepartmentIn(this.ctx, APPOINTMENT_DEPARTMENTS, operation, 'DoctorSchedule');
    if (doctorIdArgs.length > MAX_DOCTORS_AT_ONCE) throw badInput(`at most ${MAX_DOCTORS_AT_ONCE} doctors at once`, 'doctorIds');
    const doctorIds = doctorIdArgs.map((id) => requireId(id, doctorIdArgs.length === 1 ? 'doctorId' : 'doctorIds'));
    if (!isDay(from)) throw badInput('from must be YYYY-MM-DD', 'from');
    if (!isDay(to)) throw badInput('to must be YYYY-MM-DD', 'to');
    if (to < from) throw badInput('to is before from', 'to', 'RANGE_INVALID');
    if (to > addDays(from, MAX_SLOT_RANGE_DAYS - 1))
      throw badInput(`a range is at most ${MAX_SLOT_RANGE_DAYS} days`, 'to', 'RANGE_TOO_LONG');
    if (doctorIds.length === 0) return [];
    const schedules = await this.ctx.em.find(DoctorSchedule, { doctorId: { $in: doctorIds } });
    const scheduled = schedules.map((schedule) => schedule.doctorId);
    const held = scheduled.length
      ? await this.ctx.em.find(
          Appointment,
          { doctorId: { $in: scheduled }, heldSlot: { $gte: startOfHospitalDay(from), $lt: startOfHospitalDay(addDays(to, 1)) } },
          { fields: ['doctorId', 'heldSlot'] },
        )
      : [];
    const taken = new Set(held.map((a) => `${a.doctorId}|${a.heldSlot!.getTime()}`));
    const now = Date.now();
    const byDoctor = new Map(schedules.map((schedule) => [schedule.doctorId, schedule]));
    return doctorIds.map((doctorId) => {
      const schedule = byDoctor.get(doctorId);
      if (!schedule) return { doctorId, slotMinutes: 0, slots: [] };
      const slots: Date[] = [];
      for (let day = from; day <= to; day = addDays(day, 1))
        for (const slot of slotsOfDay(schedule, day))
          if (slot.getTime() > now && !taken.has(`${doctorId}|${slot.getTime()}`)) slots.push(slot);
      return { doctorId, slotMinutes: schedule.slotMinutes, slots };
    });
  }

  /**
   * The booking rules of a scheduled doctor: the slot is still to come, is one of the schedule's
   * slots, and is booked in the doctor's department. A doctor without a schedule keeps the rules of
   * before schedules (any time; the history that the demo replays books past slots).
   */
  async assertBookable(doctorId: string, departmentCode: string, slotStart: Date): Promise<void> {
    const schedule = await this.ctx.em.findOne(DoctorSchedule, { doctorId });
    if (!schedule) return;
    if (slotStart.getTime() <= Date.now()) throw ScheduleErrors.pastSlot();
    if (schedule.departmentCode !== departmentCode) throw ScheduleErrors.otherDepartment(schedule.departmentCode);
    const day = hospitalDay(slotStart);
    if (!slotsOfDay(schedule, day).some((s) => s.getTime() === slotStart.getTime())) throw ScheduleErrors.outsideSchedule();
  }

  private assertMayEdit(departmentCode: string, operation: string): void {
    const caller = this.ctx.caller;
    if (caller.kind === 'system' || (caller.kind === 'staff' && caller.role === Role.OPS_DIRECTOR)) return;
    if (caller.kind === 'staff' && caller.role === Role.DEPT_ADMIN && caller.department === departmentCode) return;
    this.ctx.audit.denied(operation, 'DoctorSchedule', `only the director or the admin of ${departmentCode} may edit its schedules`);
    throw new DomainError('FORBIDDEN', `only the director or the admin of ${departmentCode} may edit its doctors’ schedules`, {
      reason: 'NOT_DEPARTMENT_ADMIN',
    });
  }
}
