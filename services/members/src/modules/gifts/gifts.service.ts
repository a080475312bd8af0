import { assertFen, newId, pageSize, parseCursor, Role, toPage, type Page } from '@careline/service-kit';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { MembersContext } from '../../context.js';
import { isUuid, S, sql } from '../../common/sql.js';
import { idempotent } from '@careline/service-kit';
import { PointsErrors } from '../points/points.exception.js';
import { assertMemberDesk, operatorOf } from '../points/points.policy.js';
import { normaliseReason } from '../consumption/consumption.rules.js';
import { scopeOf, type PointsClock } from '../consumption/consumption.service.js';
import { Gift, type GiftKind } from './gift.entity.js';
import { GiftRedemption, type RedemptionStatus } from './gift-redemption.entity.js';
import { GiftErrors } from './gifts.exception.js';
import { cancelRedemption, redeemGift } from './gifts.core.js';
import type { CancelGiftRedemptionInput, CreateGiftInput, RedeemGiftInput } from './dto/gift.inputs.js';

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);
const isFinance = (ctx: MembersContext) =>
  ctx.caller.kind === 'system' || ctx.caller.role === Role.FINANCE || ctx.caller.role === Role.OPS_DIRECTOR;

function quantityOf(value: number, field = 'quantity'): number {
  if (!Number.isInteger(value) || value < 1 || value > 100_000) throw GiftErrors.quantityInvalid(field);
  return value;
}

export class GiftsService {
  constructor(
    private readonly ctx: MembersContext,
    private readonly clock: PointsClock = {},
  ) {}

  async create(input: CreateGiftInput): Promise<Gift> {
    const operation = 'mutation createGift';
    if (this.ctx.caller.role !== Role.FINANCE) assertMemberDesk(this.ctx, operation, 'Gift');
    const name = input.name?.trim() ?? '';
    if (name.length < 1 || name.length > 100) throw GiftErrors.nameInvalid();
    if (!Number.isInteger(input.pointsPrice) || input.pointsPrice < 1 || input.pointsPrice > 100_000_000) throw GiftErrors.priceInvalid();
    const stock = input.stock ?? 0;
    if (!Number.isInteger(stock) || stock < 0 || stock > 1_000_000) throw GiftErrors.stockInvalid();
    let unitCostFen: number | null = null;
    if (input.unitCostFen != null) {
      if (!isFinance(this.ctx)) {
        this.ctx.audit.denied(operation, 'Gift', 'only finance or the director set unit costs');
        throw GiftErrors.financeOnly();
      }
      unitCostFen = assertFen(input.unitCostFen, 'unitCostFen', { allowZero: true });
    }
    const id = newId();
    await this.ctx.em.transactional(async (em) => {
      await sql(
        em,
        `insert into ${S('gift')} (id, name, kind, points_price, stock, unit_cost_fen, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, now())`,
        [id, name, input.kind, input.pointsPrice, stock, unitCostFen, operatorOf(this.ctx.caller)],
      );
      await this.ctx.audit.change(em, {
        operation,
        targetType: 'Gift',
        targetIds: [id],
        fields: ['name', 'kind', 'pointsPrice', 'stock', ...(unitCostFen != null ? ['unitCostFen'] : [])],
      });
    });
    return this.get(id);
  }

  async restock(id: string, quantity: number, idempotencyKey: string): Promise<Gift> {
    const operation = 'mutation restockGift';
    if (this.ctx.caller.role !== Role.FINANCE) assertMemberDesk(this.ctx, operation, 'Gift');
    if (!isUuid(id)) throw GiftErrors.notFound(id);
    quantityOf(quantity);
    const giftId = id.toLowerCase();
    await this.ctx.em.transactional((em) =>
      idempotent(em, { key: idempotencyKey, operation, args: { giftId, quantity }, callerId: this.ctx.caller.id }, async () => {
        const rows = await sql(em, `update ${S('gift')} set stock = stock + ? where id = ? returning id`, [quantity, giftId]);
        if (!rows.length) throw GiftErrors.notFound(giftId);
        await this.ctx.audit.change(em, { operation, targetType: 'Gift', targetIds: [giftId], fields: ['stock'] });
        return { giftId };
      }),
    );
    return this.get(giftId);
  }

  async setUnitCost(id: string, fen: number): Promise<Gift> {
    const operation = 'mutation setGiftUnitCost';
    if (!isUuid(id)) throw GiftErrors.notFound(id);
    const unitCostFen = assertFen(fen, 'unitCostFen', { allowZero: true });
    await this.ctx.em.transactional(async (em) => {
      const rows = await sql(em, `update ${S('gift')} set unit_cost_fen = ? where id = ? returning id`, [unitCostFen, id.toLowerCase()]);
      if (!rows.length) throw GiftErrors.notFound(id);
      await this.ctx.audit.change(em, { operation, targetType: 'Gift', targetIds: [id.toLowerCase()], fields: ['unitCostFen'] });
    });
    return this.get(id.toLowerCase());
  }

  /**
   * Registers a hand-over. The idempotency key is the request: concurrent or repeated calls with
   * it issue the gift once and all answer with that one redemption.
   */
  async redeem(input: RedeemGiftInput): Promise<GiftRedemption> {
    const operation = 'mutation redeemGift';
    assertMemberDesk(this.ctx, operation, 'GiftRedemption');
    if (!isUuid(input.membershipId)) throw PointsErrors.membershipNotFound(input.membershipId);
    if (!isUuid(input.giftId)) throw GiftErrors.notFound(input.giftId);
    const args = {
      membershipId: input.membershipId.toLowerCase(),
      giftId: input.giftId.toLowerCase(),
      quantity: quantityOf(input.quantity),
    };
    const { result } = await this.ctx.em.transactional((em) =>
      idempotent(em, { key: input.idempotencyKey, operation, args, callerId: this.ctx.caller.id }, async () => {
        const redeemed = await redeemGift(scopeOf(this.ctx, em, this.clock), { ...args, operatorId: operatorOf(this.ctx.caller) });
        await this.ctx.audit.change(em, {
          operation,
          targetType: 'GiftRedemption',
          targetIds: [redeemed.redemptionId, args.giftId, ...redeemed.entries.map((e) => e.id)],
          fields: ['giftId', 'quantity', 'points', 'stock'],
          customerIds: [redeemed.customerId],
        });
        return { redemptionId: redeemed.redemptionId };
      }),
    );
    return this.redemption(result.redemptionId);
  }

  async cancel(input: CancelGiftRedemptionInput): Promise<GiftRedemption> {
    const operation = 'mutation cancelGiftRedemption';
    assertMemberDesk(this.ctx, operation, 'GiftRedemption');
    if (!isUuid(input.redemptionId)) throw GiftErrors.redemptionNotFound(input.redemptionId);
    const redemptionId = input.redemptionId.toLowerCase();
    const reason = normaliseReason(input.reason);
    const { result } = await this.ctx.em.transactional((em) =>
      idempotent(em, { key: input.idempotencyKey, operation, args: { redemptionId, reason }, callerId: this.ctx.caller.id }, async () => {
        const cancelled = await cancelRedemption(scopeOf(this.ctx, em, this.clock), {
          redemptionId,
          reason,
          operatorId: operatorOf(this.ctx.caller),
        });
        if (cancelled.changed) {
          await this.ctx.audit.change(em, {
            operation,
            targetType: 'GiftRedemption',
            targetIds: [redemptionId, ...cancelled.entries.map((e) => e.id)],
            fields: ['status', 'cancelledAt', 'cancelReason', 'stock', 'points'],
            customerIds: [cancelled.customerId],
          });
        }
        return { redemptionId };
      }),
    );
    return this.redemption(result.redemptionId);
  }

  /** The catalogue by name, newest first; `search` matches part of the name, `kind` narrows it. */
  async list(query: { search?: string | null; kind?: GiftKind | null; first?: number; after?: string | null }): Promise<Page<Gift>> {
    const size = pageSize(query.first);
    const after = parseCursor(query.after);
    const filters: FilterQuery<Gift>[] = [];
    const term = query.search?.trim();
    if (term) filters.push({ name: { $ilike: `%${escapeLike(term)}%` } });
    if (query.kind) filters.push({ kind: query.kind });
    const [rows, totalCount] = await Promise.all([
      this.ctx.em.find(
        Gift,
        { $and: after ? [...filters, { id: { $lt: after } }] : filters },
        { orderBy: { id: 'desc' }, limit: size + 1 },
      ),
      this.ctx.em.count(Gift, { $and: filters }),
    ]);
    return toPage(rows, size, totalCount);
  }

  /** Hand-overs, newest first; by gift and by status (finance checks a gift's, the desk a day's). */
  async listRedemptions(query: {
    giftId?: string | null;
    status?: RedemptionStatus | null;
    first?: number;
    after?: string | null;
  }): Promise<Page<GiftRedemption>> {
    const size = pageSize(query.first);
    const after = parseCursor(query.after);
    const filters: FilterQuery<GiftRedemption>[] = [];
    if (query.giftId) filters.push(isUuid(query.giftId) ? { giftId: query.giftId.toLowerCase() } : { id: { $in: [] } });
    if (query.status) filters.push({ status: query.status });
    const [rows, totalCount] = await Promise.all([
      this.ctx.em.find(
        GiftRedemption,
        { $and: after ? [...filters, { id: { $lt: after } }] : filters },
        { orderBy: { id: 'desc' }, limit: size + 1 },
      ),
      this.ctx.em.count(GiftRedemption, { $and: filters }),
    ]);
    return toPage(rows, size, totalCount);
  }

  private get(id: string): Promise<Gift> {
    // a fresh identity map (the writes are SQL) on the caller's transaction, if any: an idempotent
    // create reads its gift before the transaction commits
    return this.ctx.em.fork({ keepTransactionContext: true }).findOneOrFail(Gift, { id });
  }

  private redemption(id: string): Promise<GiftRedemption> {
    return this.ctx.em.fork().findOneOrFail(GiftRedemption, { id });
  }
}
