import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { MembershipEvents, type Caller, type EventBus, type MembershipStatusChangedData, type RequestAudit } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { Card, CardStatus } from '../card/card.entity.js';
import { drawCardNumber } from '../card/card-number.js';
import { Membership, type MembershipStatus } from './membership.entity.js';
import { MembershipErrors, normaliseReason } from './membership.exception.js';
import { decide, type LifecycleAction } from './membership.lifecycle.js';
import { recordMembershipEvent, staffIdOf } from './membership.actor.js';
import { assertMemberCentre } from './membership.policy.js';
import { isUuid } from '../../common/sql.js';

export interface LifecycleResult {
  membership: Membership;
  /** the card acted on, or the new card of an issue or a replacement */
  card: Card | null;
}

/** What a lifecycle change needs besides its transaction: who acts, the bus and the audit trail. */
export interface ChangeScope {
  caller: Caller;
  bus: EventBus;
  audit: RequestAudit;
}

/** Locks the membership row for the rest of the transaction: transitions of one member run one at a time. */
export function lockMembership(em: EntityManager, id: string): Promise<Membership | null> {
  if (!isUuid(id)) return Promise.resolve(null);
  return em.findOne(Membership, { id: id.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

export async function publishStatusChange(
  em: EntityManager,
  scope: ChangeScope,
  membership: Membership,
  from: MembershipStatus,
  kind: string,
): Promise<void> {
  if (from === membership.status) return;
  await scope.bus.publish<MembershipStatusChangedData>(em, MembershipEvents.MembershipStatusChanged, {
    membershipId: membership.id,
    customerId: membership.customerId,
    from,
    to: membership.status,
    kind,
    at: (membership.updatedAt ?? new Date()).toISOString(),
  });
}

/**
 * Card issue / activation / loss / replacement and freeze / unfreeze / cancel. Each runs in one
 * transaction with the membership row locked, asks the state machine (`decide`) and records the
 * change in the history, the audit trail and, when the status moves, MembershipStatusChanged.
 */
export class MembershipLifecycleService {
  constructor(private readonly ctx: MembersContext) {}

  issueCard(membershipId: string): Promise<Card> {
    return this.onMembership('issueCard', 'ISSUE_CARD', membershipId, null).then((r) => r.card!);
  }

  activateCard(cardId: string): Promise<Card> {
    return this.onCard('activateCard', 'ACTIVATE_CARD', cardId, null).then((r) => r.card!);
  }

  reportCardLost(cardId: string, reason: string): Promise<Card> {
    return this.onCard('reportCardLost', 'REPORT_CARD_LOST', cardId, normaliseReason(reason)).then((r) => r.card!);
  }

  /** @returns the new card */
  replaceCard(cardId: string, reason: string): Promise<Card> {
    return this.onCard('replaceCard', 'REPLACE_CARD', cardId, normaliseReason(reason)).then((r) => r.card!);
  }

  freeze(membershipId: string, reason: string): Promise<Membership> {
    return this.onMembership('freezeMembership', 'FREEZE', membershipId, normaliseReason(reason)).then((r) => r.membership);
  }

  unfreeze(membershipId: string, reason: string | null): Promise<Membership> {
    return this.onMembership('unfreezeMembership', 'UNFREEZE', membershipId, normaliseReason(reason, true)).then((r) => r.membership);
  }

  cancel(membershipId: string, reason: string): Promise<Membership> {
    return this.onMembership('cancelMembership', 'CANCEL', membershipId, normaliseReason(reason)).then((r) => r.membership);
  }

  private async onMembership(
    field: string,
    action: LifecycleAction,
    membershipId: string,
    reason: string | null,
  ): Promise<LifecycleResult> {
    const operation = `mutation ${field}`;
    assertMemberCentre(this.ctx, operation);
    const result = await this.ctx.em.transactional(async (em) => {
      const membership = await lockMembership(em, membershipId);
      if (!membership) throw MembershipErrors.notFound(membershipId);
      return applyTransition(em, this.ctx, operation, action, membership, null, reason);
    });
    return this.primed(result);
  }

  private async onCard(field: string, action: LifecycleAction, cardId: string, reason: string | null): Promise<LifecycleResult> {
    const operation = `mutation ${field}`;
    assertMemberCentre(this.ctx, operation);
    if (!isUuid(cardId)) throw MembershipErrors.cardNotFound(cardId);
    const result = await this.ctx.em.transactional(async (em) => {
      // a card's membership never changes: read it, lock the membership, then read the card under the lock
      const [owner] = await em
        .getConnection()
        .execute<{ membership_id: string }[]>(
          `select membership_id from "members"."card" where id = ?`,
          [cardId.toLowerCase()],
          'all',
          em.getTransactionContext(),
        );
      if (!owner) throw MembershipErrors.cardNotFound(cardId);
      const membership = await lockMembership(em, owner.membership_id);
      if (!membership) throw MembershipErrors.cardNotFound(cardId);
      const card = await em.findOneOrFail(Card, { id: cardId.toLowerCase() });
      return applyTransition(em, this.ctx, operation, action, membership, card, reason);
    });
    return this.primed(result);
  }

  private primed(result: LifecycleResult): LifecycleResult {
    this.ctx.loaders.membershipById.clear(result.membership.id).prime(result.membership.id, result.membership);
    return result;
  }
}

/**
 * Applies one transition to a locked membership (and the card acted on). Exported for the merge,
 * which cancels the merged membership inside its own transaction.
 */
export async function applyTransition(
  em: EntityManager,
  scope: ChangeScope,
  operation: string,
  action: LifecycleAction,
  membership: Membership,
  card: Card | null,
  reason: string | null,
  extra: { toValue?: string } = {},
): Promise<LifecycleResult> {
  const current = membership.currentCardId
    ? card?.id === membership.currentCardId
      ? card
      : await em.findOne(Card, { id: membership.currentCardId })
    : null;
  const outcome = decide(action, {
    membership: membership.status,
    currentCard: current?.status ?? null,
    card: card ? { status: card.status, isCurrent: card.id === membership.currentCardId } : undefined,
  });
  const now = new Date();
  const staffId = staffIdOf(scope.caller);
  const from = membership.status;
  membership.status = outcome.membership;
  membership.updatedAt = now;

  // the card whose status changes: the one acted on, or the current one when the membership is cancelled
  const changed = card ?? (outcome.card ? current : null);
  const cardFrom = card?.status ?? null;
  if (changed && outcome.card) {
    changed.status = outcome.card;
    if (outcome.card === CardStatus.ACTIVE) Object.assign(changed, { activatedAt: now, activatedBy: staffId });
    if (outcome.card === CardStatus.LOST) Object.assign(changed, { lostAt: now, lostReason: reason });
    if (outcome.card === CardStatus.REPLACED) changed.replacedAt = now;
    if (outcome.card === CardStatus.CANCELLED) changed.cancelledAt = now;
  }

  let made: Card | null = null;
  if (outcome.newCard) {
    // the first card carries the number reserved at enrolment; every later card draws a new one
    const reservedFree = (await em.count(Card, { number: membership.cardNumber })) === 0;
    const number = action === 'ISSUE_CARD' && reservedFree ? membership.cardNumber : await drawCardNumber(em, membership.id);
    made = em.create(Card, {
      membershipId: membership.id,
      number,
      status: outcome.newCard,
      issuedAt: now,
      issuedBy: staffId,
      replacesId: changed?.id ?? null,
    });
    if (changed && outcome.card === CardStatus.REPLACED) changed.replacedById = made.id;
    membership.cardNumber = number;
    membership.currentCardId = made.id;
  }

  const statusMoved = from !== membership.status;
  // history values: a replacement shows the numbers, an issue the new number, other card actions
  // the card's status and membership actions the membership's status
  const values =
    action === 'REPLACE_CARD'
      ? { fromValue: changed!.number, toValue: made!.number }
      : made
        ? { fromValue: null, toValue: made.number }
        : card && cardFrom
          ? { fromValue: cardFrom, toValue: card.status }
          : { fromValue: from, toValue: membership.status };
  recordMembershipEvent(em, scope.caller, membership.id, outcome.event, {
    reason,
    at: now,
    cardId: made?.id ?? changed?.id ?? null,
    ...values,
    ...extra,
  });
  await em.flush();
  await publishStatusChange(em, scope, membership, from, outcome.event);
  await scope.audit.change(em, {
    operation,
    targetType: card || made ? 'Card' : 'Membership',
    targetIds: [membership.id, ...(changed ? [changed.id] : []), ...(made ? [made.id] : [])],
    fields: [
      ...(statusMoved ? ['Membership.status'] : []),
      ...(changed && outcome.card ? ['Card.status'] : []),
      ...(made ? ['Card.number', 'Membership.cardNumber', 'Membership.currentCardId'] : []),
    ],
    customerIds: [membership.customerId],
  });
  return { membership, card: made ?? changed };
}
