import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { eventually } from '@careline/service-kit/testing';
import { HttpMessageProvider, runDueReminders, SEND_REMINDERS, setMessageProvider } from '@careline/crm';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';
import { startMessageProvider, type LocalMessageProvider } from '../support/message-provider.js';

// Appointment reminders and confirmations (docs/reminders.md), over HTTP through the gateway, with
// the SMS provider a real HTTP server on loopback: the job sends a due reminder once (also when it
// runs twice at once or after a crash), never to a customer without consent, retries a provider
// that fails (each attempt in the delivery log); the provider's signed callback confirms or cancels,
// a bad signature, a stale timestamp or a replay is refused; staff confirm in the portal.

const SECRET = 'reminder-test-shared-secret-0123456789abcdef';
let system: RunningSystem;
let provider: LocalMessageProvider;
let db: pg.Client;
let hookUrl: string;

const ok = async <T = any>(who: DemoUser, query: string, variables?: object): Promise<T> => {
  const r = await system.as(who, query, variables);
  expect(r.errors, `${who}: ${query.slice(0, 60)}`).toBeUndefined();
  return r.data as T;
};
const sql = async <T = any>(text: string, params: unknown[] = []): Promise<T[]> => (await db.query(text, params)).rows as T[];

const hospitalDay = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
const addDays = (day: string, n: number) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
};
/** tomorrow (hospital time), `hour`:00 Asia/Shanghai */
const tomorrow = addDays(hospitalDay(new Date()), 1);
const slotAt = (hour: number) => new Date(`${tomorrow}T${String(hour).padStart(2, '0')}:00:00+08:00`);

let nextPhone = 0;
const customer = async (name: string, marketingConsent: boolean): Promise<string> => {
  const phone = `1376543${String(2000 + nextPhone++).padStart(4, '0')}`;
  const data = await ok('cs.staff', 'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }', {
    input: { name, phone, channel: 'CAMPAIGN', marketingConsent },
  });
  return data.createCustomer.id;
};
let nextDoctor = 0;
const book = async (customerId: string, hour: number): Promise<string> => {
  const doctorId = `01a30000-0000-7000-8000-0000000d${String(100 + nextDoctor++).padStart(4, '0')}`;
  const data = await ok('consult.staff', 'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }', {
    input: { type: 'REVISIT', departmentCode: 'DENTAL', doctorId, slotStart: slotAt(hour).toISOString(), customerId },
  });
  return data.bookAppointment.id;
};
const APPOINTMENTS = `query ($day: LocalDate!) { appointments(day: $day, first: 100) {
  nodes { id status confirmation { state source remindedAt answeredAt } } } }`;
const appointmentOf = async (id: string) =>
  (await ok('guide', APPOINTMENTS, { day: tomorrow })).appointments.nodes.find((a: { id: string }) => a.id === id);
const deliveriesOf = async (customerId: string) =>
  (
    await ok('cs.admin', 'query ($c: ID) { messageDeliveries(customerId: $c, first: 50) { nodes { status error body provider } } }', {
      c: customerId,
    })
  ).messageDeliveries.nodes as { status: string; error: string | null; body: string }[];
const reminderOf = async (appointmentId: string) =>
  (await sql(`select status, attempts, provider_message_id from crm.appointment_reminder where appointment_id = $1`, [appointmentId]))[0];

beforeAll(async () => {
  provider = await startMessageProvider(SECRET);
  setMessageProvider(new HttpMessageProvider({ url: provider.url, secret: SECRET, name: 'local-sms' }));
  system = await startSystem();
  hookUrl = system.gatewayUrl.replace(/\/graphql$/, '/hooks/message-provider');
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await system?.stop();
  await provider?.close();
});

describe('appointment reminders and confirmations', () => {
  /** ids the steps share, filled as they run */
  const the = {
    template: '',
    yes: '',
    yesAppointment: '',
    no: '',
    noAppointment: '',
    retry: '',
    retryAppointment: '',
    phoneCustomer: '',
    phoneAppointment: '',
  };

  it('the reminder rule is data the customer-service admin edits: others are refused, bad input writes nothing', async () => {
    const templates = (await ok('cs.admin', '{ messageTemplates { id code kind } }')).messageTemplates as { id: string; code: string }[];
    the.template = templates.find((t) => t.code === 'APPOINTMENT_REMINDER')!.id;
    const SET = `mutation ($input: SetReminderRuleInput!) { setReminderRule(input: $input) {
      departmentCode enabled daysBefore sendAt templateId channel quietStart quietEnd } }`;
    const rule = { departmentCode: 'DENTAL', daysBefore: 1, sendAt: '00:00', templateId: the.template };
    for (const who of ['cs.staff', 'guide'] as const) {
      const refused = await system.as(who, SET, { input: rule });
      expect(refused.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    }
    const bad = await system.as('cs.admin', SET, { input: { ...rule, sendAt: '25:00' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sendAt' });
    const halfQuiet = await system.as('cs.admin', SET, { input: { ...rule, quietStart: '21:00' } });
    expect(halfQuiet.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await sql('select * from crm.reminder_rule')).toEqual([]);

    // the day before at 00:00: tomorrow's appointments are due from the start of today
    const set = await ok('cs.admin', SET, { input: rule });
    expect(set.setReminderRule).toEqual({ ...rule, enabled: true, channel: 'SMS', quietStart: null, quietEnd: null });
    expect((await ok('cs.admin', '{ reminderRules { departmentCode sendAt } }')).reminderRules).toEqual([
      { departmentCode: 'DENTAL', sendAt: '00:00' },
    ]);
  });

  it('the job sends a due reminder exactly once: again, twice at once and after a crash it is not sent a second time', async () => {
    the.yes = await customer('提醒甲', true);
    the.yesAppointment = await book(the.yes, 9);
    expect((await appointmentOf(the.yesAppointment)).confirmation).toMatchObject({ state: 'NOT_REMINDED', remindedAt: null });

    // the scheduled job, through pg-boss as its cron would start it
    await system.services.crm.bus.jobs.send(SEND_REMINDERS, {});
    await eventually(async () => (await reminderOf(the.yesAppointment))?.status === 'SENT');
    expect(provider.sent).toHaveLength(1);
    expect(provider.sent[0]).toMatchObject({ channel: 'SMS', idempotencyKey: `reminder:${the.yesAppointment}` });
    expect(provider.sent[0]!.body).toMatch(/^提醒甲，您预约了 .*09:00 的就诊，回复 1 确认，回复 2 取消。$/);
    const requestsAfterFirst = provider.requests;

    // the job again, and two replicas at once: nothing more reaches the provider
    await system.services.crm.bus.jobs.send(SEND_REMINDERS, {});
    const runs = await Promise.all([runDueReminders(system.services.crm.orm), runDueReminders(system.services.crm.orm)]);
    expect(runs.map((r) => r.sent)).toEqual([0, 0]);
    expect(provider.requests).toBe(requestsAfterFirst);

    // a crash after the provider accepted but before crm recorded it: the claim's lease runs out and
    // the reminder is claimed again; the provider answers the same message id without sending it twice
    const first = await reminderOf(the.yesAppointment);
    await sql(
      `update crm.appointment_reminder set status = 'SENDING', lease_until = now() - interval '1 second', provider_message_id = null where appointment_id = $1`,
      [the.yesAppointment],
    );
    await runDueReminders(system.services.crm.orm);
    expect(provider.requests).toBe(requestsAfterFirst + 1);
    expect(provider.sent).toHaveLength(1);
    expect(await reminderOf(the.yesAppointment)).toMatchObject({ status: 'SENT', provider_message_id: first.provider_message_id });

    const shown = (await appointmentOf(the.yesAppointment)).confirmation;
    expect(shown).toMatchObject({ state: 'REMINDED', source: null, answeredAt: null });
    expect(shown.remindedAt).toBeTruthy();
    expect((await deliveriesOf(the.yes)).map((d) => d.status)).toEqual(['DELIVERED', 'DELIVERED']);
  });

  it('never reminds a customer who has not consented to messages', async () => {
    the.no = await customer('拒收乙', false);
    the.noAppointment = await book(the.no, 10);
    const before = provider.requests;
    const run = await runDueReminders(system.services.crm.orm);
    expect(run).toMatchObject({ sent: 0, noConsent: 1 });
    expect(provider.requests).toBe(before);
    expect(await deliveriesOf(the.no)).toEqual([]);
    expect((await appointmentOf(the.noAppointment)).confirmation.state).toBe('NO_CONSENT');
    // and running again does not try again
    await runDueReminders(system.services.crm.orm);
    expect(provider.requests).toBe(before);
  });

  it('retries a provider that fails, later, and shows each attempt in the delivery log', async () => {
    the.retry = await customer('重试丙', true);
    the.retryAppointment = await book(the.retry, 11);
    provider.failNext(1);
    const now = new Date();
    expect(await runDueReminders(system.services.crm.orm, now)).toMatchObject({ sent: 0, failed: 1 });
    expect((await appointmentOf(the.retryAppointment)).confirmation.state).toBe('REMINDER_FAILED');
    expect(await deliveriesOf(the.retry)).toEqual([expect.objectContaining({ status: 'FAILED', error: 'provider answered HTTP 503' })]);
    // not before its retry time
    expect(await runDueReminders(system.services.crm.orm, now)).toMatchObject({ sent: 0, failed: 0 });
    // a minute on, the retry goes through
    expect(await runDueReminders(system.services.crm.orm, new Date(now.getTime() + 61_000))).toMatchObject({ sent: 1 });
    expect((await deliveriesOf(the.retry)).map((d) => d.status)).toEqual(['DELIVERED', 'FAILED']);
    expect(await reminderOf(the.retryAppointment)).toMatchObject({ status: 'SENT', attempts: 2 });
    expect(provider.sent.filter((m) => m.idempotencyKey === `reminder:${the.retryAppointment}`)).toHaveLength(1);
  });

  it('keeps quiet hours: a reminder due inside them waits for their end, then goes', async () => {
    const clock = (at: Date) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
    const now = new Date();
    // quiet from five minutes ago to an hour from now (wrapping past midnight when it must)
    await ok('cs.admin', 'mutation ($input: SetReminderRuleInput!) { setReminderRule(input: $input) { departmentCode } }', {
      input: {
        departmentCode: 'ORTHO',
        daysBefore: 1,
        sendAt: '00:00',
        templateId: the.template,
        quietStart: clock(new Date(now.getTime() - 5 * 60_000)),
        quietEnd: clock(new Date(now.getTime() + 60 * 60_000)),
      },
    });
    const quiet = await customer('安静戊', true);
    const data = await ok('consult.staff', 'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }', {
      input: {
        type: 'REVISIT',
        departmentCode: 'ORTHO',
        doctorId: '01a30000-0000-7000-8000-0000000dffff',
        slotStart: slotAt(15).toISOString(),
        customerId: quiet,
      },
    });
    // a second booking, cancelled while its reminder waits: it is never sent
    const cancelledLater = await ok('consult.staff', 'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }', {
      input: {
        type: 'REVISIT',
        departmentCode: 'ORTHO',
        doctorId: '01a30000-0000-7000-8000-0000000dfffe',
        slotStart: slotAt(16).toISOString(),
        customerId: quiet,
      },
    });
    const before = provider.requests;
    expect(await runDueReminders(system.services.crm.orm, now)).toMatchObject({ sent: 0, failed: 0 });
    await ok('consult.staff', 'mutation ($id: ID!) { cancelAppointment(id: $id) { id } }', { id: cancelledLater.bookAppointment.id });
    expect(provider.requests).toBe(before);
    const waiting = (
      await sql(`select status, attempts, next_attempt_at from crm.appointment_reminder where appointment_id = $1`, [
        data.bookAppointment.id,
      ])
    )[0];
    expect(waiting).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(clock(waiting.next_attempt_at)).toBe(clock(new Date(now.getTime() + 60 * 60_000)));
    expect((await appointmentOf(data.bookAppointment.id)).confirmation.state).toBe('NOT_REMINDED');
    // when the quiet hours are over it is sent
    expect(await runDueReminders(system.services.crm.orm, new Date(now.getTime() + 61 * 60_000))).toMatchObject({ sent: 1 });
    expect(provider.sent.filter((m) => m.idempotencyKey === `reminder:${data.bookAppointment.id}`)).toHaveLength(1);
    expect(provider.sent.filter((m) => m.idempotencyKey === `reminder:${cancelledLater.bookAppointment.id}`)).toEqual([]);
    expect(await reminderOf(cancelledLater.bookAppointment.id)).toMatchObject({ status: 'NOT_NEEDED' });
    expect(await appointmentOf(cancelledLater.bookAppointment.id)).toMatchObject({
      status: 'CANCELLED',
      confirmation: { state: 'NOT_REMINDED' },
    });
  });

  it('a signed provider callback confirms; a bad signature, a stale timestamp and a replay are refused', async () => {
    const { provider_message_id: messageId } = await reminderOf(the.yesAppointment);
    const forged = await provider.reply(hookUrl, messageId, 'CONFIRM', { signature: 'ab'.repeat(32) });
    expect(forged).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED', reason: 'BAD_SIGNATURE' } });
    const unsigned = await fetch(hookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(unsigned.status).toBe(401);
    const stale = await provider.reply(hookUrl, messageId, 'CONFIRM', { timestamp: String(Math.floor(Date.now() / 1000) - 3600) });
    expect(stale).toMatchObject({ status: 401, body: { reason: 'STALE_TIMESTAMP' } });
    expect((await appointmentOf(the.yesAppointment)).confirmation.state).toBe('REMINDED');

    const accepted = await provider.reply(hookUrl, messageId, 'CONFIRM');
    expect(accepted).toMatchObject({ status: 200, body: { appointmentId: the.yesAppointment, state: 'CONFIRMED' } });
    const replay = await provider.reply(hookUrl, messageId, 'CONFIRM', { timestamp: accepted.timestamp, body: accepted.sentBody });
    expect(replay).toMatchObject({ status: 409, body: { reason: 'REPLAYED' } });

    const shown = await appointmentOf(the.yesAppointment);
    expect(shown).toMatchObject({ status: 'BOOKED', confirmation: { state: 'CONFIRMED', source: 'CUSTOMER_REPLY' } });
    expect(shown.confirmation.answeredAt).toBeTruthy();
  });

  it('forgets a callback digest once a replay of it would be refused as stale anyway, and keeps a recent one', async () => {
    const store = (digest: string, secondsAgo: number) =>
      sql(`insert into crm.provider_callback (id, digest, received_at) values (gen_random_uuid(), $1, now() - make_interval(secs => $2))`, [
        digest,
        secondsAgo,
      ]);
    await store('f'.repeat(64), 11 * 60);
    await store('e'.repeat(64), 60);
    await runDueReminders(system.services.crm.orm);
    const kept = (await sql(`select digest from crm.provider_callback where digest in ($1, $2)`, ['f'.repeat(64), 'e'.repeat(64)])).map(
      (r) => r.digest,
    );
    expect(kept).toEqual(['e'.repeat(64)]);
  });

  it('a signed CANCEL reply cancels the appointment and frees its slot', async () => {
    const { provider_message_id: messageId } = await reminderOf(the.retryAppointment);
    const cancelled = await provider.reply(hookUrl, messageId, 'CANCEL');
    expect(cancelled).toMatchObject({ status: 200, body: { state: 'DECLINED' } });
    expect(await appointmentOf(the.retryAppointment)).toMatchObject({
      status: 'CANCELLED',
      confirmation: { state: 'DECLINED', source: 'CUSTOMER_REPLY' },
    });
    expect((await sql(`select held_slot from crm.appointment where id = $1`, [the.retryAppointment]))[0].held_slot).toBeNull();
    // a late CONFIRM for a cancelled appointment changes nothing
    expect(await provider.reply(hookUrl, messageId, 'CONFIRM')).toMatchObject({ status: 409, body: { reason: 'NOT_BOOKED' } });
  });

  it('staff confirm in the portal: once, only a booked appointment, only front-line departments', async () => {
    the.phoneCustomer = await customer('电话丁', false);
    the.phoneAppointment = await book(the.phoneCustomer, 14);
    const CONFIRM = 'mutation ($id: ID!) { confirmAppointment(id: $id) { id status confirmation { state source } } }';
    expect((await system.as('cs.staff', CONFIRM, { id: the.phoneAppointment })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const confirmed = await ok('guide', CONFIRM, { id: the.phoneAppointment });
    expect(confirmed.confirmAppointment).toEqual({
      id: the.phoneAppointment,
      status: 'BOOKED',
      confirmation: { state: 'CONFIRMED', source: 'STAFF' },
    });
    await ok('guide', CONFIRM, { id: the.phoneAppointment });
    expect(await sql(`select state, source from crm.appointment_confirmation where appointment_id = $1`, [the.phoneAppointment])).toEqual([
      { state: 'CONFIRMED', source: 'STAFF' },
    ]);
    const cancelled = await system.as('guide', CONFIRM, { id: the.retryAppointment });
    expect(cancelled.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_BOOKED' });
    const missing = await system.as('guide', CONFIRM, { id: '01a30000-0000-7000-8000-00000000beef' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
