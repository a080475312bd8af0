import type { EntityManager } from '@mikro-orm/postgresql';
import { assertFen, pageSize, parseCursor, toPage, type Page } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { isUuid, S, sql } from '../../common/sql.js';
import { idempotent } from '../idempotency/idempotency.js';
import { pointsConfig, type PointsConfig } from '../points/points.config.js';
import type { LedgerScope } from '../points/points.ledger.js';
import { PointsErrors } from '../points/points.exception.js';
import { assertMemberDesk, operatorOf } from '../points/points.policy.js';
import { Consumption, ConsumptionSource } from './consumption.entity.js';
import { ConsumptionErrors } from './consumption.exception.js';
import { assertNotFuture, normaliseReason, normaliseReceipt } from './consumption.rules.js';
import { earnConsumption, insertConsumption, refundConsumption } from './consumption.core.js';
import type { RecordConsumptionInput } from './dto/record-consumption.input.js';
import type { RefundConsumptionInput } from './dto/refund-consumption.input.js';

export interface PointsClock {
  now?: () => Date;
  config?: PointsConfig;
}

export function scopeOf(ctx: MembersContext, em: EntityManager, clock: PointsClock = {}): LedgerScope {
  return { em, bus: ctx.bus, now: clock.now?.() ?? new Date(), config: clock.config ?? pointsConfig() };
}

export class ConsumptionService {
  constructor(
    private readonly ctx: MembersContext,
    private readonly clock: PointsClock = {},
  ) {}

  /**
   * Records a member's receipt and earns its points. The receipt decides, not the path: a receipt
   * the DealClosed event already recorded for this member and amount is answered with that
   * consumption (earning now if it has not earned); with another member or amount it is CONFLICT.
   */
  async record(input: RecordConsumptionInput): Promise<Consumption> {
    const operation = 'mutation recordConsumption';
    assertMemberDesk(this.ctx, operation, 'Consumption');
    if (!isUuid(input.membershipId)) throw PointsErrors.membershipNotFound(input.membershipId);
    const membershipId = input.membershipId.toLowerCase();
    const receiptNumber = normaliseReceipt(input.receiptNumber);
    const amountFen = assertFen(input.amountFen, 'amountFen');
    const occurredAt = new Date(input.occurredAt);
    assertNotFuture(occurredAt);
    const args = { membershipId, receiptNumber, amountFen, occurredAt: occurredAt.toISOString() };
    const { result } = await this.ctx.em.transactional((em) =>
      idempotent(em, { key: input.idempotencyKey, operation, args, callerId: this.ctx.caller.id }, async () => {
        const scope = scopeOf(this.ctx, em, this.clock);
        const [membership] = await sql<{ customer_id: string; status: string }>(
          em,
          `select customer_id, status from ${S('membership')} where id = ?`,
          [membershipId],
        );
        if (!membership) throw PointsErrors.membershipNotFound(membershipId);
        if (membership.status !== 'ACTIVE' && membership.status !== 'LOST') throw PointsErrors.membershipNotActive(membership.status);
        const recorded = await insertConsumption(scope, {
          receiptNumber,
          customerId: membership.customer_id,
          membershipId,
          amountFen,
          occurredAt,
          source: ConsumptionSource.MANUAL,
          recordedBy: operatorOf(this.ctx.caller),
        });
        if (!recorded.inserted) {
          const [existing] = await sql<{ customer_id: string; amount_fen: string }>(
            em,
            `select customer_id, amount_fen from ${S('consumption')} where id = ?`,
            [recorded.id],
          );
          if (existing!.customer_id !== membership.customer_id || Number(existing!.amount_fen) !== amountFen)
            throw ConsumptionErrors.receiptTaken(recorded.id);
        }
        const earned = await earnConsumption(scope, recorded.id, { operatorId: operatorOf(this.ctx.caller) });
        if (recorded.inserted || earned.outcome === 'EARNED') {
          await this.ctx.audit.change(em, {
            operation,
            targetType: 'Consumption',
            targetIds: [recorded.id, ...earned.entries.map((e) => e.id)],
            fields: ['receiptNumber', 'amountFen', 'occurredAt', 'pointsEarned'],
            customerIds: [membership.customer_id],
          });
        }
        return { consumptionId: recorded.id };
      }),
    );
    return this.load(result.consumptionId);
  }

  /** Refunds a receipt (any path recorded it); a second refund of it answers the refunded consumption. */
  async refund(input: RefundConsumptionInput): Promise<Consumption> {
    const operation = 'mutation refundConsumption';
    assertMemberDesk(this.ctx, operation, 'Consumption', { finance: true });
    const receiptNumber = normaliseReceipt(input.receiptNumber);
    const reason = normaliseReason(input.reason);
    const { result } = await this.ctx.em.transactional((em) =>
      idempotent(em, { key: input.idempotencyKey, operation, args: { receiptNumber, reason }, callerId: this.ctx.caller.id }, async () => {
        const scope = scopeOf(this.ctx, em, this.clock);
        const refunded = await refundConsumption(scope, {
          receiptNumber,
          reason,
          refundedAt: scope.now,
          operatorId: operatorOf(this.ctx.caller),
        });
        if (refunded.changed) {
          await this.ctx.audit.change(em, {
            operation,
            targetType: 'Consumption',
            targetIds: [refunded.id, ...refunded.entries.map((e) => e.id)],
            fields: ['status', 'refundedAt', 'refundReason', 'pointsReversed'],
            customerIds: [refunded.customerId],
          });
        }
        return { consumptionId: refunded.id };
      }),
    );
    return this.load(result.consumptionId);
  }

  /** Newest first; by receipt number fragment. */
  async list(query: { receiptNumber?: string | null; first?: number; after?: string | null }): Promise<Page<Consumption>> {
    const size = pageSize(query.first);
    const after = parseCursor(query.after);
    const term = query.receiptNumber?.trim().toUpperCase();
    const filter = term ? { receiptNumber: { $like: `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } } : {};
    const [rows, totalCount] = await Promise.all([
      this.ctx.em.find(Consumption, after ? { $and: [filter, { id: { $lt: after } }] } : filter, {
        orderBy: { id: 'desc' },
        limit: size + 1,
      }),
      this.ctx.em.count(Consumption, filter),
    ]);
    return toPage(rows, size, totalCount);
  }

  private async load(id: string): Promise<Consumption> {
    return this.ctx.em.fork().findOneOrFail(Consumption, { id });
  }
}
