import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** identity's and the gateway's `extensions.code` values a screen may react to. */
export type GraphqlErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | (string & {});

export interface ReadableGraphqlError {
  /** the first error's `extensions.code`, or undefined for a network failure */
  code: GraphqlErrorCode | undefined;
  /** the server's own words (identity writes them for people), else the transport's */
  message: string;
  /** the first error's extensions, e.g. identity's `reason` and `lockedUntil` */
  extensions: Record<string, unknown>;
}

/**
 * The code and message of a failed operation, whichever way it failed: GraphQL errors in a 200, a
 * `application/graphql-response+json` 4xx (parsed into GraphQL errors), or a plain-JSON 4xx
 * (a ServerError whose body still holds the GraphQL errors).
 */
export function readGraphqlError(error: unknown): ReadableGraphqlError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
    return { code: extensions['code'] as string | undefined, message: first?.message ?? error.message, extensions };
  }
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
      const first = body.errors?.[0];
      if (first) {
        const extensions = first.extensions ?? {};
        return { code: extensions['code'] as string | undefined, message: first.message, extensions };
      }
    } catch {
      // not JSON: fall through to the status line
    }
    return { code: error.statusCode === 401 ? 'UNAUTHENTICATED' : undefined, message: error.message, extensions: {} };
  }
  return { code: undefined, message: error instanceof Error ? error.message : String(error), extensions: {} };
}
