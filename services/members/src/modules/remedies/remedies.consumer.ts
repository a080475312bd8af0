import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '@careline/service-kit';
import { consumeOnce, type DomainEvent, type EventBus, type RemedyApprovedData } from '@careline/service-kit';
import { isUuid, S, sql } from '../../common/sql.js';
import { hospitalDate } from '../../common/calendar.js';
import { pointsConfig, type PointsConfig } from '../points/points.config.js';
import { MemberLedger, SYSTEM_OPERATOR, type LedgerScope } from '../points/points.ledger.js';
import { PointsEntryKind } from '../points/points-entry.entity.js';
import { systemAudit, systemCaller } from '../points/points.policy.js';
import { earnConsumption, earnConsumptionsSince } from '../consumption/consumption.core.js';
import { normaliseReceipt } from '../consumption/consumption.rules.js';
import { cancelRedemption } from '../gifts/gifts.core.js';
import { enrolInTransaction } from '../membership/membership.service.js';
import { DEFAULT_TIER } from '../membership/membership.entity.js';
import { RemedyOutcome } from './remedy-application.entity.js';

export interface RemedyScope {
  rootEm: EntityManager;
  bus: EventBus;
  log: Logger;
  config?: PointsConfig;
  now?: () => Date;
}

interface Applied {
  outcome: RemedyOutcome;
  note: string | null;
  membershipId: string | null;
  entryIds: string[];
}

const notApplicable = (note: string, membershipId: string | null = null): Applied => ({
  outcome: RemedyOutcome.NOT_APPLICABLE,
  note,
  membershipId,
  entryIds: [],
});

/**
 * RemedyApproved (a complaint's remedy, approved in crm) → carried out in members, once per
 * remedy id: a redelivered event stops at processed_event, and the same remedy published again
 * under another event id stops at remedy_application's primary key. A remedy that cannot apply
 * (not a member, unknown redemption) is recorded NOT_APPLICABLE with the reason instead of
 * failing forever on the bus.
 * @returns whether this delivery carried the remedy out (or recorded why it could not)
 */
export function applyRemedy(scope: RemedyScope, event: DomainEvent<RemedyApprovedData>): Promise<boolean> {
  const data = event.data;
  return consumeOnce(scope.rootEm, 'members', event, async (em) => {
    const now = scope.now?.() ?? new Date();
    const claimed = await sql(
      em,
      `insert into ${S('remedy_application')} (remedy_id, complaint_id, kind, customer_id, outcome, entry_ids, approved_by, applied_at)
       values (?, ?, ?, ?, 'APPLIED', '[]'::jsonb, ?, ?) on conflict (remedy_id) do nothing returning remedy_id`,
      [String(data.remedyId), String(data.complaintId), data.kind, data.customerId, String(data.approvedBy), now],
    );
    if (claimed.length === 0) {
      scope.log.info({ remedyId: data.remedyId, eventId: event.id }, 'remedy already carried out');
      return;
    }
    const ledgerScope: LedgerScope = { em, bus: scope.bus, now, config: scope.config ?? pointsConfig() };
    const operatorId = isUuid(data.approvedBy) ? data.approvedBy.toLowerCase() : SYSTEM_OPERATOR;
    const applied = await carryOut(scope, ledgerScope, event, operatorId);
    await sql(
      em,
      `update ${S('remedy_application')} set outcome = ?, note = ?, membership_id = ?, entry_ids = ?::jsonb where remedy_id = ?`,
      [applied.outcome, applied.note, applied.membershipId, JSON.stringify(applied.entryIds), String(data.remedyId)],
    );
    if (applied.outcome === RemedyOutcome.NOT_APPLICABLE)
      scope.log.warn({ remedyId: data.remedyId, note: applied.note }, 'remedy not applicable');
    await systemAudit(scope.bus, event.id, 'RemedyApproved').change(em, {
      operation: `event RemedyApproved ${data.kind}`,
      targetType: 'RemedyApplication',
      targetIds: [String(data.remedyId), ...applied.entryIds],
      fields: ['outcome', 'entryIds'],
      customerIds: [data.customerId],
      outcome: applied.outcome === RemedyOutcome.APPLIED ? 'SUCCESS' : 'FAILED',
      reason: applied.note,
    });
  });
}

async function carryOut(
  scope: RemedyScope,
  ledgerScope: LedgerScope,
  event: DomainEvent<RemedyApprovedData>,
  operatorId: string,
): Promise<Applied> {
  const data = event.data;
  const em = ledgerScope.em;
  if (!isUuid(data.customerId)) return notApplicable('customerId is not an id');
  const customerId = data.customerId.toLowerCase();
  const remedyNote = `投诉补救 remedy ${data.remedyId} of complaint ${data.complaintId}`;
  const membershipOf = async () =>
    (await sql<{ id: string }>(em, `select id from ${S('membership')} where customer_id = ?`, [customerId]))[0]?.id ?? null;

  switch (data.kind) {
    case 'CREDIT_POINTS': {
      const membershipId = await membershipOf();
      if (!membershipId) return notApplicable('the customer is not a member');
      const entryIds: string[] = [];
      const skipped: string[] = [];
      for (const raw of data.receiptNumbers ?? []) {
        const receipt = safeReceipt(raw);
        const [consumption] = receipt
          ? await sql<{ id: string }>(em, `select id from ${S('consumption')} where receipt_number = ?`, [receipt])
          : [];
        if (!consumption) {
          skipped.push(`${raw}: not recorded`);
          continue;
        }
        const earned = await earnConsumption(ledgerScope, consumption.id, {
          operatorId,
          remedyId: String(data.remedyId),
          note: remedyNote,
        });
        if (earned.outcome === 'EARNED') entryIds.push(...earned.entries.filter((e) => e.kind === PointsEntryKind.EARN).map((e) => e.id));
        else skipped.push(`${raw}: ${earned.outcome}`);
      }
      if (data.points != null && Number.isInteger(data.points) && data.points > 0) {
        const ledger = await MemberLedger.open(ledgerScope, membershipId);
        const entry = await ledger.credit(PointsEntryKind.ADJUST, data.points, {
          reason: `补积分: ${remedyNote}`,
          operatorId,
          remedyId: String(data.remedyId),
        });
        await ledger.close();
        entryIds.push(entry.id);
      }
      if (entryIds.length === 0) return notApplicable(`nothing to credit${skipped.length ? ` (${skipped.join('; ')})` : ''}`, membershipId);
      return { outcome: RemedyOutcome.APPLIED, note: skipped.length ? skipped.join('; ') : null, membershipId, entryIds };
    }

    case 'RETRO_ENROL': {
      const joinedAt = data.joinedAt ? new Date(data.joinedAt) : null;
      if (!joinedAt || Number.isNaN(joinedAt.getTime()) || joinedAt > ledgerScope.now)
        return notApplicable('joinedAt is missing, malformed or in the future');
      let membershipId = await membershipOf();
      if (!membershipId) {
        const [known] = await sql(em, `select 1 from ${S('known_customer')} where customer_id = ?`, [customerId]);
        if (!known) return notApplicable('the customer is unknown to members (no CustomerRegistered yet)');
        // 补办会员 through the membership module (card number, history, MemberEnrolled, audit as for any
        // enrolment) in this event's transaction; the points are earned below, naming the remedy and its approver
        const membership = await enrolInTransaction(
          em,
          { caller: systemCaller('RemedyApproved'), bus: scope.bus, audit: systemAudit(scope.bus, event.id, 'RemedyApproved') },
          { customerId, tier: DEFAULT_TIER, joinedAt, reason: remedyNote },
          'event RemedyApproved RETRO_ENROL',
        );
        membershipId = membership.id;
      } else {
        await sql(em, `update ${S('membership')} set joined_at = least(joined_at, ?) where id = ?`, [joinedAt, membershipId]);
      }
      const since = await earnConsumptionsSince(ledgerScope, membershipId, customerId, joinedAt, {
        operatorId,
        remedyId: String(data.remedyId),
        note: remedyNote,
      });
      const entryIds = since.entryIds;
      return {
        outcome: RemedyOutcome.APPLIED,
        note: `${since.consumptions} consumption(s) since ${hospitalDate(joinedAt)}`,
        membershipId,
        entryIds,
      };
    }

    case 'CANCEL_GIFT': {
      if (!isUuid(data.redemptionId)) return notApplicable('redemptionId is missing or not an id');
      const [redemption] = await sql<{ customer_id: string }>(em, `select customer_id from ${S('gift_redemption')} where id = ?`, [
        data.redemptionId,
      ]);
      if (!redemption) return notApplicable('no such gift redemption');
      if (redemption.customer_id !== customerId) return notApplicable('the redemption is another customer’s');
      const cancelled = await cancelRedemption(ledgerScope, {
        redemptionId: data.redemptionId.toLowerCase(),
        reason: remedyNote,
        operatorId,
        remedyId: String(data.remedyId),
      });
      if (!cancelled.changed) return notApplicable('the redemption was already cancelled', cancelled.membershipId);
      return {
        outcome: RemedyOutcome.APPLIED,
        note: null,
        membershipId: cancelled.membershipId,
        entryIds: cancelled.entries.map((e) => e.id),
      };
    }

    default:
      return notApplicable(`unknown remedy kind ${String(data.kind)}`);
  }
}

function safeReceipt(raw: string): string | null {
  try {
    return normaliseReceipt(raw);
  } catch {
    return null;
  }
}
