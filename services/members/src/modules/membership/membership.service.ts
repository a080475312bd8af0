import { UniqueConstraintViolationException, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { Events, pageSize, parseCursor, toPage, type MemberEnrolledData, type Page } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { KnownCustomer } from '../known-customer/known-customer.entity.js';
import { Membership } from './membership.entity.js';
import { MembershipErrors } from './membership.exception.js';
import { formatCardNumber, isUuid, normaliseEnrolment } from './membership.rules.js';
import type { EnrollMemberInput } from './dto/enroll-member.input.js';
import { assertMayEnrol } from './membership.policy.js';
import { membershipScope } from './membership.scope.js';

export interface MembershipListQuery {
  search?: string | null;
  first?: number;
  after?: string | null;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A sequence, not max()+1: numbers of cancelled or lost cards are never handed out again. */
async function nextCardNumber(em: EntityManager): Promise<string> {
  const rows = await em
    .getConnection()
    .execute<{ n: string }[]>(`select nextval('"members"."membership_card_number_seq"') as n`, [], 'all', em.getTransactionContext());
  return formatCardNumber(rows[0]!.n);
}

export class MembershipService {
  constructor(private readonly ctx: MembersContext) {}

  /** Enrols a known customer; the membership, MemberEnrolled and the audit entry commit together. */
  async enroll(input: EnrollMemberInput): Promise<Membership> {
    // the department rule comes first: a caller who may not enrol learns nothing about the input
    assertMayEnrol(this.ctx);
    const enrolment = normaliseEnrolment(input);
    const caller = this.ctx.caller;
    const enrolledBy = caller.kind === 'staff' && caller.id && isUuid(caller.id) ? caller.id : null;
    try {
      const membership = await this.ctx.em.transactional(async (em) => {
        const known = await em.findOne(KnownCustomer, { customerId: enrolment.customerId }, { fields: ['customerId'] });
        if (!known) throw MembershipErrors.customerUnknown(input.customerId);
        const existing = await em.findOne(Membership, { customerId: enrolment.customerId }, { fields: ['id'] });
        if (existing) throw MembershipErrors.alreadyMember(existing.id);
        const created = em.create(Membership, { ...enrolment, cardNumber: await nextCardNumber(em), enrolledBy });
        await em.flush();
        await this.ctx.bus.publish<MemberEnrolledData>(em, Events.MemberEnrolled, {
          membershipId: created.id,
          customerId: created.customerId,
          cardNumber: created.cardNumber,
          tier: created.tier,
          joinedAt: created.joinedAt.toISOString(),
        });
        await this.ctx.audit.change(em, {
          operation: 'mutation enrollMember',
          targetType: 'Membership',
          targetIds: [created.id],
          fields: ['customerId', 'cardNumber', 'tier', 'status', 'joinedAt', 'enrolledBy'],
          customerIds: [created.customerId],
        });
        return created;
      });
      this.ctx.loaders.membershipById.prime(membership.id, membership);
      return membership;
    } catch (error) {
      // concurrent enrolments of one customer: the unique index decides, the losers get CONFLICT
      if (error instanceof UniqueConstraintViolationException) {
        const winner = await this.ctx.em.fork().findOne(Membership, { customerId: enrolment.customerId }, { fields: ['id'] });
        if (winner) throw MembershipErrors.alreadyMember(winner.id);
      }
      throw error;
    }
  }

  /** NOT_FOUND both for an id that does not exist and for a membership outside the caller's scope. */
  async get(id: string): Promise<Membership> {
    const membership = await this.ctx.loaders.membershipById.load(id);
    if (!membership) throw MembershipErrors.notFound(id);
    return membership;
  }

  /**
   * Newest first; `search` matches a fragment of the card number, in any case. Only the
   * memberships the caller may see are listed and counted.
   */
  async list(query: MembershipListQuery): Promise<Page<Membership>> {
    const size = pageSize(query.first);
    const after = parseCursor(query.after);
    const filters: FilterQuery<Membership>[] = [membershipScope(this.ctx.em, this.ctx.caller)];
    const term = query.search?.trim().toUpperCase();
    if (term) filters.push({ cardNumber: { $like: `%${escapeLike(term)}%` } });
    const [rows, totalCount] = await Promise.all([
      this.ctx.em.find(Membership, { $and: after ? [...filters, { id: { $lt: after } }] : filters }, { orderBy: { id: 'desc' }, limit: size + 1 }),
      this.ctx.em.count(Membership, { $and: filters }),
    ]);
    return toPage(rows, size, totalCount);
  }
}
