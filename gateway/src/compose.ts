import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';

export interface SubgraphSdl {
  name: string;
  url: string;
  sdl: string;
}

export interface Composition {
  /** what the gateway serves: the subgraphs joined, with the join__ / link__ directives */
  supergraph: string;
  /** what clients see (join__ / link__ and @inaccessible removed): the one source of the portal's GraphQL types */
  apiSchema: string;
}

/** Composes the supergraph from the subgraphs' SDL with @apollo/composition (what Rover runs). */
export function composeSupergraph(subgraphs: SubgraphSdl[]): Composition {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors?.length || !result.supergraphSdl) {
    throw new Error(`supergraph does not compose:\n${(result.errors ?? []).map((e) => `  - ${e.message}`).join('\n')}`);
  }
  const apiSchema = printSchema(result.schema.toAPISchema().toGraphQLJSSchema());
  return { supergraph: `${result.supergraphSdl.trim()}\n`, apiSchema: `${apiSchema.trim()}\n` };
}
