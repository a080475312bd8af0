import http from 'node:http';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';

/** hex HMAC-SHA256 over `<timestamp>.<body>`, as the provider signs its callbacks (docs/reminders.md) */
export const signProviderPayload = (secret: string, timestamp: string, body: string) =>
  createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');

export interface ReceivedMessage {
  messageId: string;
  idempotencyKey: string | null;
  to: string | null;
  channel: string;
  body: string;
}

/**
 * A local SMS / WeChat provider: a real HTTP server on loopback speaking the provider protocol crm's
 * HttpMessageProvider uses. It checks crm's signature, sends (records) each idempotency key once and
 * answers the same message id for a repeat, can be told to fail, and posts signed customer replies
 * to the gateway's callback endpoint.
 */
export async function startMessageProvider(secret: string) {
  /** messages actually sent (one per idempotency key) */
  const sent: ReceivedMessage[] = [];
  /** every request that reached /messages, including refused and repeated ones */
  let requests = 0;
  let failures = 0;
  const byKey = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (req.method !== 'POST' || req.url !== '/messages') return void res.writeHead(404).end();
      requests++;
      const timestamp = String(req.headers['x-careline-timestamp'] ?? '');
      const signature = Buffer.from(String(req.headers['x-careline-signature'] ?? ''), 'hex');
      const expected = Buffer.from(signProviderPayload(secret, timestamp, body), 'hex');
      if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) return void res.writeHead(401).end();
      if (failures > 0) {
        failures--;
        return void res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"carrier unavailable"}');
      }
      const message = JSON.parse(body) as { to: string | null; channel: string; body: string; idempotencyKey?: string };
      const key = (req.headers['idempotency-key'] as string | undefined) ?? null;
      let messageId = key ? byKey.get(key) : undefined;
      if (!messageId) {
        messageId = randomUUID();
        if (key) byKey.set(key, messageId);
        sent.push({ messageId, idempotencyKey: key, to: message.to, channel: message.channel, body: message.body });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ messageId }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    sent,
    get requests() {
      return requests;
    },
    /** the next `n` sends are answered 503 */
    failNext(n: number) {
      failures = n;
    },
    /** the customer's reply, posted to `hookUrl` as the provider signs it (or with `sign` overriding) */
    async reply(
      hookUrl: string,
      messageId: string,
      reply: 'CONFIRM' | 'CANCEL',
      options: { timestamp?: string; signature?: string; body?: string } = {},
    ) {
      const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
      const body = options.body ?? JSON.stringify({ messageId, reply });
      const response = await fetch(hookUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-careline-timestamp': timestamp,
          'x-careline-signature': options.signature ?? signProviderPayload(secret, timestamp, body),
        },
        body,
      });
      return { status: response.status, body: (await response.json().catch(() => ({}))) as any, timestamp, sentBody: body };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type LocalMessageProvider = Awaited<ReturnType<typeof startMessageProvider>>;
