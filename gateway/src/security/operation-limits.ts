import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
}

export const DEFAULT_LIMITS: OperationLimits = { maxDepth: 10, maxAliases: 15, maxDirectives: 10, maxTokens: 2000, maxCost: 5000 };

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

/** A list field costs its children times the page size it asks for (`first`, default 20). */
const listSizeEstimator: ComplexityEstimator = ({ args, childComplexity, type }) => {
  const first = typeof args.first === 'number' ? args.first : undefined;
  const isConnection = 'name' in type && /Connection$/.test(String(type.name));
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
