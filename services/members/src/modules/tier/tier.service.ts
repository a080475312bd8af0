import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { assertFen, fenToYuan, MembershipEvents, type TierChangedData } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { Membership, MembershipStatus } from '../membership/membership.entity.js';
import { MembershipEventKind } from '../membership/membership-event.entity.js';
import { recordMembershipEvent, staffIdOf } from '../membership/membership.actor.js';
import type { ChangeScope } from '../membership/membership-lifecycle.service.js';
import { Tier, TierChange } from './tier.entity.js';
import { TierErrors } from './tier.exception.js';
import { evaluateTier, spendWindow, tiersConsistent, type TierRule } from './tier.rules.js';
import { spendByMembership } from './member-spend.js';
import type { UpdateTierInput } from './dto/update-tier.input.js';
import type { TierEvaluation } from './dto/tier-evaluation.type.js';
import type { TierPreviewRow } from './dto/tier-preview.type.js';
import { assertMemberCentre } from '../membership/membership.policy.js';
import { pageSize, parseCursor, toPage, type Page } from '@careline/service-kit';

export const EVALUATE_TIERS_JOB = 'members.evaluate-tiers';

const MULTIPLIER = /^\d{1,2}(\.\d{1,2})?$/;
const NAME_MAX = 40;
const BENEFIT_MAX = 200;
/** memberships evaluated per transaction */
const BATCH = 500;
/** clocks of the caller and the server disagree a little */
const CLOCK_SKEW_MS = 60_000;

export const allTiers = (em: EntityManager): Promise<Tier[]> => em.find(Tier, {}, { orderBy: { rank: 'asc' } });

export class TierService {
  constructor(private readonly ctx: MembersContext) {}

  list(): Promise<Tier[]> {
    return allTiers(this.ctx.em);
  }

  /** Edits one tier (the operations director); the thresholds must still rise with rank. */
  async update(code: string, input: UpdateTierInput): Promise<Tier> {
    const changes = normaliseTierUpdate(input);
    return this.ctx.em.transactional(async (em) => {
      // every tier locked: two concurrent edits cannot each pass the consistency check alone
      const tiers = await em.find(Tier, {}, { orderBy: { rank: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE });
      const tier = tiers.find((t) => t.code === code.trim().toUpperCase());
      if (!tier) throw TierErrors.notFound(code);
      Object.assign(tier, changes, { updatedAt: new Date(), updatedBy: staffIdOf(this.ctx.caller) });
      const problem = tiersConsistent(tiers);
      if (problem) throw TierErrors.inconsistent(problem);
      await em.flush();
      await this.ctx.audit.change(em, {
        operation: 'mutation updateTier',
        targetType: 'Tier',
        targetIds: [tier.code],
        fields: Object.keys(changes),
      });
      return tier;
    });
  }

  /**
   * 等级评定预览: the members whose tier an evaluation now would change, by membership id, paged;
   * the same rules as evaluateTiers, read without locks and nothing written. The member centre's
   * people (and the director) see it, as they answer members' questions about their tier.
   */
  async preview(args: { first?: number; after?: string | null; direction?: 'UP' | 'DOWN' | null }): Promise<Page<TierPreviewRow>> {
    assertMemberCentre(this.ctx, 'query tierEvaluationPreview', 'preview the tier evaluation');
    const size = pageSize(args.first);
    const after = parseCursor(args.after);
    const rows = (await tierDecisions(this.ctx.em, new Date())).filter((row) => !args.direction || row.direction === args.direction);
    const rest = after ? rows.filter((row) => row.id > after) : rows;
    return toPage(rest.slice(0, size + 1), size, rows.length);
  }

  evaluate(asOf: Date | null | undefined): Promise<TierEvaluation> {
    const at = asOf ?? new Date();
    if (at.getTime() > Date.now() + CLOCK_SKEW_MS) throw TierErrors.asOfInFuture();
    return evaluateTiers(this.ctx.em, this.ctx, at, 'mutation evaluateTiers');
  }
}

function normaliseTierUpdate(
  input: UpdateTierInput,
): Partial<Pick<Tier, 'nameZh' | 'nameEn' | 'minSpendFen' | 'multiplier' | 'discountPercent' | 'benefits'>> {
  const changes: ReturnType<typeof normaliseTierUpdate> = {};
  for (const field of ['nameZh', 'nameEn'] as const) {
    const value = input[field];
    if (value == null) continue;
    const trimmed = value.trim();
    if (!trimmed || trimmed.length > NAME_MAX) throw TierErrors.invalid(field, `${field} must be 1 to ${NAME_MAX} characters`);
    changes[field] = trimmed;
  }
  if (input.minSpendFen != null) changes.minSpendFen = assertFen(input.minSpendFen, 'minSpendFen', { allowZero: true });
  if (input.multiplier != null) {
    const text = input.multiplier.trim();
    if (!MULTIPLIER.test(text) || Number(text) === 0)
      throw TierErrors.invalid('multiplier', 'multiplier must be a decimal from 0.01 to 99.99, e.g. "1.5"');
    changes.multiplier = Number(text).toFixed(2);
  }
  if (input.discountPercent != null) {
    if (!Number.isInteger(input.discountPercent) || input.discountPercent < 0 || input.discountPercent > 100) {
      throw TierErrors.invalid('discountPercent', 'discountPercent must be 0 to 100');
    }
    changes.discountPercent = input.discountPercent;
  }
  if (input.benefits != null) {
    const benefits = input.benefits.map((b) => b.trim()).filter(Boolean);
    if (benefits.some((b) => b.length > BENEFIT_MAX) || benefits.length > 30)
      throw TierErrors.invalid('benefits', `at most 30 benefits of ${BENEFIT_MAX} characters each`);
    changes.benefits = benefits;
  }
  return changes;
}

/** Each membership of a batch with its spend in the 12 months before `asOf` and the tier change the rules decide (null: none). */
async function decideBatch(em: EntityManager, batch: Membership[], asOf: Date, tiers: TierRule[]) {
  const { from, to } = spendWindow(asOf);
  const spend = await spendByMembership(
    em,
    batch.map((m) => m.id),
    from,
    to,
  );
  return batch.map((membership) => {
    const spendFen = spend.get(membership.id) ?? 0;
    const decision = evaluateTier({
      current: membership.tier,
      heldSince: membership.tierSince ?? membership.joinedAt,
      spendFen,
      asOf,
      tiers,
    });
    return { membership, spendFen, decision };
  });
}

/** What evaluateTiers would change at `asOf`, by membership id (read only, in batches like the evaluation). */
async function tierDecisions(rootEm: EntityManager, asOf: Date): Promise<TierPreviewRow[]> {
  const em = rootEm.fork();
  const tiers: TierRule[] = (await allTiers(em)).map((t) => ({ code: t.code, rank: t.rank, minSpendFen: t.minSpendFen }));
  const rows: TierPreviewRow[] = [];
  let after: string | undefined;
  for (;;) {
    const batch = await em.find(
      Membership,
      { status: { $ne: MembershipStatus.CANCELLED }, joinedAt: { $lte: asOf }, ...(after ? { id: { $gt: after } } : {}) },
      { orderBy: { id: 'asc' }, limit: BATCH },
    );
    if (batch.length === 0) return rows;
    after = batch.at(-1)!.id;
    for (const { membership, spendFen, decision } of await decideBatch(em, batch, asOf, tiers))
      if (decision)
        rows.push({ id: membership.id, membership, from: membership.tier, to: decision.to, spendFen, direction: decision.direction });
    if (batch.length < BATCH) return rows;
  }
}

/**
 * 等级评定: every membership that is not cancelled and had joined by `asOf` gets the tier its
 * spend in the 12 months before `asOf` supports (rules in tier.rules.ts). Each change is a
 * TierChange row, a history line, a TierChanged event and part of one audit entry per batch, all
 * in the batch's transaction. Running it again for the same `asOf` changes nothing.
 */
export async function evaluateTiers(
  rootEm: EntityManager,
  scope: ChangeScope,
  asOf: Date,
  operation = `job ${EVALUATE_TIERS_JOB}`,
): Promise<TierEvaluation> {
  const tiers: TierRule[] = (await allTiers(rootEm.fork())).map((t) => ({ code: t.code, rank: t.rank, minSpendFen: t.minSpendFen }));
  const result: TierEvaluation = { asOf, evaluated: 0, upgraded: 0, downgraded: 0, changes: [] };
  let after: string | undefined;
  for (;;) {
    const done = await rootEm.fork().transactional(async (em) => {
      const batch = await em.find(
        Membership,
        { status: { $ne: MembershipStatus.CANCELLED }, joinedAt: { $lte: asOf }, ...(after ? { id: { $gt: after } } : {}) },
        { orderBy: { id: 'asc' }, limit: BATCH, lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (batch.length === 0) return true;
      after = batch.at(-1)!.id;
      result.evaluated += batch.length;
      const changed: Membership[] = [];
      for (const { membership, spendFen, decision } of await decideBatch(em, batch, asOf, tiers)) {
        if (!decision) continue;
        const change = em.create(TierChange, {
          membershipId: membership.id,
          from: membership.tier,
          to: decision.to,
          spendFen,
          at: asOf,
          reason: 'EVALUATION',
        });
        recordMembershipEvent(em, scope.caller, membership.id, MembershipEventKind.TIER_CHANGED, {
          fromValue: membership.tier,
          toValue: decision.to,
          reason: `近 12 个月消费 ¥${fenToYuan(spendFen)}`,
          at: asOf,
        });
        Object.assign(membership, { tier: decision.to, tierSince: asOf, updatedAt: new Date() });
        changed.push(membership);
        if (decision.direction === 'UP') result.upgraded++;
        else result.downgraded++;
        if (result.changes.length < 100) result.changes.push(change);
        await scope.bus.publish<TierChangedData>(em, MembershipEvents.TierChanged, {
          membershipId: membership.id,
          customerId: membership.customerId,
          from: change.from,
          to: change.to,
          spendFen,
          direction: decision.direction,
          at: asOf.toISOString(),
          reason: 'EVALUATION',
        });
      }
      await em.flush();
      if (changed.length) {
        await scope.audit.change(em, {
          operation,
          targetType: 'Membership',
          targetIds: changed.map((m) => m.id),
          fields: ['tier', 'tierSince'],
          customerIds: changed.map((m) => m.customerId),
        });
      }
      return batch.length < BATCH;
    });
    if (done) return result;
  }
}
