import { LockMode } from '@mikro-orm/postgresql';
import { badInput, DomainError, Role } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { APPROVING_DEPARTMENT } from '../points/points.roles.js';
import { operatorOf } from '../points/points.policy.js';
import { ReferralRule } from './referral.entity.js';
import type { ReferralRuleInput } from './dto/referral-rule.input.js';

const POINTS_MAX = 100_000;
const CAP_MAX = 1000;

/** The rule is the member centre's: its admin or the director edits it (refused before anything is read, and audited). */
function assertRuleEditor(ctx: MembersContext, operation: string): void {
  const caller = ctx.caller;
  if (caller.kind === 'system' || caller.role === Role.OPS_DIRECTOR) return;
  if (caller.kind === 'staff' && caller.role === Role.DEPT_ADMIN && caller.department === APPROVING_DEPARTMENT) return;
  ctx.audit.denied(operation, 'ReferralRule', `caller of ${caller.department ?? 'no department'} may not edit the referral rule`);
  throw new DomainError('FORBIDDEN', `only the ${APPROVING_DEPARTMENT} admin or the director edit the referral rule`, {
    reason: 'OTHER_DEPARTMENT',
  });
}

export class ReferralService {
  constructor(private readonly ctx: MembersContext) {}

  async rule(): Promise<ReferralRule> {
    const rule = await this.ctx.em.findOne(ReferralRule, { id: 1 }, { refresh: true });
    if (!rule) throw new Error('members.referral_rule has no row: the migration seeds it');
    return rule;
  }

  /** Replaces the rule (validated whole before anything is written); audited. */
  async updateRule(input: ReferralRuleInput): Promise<ReferralRule> {
    const operation = 'mutation updateReferralRule';
    assertRuleEditor(this.ctx, operation);
    if (!Number.isInteger(input.pointsPerReferral) || input.pointsPerReferral < 1 || input.pointsPerReferral > POINTS_MAX)
      throw badInput(`pointsPerReferral must be a whole number from 1 to ${POINTS_MAX}`, 'pointsPerReferral');
    const cap = input.capPerPeriod ?? null;
    if (cap !== null && (!Number.isInteger(cap) || cap < 1 || cap > CAP_MAX))
      throw badInput(`capPerPeriod must be a whole number from 1 to ${CAP_MAX}, or empty for no cap`, 'capPerPeriod');
    return this.ctx.em.transactional(async (em) => {
      const rule = await em.findOne(ReferralRule, { id: 1 }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!rule) throw new Error('members.referral_rule has no row: the migration seeds it');
      const before = {
        enabled: rule.enabled,
        pointsPerReferral: rule.pointsPerReferral,
        capPerPeriod: rule.capPerPeriod,
        capPeriod: rule.capPeriod,
      };
      const after = { enabled: input.enabled, pointsPerReferral: input.pointsPerReferral, capPerPeriod: cap, capPeriod: input.capPeriod };
      const fields = (Object.keys(after) as (keyof typeof after)[]).filter((k) => before[k] !== after[k]);
      if (fields.length === 0) return rule; // the same rule again (a retry) changes nothing
      Object.assign(rule, after, { updatedAt: new Date(), updatedBy: operatorOf(this.ctx.caller) });
      await em.flush();
      await this.ctx.audit.change(em, { operation, targetType: 'ReferralRule', targetIds: ['1'], fields });
      return rule;
    });
  }
}
