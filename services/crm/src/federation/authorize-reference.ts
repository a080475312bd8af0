import type { GraphQLResolveInfo } from 'graphql';
import { authChecker, type ServiceContext } from '@careline/service-kit';

type CheckerFn = (data: { root: unknown; args: object; context: ServiceContext<unknown>; info: GraphQLResolveInfo }, roles: string[]) => unknown;

/**
 * Reference resolvers are attached beside type-graphql, so `@Authorized` never runs for
 * `_entities`: this applies the same checker (UNAUTHENTICATED, or FORBIDDEN with a denied audit
 * entry) before a representation is resolved.
 */
export function authorizeReference(ctx: ServiceContext<unknown>, info: GraphQLResolveInfo, roles: readonly string[]): void {
  // the kit's checker is a plain function (never the class form type-graphql also allows) and throws when it refuses
  (authChecker as CheckerFn)({ root: undefined, args: {}, context: ctx, info }, [...roles]);
}
