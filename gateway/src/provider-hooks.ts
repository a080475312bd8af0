import type http from 'node:http';
import type { KeyObject } from 'node:crypto';
import type { Logger } from 'pino';
import { GraphQLError } from 'graphql';
import { CALLER_HEADER, REQUEST_ID_HEADER, signCaller } from '@careline/service-kit';
import type { RateLimiter } from './security/rate-limit.js';

/** Where the SMS / WeChat provider posts a customer's reply to a reminder (docs/reminders.md). */
export const PROVIDER_HOOK_PATH = '/hooks/message-provider';
const MAX_BODY_BYTES = 8 * 1024;

const answer = (res: http.ServerResponse, status: number, body: object, headers: Record<string, string> = {}) =>
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers }).end(JSON.stringify(body));

/**
 * The provider's callback, passed to crm as it came: the raw body and its timestamp and signature
 * headers. The gateway holds no provider secret; crm checks the HMAC (over the exact bytes, which is
 * why the body is forwarded as a string) and refuses stale or replayed requests. The gateway signs
 * the forward as itself (a system caller), like every call to a service's /internal endpoints.
 *
 * Refused callbacks (a bad signature, or none expected) count against the sender's address in the gateway's failure budget, the one
 * failed sign-ins and unknown API keys spend: past it the gateway answers 429 without reading the
 * body or asking crm, so guessing signatures costs the guesser, not crm. A provider that signs
 * correctly never spends it, however many receipts it posts.
 */
export async function forwardProviderHook(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: {
    crmGraphqlUrl: string;
    signingKey: KeyObject;
    timeoutMs: number;
    log: Logger;
    rateLimiter: RateLimiter;
    clientIp: string | undefined;
  },
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    answer(res, 405, { code: 'METHOD_NOT_ALLOWED' });
    return;
  }
  try {
    await options.rateLimiter.checkFailures(options.clientIp, undefined);
  } catch (error) {
    const retryAfter = error instanceof GraphQLError ? Number(error.extensions['retryAfterSeconds'] ?? 60) : 60;
    answer(res, 429, { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter }, { 'retry-after': String(retryAfter) });
    req.resume();
    return;
  }
  const timestamp = req.headers['x-careline-timestamp'];
  const signature = req.headers['x-careline-signature'];
  if (typeof timestamp !== 'string' || typeof signature !== 'string') {
    answer(res, 401, { code: 'UNAUTHENTICATED', reason: 'SIGNATURE_REQUIRED' });
    req.resume();
    await options.rateLimiter.recordFailure(options.clientIp, undefined);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      answer(res, 413, { code: 'BAD_REQUEST', reason: 'the body is too large' });
      req.destroy();
      return;
    }
    chunks.push(chunk);
  }
  const requestId = String(req.headers[REQUEST_ID_HEADER]);
  try {
    const response = await fetch(options.crmGraphqlUrl.replace(/\/graphql$/, '/internal/message-callback'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [REQUEST_ID_HEADER]: requestId,
        [CALLER_HEADER]: await signCaller({ kind: 'system', name: 'gateway' }, requestId, options.signingKey),
      },
      body: JSON.stringify({ timestamp, signature, body: Buffer.concat(chunks).toString('utf8') }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    answer(res, response.status, (await response.json().catch(() => ({}))) as object);
    // a bad signature or stale timestamp (401), or callbacks posted where none are configured (404)
    if (response.status === 401 || response.status === 404) await options.rateLimiter.recordFailure(options.clientIp, undefined);
  } catch (error) {
    options.log.warn({ err: error, requestId }, 'provider callback could not reach crm');
    answer(res, 503, { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'crm' });
  }
}
