import {
  collectPersonalData,
  parseCursor,
  pageSize,
  PrivacyEvents,
  pseudonymFor,
  Role,
  toPage,
  type CustomerPseudonymisedData,
  type Page,
  type PersonalDataSection,
} from '@careline/service-kit';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { CrmContext } from '../../context.js';
import { requireId } from '../../common/ids.js';
import { Customer } from '../customer/customer.entity.js';
import type { DecidePersonalDataRequestInput, ProposePersonalDataRequestInput } from './dto/personal-data.inputs.js';
import { PersonalDataErrors } from './personal-data.exception.js';
import { pseudonymiseInCrm } from './personal-data.erasure.js';
import {
  PersonalDataExport,
  PersonalDataRequest,
  PersonalDataRequestKind,
  PersonalDataRequestStatus,
} from './personal-data-request.entity.js';

/** How long an approved export may be downloaded. */
const EXPORT_VALID_MS = 7 * 24 * 3600 * 1000;

/** Postgres unique_violation: a partial unique index refused a second open request or a second erasure. */
const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

export class PersonalDataService {
  constructor(private readonly ctx: CrmContext) {}

  async list(args: { status: PersonalDataRequestStatus | null; first: number; after?: string | null }): Promise<Page<PersonalDataRequest>> {
    const size = pageSize(args.first);
    const after = parseCursor(args.after);
    const where = args.status ? { status: args.status } : {};
    const [rows, total] = await Promise.all([
      this.ctx.em.find(PersonalDataRequest, after ? { ...where, id: { $lt: after } } : where, { orderBy: { id: 'desc' }, limit: size + 1 }),
      this.ctx.em.count(PersonalDataRequest, where),
    ]);
    return toPage(rows, size, total);
  }

  async propose(input: ProposePersonalDataRequestInput): Promise<PersonalDataRequest> {
    const customerId = requireId(input.customerId, 'customerId');
    const reason = input.reason?.trim() ?? '';
    if (reason.length < 1 || reason.length > 500) throw PersonalDataErrors.reasonInvalid();
    const caller = this.ctx.caller;
    try {
      return await this.ctx.em.transactional(async (em) => {
        if (!(await em.count(Customer, { id: customerId }))) throw PersonalDataErrors.customerNotFound(customerId);
        if (await this.erased(em, customerId)) throw PersonalDataErrors.alreadyErased();
        const request = Object.assign(new PersonalDataRequest(), {
          kind: input.kind,
          customerId,
          reason,
          proposedBy: caller.id!,
          proposedByName: caller.name ?? null,
        });
        em.persist(request);
        await em.flush();
        await this.ctx.audit.change(em, {
          operation: `mutation proposePersonalDataRequest`,
          targetType: 'PersonalDataRequest',
          targetIds: [request.id],
          fields: ['kind', 'customerId', 'reason'],
          customerIds: [customerId],
        });
        return request;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw PersonalDataErrors.alreadyOpen();
      throw error;
    }
  }

  /**
   * Approves or rejects. An export is the director's decision; an erasure needs a second person and is
   * carried out in the same transaction in crm, then by every other service from CustomerPseudonymised.
   */
  async decide(input: DecidePersonalDataRequestInput): Promise<PersonalDataRequest> {
    const id = requireId(input.id, 'id');
    const caller = this.ctx.caller;
    return this.ctx.em.transactional(async (em) => {
      const request = await em.findOne(PersonalDataRequest, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!request) throw PersonalDataErrors.notFound(id);
      if (request.status !== PersonalDataRequestStatus.PROPOSED) throw PersonalDataErrors.decided();
      if (request.kind === PersonalDataRequestKind.EXPORT && caller.role !== Role.OPS_DIRECTOR && caller.kind !== 'system') {
        this.ctx.audit.denied('mutation decidePersonalDataRequest', 'PersonalDataRequest', 'export decided by the director only', [id]);
        throw PersonalDataErrors.exportNeedsDirector();
      }
      if (request.kind === PersonalDataRequestKind.ERASURE && request.proposedBy === caller.id) {
        this.ctx.audit.denied('mutation decidePersonalDataRequest', 'PersonalDataRequest', 'erasure approved by its proposer', [id]);
        throw PersonalDataErrors.secondPersonNeeded();
      }
      request.status = input.approve ? PersonalDataRequestStatus.APPROVED : PersonalDataRequestStatus.REJECTED;
      request.decidedBy = caller.id ?? null;
      request.decidedByName = caller.name ?? null;
      request.decidedAt = new Date();
      await em.flush();
      let tables: string[] = [];
      if (input.approve && request.kind === PersonalDataRequestKind.ERASURE) {
        const pseudonym = pseudonymFor(request.customerId);
        tables = await pseudonymiseInCrm(em, request.customerId, pseudonym);
        await this.ctx.bus.publish<CustomerPseudonymisedData>(em, PrivacyEvents.CustomerPseudonymised, {
          customerId: request.customerId,
          requestId: request.id,
          pseudonym,
          proposedBy: request.proposedBy,
          approvedBy: caller.id!,
          pseudonymisedAt: request.decidedAt.toISOString(),
        });
      }
      await this.ctx.audit.change(em, {
        operation: 'mutation decidePersonalDataRequest',
        targetType: 'PersonalDataRequest',
        targetIds: [request.id],
        fields: ['status', ...tables.map((t) => `pseudonymised:${t}`)],
        customerIds: [request.customerId],
      });
      return request;
    });
  }

  /** The export entity for an approved export request, to the director or the request's proposer, for 7 days. */
  async export(requestId: string): Promise<PersonalDataExport> {
    const id = requireId(requestId, 'requestId');
    const request = await this.ctx.em.findOne(PersonalDataRequest, { id });
    if (!request || request.kind !== PersonalDataRequestKind.EXPORT) throw PersonalDataErrors.notFound(id);
    const caller = this.ctx.caller;
    const allowed =
      request.status === PersonalDataRequestStatus.APPROVED &&
      request.decidedAt !== null &&
      Date.now() - request.decidedAt.getTime() < EXPORT_VALID_MS &&
      (caller.role === Role.OPS_DIRECTOR || caller.id === request.proposedBy);
    if (!allowed) {
      this.ctx.audit.denied('query personalDataExport', 'PersonalDataExport', 'export not approved, expired or not the caller’s', [id]);
      throw PersonalDataErrors.exportNotAvailable();
    }
    return Object.assign(new PersonalDataExport(), { id, customerId: request.customerId, generatedAt: new Date() });
  }

  /** Every crm row on the person: each table with a customer_id, their own row, their complaints' steps and merges. */
  async sections(exp: PersonalDataExport): Promise<PersonalDataSection[]> {
    const customerId = exp.customerId;
    const complaints = await this.ctx.em.execute<{ id: string }[]>(`select id from crm.complaint where customer_id = ?`, [customerId]);
    const [customer] = await this.ctx.em.execute<{ phone: string }[]>(`select phone from crm.customer where id = ?`, [customerId]);
    this.ctx.audit.readPersonal('query personalDataExport', 'PersonalDataExport', exp.id, 'crm', customerId);
    return collectPersonalData(
      this.ctx.em,
      'crm',
      { customer_id: [customerId] },
      {
        customer: { id: [customerId] },
        complaint_step: { complaint_id: complaints.map((c) => c.id) },
        customer_merge: { survivor_id: [customerId], merged_id: [customerId] },
        // consultations taken before the person was registered carry only their phone
        consultation: { phone: customer ? [customer.phone] : [] },
      },
    );
  }

  private async erased(em: EntityManager, customerId: string): Promise<boolean> {
    return (
      (await em.count(PersonalDataRequest, {
        customerId,
        kind: PersonalDataRequestKind.ERASURE,
        status: PersonalDataRequestStatus.APPROVED,
      })) > 0
    );
  }
}
