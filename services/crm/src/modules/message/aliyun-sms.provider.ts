import { createHmac, randomUUID } from 'node:crypto';
import type { MessageProvider, OutgoingMessage, ProviderResult } from './message.provider.js';

/**
 * Aliyun's RPC percent-encoding: RFC 3986 unreserved characters (A-Z a-z 0-9 - _ . ~) stay, every
 * other byte is %XY (space is %20, not +). encodeURIComponent also leaves ! ' ( ) * alone, so those
 * are encoded here.
 */
export function aliyunPercentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The RPC signature (SignatureMethod HMAC-SHA1, SignatureVersion 1.0): the parameters except
 * Signature, sorted by name, encoded and joined into the canonicalized query;
 * StringToSign = METHOD & %2F & encode(canonicalized query); Signature = base64(HMAC-SHA1(secret + "&", StringToSign)).
 */
export function aliyunSignature(method: string, params: Record<string, string>, accessKeySecret: string): string {
  const canonical = Object.keys(params)
    .filter((key) => key !== 'Signature')
    .sort()
    .map((key) => `${aliyunPercentEncode(key)}=${aliyunPercentEncode(params[key]!)}`)
    .join('&');
  const stringToSign = `${method}&${aliyunPercentEncode('/')}&${aliyunPercentEncode(canonical)}`;
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign).digest('base64');
}

export interface AliyunSmsOptions {
  /** https://dysmsapi.aliyuncs.com in production; a loopback server in tests */
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  regionId: string;
  /** our template code (e.g. APPOINTMENT_REMINDER) → the Aliyun template code approved for it (SMS_…) */
  templates: Record<string, string>;
  timeoutMs?: number;
}

/** Codes Aliyun answers when the sender is over its rate (per number per minute / hour / day). */
const THROTTLED_CODES = new Set(['isv.BUSINESS_LIMIT_CONTROL', 'isv.DAY_LIMIT_CONTROL', 'Throttling', 'Throttling.User']);

/**
 * Aliyun SMS (dysmsapi 2017-05-25 SendSms). Hand-written rather than @alicloud/dysmsapi20170525:
 * that SDK pulls in the whole Tea runtime (credentials chain, OpenAPI client, XML parsing) for one
 * signed form POST, and the signing is a dozen lines (docs/messaging.md).
 *
 * Aliyun templates are approved in its console and fill `${name}`-style parameters, so a message is
 * sent as TemplateCode + TemplateParam (JSON of the variables), not as our rendered text.
 */
export class AliyunSmsProvider implements MessageProvider {
  readonly name = 'aliyun-sms';
  readonly kind = 'ALIYUN_SMS' as const;

  constructor(private readonly options: AliyunSmsOptions) {}

  async send(message: OutgoingMessage): Promise<ProviderResult> {
    if (!message.to) return { status: 'REJECTED', error: 'no phone number' };
    const templateCode = message.templateCode ? this.options.templates[message.templateCode] : undefined;
    if (!templateCode) return { status: 'REJECTED', error: `no Aliyun template for ${message.templateCode ?? 'this message'}` };
    const params: Record<string, string> = {
      AccessKeyId: this.options.accessKeyId,
      Action: 'SendSms',
      Format: 'JSON',
      PhoneNumbers: message.to,
      RegionId: this.options.regionId,
      SignName: this.options.signName,
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: randomUUID(),
      SignatureVersion: '1.0',
      TemplateCode: templateCode,
      TemplateParam: JSON.stringify(message.variables ?? {}),
      Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      Version: '2017-05-25',
      ...(message.idempotencyKey ? { OutId: message.idempotencyKey.slice(0, 256) } : {}),
    };
    params.Signature = aliyunSignature('POST', params, this.options.accessKeySecret);
    let answer: { Code?: unknown; Message?: unknown; BizId?: unknown };
    let status: number;
    try {
      const response = await fetch(`${this.options.endpoint.replace(/\/$/, '')}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: Object.entries(params)
          .map(([key, value]) => `${aliyunPercentEncode(key)}=${aliyunPercentEncode(value)}`)
          .join('&'),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
      });
      status = response.status;
      answer = (await response.json().catch(() => ({}))) as typeof answer;
    } catch (error) {
      return { status: 'FAILED', error: `aliyun unreachable: ${(error as Error).message}` };
    }
    const code = typeof answer.Code === 'string' ? answer.Code : '';
    const reason = `${code || `HTTP ${status}`}${typeof answer.Message === 'string' ? `: ${answer.Message}` : ''}`;
    if (code === 'OK' && typeof answer.BizId === 'string' && answer.BizId) return { status: 'DELIVERED', providerMessageId: answer.BizId };
    if (THROTTLED_CODES.has(code)) return { status: 'THROTTLED', error: reason };
    // isv.*: the message itself is refused (bad number, template, parameters, blacklisted): sending again cannot help
    if (code.startsWith('isv.')) return { status: 'REJECTED', error: reason };
    // a signature or account error, or Aliyun failing: not this message's fault
    return { status: 'FAILED', error: reason };
  }
}
