import { LockMode, UniqueConstraintViolationException, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { Events, newId, pageSize, parseCursor, toPage, type MemberEnrolledData, type Page } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { KnownCustomer } from '../known-customer/known-customer.entity.js';
import { Tier } from '../tier/tier.entity.js';
import { drawCardNumber } from '../card/card-number.js';
import { Membership, MembershipStatus } from './membership.entity.js';
import { MembershipEventKind } from './membership-event.entity.js';
import { MembershipErrors, normaliseReason } from './membership.exception.js';
import { isUuid } from '../../common/sql.js';
import { normaliseEnrolment, type Enrolment } from './membership.rules.js';
import type { EnrollMemberInput } from './dto/enroll-member.input.js';
import { assertMayEnrol, assertMemberAdmin, assertMemberCentre, defaultDeveloperOf } from './membership.policy.js';
import { membershipScope } from './membership.scope.js';
import { recordMembershipEvent, staffIdOf } from './membership.actor.js';
import type { ChangeScope } from './membership-lifecycle.service.js';
import { earnSinceJoining } from './retroactive-points.js';
import { changeDeveloper } from './membership.developer.js';

export interface MembershipListQuery {
  search?: string | null;
  keyCustomer?: boolean | null;
  tier?: string | null;
  status?: MembershipStatus | null;
  first?: number;
  after?: string | null;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Enrols inside the caller's transaction: the membership, its reserved card number, the history
 * line, MemberEnrolled and the audit entry commit together. For enrollMember and for the points
 * side's remedies (补办会员, RemedyApproved RETRO_ENROL), which run in their own transaction.
 * @throws NOT_FOUND for a customer crm never registered, CONFLICT when already a member
 */
export async function enrolInTransaction(
  em: EntityManager,
  scope: ChangeScope,
  enrolment: Enrolment & { reason?: string | null },
  operation = 'mutation enrollMember',
): Promise<Membership> {
  const known = await em.findOne(KnownCustomer, { customerId: enrolment.customerId }, { fields: ['customerId'] });
  if (!known) throw MembershipErrors.customerUnknown(enrolment.customerId);
  const existing = await em.findOne(Membership, { customerId: enrolment.customerId }, { fields: ['id'] });
  if (existing) throw MembershipErrors.alreadyMember(existing.id);
  if (!(await em.findOne(Tier, { code: enrolment.tier }, { fields: ['code'] }))) throw MembershipErrors.tierUnknown(enrolment.tier);
  const id = newId();
  const now = new Date();
  const created = em.create(Membership, {
    id,
    customerId: enrolment.customerId,
    tier: enrolment.tier,
    joinedAt: enrolment.joinedAt,
    // the tier given at enrolment is held from now, even when joinedAt is back-dated
    tierSince: now,
    cardNumber: await drawCardNumber(em, id),
    enrolledBy: staffIdOf(scope.caller),
    // 开发人: the member specialist who enrols the member develops them (the member admin may change it)
    developerId: defaultDeveloperOf(scope.caller),
    createdAt: now,
  });
  const retroactive = enrolment.joinedAt.getTime() < now.getTime() - 60_000;
  recordMembershipEvent(em, scope.caller, id, MembershipEventKind.ENROLLED, {
    at: now,
    reason: enrolment.reason ?? (retroactive ? 'retroactive enrolment' : null),
    toValue: enrolment.tier,
    fromValue: retroactive ? enrolment.joinedAt.toISOString() : null,
  });
  await em.flush();
  await scope.bus.publish<MemberEnrolledData>(em, Events.MemberEnrolled, {
    membershipId: created.id,
    customerId: created.customerId,
    cardNumber: created.cardNumber,
    tier: created.tier,
    joinedAt: created.joinedAt.toISOString(),
    developerId: created.developerId,
  });
  await scope.audit.change(em, {
    operation,
    targetType: 'Membership',
    targetIds: [created.id],
    fields: ['customerId', 'cardNumber', 'tier', 'status', 'joinedAt', 'enrolledBy', 'developerId'],
    customerIds: [created.customerId],
  });
  return created;
}

export class MembershipService {
  constructor(private readonly ctx: MembersContext) {}

  /** Enrols a known customer; the membership, MemberEnrolled and the audit entry commit together. */
  async enroll(input: EnrollMemberInput): Promise<Membership> {
    // the department rule comes first: a caller who may not enrol learns nothing about the input
    assertMayEnrol(this.ctx);
    const enrolment = normaliseEnrolment(input);
    try {
      const reason = normaliseReason(input.reason, true);
      const membership = await this.ctx.em.transactional(async (em) => {
        const created = await enrolInTransaction(em, this.ctx, { ...enrolment, reason });
        // a back-dated enrolment earns what the customer spent since joinedAt (none for one joining now)
        await earnSinceJoining(em, this.ctx, created, reason ?? '补办会员: retroactive enrolment');
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
   * Newest first; `search` matches a fragment of the card number, in any case; `keyCustomer`,
   * `tier` and `status` narrow the list. Only the memberships the caller may see are listed and counted.
   */
  async list(query: MembershipListQuery): Promise<Page<Membership>> {
    const size = pageSize(query.first);
    const after = parseCursor(query.after);
    const filters: FilterQuery<Membership>[] = [membershipScope(this.ctx.em, this.ctx.caller)];
    const term = query.search?.trim().toUpperCase();
    if (term) filters.push({ cardNumber: { $like: `%${escapeLike(term)}%` } });
    if (query.keyCustomer != null) filters.push({ isKeyCustomer: query.keyCustomer });
    const tier = query.tier?.trim().toUpperCase();
    if (tier) filters.push({ tier });
    if (query.status) filters.push({ status: query.status });
    const [rows, totalCount] = await Promise.all([
      this.ctx.em.find(
        Membership,
        { $and: after ? [...filters, { id: { $lt: after } }] : filters },
        { orderBy: { id: 'desc' }, limit: size + 1 },
      ),
      this.ctx.em.count(Membership, { $and: filters }),
    ]);
    return toPage(rows, size, totalCount);
  }

  /**
   * 重点客户: sets or clears the flag and its owner (the member centre). Setting it needs an owner,
   * the caller when none is named; clearing it drops the owner. Recorded in the history and audited.
   */
  async setKeyCustomer(membershipId: string, isKey: boolean, ownerStaffId: string | null | undefined): Promise<Membership> {
    const operation = 'mutation setKeyCustomer';
    assertMemberCentre(this.ctx, operation);
    let owner: string | null = null;
    if (isKey) {
      owner = ownerStaffId?.trim() || staffIdOf(this.ctx.caller);
      if (!owner) throw MembershipErrors.ownerRequired();
      if (!isUuid(owner)) throw MembershipErrors.ownerInvalid();
      owner = owner.toLowerCase();
    }
    const membership = await this.ctx.em.transactional(async (em) => {
      const found = isUuid(membershipId)
        ? await em.findOne(Membership, { id: membershipId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE })
        : null;
      if (!found) throw MembershipErrors.notFound(membershipId);
      if (found.status === MembershipStatus.CANCELLED) throw MembershipErrors.cancelled();
      if (found.isKeyCustomer === isKey && found.keyCustomerOwnerId === owner) return found;
      const before = found.isKeyCustomer ? found.keyCustomerOwnerId : null;
      Object.assign(found, { isKeyCustomer: isKey, keyCustomerOwnerId: owner, updatedAt: new Date() });
      recordMembershipEvent(
        em,
        this.ctx.caller,
        found.id,
        isKey ? MembershipEventKind.KEY_CUSTOMER_SET : MembershipEventKind.KEY_CUSTOMER_CLEARED,
        {
          fromValue: before,
          toValue: owner,
        },
      );
      await em.flush();
      await this.ctx.audit.change(em, {
        operation,
        targetType: 'Membership',
        targetIds: [found.id],
        fields: ['isKeyCustomer', 'keyCustomerOwnerId'],
        customerIds: [found.customerId],
      });
      return found;
    });
    this.ctx.loaders.membershipById.clear(membership.id).prime(membership.id, membership);
    return membership;
  }

  /**
   * 开发人 (issue 20): sets, changes (developerId) or clears (null) the member's developing specialist.
   * The member admin only; recorded in the history, published (MemberDeveloperChanged: analytics
   * credits the member's spend to the developer) and audited, all in one transaction. Setting the
   * developer the member already has changes nothing and publishes nothing.
   * @throws FORBIDDEN for anyone else, BAD_USER_INPUT for a developerId that is not a staff id,
   *   NOT_FOUND for an unknown membership, CONFLICT for a cancelled one
   */
  async setDeveloper(membershipId: string, developerId: string | null | undefined): Promise<Membership> {
    const operation = 'mutation setMemberDeveloper';
    assertMemberAdmin(this.ctx, operation);
    const developer = developerId?.trim() ? developerId.trim().toLowerCase() : null;
    if (developer !== null && !isUuid(developer)) throw MembershipErrors.developerInvalid();
    const membership = await this.ctx.em.transactional(async (em) => {
      const found = isUuid(membershipId)
        ? await em.findOne(Membership, { id: membershipId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE })
        : null;
      if (!found) throw MembershipErrors.notFound(membershipId);
      if (found.status === MembershipStatus.CANCELLED) throw MembershipErrors.cancelled();
      if (found.developerId === developer) return found;
      await changeDeveloper(em, this.ctx, found, developer, operation);
      return found;
    });
    this.ctx.loaders.membershipById.clear(membership.id).prime(membership.id, membership);
    return membership;
  }
}
