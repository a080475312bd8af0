import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import {
  badInput,
  CareEvents,
  notFound,
  pageSize,
  parseCursor,
  toPage,
  type ConsultationLinkedData,
  type ConsultationRegisteredData,
  type EventBus,
  type Page,
  isUuid,
} from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { Customer, Gender } from '../customer/customer.entity.js';
import { normalisePhone } from '../../common/phone.js';
import { FollowUpTrigger } from '../follow-up/follow-up.entity.js';
import { generateFollowUps } from '../follow-up/follow-up.rules.js';
import { Consultation, ConsultationOutcome } from './consultation.entity.js';
import type { RegisterConsultationInput } from './dto/consultation.input.js';
import { actorId, assertDepartmentIn, CONSULTATION_DEPARTMENTS, persistNew } from '../../common/care-access.js';

const trimOrNull = (value: string | null | undefined, max = 2000): string | null => {
  const v = value?.trim();
  if (!v) return null;
  if (v.length > max) throw badInput(`text longer than ${max} characters`);
  return v;
};

export class ConsultationService {
  constructor(private readonly ctx: CrmContext) {}

  /**
   * Registers a consultation, linked to the customer with the same phone when there is one (or
   * later, on CustomerRegistered). Publishes ConsultationRegistered and generates the follow-ups
   * its outcome asks for, in one transaction.
   */
  async register(input: RegisterConsultationInput): Promise<Consultation> {
    const operation = 'mutation registerConsultation';
    assertDepartmentIn(this.ctx, CONSULTATION_DEPARTMENTS, operation, 'Consultation');
    const phone = normalisePhone(input.phone);
    if (!phone) throw badInput(`phone "${input.phone}" is not a valid phone number`, 'phone', 'PHONE_INVALID');
    if (input.age != null && (!Number.isInteger(input.age) || input.age < 0 || input.age > 150))
      throw badInput('age must be 0 to 150', 'age', 'AGE_INVALID');
    const reason = trimOrNull(input.noIntentionReason, 500);
    if (input.outcome === ConsultationOutcome.NO_INTENTION && !reason)
      throw badInput('a consultation without intention needs a reason', 'noIntentionReason', 'REASON_REQUIRED');
    const consultedAt = input.consultedAt ?? new Date();
    if (consultedAt.getTime() > Date.now() + 60_000) throw badInput('consultedAt must not be in the future', 'consultedAt', 'IN_FUTURE');
    const consultantId = input.consultantId ?? actorId(this.ctx);
    if (!consultantId || !isUuid(consultantId)) throw badInput('consultantId is required', 'consultantId', 'CONSULTANT_REQUIRED');

    return this.ctx.em.transactional(async (em) => {
      const customer = await em.findOne(Customer, { phone }, { fields: ['id'] });
      const consultation = persistNew(em, Consultation, {
        customerId: customer?.id ?? null,
        phone,
        name: trimOrNull(input.name, 50),
        age: input.age ?? null,
        gender: input.gender ?? Gender.UNKNOWN,
        diseaseCourse: trimOrNull(input.diseaseCourse),
        history: trimOrNull(input.history),
        diseaseType: trimOrNull(input.diseaseType, 100),
        address: trimOrNull(input.address, 200),
        region: trimOrNull(input.region, 50),
        channel: input.channel,
        visitIntention: trimOrNull(input.visitIntention, 500),
        concern: input.concern ?? null,
        consultantId: consultantId.toLowerCase(),
        departmentCode: this.ctx.caller.department ?? null,
        consultedAt,
        outcome: input.outcome,
        noIntentionReason: input.outcome === ConsultationOutcome.NO_INTENTION ? reason : null,
        notes: trimOrNull(input.notes),
        createdBy: actorId(this.ctx),
      });
      await em.flush();
      await this.ctx.bus.publish<ConsultationRegisteredData>(em, CareEvents.ConsultationRegistered, {
        consultationId: consultation.id,
        customerId: consultation.customerId,
        channel: consultation.channel,
        consultantId: consultation.consultantId,
        departmentCode: consultation.departmentCode,
        region: consultation.region,
        concern: consultation.concern,
        outcome: consultation.outcome,
        consultedAt: consultation.consultedAt.toISOString(),
        diseaseType: consultation.diseaseType,
      });
      await generateFollowUps(em, this.ctx.bus, {
        trigger: FollowUpTrigger.CONSULTATION,
        outcome: consultation.outcome,
        sourceId: consultation.id,
        customerId: consultation.customerId,
        consultationId: consultation.id,
        at: consultation.consultedAt,
        consultantId: consultation.consultantId,
        createdBy: actorId(this.ctx),
      });
      await this.ctx.audit.change(em, {
        operation,
        targetType: 'Consultation',
        targetIds: [consultation.id],
        fields: Object.keys(input).sort(),
        customerIds: consultation.customerId ? [consultation.customerId] : [],
      });
      return consultation;
    });
  }

  async get(id: string): Promise<Consultation> {
    assertDepartmentIn(this.ctx, CONSULTATION_DEPARTMENTS, 'query consultation', 'Consultation');
    const found = isUuid(id) ? await this.ctx.em.findOne(Consultation, { id: id.toLowerCase() }) : null;
    if (!found) throw notFound('consultation', id);
    return found;
  }

  async list(query: { customerId?: string | null; first?: number; after?: string | null }): Promise<Page<Consultation>> {
    assertDepartmentIn(this.ctx, CONSULTATION_DEPARTMENTS, 'query consultations', 'Consultation');
    const size = pageSize(query.first);
    const after = parseCursor(query.after);
    const where: FilterQuery<Consultation> = query.customerId
      ? { customerId: isUuid(query.customerId) ? query.customerId.toLowerCase() : '00000000-0000-0000-0000-000000000000' }
      : {};
    const [rows, total] = await Promise.all([
      this.ctx.em.find(Consultation, after ? { $and: [where, { id: { $lt: after } }] } : where, {
        orderBy: { id: 'desc' },
        limit: size + 1,
      }),
      this.ctx.em.count(Consultation, where),
    ]);
    return toPage(rows, size, total);
  }
}

/**
 * A consultation may precede the customer record: when a customer is registered, the
 * consultations (and their follow-up tasks and appointments) with that phone are linked to them,
 * each with a ConsultationLinked event. Idempotent: only unlinked rows change.
 */
export async function linkConsultationsToCustomer(em: EntityManager, bus: EventBus, customerId: string): Promise<number> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `update "crm"."consultation" c set customer_id = cu.id from "crm"."customer" cu
      where cu.id = ? and c.phone = cu.phone and c.customer_id is null returning c.id`,
    [customerId],
    'all',
    em.getTransactionContext(),
  );
  if (rows.length) {
    await em
      .getConnection()
      .execute(
        `update "crm"."follow_up_task" set customer_id = ? where customer_id is null and consultation_id in (${rows.map(() => '?').join(', ')})`,
        [customerId, ...rows.map((r) => r.id)],
        'run',
        em.getTransactionContext(),
      );
    await em
      .getConnection()
      .execute(
        `update "crm"."appointment" set customer_id = ? where customer_id is null and consultation_id in (${rows.map(() => '?').join(', ')})`,
        [customerId, ...rows.map((r) => r.id)],
        'run',
        em.getTransactionContext(),
      );
    const linkedAt = new Date().toISOString();
    for (const row of rows)
      await bus.publish<ConsultationLinkedData>(em, CareEvents.ConsultationLinked, { consultationId: row.id, customerId, linkedAt });
  }
  return rows.length;
}
