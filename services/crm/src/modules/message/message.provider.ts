import { createHmac, timingSafeEqual } from 'node:crypto';
import { newId } from '@careline/service-kit';
import { crmEnv } from '../../env.js';
import { AliyunSmsProvider } from './aliyun-sms.provider.js';
import { WeComProvider } from './wecom.provider.js';

export interface OutgoingMessage {
  customerId: string;
  /** the customer's normalised phone (SMS) or WeChat id */
  to: string | null;
  channel: 'SMS' | 'WECHAT';
  title: string;
  body: string;
  /**
   * the same for every attempt of one occasion (e.g. reminder:<appointment>): a provider that has
   * accepted a message under this key accepts it again without sending it twice (a crash after the
   * provider accepted but before we recorded it)
   */
  idempotencyKey?: string;
  /** our template's code: carriers that send approved templates (Aliyun SMS) map it to theirs */
  templateCode?: string;
  /** the template's variables, `name` included, for carriers that fill the template themselves */
  variables?: Record<string, string>;
}

/**
 * DELIVERED: accepted by the provider. THROTTLED: over the provider's rate, nothing was sent; to be
 * tried again later. REJECTED: refused for good (bad number, template, unknown user); `error` says
 * why. FAILED: the provider failed or could not be reached; the occasion's owner may try again.
 */
export interface ProviderResult {
  status: 'DELIVERED' | 'FAILED' | 'THROTTLED' | 'REJECTED';
  providerMessageId?: string | null;
  error?: string | null;
}

/** What sends a channel's messages: the portal labels the recording one as a demo. */
export type ProviderKind = 'RECORDING' | 'HTTP' | 'ALIYUN_SMS' | 'WECOM';

/** The SMS / WeChat gateway adapter; a real one calls the carrier, the default records. */
export interface MessageProvider {
  readonly name: string;
  readonly kind: ProviderKind;
  send(message: OutgoingMessage): Promise<ProviderResult>;
  /** the shared secret callbacks from this provider are signed with; none: callbacks are refused */
  readonly callbackSecret?: string;
}

/** The default provider: records every message (in memory) and reports it delivered, sending nothing. */
export class RecordingProvider implements MessageProvider {
  readonly name = 'recording';
  readonly kind = 'RECORDING' as const;
  readonly sent: OutgoingMessage[] = [];

  async send(message: OutgoingMessage): Promise<ProviderResult> {
    this.sent.push(message);
    return { status: 'DELIVERED', providerMessageId: newId() };
  }
}

/** Headers of a signed request, both ways (our sends to the provider, its callbacks to us). */
export const SIGNATURE_HEADER = 'x-careline-signature';
export const TIMESTAMP_HEADER = 'x-careline-timestamp';
/** how far a signed request's timestamp may be from our clock */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** hex HMAC-SHA256 over `<timestamp>.<body>` with the shared secret. */
export function signPayload(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/**
 * Whether a signed request is genuine and fresh: the signature matches (compared in constant time)
 * and the timestamp (Unix seconds) is within SIGNATURE_TOLERANCE_SECONDS of `now`.
 */
export function verifySignature(
  secret: string,
  request: { timestamp: string; signature: string; body: string },
  now = Date.now(),
): 'ok' | 'stale' | 'bad-signature' {
  if (!/^\d{1,12}$/.test(request.timestamp) || !/^[0-9a-f]{64}$/.test(request.signature)) return 'bad-signature';
  const expected = Buffer.from(signPayload(secret, request.timestamp, request.body), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(request.signature, 'hex'))) return 'bad-signature';
  if (Math.abs(now / 1000 - Number(request.timestamp)) > SIGNATURE_TOLERANCE_SECONDS) return 'stale';
  return 'ok';
}

/**
 * The HTTP provider adapter: `POST <url>/messages` with the message as JSON, signed like the
 * callbacks (HMAC over timestamp and body). 2xx with `{ messageId }` is delivered; anything else,
 * a timeout or a refused connection is a failure the caller may retry.
 */
export class HttpMessageProvider implements MessageProvider {
  readonly name: string;
  readonly kind = 'HTTP' as const;
  constructor(private readonly options: { url: string; secret: string; name?: string; timeoutMs?: number }) {
    this.name = options.name ?? 'http';
  }

  get callbackSecret(): string {
    return this.options.secret;
  }

  async send(message: OutgoingMessage): Promise<ProviderResult> {
    const body = JSON.stringify(message);
    const timestamp = String(Math.floor(Date.now() / 1000));
    try {
      const response = await fetch(`${this.options.url.replace(/\/$/, '')}/messages`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [TIMESTAMP_HEADER]: timestamp,
          [SIGNATURE_HEADER]: signPayload(this.options.secret, timestamp, body),
          ...(message.idempotencyKey ? { 'idempotency-key': message.idempotencyKey } : {}),
        },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
      });
      if (!response.ok) return { status: 'FAILED', error: `provider answered HTTP ${response.status}` };
      const answer = (await response.json().catch(() => ({}))) as { messageId?: unknown };
      if (typeof answer.messageId !== 'string' || !answer.messageId) return { status: 'FAILED', error: 'provider gave no messageId' };
      return { status: 'DELIVERED', providerMessageId: answer.messageId };
    } catch (error) {
      return { status: 'FAILED', error: `provider unreachable: ${(error as Error).message}` };
    }
  }
}

/**
 * One provider per channel (Aliyun for SMS and WeCom for WeChat, say): each message goes to its
 * channel's provider. Callbacks are signed with the one shared secret (MESSAGE_PROVIDER_SECRET).
 */
export class ChannelProviders implements MessageProvider {
  constructor(
    readonly channels: { SMS: MessageProvider; WECHAT: MessageProvider },
    readonly callbackSecret?: string,
  ) {}

  get name(): string {
    return this.channels.SMS.name === this.channels.WECHAT.name
      ? this.channels.SMS.name
      : `${this.channels.SMS.name}+${this.channels.WECHAT.name}`;
  }

  get kind(): ProviderKind {
    return this.channels.SMS.kind;
  }

  forChannel(channel: 'SMS' | 'WECHAT'): MessageProvider {
    return this.channels[channel];
  }

  send(message: OutgoingMessage): Promise<ProviderResult> {
    return this.channels[message.channel].send(message);
  }
}

/** The provider that sends a channel's messages (the provider itself unless it routes by channel). */
export const providerFor = (provider: MessageProvider, channel: 'SMS' | 'WECHAT'): MessageProvider =>
  provider instanceof ChannelProviders ? provider.forChannel(channel) : provider;

/** The providers the settings choose (docs/messaging.md); the recording one unless told otherwise. */
export function configuredProvider(env = crmEnv()): MessageProvider {
  const { MESSAGE_PROVIDER_URL: url, MESSAGE_PROVIDER_SECRET: secret } = env;
  const http = url && secret ? new HttpMessageProvider({ url, secret }) : null;
  const recording = new RecordingProvider();
  const fallback = http ?? recording;
  const sms =
    env.SMS_PROVIDER === 'aliyun'
      ? new AliyunSmsProvider({
          endpoint: env.ALIYUN_SMS_ENDPOINT,
          accessKeyId: env.ALIYUN_SMS_ACCESS_KEY_ID!,
          accessKeySecret: env.ALIYUN_SMS_ACCESS_KEY_SECRET!,
          signName: env.ALIYUN_SMS_SIGN_NAME!,
          regionId: env.ALIYUN_SMS_REGION,
          templates: env.ALIYUN_SMS_TEMPLATES,
        })
      : env.SMS_PROVIDER === 'recording'
        ? recording
        : fallback;
  const wechat =
    env.WECHAT_PROVIDER === 'wecom'
      ? new WeComProvider({
          apiBase: env.WECOM_API_BASE,
          corpId: env.WECOM_CORP_ID!,
          corpSecret: env.WECOM_CORP_SECRET!,
          agentId: env.WECOM_AGENT_ID!,
        })
      : env.WECHAT_PROVIDER === 'recording'
        ? recording
        : fallback;
  if (sms === wechat) return sms;
  return new ChannelProviders({ SMS: sms, WECHAT: wechat }, secret);
}

let provider: MessageProvider | undefined;

/** The provider: the one set, else the configured ones (docs/messaging.md), else the recording one. */
export const messageProvider = (): MessageProvider => {
  provider ??= configuredProvider();
  return provider;
};

/** Replaces the provider (a carrier adapter in production, a fake in tests). */
export function setMessageProvider(next: MessageProvider): void {
  provider = next;
}
