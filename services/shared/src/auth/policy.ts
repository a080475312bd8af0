import { UseMiddleware, type AuthChecker, type NextFn, type ResolverData } from 'type-graphql';
import type { Caller, ServiceContext } from '../context.js';
import type { GraphQLResolveInfo } from 'graphql';
import { DomainError } from '../errors.js';
import { Role } from './roles.js';
import { operationOf } from './audited-operation.js';
import { scopesIn } from './scopes.js';

/**
 * The access policy every subgraph shares. Types and fields declare who may use them with
 * type-graphql's `@Authorized(...roles)` (no roles: any signed-in caller); this checker enforces it,
 * answers UNAUTHENTICATED / FORBIDDEN and records denied attempts in the audit trail.
 */
export const authChecker: AuthChecker<ServiceContext<unknown>, string> = ({ context, info }, roles) => {
  const caller = context.caller;
  if (caller.kind === 'system') return true;
  if (caller.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', 'sign in first (a staff token or a partner API key)');
  if (caller.kind === 'partner') return checkPartner(context, info, roles);
  const role = roleOf(caller);
  if (roles.length === 0 || (role && roles.includes(role))) return true;
  context.audit.denied(operationOf(info), info.parentType.name, `role ${role} may not use ${info.parentType.name}.${info.fieldName}`);
  throw new DomainError('FORBIDDEN', `your role (${role}) may not use ${info.fieldName}`, { reason: 'ROLE_NOT_ALLOWED' });
};

/**
 * A partner passes where the field names a scope its API key holds (`partnerWith(...)`). A root
 * field that names none is closed to partners (deny by default: a new query or mutation is not open
 * to every key); a nested field with no roles at all is open to any signed-in caller, as for staff.
 */
function checkPartner(context: ServiceContext<unknown>, info: GraphQLResolveInfo, roles: string[]): true {
  const caller = context.caller;
  const needed = scopesIn(roles);
  const field = `${info.parentType.name}.${info.fieldName}`;
  if (needed.length === 0 && roles.length === 0 && !isRootField(info)) return true;
  if (needed.length === 0) {
    context.audit.denied(operationOf(info), info.parentType.name, `partners may not use ${field}`);
    throw new DomainError('FORBIDDEN', `a partner API key may not use ${info.fieldName}`, { reason: 'ROLE_NOT_ALLOWED' });
  }
  if (needed.some((scope) => caller.scopes?.includes(scope))) return true;
  context.audit.denied(operationOf(info), info.parentType.name, `API key without scope ${needed.join(' or ')} for ${field}`);
  // `_entities`: a field of another service reached through an entity; name the data, not the plumbing
  const what = info.fieldName.startsWith('_') ? 'these records' : info.fieldName;
  throw new DomainError('FORBIDDEN', `this API key lacks the scope ${needed.join(' or ')} that ${what} needs`, {
    reason: 'SCOPE_MISSING',
    scope: needed.join(' '),
  });
}

/** A query or mutation the client asked for (not federation's `_entities` / `_service`, which carry the types' own rules). */
function isRootField(info: GraphQLResolveInfo): boolean {
  const root = info.parentType === info.schema.getQueryType() || info.parentType === info.schema.getMutationType();
  return root && !info.fieldName.startsWith('_');
}

export const roleOf = (caller: Caller): string | undefined => (caller.kind === 'partner' ? Role.PARTNER : caller.role);

/** Roles whose work needs customers' contact details and notes; everyone else sees them masked. */
const PERSONAL_DATA_ROLES = new Set<string>([Role.STAFF, Role.DEPT_ADMIN]);

export function canSeePersonalData(caller: Caller): boolean {
  return caller.kind === 'system' || (caller.kind === 'staff' && PERSONAL_DATA_ROLES.has(caller.role ?? ''));
}

/**
 * Marks a field as a customer's personal data: every value returned is audited (one entry per
 * request listing ids and fields) and, for a caller whose role does not need it, masked with
 * `mask` (or null when there is no sensible mask, like disease or notes).
 * `customerIdOf` says whose data it is when the parent is not the customer itself.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each field's parent type differs; the caller's function types its own
export function Personal<T = unknown>(options: { mask?: (value: T) => T | null; customerIdOf?: (parent: any) => string } = {}) {
  return UseMiddleware(async ({ root, context, info }: ResolverData<ServiceContext<unknown>>, next: NextFn) => {
    const value = (await next()) as T;
    if (value === null || value === undefined) return value;
    if (!canSeePersonalData(context.caller) && options.mask !== undefined) return options.mask(value);
    const id = String((root as { id?: string }).id);
    context.audit.readPersonal(operationOf(info), info.parentType.name, id, info.fieldName, options.customerIdOf?.(root) ?? id);
    return value;
  });
}

export const maskAll = (): null => null;

/**
 * Department rule: a department admin (and staff) act within their own department; the
 * operations director and system jobs act in any.
 */
export function assertDepartment(context: ServiceContext<unknown>, departmentCode: string, operation: string): void {
  const caller = context.caller;
  if (caller.kind === 'system' || caller.role === Role.OPS_DIRECTOR) return;
  if (caller.kind === 'staff' && caller.department === departmentCode) return;
  context.audit.denied(operation, 'Department', `caller of ${caller.department ?? 'no department'} acted on ${departmentCode}`, [
    departmentCode,
  ]);
  throw new DomainError('FORBIDDEN', `you may only manage your own department (${caller.department ?? 'none'})`, {
    reason: 'OTHER_DEPARTMENT',
    field: 'departmentCode',
  });
}

/** Row rule for partners: the key account whose people a partner may see, or undefined for staff. */
export function partnerScope(caller: Caller): string | undefined {
  if (caller.kind !== 'partner') return undefined;
  if (!caller.partnerId) throw new DomainError('FORBIDDEN', 'this API key is not linked to a key account');
  return caller.partnerId;
}

type CheckerFn = (
  data: { root: unknown; args: object; context: ServiceContext<unknown>; info: GraphQLResolveInfo },
  roles: string[],
) => unknown;

/**
 * Reference resolvers are attached beside type-graphql, so `@Authorized` never runs for
 * `_entities`: this applies the same checker (UNAUTHENTICATED, or FORBIDDEN with a denied audit
 * entry) before a representation is resolved.
 */
export function authorizeReference(ctx: ServiceContext<unknown>, info: GraphQLResolveInfo, roles: readonly string[]): void {
  (authChecker as CheckerFn)({ root: undefined, args: {}, context: ctx, info }, [...roles]);
}
