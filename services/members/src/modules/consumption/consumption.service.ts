import type { EntityManager } from '@mikro-orm/postgresql';
import { assertFen, pageSize, parseCursor, toPage, type Page } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { isUuid } from '../../common/sql.js';
import { idempotent } from '@careline/service-kit';
import { pointsConfig, type PointsConfig } from '../points/points.config.js';
import type { LedgerScope } from '../points/points.ledger.js';
import { PointsErrors } from '../points/points.exception.js';
import { assertMemberDesk, operatorOf } from '../points/points.policy.js';
import { Consumption, ConsumptionSource } from './consumption.entity.js';
import { ConsumptionErrors } from './consumption.exception.js';
import { assertNotFuture, normaliseReason, normaliseReceipt } from './consumption.rules.js';
import { refundConsumption } from './consumption.core.js';
import { earnBatch } from './consumption.batch.js';
import { claimKeys, storeKeyResults } from '../../common/idempotency-batch.js';
import type { RecordConsumptionInput } from './dto/record-consumption.input.js';
import type { RefundConsumptionInput } from './dto/refund-consumption.input.js';

/** the most receipts one recordConsumptions takes */
export const RECORD_BATCH_MAX = 500;

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
   * One receipt is a batch of one (consumption.batch.ts): the same statements, the same rows.
   */
  async record(input: RecordConsumptionInput): Promise<Consumption> {
    const [consumption] = await this.recordAll('mutation recordConsumption', [input]);
    return consumption!;
  }

  /**
   * 批量录入 (billing imports, a chain's month-end): up to RECORD_BATCH_MAX receipts in one
   * transaction, each with its own idempotency key, answered in order. Each item behaves as its own
   * recordConsumption would (same key, same answer, in either mutation); one bad item refuses the
   * whole list and writes nothing.
   */
  async recordMany(inputs: RecordConsumptionInput[]): Promise<Consumption[]> {
    if (inputs.length < 1 || inputs.length > RECORD_BATCH_MAX) throw ConsumptionErrors.batchSize(RECORD_BATCH_MAX);
    return this.recordAll('mutation recordConsumptions', inputs);
  }

  private async recordAll(operation: string, inputs: RecordConsumptionInput[]): Promise<Consumption[]> {
    assertMemberDesk(this.ctx, operation, 'Consumption');
    const operatorId = operatorOf(this.ctx.caller);
    const items = inputs.map((input) => {
      if (!isUuid(input.membershipId)) throw PointsErrors.membershipNotFound(input.membershipId);
      const membershipId = input.membershipId.toLowerCase();
      const receiptNumber = normaliseReceipt(input.receiptNumber);
      const amountFen = assertFen(input.amountFen, 'amountFen');
      const occurredAt = new Date(input.occurredAt);
      assertNotFuture(occurredAt);
      // the arguments a single recordConsumption hashes: a key means the same in both mutations
      const args = { membershipId, receiptNumber, amountFen, occurredAt: occurredAt.toISOString() };
      return { key: input.idempotencyKey, args, facts: { membershipId, receiptNumber, amountFen, occurredAt } };
    });
    const ids = await this.ctx.em.transactional(async (em) => {
      const scope = scopeOf(this.ctx, em, this.clock);
      const keys = await claimKeys(
        em,
        items.map((item) => ({ key: item.key, operation: 'mutation recordConsumption', args: item.args, callerId: this.ctx.caller.id })),
      );
      const todo = items.flatMap((item, i) => (keys[i]!.run ? [i] : []));
      const outcomes = await earnBatch(
        scope,
        todo.map((i) => ({
          ...items[i]!.facts,
          customerId: '',
          source: ConsumptionSource.MANUAL,
          recordedBy: operatorId,
          operatorId,
        })),
        { mode: 'request' },
      );
      const answers: (string | undefined)[] = items.map((_, i) => keys[i]!.stored?.consumptionId as string | undefined);
      todo.forEach((i, n) => (answers[i] = outcomes[n]!.consumptionId));
      items.forEach((_, i) => {
        const first = keys[i]!.sameAs;
        if (first !== undefined) answers[i] = answers[first];
      });
      await storeKeyResults(
        em,
        todo.map((i) => ({ key: keys[i]!.key, result: { consumptionId: answers[i]! } })),
      );
      const changed = outcomes.filter((o) => o.inserted || o.earned);
      if (changed.length) {
        await this.ctx.audit.change(em, {
          operation,
          targetType: 'Consumption',
          targetIds: changed.flatMap((o) => [o.consumptionId, ...o.entryIds]),
          fields: ['receiptNumber', 'amountFen', 'occurredAt', 'pointsEarned'],
          customerIds: [...new Set(changed.map((o) => o.customerId))],
        });
      }
      return answers as string[];
    });
    const loaded = await this.ctx.em.fork().find(Consumption, { id: { $in: [...new Set(ids)] } });
    const byId = new Map(loaded.map((c) => [c.id, c]));
    return ids.map((id) => byId.get(id)!);
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
