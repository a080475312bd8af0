import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { eventually } from '@careline/service-kit/testing';
import {
  AliyunSmsProvider,
  ChannelProviders,
  retryThrottledDeliveries,
  runDueReminders,
  setMessageProvider,
  WeComProvider,
} from '@careline/crm';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';
import { startAliyunSms, startWeCom, type LocalAliyunSms, type LocalWeCom } from '../support/carriers.js';
import { signProviderPayload } from '../support/message-provider.js';

// Messages that are sent (docs/messaging.md): crm's Aliyun SMS and WeCom adapters against local
// carriers on loopback that check the documented request (Aliyun's RPC signature, WeCom's
// access_token). Success is DELIVERED with the carrier's id; throttled waits and is sent again once
// by the retry job; rejected is REJECTED with the carrier's reason; Aliyun delivery receipts come
// through the gateway's signed hook and settle a message's receipt once.

const SECRET = 'carrier-test-callback-secret-0123456789abcdef';
const ALIYUN = { accessKeyId: 'LTAI-test-key', accessKeySecret: 'aliyun-test-secret/+=' };
/** characters Aliyun's signature encodes specially (space %20, * %2A, ~ kept, ! ' ( ) encoded) */
const TIP = "天冷 注意保暖 (*~!')";
const WECOM = { corpId: 'ww-test-corp', corpSecret: 'wecom-test-secret', agentId: 1000002 };
let system: RunningSystem;
let aliyun: LocalAliyunSms;
let wecom: LocalWeCom;
let db: pg.Client;
let hookUrl: string;

const ok = async <T = any>(who: DemoUser, query: string, variables?: object): Promise<T> => {
  const r = await system.as(who, query, variables);
  expect(r.errors, `${who}: ${query.slice(0, 60)}`).toBeUndefined();
  return r.data as T;
};
const sql = async <T = any>(text: string, params: unknown[] = []): Promise<T[]> => (await db.query(text, params)).rows as T[];

let nextPhone = 0;
/** a consenting customer with a phone and a WeChat (WeCom) id, and the last 6 digits of the phone */
const customer = async (name: string) => {
  const tail = String(310000 + nextPhone++);
  const data = await ok('cs.staff', 'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }', {
    input: { name, phone: `13876${tail}`, wechatId: `wx_${tail}`, channel: 'CAMPAIGN', marketingConsent: true },
  });
  return { id: data.createCustomer.id as string, phone: `13876${tail}`, wechatId: `wx_${tail}`, tail };
};
const template = async (code: string, channel: 'SMS' | 'WECHAT') =>
  (
    await ok('cs.admin', 'mutation ($input: MessageTemplateInput!) { createMessageTemplate(input: $input) { id } }', {
      input: { code, kind: 'CAMPAIGN', channel, title: '关怀', body: '{{name}}，{{tip}}' },
    })
  ).createMessageTemplate.id as string;
type Delivery = {
  id: string;
  status: string;
  provider: string;
  providerMessageId: string | null;
  error: string | null;
  attempts: number;
  nextAttemptAt: string | null;
  receipt: string | null;
  receiptError: string | null;
};
const DELIVERIES = `query ($c: ID) { messageDeliveries(customerId: $c, first: 10) { nodes {
  id status provider providerMessageId error attempts nextAttemptAt receipt receiptError } } }`;
/** sends the template to the one customer (a campaign to a segment of one) and waits for the attempt */
const sendTo = async (templateId: string, person: { id: string; tail: string }): Promise<Delivery> => {
  await ok('cs.admin', 'mutation ($input: ScheduleMessageInput!) { scheduleMessage(input: $input) { id } }', {
    input: { templateId, segment: { phoneTail: person.tail }, variables: [{ key: 'tip', value: TIP }] },
  });
  return eventually(async () => {
    const [delivery] = (await ok('cs.admin', DELIVERIES, { c: person.id })).messageDeliveries.nodes as Delivery[];
    return delivery && delivery.status !== 'PENDING' ? delivery : undefined;
  });
};
const deliveryOf = async (customerId: string): Promise<Delivery> =>
  (await ok('cs.admin', DELIVERIES, { c: customerId })).messageDeliveries.nodes[0];
const postReceipts = async (items: object[], options: { timestamp?: string; signature?: string } = {}) => {
  const body = JSON.stringify(items);
  const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
  const response = await fetch(hookUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-careline-timestamp': timestamp,
      'x-careline-signature': options.signature ?? signProviderPayload(SECRET, timestamp, body),
    },
    body,
  });
  return { status: response.status, body: (await response.json().catch(() => ({}))) as any, timestamp };
};

beforeAll(async () => {
  aliyun = await startAliyunSms(ALIYUN);
  wecom = await startWeCom(WECOM);
  setMessageProvider(
    new ChannelProviders(
      {
        SMS: new AliyunSmsProvider({
          endpoint: aliyun.url,
          ...ALIYUN,
          signName: '康线医院',
          regionId: 'cn-hangzhou',
          templates: { CARE_SMS: 'SMS_900001', APPOINTMENT_REMINDER: 'SMS_900002' },
        }),
        WECHAT: new WeComProvider({ apiBase: wecom.url, ...WECOM }),
      },
      SECRET,
    ),
  );
  system = await startSystem();
  hookUrl = system.gatewayUrl.replace(/\/graphql$/, '/hooks/message-provider');
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await system?.stop();
  await aliyun?.close();
  await wecom?.close();
});

describe('messages sent through Aliyun SMS and WeCom', () => {
  const the = { sms: '', wechat: '', unmapped: '', delivered: '', deliveredBizId: '', second: '', secondBizId: '' };

  it('the portal reads which provider sends each channel', async () => {
    expect((await ok('cs.admin', '{ messagingProviders { sms wechat } }')).messagingProviders).toEqual({
      sms: 'ALIYUN_SMS',
      wechat: 'WECOM',
    });
    const refused = await system.as('guide', '{ messagingProviders { sms } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('an SMS goes to Aliyun as a signed SendSms with the approved template and its parameters, and is DELIVERED with the BizId', async () => {
    the.sms = await template('CARE_SMS', 'SMS');
    const person = await customer('短信甲');
    const delivery = await sendTo(the.sms, person);
    expect(aliyun.badSignatures).toBe(0);
    expect(aliyun.sent).toHaveLength(1);
    expect(aliyun.sent[0]).toMatchObject({
      phone: person.phone,
      templateCode: 'SMS_900001',
      templateParam: { name: '短信甲', tip: TIP },
      signName: '康线医院',
    });
    expect(delivery).toMatchObject({
      status: 'DELIVERED',
      provider: 'aliyun-sms',
      providerMessageId: aliyun.sent[0]!.bizId,
      attempts: 1,
      error: null,
    });
    the.delivered = person.id;
    the.deliveredBizId = aliyun.sent[0]!.bizId;

    // the local Aliyun does check the signature: a wrong secret is refused and nothing is sent
    const forged = await new AliyunSmsProvider({
      endpoint: aliyun.url,
      accessKeyId: ALIYUN.accessKeyId,
      accessKeySecret: 'not-the-secret',
      signName: '康线医院',
      regionId: 'cn-hangzhou',
      templates: { CARE_SMS: 'SMS_900001' },
    }).send({ customerId: person.id, to: person.phone, channel: 'SMS', title: '关怀', body: '…', templateCode: 'CARE_SMS', variables: {} });
    expect(forged).toMatchObject({ status: 'FAILED' });
    expect(forged.error).toMatch(/^SignatureDoesNotMatch/);
    expect(aliyun.badSignatures).toBe(1);
    expect(aliyun.sent).toHaveLength(1);
  });

  it('throttled by Aliyun: nothing is lost, the retry job sends it once when its wait is over, and never again', async () => {
    const person = await customer('短信乙');
    aliyun.answerNext('throttled');
    const throttled = await sendTo(the.sms, person);
    expect(throttled).toMatchObject({ status: 'THROTTLED', attempts: 1, providerMessageId: null });
    expect(throttled.error).toMatch(/isv\.BUSINESS_LIMIT_CONTROL/);
    const sentBefore = aliyun.sent.length;
    const requestsBefore = aliyun.requests;

    // before its time: not tried
    expect(await retryThrottledDeliveries(system.services.crm.orm, new Date())).toBe(0);
    expect(aliyun.requests).toBe(requestsBefore);

    // its time has come, two replicas at once: one of them sends it, once
    const later = new Date(new Date(throttled.nextAttemptAt!).getTime() + 1000);
    const runs = await Promise.all([
      retryThrottledDeliveries(system.services.crm.orm, later),
      retryThrottledDeliveries(system.services.crm.orm, later),
    ]);
    expect(runs[0] + runs[1]).toBe(1);
    expect(aliyun.sent.length).toBe(sentBefore + 1);
    expect(aliyun.sent.at(-1)).toMatchObject({ phone: person.phone, templateParam: { name: '短信乙', tip: TIP } });
    expect(await deliveryOf(person.id)).toMatchObject({
      status: 'DELIVERED',
      attempts: 2,
      nextAttemptAt: null,
      providerMessageId: aliyun.sent.at(-1)!.bizId,
    });
    // settled: what a retry needed (the name, the number) is not kept
    expect(await sql(`select retry_payload from crm.message_delivery where customer_id = $1`, [person.id])).toEqual([
      { retry_payload: null },
    ]);
    expect(await retryThrottledDeliveries(system.services.crm.orm, new Date(later.getTime() + 3600_000))).toBe(0);
    expect(aliyun.sent.length).toBe(sentBefore + 1);
    the.second = person.id;
    the.secondBizId = aliyun.sent.at(-1)!.bizId;
  });

  it('rejected by Aliyun: REJECTED with the carrier’s reason and not tried again; a template with no Aliyun template is rejected unsent', async () => {
    const person = await customer('短信丙');
    aliyun.answerNext('rejected');
    const rejected = await sendTo(the.sms, person);
    expect(rejected).toMatchObject({ status: 'REJECTED', nextAttemptAt: null, providerMessageId: null });
    expect(rejected.error).toBe('isv.MOBILE_NUMBER_ILLEGAL: 非法手机号');
    const requests = aliyun.requests;
    expect(await retryThrottledDeliveries(system.services.crm.orm, new Date(Date.now() + 86_400_000))).toBe(0);

    the.unmapped = await template('CARE_UNMAPPED', 'SMS');
    const other = await customer('短信丁');
    expect(await sendTo(the.unmapped, other)).toMatchObject({ status: 'REJECTED', error: 'no Aliyun template for CARE_UNMAPPED' });
    expect(aliyun.requests).toBe(requests);
  });

  it('WeChat goes to WeCom with a cached access_token, fetched again once when WeCom says it expired', async () => {
    the.wechat = await template('CARE_WECHAT', 'WECHAT');
    const first = await customer('微信甲');
    expect(await sendTo(the.wechat, first)).toMatchObject({
      status: 'DELIVERED',
      provider: 'wecom',
      providerMessageId: wecom.sent[0]!.msgid,
    });
    expect(wecom.sent[0]).toEqual({
      touser: first.wechatId,
      agentid: WECOM.agentId,
      content: `微信甲，${TIP}`,
      msgid: wecom.sent[0]!.msgid,
    });
    expect(wecom.tokenRequests).toBe(1);

    const second = await customer('微信乙');
    expect((await sendTo(the.wechat, second)).status).toBe('DELIVERED');
    expect(wecom.tokenRequests).toBe(1);

    // WeCom revokes the token before its expires_in (42001): one new token, the message still goes, once
    wecom.expireTokens();
    const third = await customer('微信丙');
    const sendsBefore = wecom.sendRequests;
    expect((await sendTo(the.wechat, third)).status).toBe('DELIVERED');
    expect(wecom.tokenRequests).toBe(2);
    expect(wecom.sendRequests).toBe(sendsBefore + 2);
    expect(wecom.sent.filter((m) => m.touser === third.wechatId)).toHaveLength(1);
  });

  it('WeCom over its frequency limit (45009) waits and is sent again once; an unknown user (81013) is REJECTED', async () => {
    const busy = await customer('微信丁');
    wecom.answerNext('throttled');
    const throttled = await sendTo(the.wechat, busy);
    expect(throttled).toMatchObject({ status: 'THROTTLED', attempts: 1 });
    expect(throttled.error).toMatch(/errcode 45009/);
    expect(await retryThrottledDeliveries(system.services.crm.orm, new Date(Date.now() + 3600_000))).toBe(1);
    expect(await deliveryOf(busy.id)).toMatchObject({ status: 'DELIVERED', attempts: 2 });
    expect(wecom.sent.filter((m) => m.touser === busy.wechatId)).toHaveLength(1);

    const unknown = await customer('微信戊');
    wecom.answerNext('rejected');
    const rejected = await sendTo(the.wechat, unknown);
    expect(rejected).toMatchObject({ status: 'REJECTED' });
    expect(rejected.error).toMatch(/^errcode 81013/);
  });

  it('Aliyun delivery receipts through the gateway’s signed hook settle each message’s receipt once; unsigned, replayed or malformed ones are refused', async () => {
    const receipts = [
      {
        phone_number: '13876310000',
        send_time: '2026-12-07 09:00:00',
        report_time: '2026-12-07 09:00:05',
        success: true,
        err_code: 'DELIVERED',
        err_msg: '用户接收成功',
        sms_size: '1',
        biz_id: the.deliveredBizId,
        out_id: '',
      },
      {
        phone_number: '13876310001',
        send_time: '2026-12-07 09:00:00',
        report_time: '2026-12-07 09:00:07',
        success: false,
        err_code: 'MK:0001',
        err_msg: '用户关机',
        sms_size: '1',
        biz_id: the.secondBizId,
        out_id: '',
      },
      { phone_number: '13800000000', success: true, biz_id: 'not-ours^0' },
    ];
    const unsigned = await postReceipts(receipts, { signature: '0'.repeat(64) });
    expect(unsigned.status).toBe(401);
    expect(await deliveryOf(the.delivered)).toMatchObject({ receipt: null });

    const first = await postReceipts(receipts);
    expect(first).toMatchObject({ status: 200, body: { code: 0, updated: 2, unchanged: 0, unknown: 1 } });
    expect(await deliveryOf(the.delivered)).toMatchObject({ status: 'DELIVERED', receipt: 'RECEIVED', receiptError: null });
    expect(await deliveryOf(the.second)).toMatchObject({ status: 'DELIVERED', receipt: 'NOT_RECEIVED', receiptError: 'MK:0001: 用户关机' });

    // Aliyun pushes the batch again (a new request): nothing changes, a later contrary report included
    const again = await postReceipts([{ ...receipts[0], success: false, err_code: 'MK:0002' }, receipts[1]!]);
    expect(again).toMatchObject({ status: 200, body: { updated: 0, unchanged: 2, unknown: 0 } });
    expect(await deliveryOf(the.delivered)).toMatchObject({ receipt: 'RECEIVED', receiptError: null });

    // the same signed request replayed, and a batch that is not receipts
    const body = JSON.stringify(receipts);
    const replay = await fetch(hookUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-careline-timestamp': first.timestamp,
        'x-careline-signature': signProviderPayload(SECRET, first.timestamp, body),
      },
      body,
    });
    expect(replay.status).toBe(409);
    const malformed = await postReceipts([{ biz_id: the.deliveredBizId, success: 'yes' }]);
    expect(malformed).toMatchObject({ status: 400, body: { reason: 'RECEIPTS_INVALID' } });
  });

  it('a reminder Aliyun throttles is tried again by the reminder job (not the delivery retry job) and sent once; one Aliyun rejects is given up at once', async () => {
    const templates = (await ok('cs.admin', '{ messageTemplates { id code } }')).messageTemplates as { id: string; code: string }[];
    await ok('cs.admin', 'mutation ($input: SetReminderRuleInput!) { setReminderRule(input: $input) { departmentCode } }', {
      input: {
        departmentCode: 'DENTAL',
        daysBefore: 1,
        sendAt: '00:00',
        templateId: templates.find((t) => t.code === 'APPOINTMENT_REMINDER')!.id,
      },
    });
    const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
    const book = async (person: { id: string }, doctor: string) =>
      (
        await ok('consult.staff', 'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }', {
          input: {
            type: 'REVISIT',
            departmentCode: 'DENTAL',
            doctorId: doctor,
            slotStart: `${tomorrow}T10:00:00+08:00`,
            customerId: person.id,
          },
        })
      ).bookAppointment.id as string;
    const reminderOf = async (appointmentId: string) =>
      (await sql(`select status, attempts from crm.appointment_reminder where appointment_id = $1`, [appointmentId]))[0];
    const orm = system.services.crm.orm;

    const busy = await customer('提醒限流');
    const busyAppointment = await book(busy, '01a30000-0000-7000-8000-0000000ca001');
    aliyun.answerNext('throttled');
    const now = new Date();
    await runDueReminders(orm, now);
    expect(await reminderOf(busyAppointment)).toEqual({ status: 'FAILED', attempts: 1 });
    const first = await deliveryOf(busy.id);
    expect(first.status).toBe('FAILED');
    expect(first.error).toMatch(/^throttled: isv\.BUSINESS_LIMIT_CONTROL/);
    // the reminder owns its retries: the delivery retry job does not send it as well
    expect(await retryThrottledDeliveries(orm, new Date(now.getTime() + 3600_000))).toBe(0);
    expect(aliyun.sent.filter((m) => m.phone === busy.phone)).toHaveLength(0);

    await runDueReminders(orm, new Date(now.getTime() + 2 * 60_000));
    expect(await reminderOf(busyAppointment)).toEqual({ status: 'SENT', attempts: 2 });
    const sent = aliyun.sent.filter((m) => m.phone === busy.phone);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      templateCode: 'SMS_900002',
      outId: `reminder:${busyAppointment}`,
      templateParam: { name: '提醒限流' },
    });

    const wrong = await customer('提醒拒收');
    const wrongAppointment = await book(wrong, '01a30000-0000-7000-8000-0000000ca002');
    aliyun.answerNext('rejected');
    await runDueReminders(orm, new Date(now.getTime() + 3 * 60_000));
    expect(await reminderOf(wrongAppointment)).toEqual({ status: 'GAVE_UP', attempts: 1 });
    expect((await deliveryOf(wrong.id)).status).toBe('REJECTED');
    await runDueReminders(orm, new Date(now.getTime() + 60 * 60_000));
    expect(await reminderOf(wrongAppointment)).toEqual({ status: 'GAVE_UP', attempts: 1 });
  });
});
