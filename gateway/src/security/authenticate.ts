import { GraphQLError } from 'graphql';
import type { KeyObject } from 'node:crypto';
import type { Request } from 'express';
import { CALLER_HEADER, REQUEST_ID_HEADER, signCaller, type Caller } from '@careline/service-kit';

/** Headers a client might send to pose as someone; the gateway never forwards client headers, and drops these on entry too. */
export const IDENTITY_HEADERS = [CALLER_HEADER, 'x-careline-user', 'x-user-id', 'x-partner-id', 'x-forwarded-user'];

const unauthenticated = (message: string) => new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/**
 * Who is calling: a staff access token (`Authorization: Bearer …`), a partner API key
 * (`X-Api-Key`), or no one. Tokens and keys are checked by identity (`/internal/authenticate`),
 * which alone knows sessions, revocations and key hashes; the gateway asks it as the `system` caller.
 */
export function createAuthenticator(options: { identityGraphqlUrl: string; signingKey: KeyObject; timeoutMs: number }) {
  const endpoint = options.identityGraphqlUrl.replace(/\/graphql$/, '/internal/authenticate');
  const system: Caller = { kind: 'system', name: 'gateway' };

  return async function authenticate(req: Request, requestId: string): Promise<Caller> {
    for (const header of IDENTITY_HEADERS) delete req.headers[header];
    const clientIp = req.ip ?? req.socket.remoteAddress ?? undefined;
    const authorization = req.header('authorization');
    const apiKey = req.header('x-api-key');
    if (!authorization && !apiKey) return { kind: 'anonymous', clientIp };
    let body: { accessToken?: string; apiKey?: string };
    if (apiKey) body = { apiKey };
    else {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
      if (!match) throw unauthenticated('the Authorization header must be "Bearer <token>"');
      body = { accessToken: match[1] };
    }
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [REQUEST_ID_HEADER]: requestId,
          [CALLER_HEADER]: await signCaller(system, requestId, options.signingKey),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch {
      throw new GraphQLError('sign-in is unavailable right now; try again shortly', {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'identity', http: { status: 503 } },
      });
    }
    if (response.status === 401) {
      const { reason } = (await response.json().catch(() => ({}))) as { reason?: string };
      throw unauthenticated(reason ?? (apiKey ? 'the API key is not valid' : 'the session has ended; sign in again'));
    }
    if (!response.ok)
      throw new GraphQLError('sign-in is unavailable right now', {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'identity', http: { status: 503 } },
      });
    const { caller } = (await response.json()) as { caller: Caller };
    // only identity's answer decides who this is; the client's address is ours to add
    return { ...caller, clientIp };
  };
}
