import 'reflect-metadata';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { execute, parse, type GraphQLSchema } from 'graphql';
import { inputHygiene } from '../input-hygiene.js';

/** Federation 2 link every subgraph declares; only the directives we use are imported. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entity's reference resolver types its own reference and context
export type ReferenceResolvers = Record<string, { __resolveReference: (reference: any, context: any, info: any) => unknown }>;

/**
 * type-graphql → @apollo/subgraph. type-graphql builds the schema with the `@Directive`s as AST
 * nodes; the SDL is printed with those directives and rebuilt as a subgraph schema, then the
 * resolvers (and the reference resolvers, which have no decorator) are attached. Every resolver
 * checks its arguments first (input hygiene, see input-hygiene.ts).
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  // the middleware reads the schema it is part of (for the input fields' @Extensions)
  const built: { schema?: GraphQLSchema } = {};
  const schema = await buildSchema({
    ...options,
    globalMiddlewares: [inputHygiene(() => built.schema), ...(options.globalMiddlewares ?? [])],
    skipCheck: true,
    validate: false,
  });
  built.schema = schema;
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as never;
  }
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}

/**
 * The SDL committed as `schema.graphql` and composed into the supergraph: what the subgraph
 * answers to `{ _service { sdl } }`, exactly as Rover's `subgraph introspect` would fetch it.
 */
export async function printFederatedSchema(schema: GraphQLSchema): Promise<string> {
  const result = await execute({ schema, document: parse('{ _service { sdl } }') });
  const sdl = (result.data as { _service?: { sdl?: string } } | undefined)?._service?.sdl;
  if (!sdl) throw new Error(`could not print the subgraph SDL: ${JSON.stringify(result.errors)}`);
  return `${sdl.trim()}\n`;
}
