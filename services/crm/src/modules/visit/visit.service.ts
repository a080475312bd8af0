import { LockMode, UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/postgresql';
import {
  assertFen,
  badInput,
  CareEvents,
  DomainError,
  Events,
  notFound,
  pageSize,
  partnerScope,
  parseCursor,
  toPage,
  type DealClosedData,
  type Page,
  type VisitOutcomeRecordedData,
  type VisitRegisteredData,
} from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { requireId } from '../../common/ids.js';
import { Customer } from '../customer/customer.entity.js';
import { customerScope } from '../customer/customer.scope.js';
import { Appointment, AppointmentStatus } from '../appointment/appointment.entity.js';
import { actorId, APPOINTMENT_DEPARTMENTS, assertDepartmentIn, persistNew } from '../../common/care-access.js';
import { FollowUpTrigger } from '../follow-up/follow-up.entity.js';
import { generateFollowUps } from '../follow-up/follow-up.rules.js';
import { occurrenceTime } from '../../common/backdate.js';
import { Visit } from './visit.entity.js';
import type { RecordVisitOutcomeInput, RegisterVisitInput } from './dto/visit.input.js';

export const VisitErrors = {
  alreadyArrived: () =>
    new DomainError('CONFLICT', 'this appointment has already been registered as a visit', { reason: 'ALREADY_ARRIVED' }),
  notArrivable: (status: string) =>
    new DomainError('CONFLICT', `an appointment ${status} cannot arrive`, { reason: 'APPOINTMENT_NOT_BOOKED' }),
  outcomeRecorded: () =>
    new DomainError('CONFLICT', 'the outcome of this visit is already recorded', { reason: 'OUTCOME_ALREADY_RECORDED' }),
  receiptTaken: () =>
    new DomainError('CONFLICT', 'this receipt number is already recorded', { reason: 'RECEIPT_TAKEN', field: 'receiptNumber' }),
};

export class VisitService {
  constructor(private readonly ctx: CrmContext) {}

  /** 到院登记: the guide registers an arrival (booked: the appointment becomes ARRIVED) or a walk-in. */
  async register(input: RegisterVisitInput): Promise<Visit> {
    const operation = 'mutation registerVisit';
    assertDepartmentIn(this.ctx, APPOINTMENT_DEPARTMENTS, operation, 'Visit');
    try {
      return await this.ctx.em.transactional(async (em) => {
        let appointment: Appointment | null = null;
        if (input.appointmentId) {
          appointment = await em.findOne(
            Appointment,
            { id: requireId(input.appointmentId, 'appointmentId') },
            { lockMode: LockMode.PESSIMISTIC_WRITE },
          );
          if (!appointment) throw notFound('appointment', input.appointmentId);
          if (appointment.status === AppointmentStatus.ARRIVED) throw VisitErrors.alreadyArrived();
          if (appointment.status !== AppointmentStatus.BOOKED) throw VisitErrors.notArrivable(appointment.status);
        }
        const customerId = input.customerId ? requireId(input.customerId, 'customerId') : appointment?.customerId;
        if (!customerId) throw badInput('customerId is required (register the customer first)', 'customerId', 'CUSTOMER_REQUIRED');
        const customer = await em.findOne(Customer, { id: customerId }, { fields: ['id', 'createdAt'] });
        if (!customer) throw notFound('customer', customerId);
        // 补录: an arrival entered late, not before the customer was registered nor before the booking was made
        const bookedAt = appointment?.createdAt;
        const arrivedAt = occurrenceTime(this.ctx, input.arrivedAt, {
          field: 'arrivedAt',
          operation,
          targetType: 'Visit',
          notBefore:
            bookedAt && bookedAt > customer.createdAt
              ? { at: bookedAt, reason: 'OCCURRED_BEFORE_BOOKING', what: 'the booking was made' }
              : { at: customer.createdAt, reason: 'OCCURRED_BEFORE_REGISTRATION', what: 'the customer was registered' },
        });
        const type = input.type ?? appointment?.type;
        if (!type) throw badInput('type is required for a walk-in', 'type');
        const departmentCode = input.departmentCode?.trim() || appointment?.departmentCode;
        if (!departmentCode) throw badInput('departmentCode is required for a walk-in', 'departmentCode');
        const visit = persistNew(em, Visit, {
          customerId,
          appointmentId: appointment?.id ?? null,
          walkIn: !appointment,
          phoneConverted: appointment?.phoneConverted ?? false,
          type,
          departmentCode,
          doctorId: input.doctorId ? requireId(input.doctorId, 'doctorId') : (appointment?.doctorId ?? null),
          designatedDoctor: input.designatedDoctor ?? false,
          onsiteConsultantId: input.onsiteConsultantId
            ? requireId(input.onsiteConsultantId, 'onsiteConsultantId')
            : (appointment?.onsiteConsultantId ?? null),
          registeredBy: actorId(this.ctx),
          arrivedAt,
        });
        if (appointment) {
          appointment.status = AppointmentStatus.ARRIVED;
          appointment.customerId ??= customerId;
        }
        await em.flush();
        await this.ctx.bus.publish<VisitRegisteredData>(em, CareEvents.VisitRegistered, {
          visitId: visit.id,
          customerId: visit.customerId,
          appointmentId: visit.appointmentId,
          walkIn: visit.walkIn,
          phoneConverted: visit.phoneConverted,
          type: visit.type,
          departmentCode: visit.departmentCode,
          doctorId: visit.doctorId,
          designatedDoctor: visit.designatedDoctor,
          onsiteConsultantId: visit.onsiteConsultantId,
          arrivedAt: visit.arrivedAt.toISOString(),
          registeredBy: visit.registeredBy,
        });
        await this.ctx.audit.change(em, {
          operation,
          targetType: 'Visit',
          targetIds: [visit.id],
          fields: [
            'customerId',
            'appointmentId',
            'type',
            'departmentCode',
            'doctorId',
            'designatedDoctor',
            'onsiteConsultantId',
            ...(input.arrivedAt ? ['arrivedAt'] : []),
          ],
          customerIds: [visit.customerId],
          occurredAt: input.arrivedAt ? visit.arrivedAt.toISOString() : null,
        });
        return visit;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw VisitErrors.alreadyArrived();
      throw error;
    }
  }

  /**
   * Records whether the visit dealt. The visit row is locked and the outcome recorded once, so
   * DealClosed is published exactly once per deal, in the same transaction.
   */
  async recordOutcome(input: RecordVisitOutcomeInput): Promise<Visit> {
    const operation = 'mutation recordVisitOutcome';
    assertDepartmentIn(this.ctx, ['ONSITE'], operation, 'Visit');
    const visitId = requireId(input.visitId, 'visitId');
    if (input.dealt && input.amountFen == null) throw badInput('a deal needs its amount, amountFen', 'amountFen', 'MONEY_INVALID');
    const amountFen = input.dealt ? assertFen(input.amountFen!, 'amountFen') : 0;
    const receiptNumber = input.dealt ? input.receiptNumber?.trim() : null;
    if (input.dealt && !receiptNumber) throw badInput('a deal needs its receipt number', 'receiptNumber', 'RECEIPT_REQUIRED');
    try {
      return await this.ctx.em.transactional(async (em) => {
        const visit = await em.findOne(Visit, { id: visitId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!visit) throw notFound('visit', input.visitId);
        if (visit.dealt !== null) throw VisitErrors.outcomeRecorded();
        // 补录: an outcome entered late happened when it happened, not before the arrival
        const now = occurrenceTime(this.ctx, input.occurredAt, {
          field: 'occurredAt',
          operation,
          targetType: 'Visit',
          notBefore: { at: visit.arrivedAt, reason: 'OCCURRED_BEFORE_ARRIVAL', what: 'the customer arrived' },
        });
        visit.dealt = input.dealt;
        visit.dealAmountFen = input.dealt ? amountFen : null;
        visit.receiptNumber = receiptNumber ?? null;
        visit.items = (input.items ?? []).map((i) => i.trim()).filter(Boolean);
        visit.dealRecordedBy = actorId(this.ctx);
        visit.dealRecordedAt = now;
        if (visit.appointmentId) {
          await em.nativeUpdate(
            Appointment,
            { id: visit.appointmentId },
            { status: input.dealt ? AppointmentStatus.DEALT : AppointmentStatus.NOT_DEALT },
          );
        }
        await em.flush();
        await this.ctx.bus.publish<VisitOutcomeRecordedData>(em, CareEvents.VisitOutcomeRecorded, {
          visitId: visit.id,
          customerId: visit.customerId,
          appointmentId: visit.appointmentId,
          phoneConverted: visit.phoneConverted,
          dealt: input.dealt,
          amountFen,
          receiptNumber: visit.receiptNumber,
          departmentCode: visit.departmentCode,
          onsiteConsultantId: visit.onsiteConsultantId,
          recordedBy: visit.dealRecordedBy,
          recordedAt: now.toISOString(),
        });
        if (input.dealt) {
          await this.ctx.bus.publish<DealClosedData>(em, Events.DealClosed, {
            visitId: visit.id,
            customerId: visit.customerId,
            receiptNumber: visit.receiptNumber!,
            amountFen,
            occurredAt: now.toISOString(),
            departmentCode: visit.departmentCode,
            staffId: visit.onsiteConsultantId ?? visit.dealRecordedBy,
          });
        }
        await generateFollowUps(em, this.ctx.bus, {
          trigger: FollowUpTrigger.VISIT,
          outcome: input.dealt ? 'DEALT' : 'NOT_DEALT',
          visitType: visit.type,
          sourceId: visit.id,
          customerId: visit.customerId,
          visitId: visit.id,
          at: now,
          // the rule decides whether the consultant who saw the visit owns its follow-up
          consultantId: visit.onsiteConsultantId ?? visit.dealRecordedBy,
          createdBy: actorId(this.ctx),
        });
        await this.ctx.audit.change(em, {
          operation,
          targetType: 'Visit',
          targetIds: [visit.id],
          fields: ['dealt', 'dealAmountFen', 'receiptNumber', 'items', ...(input.occurredAt ? ['dealRecordedAt'] : [])],
          customerIds: [visit.customerId],
          occurredAt: input.occurredAt ? now.toISOString() : null,
        });
        return visit;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw VisitErrors.receiptTaken();
      throw error;
    }
  }

  /**
   * Visits, newest first. A partner organisation sees only the visits of its own key account's
   * people (the customer row rule of customerScope); staff need a front-line department.
   */
  async list(query: { customerId?: string | null; first?: number; after?: string | null }): Promise<Page<Visit>> {
    const keyAccountId = partnerScope(this.ctx.caller);
    if (keyAccountId === undefined) assertDepartmentIn(this.ctx, APPOINTMENT_DEPARTMENTS, 'query visits', 'Visit');
    const size = pageSize(query.first);
    const after = parseCursor(query.after);
    const filters: FilterQuery<Visit>[] = [];
    if (query.customerId) filters.push({ customerId: requireId(query.customerId, 'customerId') });
    if (keyAccountId !== undefined) {
      const people = await this.ctx.em.find(Customer, customerScope(this.ctx.caller), { fields: ['id'] });
      filters.push({ customerId: { $in: people.map((p) => p.id) } });
    }
    const where: FilterQuery<Visit> = { $and: filters };
    const [rows, total] = await Promise.all([
      this.ctx.em.find(Visit, after ? { $and: [...filters, { id: { $lt: after } }] } : where, { orderBy: { id: 'desc' }, limit: size + 1 }),
      this.ctx.em.count(Visit, where),
    ]);
    return toPage(rows, size, total);
  }
}
