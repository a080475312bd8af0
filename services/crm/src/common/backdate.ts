import { badInput, DomainError, Role, type ServiceContext } from '@careline/service-kit';

/**
 * 补录: a record entered after the fact carries the time it happened (an arrival, a deal, a
 * complaint, a follow-up call), not the time it was typed in. docs/backdating.md.
 */

/** how far back a record may be entered late, in days */
export const BACKDATE_MAX_DAYS = 400;
/** clock skew allowed between the portal and the server */
const FUTURE_SLACK_MS = 60_000;
const DAY_MS = 86_400_000;

/** May the caller enter records late? The director and department admins (and system jobs). */
export function mayBackdate(ctx: ServiceContext<unknown>): boolean {
  const caller = ctx.caller;
  return caller.kind === 'system' || (caller.kind === 'staff' && (caller.role === Role.OPS_DIRECTOR || caller.role === Role.DEPT_ADMIN));
}

/**
 * The time a record happened: `value` when one is given (checked: a caller allowed to 补录, not in
 * the future, at most BACKDATE_MAX_DAYS back, not before `notBefore`), else now. Refusals are
 * FORBIDDEN (reason BACKDATE_NOT_ALLOWED, audited) or BAD_USER_INPUT with a reason, before anything
 * is written.
 */
export function occurrenceTime(
  ctx: ServiceContext<unknown>,
  value: Date | null | undefined,
  rule: {
    field: string;
    operation: string;
    targetType: string;
    /** the earliest time the record can have happened (the customer's registration, the arrival…) */
    notBefore?: { at: Date; reason: string; what: string } | null;
    now?: Date;
  },
): Date {
  const now = rule.now ?? new Date();
  if (value == null) return now;
  if (!mayBackdate(ctx)) {
    ctx.audit.denied(rule.operation, rule.targetType, `${rule.field}: only the director and department admins may enter records late`);
    throw new DomainError('FORBIDDEN', `only the director and department admins may enter a record late (${rule.field})`, {
      reason: 'BACKDATE_NOT_ALLOWED',
      field: rule.field,
    });
  }
  const at = value.getTime();
  if (Number.isNaN(at)) throw badInput(`${rule.field} is not a time`, rule.field, 'OCCURRED_AT_INVALID');
  if (at > now.getTime() + FUTURE_SLACK_MS) throw badInput(`${rule.field} must not be in the future`, rule.field, 'OCCURRED_IN_FUTURE');
  if (at < now.getTime() - BACKDATE_MAX_DAYS * DAY_MS)
    throw badInput(`${rule.field} must be within the last ${BACKDATE_MAX_DAYS} days`, rule.field, 'OCCURRED_TOO_LONG_AGO');
  if (rule.notBefore && at < rule.notBefore.at.getTime())
    throw badInput(`${rule.field} must not be before ${rule.notBefore.what}`, rule.field, rule.notBefore.reason);
  // never later than now (the slack above is for clocks, not for the record)
  return new Date(Math.min(at, now.getTime()));
}
