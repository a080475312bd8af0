import { getOperationAST, Kind, type ExecutionResult, type FieldNode } from 'graphql';
import type { Plugin } from '@envelop/core';
import type { Caller } from '@careline/service-kit';
import type { Authenticator } from './authenticate.js';

const argumentOf = (field: FieldNode, name: string, variables: Record<string, unknown> | undefined) => {
  const value = field.arguments?.find((a) => a.name.value === name)?.value;
  if (value?.kind === Kind.STRING) return value.value;
  if (value?.kind === Kind.VARIABLE) return variables?.[value.name.value] as string | undefined;
  return undefined;
};

/**
 * A sign-out or a key revocation that passes through this gateway drops its cached answer as soon
 * as identity confirms it, so the caller's next request is refused even if identity's NOTIFY
 * (which tells every other replica) has not arrived yet.
 */
export function localRevocationPlugin(authenticator: Authenticator): Plugin<{ caller?: Caller }> {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation') return;
      const fields = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
      const logout = fields.find((f) => f.name.value === 'logout');
      const revoke = fields.find((f) => f.name.value === 'revokeApiKey');
      if (!logout && !revoke) return;
      const sessionId = args.contextValue.caller?.sessionId;
      const apiKeyId = revoke ? argumentOf(revoke, 'id', args.variableValues as Record<string, unknown>) : undefined;
      return {
        onExecuteDone({ result }) {
          const data = (result as ExecutionResult).data as Record<string, unknown> | null | undefined;
          if (logout && sessionId && data?.[logout.alias?.value ?? 'logout'] === true) authenticator.revoked({ sessionIds: [sessionId] });
          if (revoke && apiKeyId && data?.[revoke.alias?.value ?? 'revokeApiKey'])
            authenticator.revoked({ apiKeyId: apiKeyId.toLowerCase() });
        },
      };
    },
  };
}
