import type { MessageProvider, OutgoingMessage, ProviderResult } from './message.provider.js';

export interface WeComOptions {
  /** https://qyapi.weixin.qq.com in production; a loopback server in tests */
  apiBase: string;
  corpId: string;
  corpSecret: string;
  agentId: number;
  timeoutMs?: number;
}

/** the access_token is renewed this long before WeCom says it expires (clocks and slow requests) */
const TOKEN_MARGIN_MS = 5 * 60_000;
/** access_token expired (42001) or invalid (40014): fetch a new one and try once more */
const TOKEN_ERRORS = new Set([42001, 40014]);
/** over WeCom's frequency limits: 45009 API calls, 45033 concurrent calls, 45047 message quota */
const THROTTLED_ERRORS = new Set([45009, 45033, 45047]);
/** WeCom is busy (-1): not this message's fault */
const BUSY = -1;

interface WeComAnswer {
  errcode?: unknown;
  errmsg?: unknown;
  access_token?: unknown;
  expires_in?: unknown;
  msgid?: unknown;
  invaliduser?: unknown;
}

/**
 * WeCom (企业微信) application messages: `gettoken` with corpid / corpsecret (the token is cached
 * until shortly before its expires_in), then `message/send` with the app's agentid. Hand-written:
 * the two JSON calls need no SDK, and the npm WeCom SDKs are unmaintained or tied to a web framework.
 */
export class WeComProvider implements MessageProvider {
  readonly name = 'wecom';
  readonly kind = 'WECOM' as const;
  private token: { value: string; expiresAt: number } | null = null;
  /** one gettoken at a time: concurrent sends share it (WeCom rate-limits gettoken) */
  private fetching: Promise<string> | null = null;

  constructor(private readonly options: WeComOptions) {}

  private async call(path: string, init?: RequestInit): Promise<WeComAnswer> {
    const response = await fetch(`${this.options.apiBase.replace(/\/$/, '')}${path}`, {
      ...init,
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as WeComAnswer;
  }

  private async accessToken(now: number): Promise<string> {
    if (this.token && now < this.token.expiresAt - TOKEN_MARGIN_MS) return this.token.value;
    this.fetching ??= (async () => {
      try {
        const query = new URLSearchParams({ corpid: this.options.corpId, corpsecret: this.options.corpSecret });
        const answer = await this.call(`/cgi-bin/gettoken?${query}`);
        if (answer.errcode !== 0 || typeof answer.access_token !== 'string')
          throw new Error(`gettoken errcode ${String(answer.errcode)}: ${String(answer.errmsg)}`);
        const seconds = typeof answer.expires_in === 'number' ? answer.expires_in : 7200;
        this.token = { value: answer.access_token, expiresAt: Date.now() + seconds * 1000 };
        return answer.access_token;
      } finally {
        this.fetching = null;
      }
    })();
    return this.fetching;
  }

  async send(message: OutgoingMessage): Promise<ProviderResult> {
    if (!message.to) return { status: 'REJECTED', error: 'no WeCom user id' };
    const body = JSON.stringify({
      touser: message.to,
      msgtype: 'text',
      agentid: this.options.agentId,
      text: { content: message.body },
      // WeCom drops the same content to the same user within the interval: a retry after a lost
      // answer does not reach the customer twice
      enable_duplicate_check: 1,
      duplicate_check_interval: 1800,
    });
    try {
      let answer: WeComAnswer | null = null;
      for (let attempt = 0; attempt < 2; attempt++) {
        const token = await this.accessToken(Date.now());
        answer = await this.call(`/cgi-bin/message/send?access_token=${encodeURIComponent(token)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        if (!TOKEN_ERRORS.has(answer.errcode as number)) break;
        // expired or revoked before our cached expiry: forget it and fetch a new one, once
        this.token = null;
      }
      const code = answer!.errcode;
      const reason = `errcode ${String(code)}: ${String(answer!.errmsg ?? '')}`;
      if (code === 0) {
        if (typeof answer!.invaliduser === 'string' && answer!.invaliduser) return { status: 'REJECTED', error: `unknown WeCom user` };
        return { status: 'DELIVERED', providerMessageId: typeof answer!.msgid === 'string' ? answer!.msgid : null };
      }
      if (THROTTLED_ERRORS.has(code as number)) return { status: 'THROTTLED', error: reason };
      if (code === BUSY || TOKEN_ERRORS.has(code as number)) return { status: 'FAILED', error: reason };
      return { status: 'REJECTED', error: reason };
    } catch (error) {
      return { status: 'FAILED', error: `wecom unreachable: ${(error as Error).message}` };
    }
  }
}
