import { createHash } from 'node:crypto';
import { getOperationAST, Kind, type ExecutionResult, type FieldNode } from 'graphql';
import type { Plugin } from '@envelop/core';
import type { Caller } from '@careline/service-kit';
import type { RateLimiter } from './rate-limit.js';

/** The username a `login` mutation tries, from its literal or its variable. */
function loginAttempt(field: FieldNode, variables: Record<string, unknown> | undefined): string | undefined {
  const argument = field.arguments?.find((a) => a.name.value === 'username')?.value;
  if (argument?.kind === Kind.STRING) return argument.value;
  if (argument?.kind === Kind.VARIABLE) {
    const value = variables?.[argument.name.value];
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

/**
 * Failed sign-ins are limited per address and per username (a password guessed from many
 * addresses, or many names tried from one): past the budget the gateway answers 429 without
 * asking identity, which would otherwise spend an argon2 hash on every guess.
 */
export function signInLimitPlugin(rateLimiter: RateLimiter): Plugin<{ caller?: Caller }> {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation') return;
      const login = operation.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'login');
      if (!login) return;
      const username = loginAttempt(login, args.variableValues as Record<string, unknown> | undefined);
      const clientIp = args.contextValue.caller?.clientIp;
      // a digest, not the name: any string a caller sends (NUL bytes, megabytes) becomes a short key
      // the counter store can hold, and the store keeps no usernames
      const key = username ? `user:${createHash('sha256').update(username.toLowerCase()).digest('hex')}` : undefined;
      try {
        await rateLimiter.checkFailures(clientIp, key);
      } catch (error) {
        setResultAndStopExecution({ errors: [error as never] });
        return;
      }
      return {
        async onExecuteDone({ result }) {
          const errors = (result as ExecutionResult).errors ?? [];
          if (errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) await rateLimiter.recordFailure(clientIp, key);
        },
      };
    },
  };
}
