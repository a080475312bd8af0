import type http from 'node:http';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { KeyObject } from 'node:crypto';
import type { Logger } from 'pino';
import { GraphQLError } from 'graphql';
import { CALLER_HEADER, REQUEST_ID_HEADER, signCaller, type Caller } from '@careline/service-kit';

/** Where the portal listens for its reader's unread count (docs/notifications.md). */
export const NOTIFICATION_STREAM_PATH = '/notifications/stream';

const answer = (res: http.ServerResponse, status: number, body: object, headers: Record<string, string> = {}) =>
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers }).end(JSON.stringify(body));

/**
 * Server-sent events for the signed-in staff member: the session is checked like a GraphQL request's
 * (the `Authorization` bearer token, through the same authenticator and its revocations), then the
 * stream is identity's `/internal/notifications/stream` for that staff member, signed by the gateway
 * as itself. The browser reads it with fetch (EventSource cannot send the Authorization header), so
 * the portal's origin gets CORS answers here as on /graphql.
 */
export async function streamNotifications(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: {
    identityGraphqlUrl: string;
    signingKey: KeyObject;
    corsOrigins: string[];
    authenticate: (headers: Headers, clientIp: string | undefined, requestId: string) => Promise<Caller>;
    clientIp: string | undefined;
    log: Logger;
    /** open streams, ended when the gateway stops (a stream never goes idle, so closing the server would wait for it) */
    open: Set<http.ServerResponse>;
  },
): Promise<void> {
  const origin = req.headers.origin;
  const cors: Record<string, string> =
    origin && options.corsOrigins.includes(origin) ? { 'access-control-allow-origin': origin, vary: 'origin' } : {};
  if (req.method === 'OPTIONS') {
    res
      .writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'GET',
        'access-control-allow-headers': 'authorization',
        'access-control-max-age': '600',
      })
      .end();
    return;
  }
  if (req.method !== 'GET') {
    answer(res, 405, { code: 'METHOD_NOT_ALLOWED' }, { allow: 'GET', ...cors });
    return;
  }
  const requestId = String(req.headers[REQUEST_ID_HEADER]);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
  let caller: Caller;
  try {
    caller = await options.authenticate(headers, options.clientIp, requestId);
  } catch (error) {
    const known = error instanceof GraphQLError ? error : undefined;
    const status = (known?.extensions.http as { status?: number } | undefined)?.status ?? 401;
    answer(res, status, { code: known?.extensions.code ?? 'UNAUTHENTICATED' }, cors);
    return;
  }
  if (caller.kind !== 'staff' || !caller.id) {
    answer(res, 401, { code: 'UNAUTHENTICATED', reason: 'NOT_STAFF' }, cors);
    return;
  }
  const upstream = new AbortController();
  options.open.add(res);
  res.on('close', () => {
    options.open.delete(res);
    upstream.abort();
  });
  try {
    const url = new URL(options.identityGraphqlUrl.replace(/\/graphql$/, '/internal/notifications/stream'));
    url.searchParams.set('staffId', caller.id);
    const response = await fetch(url, {
      headers: {
        [REQUEST_ID_HEADER]: requestId,
        [CALLER_HEADER]: await signCaller({ kind: 'system', name: 'gateway' }, requestId, options.signingKey),
      },
      signal: upstream.signal,
    });
    if (!response.ok || !response.body) throw new Error(`identity answered ${response.status}`);
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', 'x-accel-buffering': 'no', ...cors });
    res.flushHeaders();
    Readable.fromWeb(response.body as NodeReadableStream)
      .on('error', () => res.end())
      .pipe(res);
  } catch (error) {
    if (upstream.signal.aborted) return;
    options.log.warn({ err: error, requestId }, 'notification stream could not reach identity');
    if (!res.headersSent) answer(res, 503, { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'identity' }, cors);
    else res.end();
  }
}
