import { assertDepartment, Role } from '@careline/service-kit';
import type { IdentityContext } from '../../context.js';
import { PartnerErrors } from './partner.exception.js';

/** The department whose admins manage partner organisations and their keys (beside the director). */
export const PARTNER_DEPARTMENT = 'KEY_ACCOUNT';

/** A department admin acts on partners only as admin of the key-account department. */
export function assertManagesPartners(ctx: IdentityContext, operation: string): void {
  if (ctx.caller.role === Role.DEPT_ADMIN) assertDepartment(ctx, PARTNER_DEPARTMENT, operation);
}

const SCOPE = /^[a-z][a-z_]*:[a-z][a-z_]*$/;

/** Trimmed, de-duplicated and sorted; 1 to 20 scopes of the form resource:action. */
export function normaliseScopes(scopes: string[]): string[] {
  const unique = [...new Set(scopes.map((scope) => scope.trim().toLowerCase()))].sort();
  if (unique.length === 0) throw PartnerErrors.scopesInvalid('at least one scope is needed');
  if (unique.length > 20) throw PartnerErrors.scopesInvalid('at most 20 scopes');
  const bad = unique.find((scope) => !SCOPE.test(scope) || scope.length > 60);
  if (bad !== undefined) throw PartnerErrors.scopesInvalid(`"${bad}" is not a scope`);
  return unique;
}
