import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { GraphQLError, Kind, buildSchema, parse, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { partnerDocs } from './partner-docs-data.js';

let schema: GraphQLSchema | undefined;

/** GraphiQL keeps tabs, answers and history in this: memory, not localStorage, so no partner's data outlives the page. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
    get length() {
      return items.size;
    },
  };
}
const storage = memoryStorage();

interface RequestParams {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

/**
 * GraphiQL takes the operation's name from the editor a moment after each edit, so a query run just
 * after its text changed can carry the previous name, which the gateway refuses ("could not
 * determine what operation to execute"). A name the document does not define is dropped, which
 * runs the document's only operation, or asks the gateway to say which one it should be.
 */
function withOperationName(params: RequestParams): RequestParams {
  if (!params.operationName) return params;
  try {
    const names = parse(params.query).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));
    return names.includes(params.operationName) ? params : { ...params, operationName: null };
  } catch {
    return params; // not parseable: the gateway says what is wrong with it
  }
}

/**
 * GraphiQL on the partner schema (generated, not introspected: the gateway answers introspection to
 * signed-in staff only, never to a partner key, docs/edge.md), sending the partner's key and nothing
 * else: it sees and runs exactly what the key may. Loaded only when the partner docs page opens it.
 */
export default function PartnerExplorer({ graphqlUrl, apiKey, needKey }: { graphqlUrl: string; apiKey: string; needKey: string }) {
  schema ??= buildSchema(partnerDocs.sdl);
  // one fetcher for the page's life, reading the key when a query runs: a query run right after the
  // key was typed must not go out through a fetcher made before it
  const key = useRef(apiKey);
  useLayoutEffect(() => {
    key.current = apiKey;
  }, [apiKey]);
  const fetcher = useMemo(
    () =>
      async (params: unknown): Promise<ExecutionResult> => {
        if (!key.current) return { errors: [new GraphQLError(needKey)] };
        const response = await fetch(graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': key.current },
          body: JSON.stringify(withOperationName(params as RequestParams)),
        });
        return (await response.json()) as ExecutionResult;
      },
    [graphqlUrl, needKey],
  );
  return (
    <div style={{ height: 560, border: '1px solid #e5e6eb' }} data-testid="partner-explorer">
      <GraphiQL
        fetcher={fetcher}
        schema={schema}
        storage={storage}
        defaultQuery={partnerDocs.examples[0]?.query}
        isHeadersEditorEnabled={false}
        shouldPersistHeaders={false}
      />
    </div>
  );
}
