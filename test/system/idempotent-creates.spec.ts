import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { eventually } from '@careline/service-kit/testing';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';

// Every create a client may retry takes an idempotency key (docs/input-and-retries.md), through the
// gateway as the portal sends it: the same key and input twice, one after the other or at the same
// moment, make one row and answer the same id; the key reused for another input is CONFLICT.

let system: RunningSystem;
let db: pg.Client;
const fixture: Record<string, string> = {};

const ok = async <T = any>(who: DemoUser, query: string, variables?: object): Promise<T> => {
  const r = await system.as(who, query, variables);
  expect(r.errors, `${who}: ${query.slice(0, 80)}`).toBeUndefined();
  return r.data as T;
};
const count = async (table: string) => Number((await db.query(`select count(*) as n from ${table}`)).rows[0].n);
const hospitalDay = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
const phoneOf = (n: number) => `1390${String(n).padStart(7, '0')}`;
/** a whole hour `n` hours from now: each booking its own slot */
const slot = (n: number) => new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + n * 3_600_000).toISOString();

interface Create {
  mutation: string;
  who: DemoUser;
  table: string;
  /** the document; `$input` and, for createKeyAccount, `$idempotencyKey` */
  document: string;
  /** a fresh input (n makes it unique), with the key where the input carries it */
  input: (n: number, key: string) => Record<string, unknown>;
  /** set up what input(n) needs (a customer of its own for an enrolment, a key account for a partner) */
  prepare?: (n: number) => Promise<void>;
}

const CREATES: Create[] = [
  {
    mutation: 'createCustomer',
    who: 'cs.staff',
    table: 'crm.customer',
    document: 'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
    input: (n, key) => ({ idempotencyKey: key, name: `幂等${n}`, phone: phoneOf(n), channel: 'PHONE' }),
  },
  {
    mutation: 'registerCustomer',
    who: 'cs.staff',
    table: 'crm.customer',
    document: 'mutation ($input: CreateCustomerInput!) { registerCustomer(input: $input) { customer { id } existing } }',
    input: (n, key) => ({ idempotencyKey: key, name: `登记${n}`, phone: phoneOf(1000 + n), channel: 'PHONE' }),
  },
  {
    mutation: 'registerConsultation',
    who: 'consult.staff',
    table: 'crm.consultation',
    document: 'mutation ($input: RegisterConsultationInput!) { registerConsultation(input: $input) { id } }',
    input: (n, key) => ({ idempotencyKey: key, phone: phoneOf(2000 + n), channel: 'PHONE', outcome: 'FOLLOW_UP_LATER', name: `咨询${n}` }),
  },
  {
    mutation: 'bookAppointment',
    who: 'consult.staff',
    table: 'crm.appointment',
    document: 'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }',
    input: (n, key) => ({
      idempotencyKey: key,
      type: 'TREATMENT',
      departmentCode: 'DENTAL',
      doctorId: '01a30000-0000-7000-8000-00000000d0c1',
      slotStart: slot(n + 1),
      customerId: fixture.customerId,
    }),
  },
  {
    mutation: 'registerVisit',
    who: 'guide',
    table: 'crm.visit',
    document: 'mutation ($input: RegisterVisitInput!) { registerVisit(input: $input) { id } }',
    input: (n, key) => ({
      idempotencyKey: key,
      customerId: fixture.customerId,
      type: n % 2 ? 'TREATMENT' : 'EXPERT',
      departmentCode: 'DENTAL',
    }),
  },
  {
    mutation: 'createFollowUp',
    who: 'cs.staff',
    table: 'crm.follow_up_task',
    document: 'mutation ($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }',
    input: (n, key) => ({
      idempotencyKey: key,
      customerId: fixture.customerId,
      type: 'SATISFACTION',
      dueDate: hospitalDay(new Date(Date.now() + (n + 1) * 86_400_000)),
    }),
  },
  {
    mutation: 'receiveComplaint',
    who: 'cs.staff',
    table: 'crm.complaint',
    document: 'mutation ($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { id } }',
    input: (n, key) => ({
      idempotencyKey: key,
      customerId: fixture.customerId,
      channel: 'PHONE',
      category: 'BILLING',
      severity: 'LOW',
      description: `收费问题 ${n}`,
    }),
  },
  {
    mutation: 'createKeyAccount',
    who: 'director',
    table: 'crm.key_account',
    document:
      'mutation ($input: KeyAccountInput!, $idempotencyKey: String) { createKeyAccount(input: $input, idempotencyKey: $idempotencyKey) { id } }',
    input: (n) => ({ name: `幂等机构${n}`, kind: 'INSTITUTION' }),
  },
  {
    mutation: 'scheduleMessage',
    who: 'cs.admin',
    table: 'crm.message_send',
    document: 'mutation ($input: ScheduleMessageInput!) { scheduleMessage(input: $input) { id } }',
    input: (n, key) => ({ idempotencyKey: key, templateId: fixture.templateId, segment: { search: `幂等${n}` } }),
  },
  {
    mutation: 'enrollMember',
    who: 'member.admin',
    table: 'members.membership',
    document: 'mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id } }',
    prepare: async (n) => {
      const { registerCustomer } = await ok(
        'cs.staff',
        'mutation ($i: CreateCustomerInput!) { registerCustomer(input: $i) { customer { id } } }',
        {
          i: { name: `会员${n}`, phone: phoneOf(3000 + n), channel: 'PHONE' },
        },
      );
      fixture[`member${n}`] = registerCustomer.customer.id;
      // members learns of the customer through crm's event
      await eventually(
        async () =>
          ((await db.query(`select 1 from members.known_customer where customer_id = $1`, [fixture[`member${n}`]])).rowCount ?? 0) > 0,
      );
    },
    input: (n, key) => ({ idempotencyKey: key, customerId: fixture[`member${n}`] }),
  },
  {
    mutation: 'createGift',
    who: 'member.admin',
    table: 'members.gift',
    document: 'mutation ($input: CreateGiftInput!) { createGift(input: $input) { id } }',
    input: (n, key) => ({ idempotencyKey: key, name: `幂等礼品${n}`, kind: 'GOODS', pointsPrice: 100, stock: 1 }),
  },
  {
    mutation: 'createActivity',
    who: 'member.admin',
    table: 'members.activity',
    document: 'mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }',
    input: (n, key) => ({
      idempotencyKey: key,
      title: `幂等活动${n}`,
      kind: 'LECTURE',
      startsAt: slot(48 + n),
      endsAt: slot(50 + n),
      targetTiers: ['ORDINARY'],
      capacity: 10,
      budgetFen: 100,
    }),
  },
  {
    mutation: 'createStaff',
    who: 'director',
    table: 'identity.staff',
    document: 'mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id } }',
    input: (n, key) => ({
      idempotencyKey: key,
      name: `幂等${n}`,
      departmentCode: 'CUSTOMER_SERVICE',
      position: 'CS_MANAGER',
      username: `idem.${n}`,
      password: 'Careline#2026-idem',
    }),
  },
  {
    mutation: 'createPartnerOrganisation',
    who: 'director',
    table: 'identity.partner_organisation',
    document: 'mutation ($input: CreatePartnerOrganisationInput!) { createPartnerOrganisation(input: $input) { id } }',
    prepare: async (n) => {
      const { createKeyAccount } = await ok('director', 'mutation ($i: KeyAccountInput!) { createKeyAccount(input: $i) { id } }', {
        i: { name: `伙伴机构${n}`, kind: 'INSTITUTION' },
      });
      fixture[`keyAccount${n}`] = createKeyAccount.id;
    },
    input: (n, key) => ({ idempotencyKey: key, name: `幂等伙伴${n}`, keyAccountId: fixture[`keyAccount${n}`] }),
  },
];

beforeAll(async () => {
  system = await startSystem();
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
  const { registerCustomer } = await ok(
    'cs.staff',
    'mutation ($i: CreateCustomerInput!) { registerCustomer(input: $i) { customer { id } } }',
    {
      i: { name: '幂等客户', phone: '13911112222', channel: 'PHONE' },
    },
  );
  fixture.customerId = registerCustomer.customer.id;
  const today = hospitalDay(new Date());
  const staffId = async (who: DemoUser) => (await ok(who, '{ me { id } }')).me.id as string;
  await ok('onsite.admin', 'mutation ($i: SetDutyRosterInput!) { setDutyRoster(input: $i) { day } }', {
    i: { day: today, consultantIds: [await staffId('onsite.a'), await staffId('onsite.b')] },
  });
  fixture.templateId = (await ok('cs.admin', '{ messageTemplates { id } }')).messageTemplates[0].id;
}, 120_000);
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

describe('creates a client may retry take an idempotency key', () => {
  const send = (create: Create, n: number, key: string) => {
    const input = create.input(n, key);
    const variables = create.mutation === 'createKeyAccount' ? { input, idempotencyKey: key } : { input };
    return system.as(create.who, create.document, variables);
  };
  const idOf = (create: Create, data: any) =>
    create.mutation === 'registerCustomer' ? data.registerCustomer.customer.id : data[create.mutation].id;

  it.each(CREATES.map((c) => [c.mutation, c] as const))(
    '%s: a retry with the same key makes one row, two at once make one row, the key with another input is CONFLICT',
    async (_name, create) => {
      await create.prepare?.(1);
      await create.prepare?.(2);
      const before = await count(create.table);

      // a retry after the first answer (a timeout the client did not see the end of)
      const key = randomUUID();
      const first = await send(create, 1, key);
      expect(first.errors).toBeUndefined();
      const retry = await send(create, 1, key);
      expect(retry.errors).toBeUndefined();
      expect(idOf(create, retry.data)).toBe(idOf(create, first.data));
      expect(await count(create.table)).toBe(before + 1);

      // two at once (a double click, a retry racing the first)
      const concurrentKey = randomUUID();
      const [a, b] = await Promise.all([send(create, 2, concurrentKey), send(create, 2, concurrentKey)]);
      expect(a.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      expect(idOf(create, a.data)).toBe(idOf(create, b.data));
      expect(await count(create.table)).toBe(before + 2);

      // the same key for another request
      const reused = await send(create, 2, key);
      expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' });
      expect(await count(create.table)).toBe(before + 2);
    },
  );
});
