import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { readableError } from './error-messages.js';

/** identity's and the gateway's `extensions.code` values a screen may react to. */
export type GraphqlErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | (string & {});

export interface ReadableGraphqlError {
  /** the first error's `extensions.code`, or undefined for a network failure */
  code: GraphqlErrorCode | undefined;
  /**
   * what to show a person, in the page's language, from the code and `extensions.reason`
   * (error-messages.ts); never the server's English
   */
  message: string;
  /** the server's own words (English, for engineers and logs), else the transport's; not for screens */
  serverMessage: string;
  /** the first error's extensions, e.g. identity's `reason` and `lockedUntil` */
  extensions: Record<string, unknown>;
}

/**
 * A refusal as sign-in reads it (plain fetch, no Apollo): the sign-in form words it from the code and
 * reason with its own strings, so the message table stays off the first screen.
 */
export type GraphqlRefusal = Omit<ReadableGraphqlError, 'message'>;

/**
 * The code and message of a failed operation, whichever way it failed: GraphQL errors in a 200, a
 * `application/graphql-response+json` 4xx (parsed into GraphQL errors), or a plain-JSON 4xx
 * (a ServerError whose body still holds the GraphQL errors).
 */
export function readGraphqlError(error: unknown): ReadableGraphqlError {
  const read = readRaw(error);
  return readableError(read.code, read.serverMessage, read.extensions);
}

function readRaw(error: unknown): GraphqlRefusal {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
    return { code: extensions['code'] as string | undefined, serverMessage: first?.message ?? error.message, extensions };
  }
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
      const first = body.errors?.[0];
      if (first) {
        const extensions = first.extensions ?? {};
        return { code: extensions['code'] as string | undefined, serverMessage: first.message, extensions };
      }
    } catch {
      // not JSON: fall through to the status line
    }
    // a 5xx without GraphQL errors is the server's fault, not the network's
    const code = error.statusCode === 401 ? 'UNAUTHENTICATED' : error.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : undefined;
    return { code, serverMessage: error.message, extensions: {} };
  }
  return { code: undefined, serverMessage: error instanceof Error ? error.message : String(error), extensions: {} };
}
