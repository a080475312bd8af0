import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

/** The codes a client may see. Anything else becomes INTERNAL_SERVER_ERROR. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Base of every feature's exception (`CustomerException`, `MembershipException`, …).
 * `reason` is the feature's own finer code (e.g. PHONE_TAKEN), `field` names the bad input.
 */
export class DomainError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'INTERNAL_SERVER_ERROR'>,
    message: string,
    readonly details: { reason?: string; field?: string; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export const badInput = (message: string, field?: string, reason?: string) => new DomainError('BAD_USER_INPUT', message, { field, reason });
export const notFound = (what: string, id: string) =>
  // 'follow-up rule' → FOLLOW_UP_RULE_NOT_FOUND: a code the portal can look up (frontends/shared error-messages.ts)
  new DomainError('NOT_FOUND', `${what} ${id} was not found`, { reason: `${what.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_NOT_FOUND` });

const passThrough = new Set<string>(Object.values(ErrorCode));

/**
 * The one mapper from anything thrown to what a client sees. Domain errors keep their code and
 * message; validation errors from GraphQL itself pass; everything else is logged in full and
 * answered with INTERNAL_SERVER_ERROR and the request id, never SQL, stack or personal data.
 */
export function createErrorFormatter(log: Logger, requestIdOf: () => string | undefined = () => undefined) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = rootCause(error);
    if (original instanceof DomainError) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: original.code, ...stripUndefined(original.details) },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && passThrough.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (original instanceof GraphQLError && !original.originalError && typeof code === 'string' && code.startsWith('GRAPHQL_')) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const requestId = requestIdOf();
    log.error({ err: original, requestId, path: formatted.path }, 'unexpected error');
    return {
      message: `Internal error; quote request id ${requestId ?? 'unknown'} to support`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
    };
  };
}

function stripUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

/** The error a resolver threw, under the GraphQLError wrappers execution adds around it. */
function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof Error && 'originalError' in current && (current as GraphQLError).originalError) {
    current = (current as GraphQLError).originalError;
  }
  return current;
}
