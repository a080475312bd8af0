import { createHash, type KeyObject } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { createLocalJWKSet, errors as joseErrors, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import type { Logger } from 'pino';
import { CALLER_HEADER, REQUEST_ID_HEADER, signCaller, type Caller } from '@careline/service-kit';
import type { RateLimiter } from './rate-limit.js';

/** Headers a client might send to pose as someone; the gateway never forwards client headers, and drops these on entry too. */
export const IDENTITY_HEADERS = [CALLER_HEADER, 'x-careline-user', 'x-user-id', 'x-partner-id', 'x-forwarded-user'];

const API_KEY = /^clk_[A-Za-z0-9_-]{20,100}$/;
/** what a failed key is counted under: enough to group guesses at one key, never the secret */
export const keyPrefixOf = (apiKey: string) => `key:${apiKey.slice(0, 12)}`;

const unauthenticated = (message: string, code?: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', ...(code ? { reason: code } : {}), http: { status: 401 } } });
const identityUnavailable = () =>
  new GraphQLError('sign-in is unavailable right now; try again shortly', {
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'identity', http: { status: 503 } },
  });

export interface AuthCacheSettings {
  /** a staff session's answer from identity is reused this long; a sign-out or deactivation takes effect within it */
  sessionTtlMs: number;
  /** a partner key's answer is reused this long (a revocation announced by identity drops it at once) */
  apiKeyTtlMs: number;
  /** identity's signing keys (JWKS) are fetched again after this; an unknown key id fetches them at once */
  jwksRefreshMs: number;
  /** while identity cannot answer, a caller it confirmed is trusted this long after that (an access token's life) */
  maxStaleMs: number;
}
export const DEFAULT_AUTH_CACHE: AuthCacheSettings = {
  sessionTtlMs: 5_000,
  apiKeyTtlMs: 30_000,
  jwksRefreshMs: 5 * 60_000,
  maxStaleMs: 15 * 60_000,
};

interface Entry {
  caller: Caller;
  checkedAt: number;
}

/**
 * Who is calling, decided at the gateway without asking identity on every request:
 *
 * - a staff access token (`Authorization: Bearer …`) is verified here with identity's public keys
 *   (its JWKS, fetched again when a token names a key we do not know, so identity can rotate keys
 *   without the gateway restarting). The session behind it is confirmed with identity at most once
 *   per `sessionTtlMs`, which is how long a sign-out or a deactivated account may take to bite when
 *   the announcement below is missed; while identity cannot answer, a session it confirmed before
 *   keeps working until its token expires (reads go on during an identity outage).
 * - a partner API key (`X-Api-Key`) is checked by identity once and its answer kept `apiKeyTtlMs`.
 * - identity announces revocations (sign-out, deactivation, password reset, revoked key) with
 *   PostgreSQL NOTIFY; every gateway replica listening drops the cached answer at once.
 *
 * Hive Gateway's JWT plugin verifies tokens but cannot check sessions or API keys, and the
 * subgraphs must keep receiving our signed caller token (its claims are the contract), so this
 * part stays ours.
 */
export function createAuthenticator(options: {
  identityGraphqlUrl: string;
  signingKey: KeyObject;
  timeoutMs: number;
  rateLimiter: RateLimiter;
  log: Logger;
  cache?: Partial<AuthCacheSettings>;
}) {
  const settings = { ...DEFAULT_AUTH_CACHE, ...options.cache };
  const base = options.identityGraphqlUrl.replace(/\/graphql$/, '');
  const system: Caller = { kind: 'system', name: 'gateway' };
  const sessions = new Map<string, Entry>();
  const apiKeys = new Map<string, Entry>();
  const inflight = new Map<string, Promise<Entry | { code: string; reason: string }>>();

  const callIdentity = async (path: string, requestId: string, body?: unknown): Promise<Response> => {
    return fetch(`${base}/internal/${path}`, {
      method: body ? 'POST' : 'GET',
      headers: {
        ...(body ? { 'content-type': 'application/json' } : {}),
        [REQUEST_ID_HEADER]: requestId,
        [CALLER_HEADER]: await signCaller(system, requestId, options.signingKey),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  };

  // Access tokens already verified with the current key set, by their exact text, until they
  // expire: the same bytes verify the same way, so re-checking the signature on every request (a
  // WebCrypto Ed25519 verify, ~4 % of the gateway's CPU per request) adds nothing. Cleared whenever
  // the key set is fetched again, so a key identity withdraws stops working as soon as it did
  // before; the session behind the token is still confirmed as below on every request.
  const verified = new Map<string, { sid?: unknown; sub?: unknown; exp: number }>();
  const VERIFIED_MAX = 10_000;

  // identity's public keys; the last good set is kept when identity cannot be reached
  let keySet: JWTVerifyGetKey | undefined;
  let keysFetchedAt = 0;
  let keysLoading: Promise<void> | undefined;
  const loadKeys = (requestId: string) =>
    (keysLoading ??= (async () => {
      try {
        const response = await callIdentity('jwks', requestId);
        if (!response.ok) throw new Error(`identity answered ${response.status} for its JWKS`);
        keySet = createLocalJWKSet((await response.json()) as JSONWebKeySet);
        keysFetchedAt = Date.now();
        verified.clear();
      } catch (error) {
        options.log.warn({ err: error }, 'identity signing keys could not be fetched; keeping the last known keys');
      } finally {
        keysLoading = undefined;
      }
    })());

  const verifyAccessToken = async (token: string, requestId: string) => {
    if (!keySet || Date.now() - keysFetchedAt > settings.jwksRefreshMs) await loadKeys(requestId);
    if (!keySet) throw identityUnavailable();
    const known = verified.get(token);
    // jose's own expiry rule (expired once now >= exp, in seconds), and the same error
    if (known && Math.floor(Date.now() / 1000) < known.exp) return known;
    if (known) {
      verified.delete(token);
      throw new joseErrors.JWTExpired('"exp" claim timestamp check failed', { exp: known.exp }, 'exp', 'check_failed');
    }
    const verify = () => jwtVerify(token, keySet!, { issuer: 'careline-identity', audience: 'careline', algorithms: ['EdDSA'] });
    let payload;
    try {
      payload = (await verify()).payload;
    } catch (error) {
      if (error instanceof joseErrors.JWKSNoMatchingKey && Date.now() - keysFetchedAt > 5_000) {
        // a key identity started using since we last looked (rotation): fetch once and retry
        await loadKeys(requestId);
        payload = (await verify()).payload;
      } else throw error;
    }
    // only tokens that expire are remembered (identity's always do)
    if (typeof payload.exp === 'number') {
      if (verified.size >= VERIFIED_MAX) verified.delete(verified.keys().next().value!);
      verified.set(token, { sid: payload.sid, sub: payload.sub, exp: payload.exp });
    }
    return payload;
  };

  /** Asks identity once for this credential, however many requests are waiting for it. */
  const confirm = (cacheKey: string, body: object, requestId: string) => {
    let pending = inflight.get(cacheKey);
    if (!pending) {
      pending = (async () => {
        const response = await callIdentity('authenticate', requestId, body);
        if (response.status === 401) return (await response.json()) as { code: string; reason: string };
        if (!response.ok) throw new Error(`identity answered ${response.status}`);
        const { caller } = (await response.json()) as { caller: Caller };
        return { caller, checkedAt: Date.now() };
      })().finally(() => inflight.delete(cacheKey));
      inflight.set(cacheKey, pending);
    }
    return pending;
  };

  const resolve = async (cache: Map<string, Entry>, cacheKey: string, ttl: number, body: object, requestId: string): Promise<Caller> => {
    const now = Date.now();
    const known = cache.get(cacheKey);
    if (known && now - known.checkedAt < ttl) return known.caller;
    let answer: Entry | { code: string; reason: string };
    try {
      answer = await confirm(cacheKey, body, requestId);
    } catch (error) {
      // identity is down or slow: a caller it confirmed recently keeps working (a staff token is
      // still checked for its own expiry above, on every request)
      if (known && now - known.checkedAt < settings.maxStaleMs) {
        options.log.warn({ err: error }, 'identity unreachable; using the last confirmed caller');
        return known.caller;
      }
      throw identityUnavailable();
    }
    if ('caller' in answer) {
      cache.set(cacheKey, answer);
      return answer.caller;
    }
    cache.delete(cacheKey);
    throw unauthenticated(answer.reason, answer.code);
  };

  return {
    /** drops cached answers identity announced as revoked (sessions, API keys) */
    revoked(announcement: { sessionIds?: string[]; apiKeyId?: string }) {
      for (const id of announcement.sessionIds ?? []) sessions.delete(id);
      if (announcement.apiKeyId) for (const [key, entry] of apiKeys) if (entry.caller.id === announcement.apiKeyId) apiKeys.delete(key);
    },

    async authenticate(headers: Headers, clientIp: string | undefined, requestId: string): Promise<Caller> {
      const authorization = headers.get('authorization');
      const apiKey = headers.get('x-api-key');
      if (!authorization && !apiKey) return { kind: 'anonymous', clientIp };

      if (apiKey) {
        const prefix = keyPrefixOf(apiKey);
        await options.rateLimiter.checkFailures(clientIp, prefix);
        if (!API_KEY.test(apiKey)) {
          await options.rateLimiter.recordFailure(clientIp, prefix);
          throw unauthenticated('the API key is not valid', 'API_KEY_INVALID');
        }
        const digest = createHash('sha256').update(apiKey).digest('base64url');
        try {
          const caller = await resolve(apiKeys, digest, settings.apiKeyTtlMs, { apiKey }, requestId);
          return { ...caller, clientIp };
        } catch (error) {
          if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED')
            await options.rateLimiter.recordFailure(clientIp, prefix);
          throw error;
        }
      }

      const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
      if (!match) throw unauthenticated('the Authorization header must be "Bearer <token>"');
      await options.rateLimiter.checkFailures(clientIp, undefined);
      const token = match[1]!;
      let claims;
      try {
        claims = await verifyAccessToken(token, requestId);
      } catch (error) {
        if (error instanceof GraphQLError) throw error;
        await options.rateLimiter.recordFailure(clientIp, undefined);
        if (error instanceof joseErrors.JWTExpired)
          throw unauthenticated('the access token has expired; refresh the session', 'ACCESS_TOKEN_EXPIRED');
        throw unauthenticated('the access token is not valid', 'ACCESS_TOKEN_INVALID');
      }
      if (typeof claims.sid !== 'string' || typeof claims.sub !== 'string')
        throw unauthenticated('the access token is not valid', 'ACCESS_TOKEN_INVALID');
      const caller = await resolve(sessions, claims.sid, settings.sessionTtlMs, { accessToken: token }, requestId);
      if (caller.id !== claims.sub) throw unauthenticated('the access token is not valid', 'ACCESS_TOKEN_INVALID');
      // only identity's answer decides who this is; the client's address is ours to add
      return { ...caller, clientIp };
    },
  };
}

export type Authenticator = ReturnType<typeof createAuthenticator>;
