import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Events, newId, type BirthdayGreetingDueData, type DomainEvent } from '@careline/service-kit';
import {
  createTestDatabase,
  eventually,
  startTestService,
  testCallers,
  type TestDatabase,
  type TestService,
} from '@careline/service-kit/testing';
import { crmService } from '../src/service.js';
import { RecordingProvider, setMessageProvider } from '../src/modules/message/message.provider.js';
import { runHolidayGreetings } from '../src/modules/message/message.service.js';
import { countRows, staff } from './support.js';

const CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const TEMPLATE = `mutation ($input: MessageTemplateInput!) { createMessageTemplate(input: $input) { id code kind } }`;
const SCHEDULE = `mutation ($input: ScheduleMessageInput!) { scheduleMessage(input: $input) { id status scheduledAt } }`;
const SEND = `query ($id: ID!) { messageSend(id: $id) { id status sent skippedNoConsent } }`;
const DELIVERIES = `query ($sendId: ID, $customerId: ID) { messageDeliveries(sendId: $sendId, customerId: $customerId, first: 100) { totalCount nodes { customerId body status provider deliveredAt } } }`;

const csAdmin = testCallers.csAdmin;
let nextPhone = 1000;
const phone = () => `1330000${String(nextPhone++).padStart(4, '0')}`;

describe('messages: templates, segments, consent, delivery log, birthday and holiday greetings', () => {
  let db: TestDatabase;
  let crm: TestService;
  const provider = new RecordingProvider();
  const customer = async (name: string, input: Record<string, unknown> = {}) => {
    const { data, errors } = await crm.request(
      CUSTOMER,
      { input: { name, phone: phone(), channel: 'CAMPAIGN', ...input } },
      undefined,
      testCallers.csStaff,
    );
    expect(errors).toBeUndefined();
    return data.createCustomer.id as string;
  };

  beforeAll(async () => {
    setMessageProvider(provider);
    db = await createTestDatabase();
    crm = await startTestService(crmService, db.url);
  });
  afterAll(async () => {
    await crm?.stop();
    await db?.drop();
  });

  it('sends a campaign only to the consenting customers of the segment, fills the variables and logs each delivery as delivered', async () => {
    const yes = await customer('同意甲', { tags: ['春季活动'], marketingConsent: true });
    const no = await customer('拒绝乙', { tags: ['春季活动'], marketingConsent: false });
    await customer('别的标签', { tags: ['其他'], marketingConsent: true });
    const template = await crm.request(
      TEMPLATE,
      { input: { code: 'SPRING_PROMO', kind: 'CAMPAIGN', title: '春季活动', body: '{{name}}您好，{{offer}}' } },
      undefined,
      csAdmin,
    );
    expect(template.errors).toBeUndefined();
    const { data, errors } = await crm.request(
      SCHEDULE,
      {
        input: {
          templateId: template.data.createMessageTemplate.id,
          segment: { tag: '春季活动' },
          variables: [{ key: 'offer', value: '洁牙八折' }],
        },
      },
      undefined,
      csAdmin,
    );
    expect(errors).toBeUndefined();
    const done = await eventually(async () => {
      const s = (await crm.request(SEND, { id: data.scheduleMessage.id }, undefined, csAdmin)).data.messageSend;
      return s.status === 'DONE' && s;
    });
    expect(done).toMatchObject({ sent: 1, skippedNoConsent: 1 });
    const log = await crm.request(DELIVERIES, { sendId: data.scheduleMessage.id }, undefined, csAdmin);
    expect(log.data.messageDeliveries).toMatchObject({
      totalCount: 1,
      nodes: [{ customerId: yes, body: '同意甲您好，洁牙八折', status: 'DELIVERED', provider: 'recording' }],
    });
    expect(provider.sent.filter((m) => m.customerId === no)).toEqual([]);
    expect(provider.sent.filter((m) => m.customerId === yes)).toHaveLength(1);
  });

  it('sends a scheduled message only once its time has come', async () => {
    await customer('定时', { tags: ['定时'], marketingConsent: true });
    const template = await crm.request(
      TEMPLATE,
      { input: { code: 'LATER', kind: 'CAMPAIGN', title: 't', body: '{{name}}' } },
      undefined,
      csAdmin,
    );
    const at = new Date(Date.now() + 3000);
    const { data } = await crm.request(
      SCHEDULE,
      { input: { templateId: template.data.createMessageTemplate.id, segment: { tag: '定时' }, scheduledAt: at.toISOString() } },
      undefined,
      csAdmin,
    );
    expect((await crm.request(SEND, { id: data.scheduleMessage.id }, undefined, csAdmin)).data.messageSend.status).toBe('SCHEDULED');
    await eventually(
      async () => (await crm.request(SEND, { id: data.scheduleMessage.id }, undefined, csAdmin)).data.messageSend.status === 'DONE',
      20_000,
    );
    const log = await crm.request(DELIVERIES, { sendId: data.scheduleMessage.id }, undefined, csAdmin);
    expect(new Date(log.data.messageDeliveries.nodes[0].deliveredAt).getTime()).toBeGreaterThanOrEqual(at.getTime() - 1000);
  });

  it('sends the birthday template once for a BirthdayGreetingDue delivered twice, and nothing to a customer without consent', async () => {
    const consenting = await customer('寿星', { marketingConsent: true, birthDate: '1980-11-24' });
    const refusing = await customer('不要短信', { marketingConsent: false, birthDate: '1980-11-24' });
    const due = (customerId: string): DomainEvent<BirthdayGreetingDueData> => ({
      id: newId(),
      type: Events.BirthdayGreetingDue,
      source: 'members',
      occurredAt: new Date().toISOString(),
      data: { membershipId: newId(), customerId, birthday: '2026-11-24', tier: 'GOLD' },
    });
    const event = due(consenting);
    await crm.bus.jobs.send(`crm.${Events.BirthdayGreetingDue}`, event);
    await crm.bus.jobs.send(`crm.${Events.BirthdayGreetingDue}`, event);
    await crm.orm.em.fork().transactional((em) => crm.bus.publish(em, Events.BirthdayGreetingDue, due(consenting).data));
    await crm.bus.jobs.send(`crm.${Events.BirthdayGreetingDue}`, due(refusing));
    const log = await eventually(async () => {
      const answer = await crm.request(DELIVERIES, { customerId: consenting }, undefined, csAdmin);
      return answer.data.messageDeliveries.totalCount === 1 && answer.data.messageDeliveries;
    });
    expect(log.nodes[0].body).toContain('寿星，祝您生日快乐');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await countRows(crm, `select count(*)::int as count from crm.message_delivery where customer_id = ?`, [consenting])).toBe(1);
    expect(await countRows(crm, `select count(*)::int as count from crm.message_delivery where customer_id = ?`, [refusing])).toBe(0);
  });

  it('the holiday job greets every consenting customer on the holiday, once however often it runs', async () => {
    const id = await customer('节日', { marketingConsent: true });
    const nationalDay = new Date('2026-10-01T02:00:00Z');
    const first = await runHolidayGreetings(crm.orm, nationalDay);
    expect(first).toBeGreaterThanOrEqual(1);
    expect(await runHolidayGreetings(crm.orm, nationalDay)).toBe(0);
    expect(await runHolidayGreetings(crm.orm, new Date('2026-10-02T02:00:00Z'))).toBe(0);
    const log = await crm.request(DELIVERIES, { customerId: id }, undefined, csAdmin);
    expect(log.data.messageDeliveries.nodes.map((n: { body: string }) => n.body)).toEqual(['节日，国庆节快乐！']);
    expect(
      await countRows(
        crm,
        `select count(*)::int as count from crm.message_delivery d join crm.customer c on c.id = d.customer_id where c.marketing_consent = false`,
      ),
    ).toBe(0);
  });

  it('edits a template and the holiday job skips an inactive one', async () => {
    await customer('元旦客', { marketingConsent: true });
    const templates = (await crm.request(`query { messageTemplates { id code } }`, {}, undefined, csAdmin)).data.messageTemplates;
    const newYear = templates.find((t: { code: string }) => t.code === 'NEW_YEAR');
    const { data, errors } = await crm.request(
      `mutation ($id: ID!) { updateMessageTemplate(id: $id, input: { body: "{{name}}，元旦快乐", active: false }) { body active } }`,
      { id: newYear.id },
      undefined,
      csAdmin,
    );
    expect(errors).toBeUndefined();
    expect(data.updateMessageTemplate).toEqual({ body: '{{name}}，元旦快乐', active: false });
    expect(await runHolidayGreetings(crm.orm, new Date('2027-01-01T02:00:00Z'))).toBe(0);
    await crm.request(
      `mutation ($id: ID!) { updateMessageTemplate(id: $id, input: { active: true }) { active } }`,
      { id: newYear.id },
      undefined,
      csAdmin,
    );
    expect(await runHolidayGreetings(crm.orm, new Date('2027-01-01T02:00:00Z'))).toBeGreaterThan(0);
  });

  it('puts the holiday job on the pg-boss schedule daily at 09:00 Asia/Shanghai', async () => {
    const schedules = await crm.bus.jobs.getSchedules('crm.holiday-greetings');
    expect(schedules).toEqual([expect.objectContaining({ name: 'crm.holiday-greetings', cron: '0 9 * * *', timezone: 'Asia/Shanghai' })]);
  });

  it('lets only customer-service and member-centre admins and the director work on messages', async () => {
    for (const caller of [testCallers.csStaff, staff('DEPT_ADMIN', 'KEY_ACCOUNT'), testCallers.finance]) {
      const { errors } = await crm.request(`query { messageTemplates { id } }`, {}, undefined, caller);
      expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    for (const caller of [testCallers.director, csAdmin, staff('DEPT_ADMIN', 'MEMBER_CENTRE')]) {
      const { data, errors } = await crm.request(`query { messageTemplates { code } }`, {}, undefined, caller);
      expect(errors).toBeUndefined();
      expect(data.messageTemplates.map((t: { code: string }) => t.code)).toContain('BIRTHDAY_DEFAULT');
    }
  });
});
