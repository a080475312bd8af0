import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@careline/service-kit';
import { isUuid } from '../../common/sql.js';
import { MembershipEvent, type MembershipEventKind } from './membership-event.entity.js';

/** The staff id to keep in *By columns: staff only (a partner key or system id is not staff). */
export function staffIdOf(caller: Caller): string | null {
  return caller.kind === 'staff' && caller.id && isUuid(caller.id) ? caller.id : null;
}

/** Appends one line to a membership's history, inside the caller's transaction. */
export function recordMembershipEvent(
  em: EntityManager,
  caller: Caller,
  membershipId: string,
  kind: MembershipEventKind,
  details: { reason?: string | null; cardId?: string | null; fromValue?: string | null; toValue?: string | null; at?: Date } = {},
): MembershipEvent {
  return em.create(MembershipEvent, {
    membershipId,
    kind,
    actorKind: caller.kind,
    actorId: caller.id ?? null,
    actorName: caller.name ?? null,
    reason: details.reason ?? null,
    cardId: details.cardId ?? null,
    fromValue: details.fromValue ?? null,
    toValue: details.toValue ?? null,
    at: details.at ?? new Date(),
  });
}
