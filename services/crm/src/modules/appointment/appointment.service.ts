import { LockMode, UniqueConstraintViolationException, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import {
  badInput,
  CareEvents,
  DomainError,
  notFound,
  pageSize,
  parseCursor,
  toPage,
  type AppointmentBookedData,
  type AppointmentCancelKindCode,
  type AppointmentCancelledData,
  type Page,
} from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { requireId } from '../../common/ids.js';
import { SourceChannel } from '../customer/customer.entity.js';
import { Consultation } from '../consultation/consultation.entity.js';
import { actorId, APPOINTMENT_DEPARTMENTS, assertDepartmentIn, persistNew, refusalError } from '../../common/care-access.js';
import { AppointmentAction, appointmentRule } from './appointment.rules.js';
import { addDays, hospitalDay, isDay, startOfHospitalDay } from '../../common/hospital-time.js';
import { Appointment, AppointmentStatus, DutyRoster } from './appointment.entity.js';
import { DoctorScheduleService } from './doctor-schedule.service.js';
import type { BookAppointmentInput, SetDutyRosterInput } from './dto/appointment.input.js';

export const AppointmentErrors = {
  slotTaken: () => new DomainError('CONFLICT', 'the doctor is already booked for this slot', { reason: 'SLOT_TAKEN', field: 'slotStart' }),
};

/**
 * The next on-site consultant on duty on `day`, by rotation: the roster row is locked
 * (`select … for update`), so concurrent hand-offs queue and each advances the pointer once;
 * the pointer lives in the database and survives restarts. Null when nobody is on duty.
 */
export async function nextOnDuty(em: EntityManager, day: string): Promise<string | null> {
  const trx = em.getTransactionContext();
  if (!trx) throw new Error('nextOnDuty must run inside a transaction');
  const rows = await em
    .getConnection()
    .execute<{ consultant_ids: string[]; next_index: number }[]>(
      `select consultant_ids, next_index from "crm"."duty_roster" where day = ? for update`,
      [day],
      'all',
      trx,
    );
  const roster = rows[0];
  if (!roster || roster.consultant_ids.length === 0) return null;
  await em.getConnection().execute(`update "crm"."duty_roster" set next_index = next_index + 1 where day = ?`, [day], 'run', trx);
  return roster.consultant_ids[roster.next_index % roster.consultant_ids.length]!;
}

export class AppointmentService {
  constructor(private readonly ctx: CrmContext) {}

  /**
   * Books a doctor's slot. The unique (doctor, held slot) constraint decides between concurrent
   * bookings: one wins, the others get CONFLICT SLOT_TAKEN. A phone-converted booking is handed
   * to the next on-site consultant on duty that day.
   */
  async book(input: BookAppointmentInput): Promise<Appointment> {
    const operation = 'mutation bookAppointment';
    assertDepartmentIn(this.ctx, APPOINTMENT_DEPARTMENTS, operation, 'Appointment');
    const doctorId = requireId(input.doctorId, 'doctorId');
    const customerId = input.customerId ? requireId(input.customerId, 'customerId') : null;
    const consultationId = input.consultationId ? requireId(input.consultationId, 'consultationId') : null;
    const departmentCode = input.departmentCode.trim();
    if (!departmentCode) throw badInput('departmentCode is required', 'departmentCode');
    if (Number.isNaN(input.slotStart.getTime())) throw badInput('slotStart is not a time', 'slotStart');
    // a scheduled doctor's rules (past, outside the schedule, other department); the taken slot is the constraint's below
    await new DoctorScheduleService(this.ctx).assertBookable(doctorId, departmentCode, input.slotStart);
    try {
      return await this.ctx.em.transactional(async (em) => {
        let phoneConverted = false;
        let resolvedCustomer = customerId;
        if (consultationId) {
          const consultation = await em.findOne(Consultation, { id: consultationId });
          if (!consultation) throw notFound('consultation', consultationId);
          phoneConverted = consultation.channel === SourceChannel.PHONE;
          resolvedCustomer ??= consultation.customerId;
        }
        const appointment = persistNew(em, Appointment, {
          customerId: resolvedCustomer,
          consultationId,
          type: input.type,
          departmentCode,
          doctorId,
          slotStart: input.slotStart,
          heldSlot: input.slotStart,
          phoneConverted,
          bookedBy: actorId(this.ctx),
        });
        // claim the slot first: a loser fails here, before it takes a turn of the rotation
        await em.flush();
        if (phoneConverted) {
          appointment.onsiteConsultantId = await nextOnDuty(em, hospitalDay(input.slotStart));
          await em.flush();
        }
        await this.ctx.bus.publish<AppointmentBookedData>(em, CareEvents.AppointmentBooked, {
          appointmentId: appointment.id,
          customerId: appointment.customerId,
          consultationId: appointment.consultationId,
          type: appointment.type,
          departmentCode: appointment.departmentCode,
          doctorId: appointment.doctorId,
          slotStart: appointment.slotStart.toISOString(),
          phoneConverted: appointment.phoneConverted,
          onsiteConsultantId: appointment.onsiteConsultantId,
          bookedBy: appointment.bookedBy,
          bookedAt: appointment.createdAt.toISOString(),
        });
        await this.ctx.audit.change(em, {
          operation,
          targetType: 'Appointment',
          targetIds: [appointment.id],
          fields: ['type', 'departmentCode', 'doctorId', 'slotStart', 'customerId', 'consultationId', 'onsiteConsultantId'],
          customerIds: appointment.customerId ? [appointment.customerId] : [],
        });
        return appointment;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw AppointmentErrors.slotTaken();
      throw error;
    }
  }

  /** Cancels a booking and frees its slot; the appointment stays, marked CANCELLED. */
  async cancel(id: string): Promise<Appointment> {
    const operation = 'mutation cancelAppointment';
    assertDepartmentIn(this.ctx, APPOINTMENT_DEPARTMENTS, operation, 'Appointment');
    const appointmentId = requireId(id, 'id');
    return this.ctx.em.transactional(async (em) => {
      const appointment = await em.findOne(Appointment, { id: appointmentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!appointment) throw notFound('appointment', id);
      const refused = appointmentRule(this.ctx.caller, appointment, AppointmentAction.CANCEL);
      if (refused) throw refusalError(refused);
      appointment.status = AppointmentStatus.CANCELLED;
      appointment.heldSlot = null;
      appointment.cancelledAt = new Date();
      await em.flush();
      await this.publishCancelled(em, appointment, 'CANCELLED', appointment.cancelledAt);
      await this.ctx.audit.change(em, {
        operation,
        targetType: 'Appointment',
        targetIds: [appointment.id],
        fields: ['status'],
        customerIds: appointment.customerId ? [appointment.customerId] : [],
      });
      return appointment;
    });
  }

  /**
   * AppointmentCancelled on the status change's transaction: analytics takes the booking out of the
   * bookings it counts (booking deal rate, funnel). Only a BOOKED appointment gets here, so each
   * appointment publishes it at most once.
   */
  private async publishCancelled(em: EntityManager, appointment: Appointment, kind: AppointmentCancelKindCode, at: Date): Promise<void> {
    await this.ctx.bus.publish<AppointmentCancelledData>(em, CareEvents.AppointmentCancelled, {
      appointmentId: appointment.id,
      customerId: appointment.customerId,
      kind,
      departmentCode: appointment.departmentCode,
      slotStart: appointment.slotStart.toISOString(),
      cancelledBy: actorId(this.ctx),
      cancelledAt: at.toISOString(),
    });
  }

  /** 爽约: a booked appointment whose customer did not come; the slot stays held (it has passed). */
  async markNoShow(id: string): Promise<Appointment> {
    const operation = 'mutation markAppointmentNoShow';
    assertDepartmentIn(this.ctx, APPOINTMENT_DEPARTMENTS, operation, 'Appointment');
    const appointmentId = requireId(id, 'id');
    return this.ctx.em.transactional(async (em) => {
      const appointment = await em.findOne(Appointment, { id: appointmentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!appointment) throw notFound('appointment', id);
      const refused = appointmentRule(this.ctx.caller, appointment, AppointmentAction.NO_SHOW);
      if (refused) throw refusalError(refused);
      appointment.status = AppointmentStatus.NO_SHOW;
      await em.flush();
      await this.publishCancelled(em, appointment, 'NO_SHOW', new Date());
      await this.ctx.audit.change(em, {
        operation,
        targetType: 'Appointment',
        targetIds: [appointment.id],
        fields: ['status'],
        customerIds: appointment.customerId ? [appointment.customerId] : [],
      });
      return appointment;
    });
  }

  /**
   * Appointments, newest first. `day` is one hospital day; `from` / `to` (inclusive hospital days, at
   * most 62 days) a range such as a week view; they may not be combined. Optionally of one doctor,
   * department or status.
   */
  async list(query: {
    day?: string | null;
    from?: string | null;
    to?: string | null;
    doctorId?: string | null;
    departmentCode?: string | null;
    status?: AppointmentStatus | null;
    first?: number;
    after?: string | null;
  }): Promise<Page<Appointment>> {
    assertDepartmentIn(this.ctx, APPOINTMENT_DEPARTMENTS, 'query appointments', 'Appointment');
    const size = pageSize(query.first);
    const after = parseCursor(query.after);
    const filters: FilterQuery<Appointment>[] = [];
    if (query.doctorId) filters.push({ doctorId: requireId(query.doctorId, 'doctorId') });
    if (query.departmentCode?.trim()) filters.push({ departmentCode: query.departmentCode.trim() });
    if (query.status) filters.push({ status: query.status });
    if (query.day && (query.from || query.to)) throw badInput('give either day or from / to, not both', 'day', 'DAY_AND_RANGE');
    if (query.day) {
      if (!isDay(query.day)) throw badInput('day must be YYYY-MM-DD', 'day');
      filters.push({ slotStart: { $gte: startOfHospitalDay(query.day), $lt: startOfHospitalDay(addDays(query.day, 1)) } });
    }
    if (query.from || query.to) {
      if (!query.from || !isDay(query.from)) throw badInput('from must be YYYY-MM-DD (with to)', 'from');
      if (!query.to || !isDay(query.to)) throw badInput('to must be YYYY-MM-DD (with from)', 'to');
      if (query.to < query.from) throw badInput('to is before from', 'to', 'RANGE_INVALID');
      if (query.to > addDays(query.from, 61)) throw badInput('a range is at most 62 days', 'to', 'RANGE_TOO_LONG');
      filters.push({ slotStart: { $gte: startOfHospitalDay(query.from), $lt: startOfHospitalDay(addDays(query.to, 1)) } });
    }
    const where: FilterQuery<Appointment> = { $and: filters };
    const [rows, total] = await Promise.all([
      this.ctx.em.find(Appointment, after ? { $and: [...filters, { id: { $lt: after } }] } : where, {
        orderBy: { id: 'desc' },
        limit: size + 1,
      }),
      this.ctx.em.count(Appointment, where),
    ]);
    return toPage(rows, size, total);
  }

  /** Sets who is on duty on a day (ONSITE admins and the director); keeps the rotation's position. */
  async setDutyRoster(input: SetDutyRosterInput): Promise<DutyRoster> {
    const operation = 'mutation setDutyRoster';
    assertDepartmentIn(this.ctx, ['ONSITE'], operation, 'DutyRoster');
    if (!isDay(input.day)) throw badInput('day must be YYYY-MM-DD', 'day');
    const ids = input.consultantIds.map((id) => requireId(id, 'consultantIds'));
    if (new Set(ids).size !== ids.length) throw badInput('a consultant is on the roster twice', 'consultantIds', 'DUPLICATE');
    return this.ctx.em.transactional(async (em) => {
      // the rotation's position (nextIndex) is kept when the day's roster changes
      const roster =
        (await em.findOne(DutyRoster, { day: input.day }, { lockMode: LockMode.PESSIMISTIC_WRITE })) ??
        persistNew(em, DutyRoster, { day: input.day });
      roster.consultantIds = ids;
      roster.updatedBy = actorId(this.ctx);
      roster.updatedAt = new Date();
      await em.flush();
      await this.ctx.audit.change(em, { operation, targetType: 'DutyRoster', targetIds: [input.day], fields: ['consultantIds'] });
      return roster;
    });
  }

  async dutyRoster(day: string): Promise<DutyRoster | null> {
    assertDepartmentIn(this.ctx, APPOINTMENT_DEPARTMENTS, 'query dutyRoster', 'DutyRoster');
    if (!isDay(day)) throw badInput('day must be YYYY-MM-DD', 'day');
    return this.ctx.em.findOne(DutyRoster, { day });
  }
}
