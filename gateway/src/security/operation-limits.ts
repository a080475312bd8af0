import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, getNamedType, type GraphQLSchema } from 'graphql';
import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
import type * as QueryComplexity from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';

// Loaded as CommonJS on purpose: its ESM build would bring graphql's ESM copy under some loaders
// (vitest), and a schema from one copy cannot be walked by the other.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)('graphql-query-complexity') as typeof QueryComplexity;

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
}

/** maxCost 3000: a page of 100 rows with ~25 fields each, or a dashboard of several smaller lists */
export const DEFAULT_LIMITS: OperationLimits = { maxDepth: 10, maxAliases: 15, maxDirectives: 10, maxTokens: 2000, maxCost: 3000 };

/**
 * Depth, alias, directive and token limits (graphql-armor) and field suggestions blocked. Limits
 * are never named in errors. `ignoreIntrospection: false` everywhere: skipping introspection by
 * name is what the `__schema` operation / fragment bypasses abused, and introspection is off in
 * production anyway.
 */
export function armorProtection(limits: OperationLimits) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: false, flattenFragments: true, exposeLimits: false },
    maxAliases: { n: limits.maxAliases, exposeLimits: false },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: false },
    maxTokens: { n: limits.maxTokens, exposeLimits: false },
    // list sizes are not counted by armor's cost-limit; costPlugin below does that
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** A paged field (one returning an `…Connection`) costs its children times its page size (`first`, default 20). */
const listSizeEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  const first = typeof args.first === 'number' ? args.first : undefined;
  const isConnection = /Connection$/.test(getNamedType(field.type).name);
  if (first !== undefined || isConnection) return 1 + childComplexity * Math.max(1, first ?? 20);
  return undefined;
};

/**
 * Rejects an operation whose estimated cost (every field 1, list fields multiplied by their page
 * size) is over the limit, before the gateway plans or sends anything.
 */
export function costPlugin(schema: () => GraphQLSchema | undefined, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          const apiSchema = schema();
          if (!apiSchema) return;
          const cost = getComplexity({
            schema: apiSchema,
            query: document,
            operationName: operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [listSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > maxCost) {
            throw new GraphQLError('the query is too expensive: ask for fewer fields or smaller pages', {
              extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
