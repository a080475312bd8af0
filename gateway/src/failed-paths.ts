import { Kind, parse, type DocumentNode, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';

/** Which subgraph resolves each root field (Query and Mutation), read from the supergraph's join directives. */
export function rootFieldOwners(supergraphSdl: string): Map<string, string> {
  const document = parse(supergraphSdl);
  const graphNames = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph') {
      for (const value of definition.values ?? []) {
        const graph = value.directives?.find((d) => d.name.value === 'join__graph');
        const name = graph?.arguments?.find((a) => a.name.value === 'name')?.value;
        if (name?.kind === Kind.STRING) graphNames.set(value.name.value, name.value);
      }
    }
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || !['Query', 'Mutation'].includes(definition.name.value)) continue;
    for (const field of definition.fields ?? []) {
      const joins = field.directives?.filter((d) => d.name.value === 'join__field') ?? [];
      if (joins.length !== 1) continue;
      const graph = joins[0]!.arguments?.find((a) => a.name.value === 'graph')?.value;
      if (graph?.kind === Kind.ENUM) owners.set(`${definition.name.value}.${field.name.value}`, graphNames.get(graph.value) ?? graph.value);
    }
  }
  return owners;
}

/**
 * When a subgraph cannot be reached, Apollo Gateway reports the failed fetch without a path.
 * This puts the error at each root field that subgraph owned and that came back null, so a
 * client (and a dashboard) can tell which part of its answer is missing and why.
 */
export function failedPathsPlugin(supergraphSdl: string): ApolloServerPlugin {
  const owners = rootFieldOwners(supergraphSdl);
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, document, operation }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors || !document) return;
          const result = response.body.singleResult;
          const data = (result.data ?? {}) as Record<string, unknown>;
          const root = operation ?? firstOperation(document);
          if (!root) return;
          const rootType = root.operation === 'mutation' ? 'Mutation' : 'Query';
          const errors: GraphQLFormattedError[] = [];
          for (const error of result.errors ?? []) {
            const service = error.extensions?.serviceName;
            if (error.path || typeof service !== 'string') {
              errors.push(error);
              continue;
            }
            const paths = root.selectionSet.selections.flatMap((selection) =>
              selection.kind === Kind.FIELD &&
              owners.get(`${rootType}.${selection.name.value}`) === service &&
              data[selection.alias?.value ?? selection.name.value] == null
                ? [[selection.alias?.value ?? selection.name.value]]
                : [],
            );
            if (paths.length === 0) errors.push(error);
            else for (const path of paths) errors.push({ ...error, path });
          }
          result.errors = errors;
        },
      };
    },
  };
}

function firstOperation(document: DocumentNode): OperationDefinitionNode | undefined {
  return document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
}
