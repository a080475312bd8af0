import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, getNamedType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { createRequire } from 'node:module';
import type { Plugin } from '@envelop/core';
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
 * Depth, alias, directive and token limits (graphql-armor's Envelop plugins) and field suggestions
 * blocked. Limits are never named in errors. `ignoreIntrospection: false` everywhere: skipping
 * introspection by name is what the `__schema` operation / fragment bypasses abused.
 */
export function armorPlugins(limits: OperationLimits): Plugin[] {
  return new EnvelopArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: false, flattenFragments: true, exposeLimits: false },
    maxAliases: { n: limits.maxAliases, exposeLimits: false },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: false },
    maxTokens: { n: limits.maxTokens, exposeLimits: false },
    // list sizes are not counted by armor's cost-limit; costPlugin below does that
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect().plugins as Plugin[];
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
 * size) is over the limit, before the gateway plans or sends anything. Hive Gateway's own
 * `demandControl` prices lists from `@listSize` directives our subgraphs do not declare and
 * cannot read a page size from `first`, so the estimate stays ours.
 */
const estimate = (schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>) =>
  getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [listSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });

export function costPlugin(maxCost: number): Plugin {
  // The estimate depends only on the schema, the document and the variables, and the gateway sees
  // the same few documents over and over (Yoga hands out one parsed document per query text), so
  // it is computed once per schema, document, operation and variables: walking the document was
  // ~3 % of the gateway's CPU per request.
  const costs = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();
  const costOf = (schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>) => {
    const key = JSON.stringify([operationName ?? null, variables]);
    // large inputs (an import's rows) are estimated each time rather than kept as cache keys
    if (key.length > 2048) return estimate(schema, document, operationName, variables);
    let byDocument = costs.get(schema);
    if (!byDocument) costs.set(schema, (byDocument = new WeakMap()));
    let byInput = byDocument.get(document);
    if (!byInput) byDocument.set(document, (byInput = new Map()));
    let cost = byInput.get(key);
    if (cost === undefined) {
      cost = estimate(schema, document, operationName, variables);
      // a document asked with ever-new variables keeps only its latest 100 estimates
      if (byInput.size >= 100) byInput.delete(byInput.keys().next().value!);
      byInput.set(key, cost);
    }
    return cost;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = costOf(
        args.schema,
        args.document,
        args.operationName ?? undefined,
        (args.variableValues ?? {}) as Record<string, unknown>,
      );
      if (cost > maxCost) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError('the query is too expensive: ask for fewer fields or smaller pages', {
              extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY', http: { status: 400 } },
            }),
          ],
        });
      }
    },
  };
}
