import http from 'node:http';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';

// Local stand-ins for the carriers crm's adapters talk to: real HTTP servers on loopback that
// implement the documented requests and check them as the carrier would (Aliyun's RPC signature,
// WeCom's access_token), and answer success, throttled or rejected on demand. The signing here is
// written from Aliyun's documentation independently of crm's, so a mistake in either fails the test.

const readBody = (req: http.IncomingMessage) =>
  new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
const json = (res: http.ServerResponse, status: number, body: object) =>
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
const listen = async (server: http.Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

/** RFC 3986 encoding as Aliyun's signature documentation defines it (space %20, * %2A, ~ kept). */
const percentEncode = (value: string) =>
  encodeURIComponent(value)
    .replace(/\+/g, '%20')
    .replace(/\*/g, '%2A')
    .replace(/!/g, '%21')
    .replace(/'/g, '%27')
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29');

export type CarrierAnswer = 'ok' | 'throttled' | 'rejected';

export interface AliyunSms {
  phone: string;
  templateCode: string;
  templateParam: Record<string, string>;
  signName: string;
  outId: string | null;
  bizId: string;
}

/**
 * dysmsapi SendSms: a form POST whose parameters carry AccessKeyId, SignatureMethod HMAC-SHA1,
 * SignatureVersion 1.0, a fresh SignatureNonce, a Timestamp and the Signature over the canonicalized
 * query. Wrong key or signature: 400 SignatureDoesNotMatch / InvalidAccessKeyId.NotFound; a nonce
 * used twice: SignatureNonceUsed. Then OK with a BizId, isv.BUSINESS_LIMIT_CONTROL or a rejection.
 */
export async function startAliyunSms(credentials: { accessKeyId: string; accessKeySecret: string }) {
  const sent: AliyunSms[] = [];
  const answers: CarrierAnswer[] = [];
  const nonces = new Set<string>();
  let requests = 0;
  let badSignatures = 0;
  const server = http.createServer((req, res) => {
    void readBody(req).then((body) => {
      if (req.method !== 'POST') return json(res, 404, { Code: 'InvalidAction.NotFound' });
      requests++;
      const params = Object.fromEntries(new URLSearchParams(body));
      const { Signature: signature, ...signed } = params;
      if (signed.AccessKeyId !== credentials.accessKeyId) return json(res, 404, { Code: 'InvalidAccessKeyId.NotFound' });
      if (signed.SignatureMethod !== 'HMAC-SHA1' || signed.SignatureVersion !== '1.0' || !signed.SignatureNonce || !signed.Timestamp)
        return json(res, 400, { Code: 'MissingParameter' });
      const canonical = Object.keys(signed)
        .sort()
        .map((key) => `${percentEncode(key)}=${percentEncode(signed[key]!)}`)
        .join('&');
      const expected = createHmac('sha1', `${credentials.accessKeySecret}&`)
        .update(`POST&${percentEncode('/')}&${percentEncode(canonical)}`)
        .digest();
      const given = Buffer.from(signature ?? '', 'base64');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        badSignatures++;
        return json(res, 400, { Code: 'SignatureDoesNotMatch', Message: 'Specified signature is not matched with our calculation.' });
      }
      if (nonces.has(signed.SignatureNonce)) return json(res, 400, { Code: 'SignatureNonceUsed' });
      nonces.add(signed.SignatureNonce);
      if (signed.Action !== 'SendSms' || signed.Version !== '2017-05-25') return json(res, 400, { Code: 'InvalidAction' });
      const answer = answers.shift() ?? 'ok';
      const requestId = randomUUID();
      if (answer === 'throttled')
        return json(res, 200, { Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发小时级流控Permits:5', RequestId: requestId });
      if (answer === 'rejected') return json(res, 200, { Code: 'isv.MOBILE_NUMBER_ILLEGAL', Message: '非法手机号', RequestId: requestId });
      const bizId = `${Date.now()}^${sent.length}`;
      sent.push({
        phone: signed.PhoneNumbers!,
        templateCode: signed.TemplateCode!,
        templateParam: JSON.parse(signed.TemplateParam ?? '{}') as Record<string, string>,
        signName: signed.SignName!,
        outId: signed.OutId ?? null,
        bizId,
      });
      return json(res, 200, { Code: 'OK', Message: 'OK', BizId: bizId, RequestId: requestId });
    });
  });
  const url = await listen(server);
  return {
    url,
    sent,
    get requests() {
      return requests;
    },
    get badSignatures() {
      return badSignatures;
    },
    /** how the next sends are answered, in order (then: ok) */
    answerNext(...next: CarrierAnswer[]) {
      answers.push(...next);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type LocalAliyunSms = Awaited<ReturnType<typeof startAliyunSms>>;

export interface WeComMessage {
  touser: string;
  agentid: number;
  content: string;
  msgid: string;
}

/**
 * WeCom: GET /cgi-bin/gettoken?corpid&corpsecret issues an access_token (expires_in 7200);
 * POST /cgi-bin/message/send?access_token= checks it (40014 unknown, 42001 expired) and the agentid,
 * then answers errcode 0 with a msgid, 45009 (over the frequency limit) or 81013 (unknown user).
 */
export async function startWeCom(app: { corpId: string; corpSecret: string; agentId: number }) {
  const sent: WeComMessage[] = [];
  const answers: CarrierAnswer[] = [];
  const tokens = new Map<string, { expired: boolean }>();
  let tokenRequests = 0;
  let sendRequests = 0;
  const server = http.createServer((req, res) => {
    void readBody(req).then((body) => {
      const url = new URL(req.url ?? '/', 'http://wecom');
      if (req.method === 'GET' && url.pathname === '/cgi-bin/gettoken') {
        tokenRequests++;
        if (url.searchParams.get('corpid') !== app.corpId || url.searchParams.get('corpsecret') !== app.corpSecret)
          return json(res, 200, { errcode: 40001, errmsg: 'invalid credential' });
        const token = randomUUID().replace(/-/g, '');
        tokens.set(token, { expired: false });
        return json(res, 200, { errcode: 0, errmsg: 'ok', access_token: token, expires_in: 7200 });
      }
      if (req.method === 'POST' && url.pathname === '/cgi-bin/message/send') {
        sendRequests++;
        const token = tokens.get(url.searchParams.get('access_token') ?? '');
        if (!token) return json(res, 200, { errcode: 40014, errmsg: 'invalid access_token' });
        if (token.expired) return json(res, 200, { errcode: 42001, errmsg: 'access_token expired' });
        const message = JSON.parse(body) as { touser?: string; msgtype?: string; agentid?: number; text?: { content?: string } };
        if (message.agentid !== app.agentId) return json(res, 200, { errcode: 40056, errmsg: 'invalid agentid' });
        if (message.msgtype !== 'text' || !message.text?.content || !message.touser)
          return json(res, 200, { errcode: 41011, errmsg: 'missing field' });
        const answer = answers.shift() ?? 'ok';
        if (answer === 'throttled') return json(res, 200, { errcode: 45009, errmsg: 'reach max api daily quota limit' });
        if (answer === 'rejected') return json(res, 200, { errcode: 81013, errmsg: 'user & party & tag all invalid' });
        const msgid = randomUUID();
        sent.push({ touser: message.touser, agentid: message.agentid, content: message.text.content, msgid });
        return json(res, 200, { errcode: 0, errmsg: 'ok', invaliduser: '', msgid });
      }
      return json(res, 404, { errcode: 404, errmsg: 'not found' });
    });
  });
  const url = await listen(server);
  return {
    url,
    sent,
    get tokenRequests() {
      return tokenRequests;
    },
    get sendRequests() {
      return sendRequests;
    },
    /** every token issued so far expires now (as WeCom does early when the secret is reset) */
    expireTokens() {
      for (const token of tokens.values()) token.expired = true;
    },
    answerNext(...next: CarrierAnswer[]) {
      answers.push(...next);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type LocalWeCom = Awaited<ReturnType<typeof startWeCom>>;
