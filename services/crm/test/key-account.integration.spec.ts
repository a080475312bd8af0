import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Events, newId, type DomainEvent, type KeyAccountRiskRaisedData } from '@careline/service-kit';
import {
  createTestDatabase,
  eventually,
  startTestService,
  testCallers,
  type TestDatabase,
  type TestService,
} from '@careline/service-kit/testing';
import { crmService } from '../src/service.js';
import { partner, staff } from './support.js';

const CREATE = `mutation ($input: KeyAccountInput!) { createKeyAccount(input: $input) { id name kind accountManagerId servicePlan { visitProcess expertTeam discountPolicy valueAddedServices } contacts { name title phone } } }`;
const SCORE = `mutation ($input: KeyAccountScoreInput!) { scoreKeyAccount(input: $input) { id total scoredOn demandVolume } }`;
const RISK = `mutation ($input: KeyAccountRiskInput!) { assessKeyAccountRisk(input: $input) { score level previousLevel warningRaised } }`;
const MEETING = `mutation ($input: KeyAccountMeetingInput!) { recordKeyAccountMeeting(input: $input) { id kind summary } }`;
const DETAIL = `query ($id: ID!) { keyAccount(id: $id) { id name score riskScore riskLevel scores { total scoredOn } riskAssessments { level warningRaised } meetings { summary } customers { totalCount nodes { id name } } } }`;
const ROSTER = `query ($id: ID!) { keyAccount(id: $id) { id name customers { totalCount nodes { id name } } } }`;
const CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const LIST_CUSTOMERS = `query { customers(first: 100) { totalCount nodes { id name } } }`;

const keyStaff = staff('STAFF', 'KEY_ACCOUNT', '客户经理');
let nextPhone = 1000;
const phone = () => `1350000${String(nextPhone++).padStart(4, '0')}`;

describe('key accounts: scores, risk warnings, meetings, rosters and partners', () => {
  let db: TestDatabase;
  let crm: TestService;
  const raised: DomainEvent<KeyAccountRiskRaisedData>[] = [];
  let acme: { id: string };
  let other: { id: string };
  const customer = async (name: string, keyAccountId: string | null) => {
    const { data, errors } = await crm.request(
      CUSTOMER,
      { input: { name, phone: phone(), channel: 'PARTNER', keyAccountId } },
      undefined,
      testCallers.csStaff,
    );
    expect(errors).toBeUndefined();
    return data.createCustomer.id as string;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    crm = await startTestService(crmService, db.url);
    await crm.bus.subscribe<KeyAccountRiskRaisedData>('probe', Events.KeyAccountRiskRaised, async (e) => void raised.push(e));
    const a = await crm.request(
      CREATE,
      {
        input: {
          name: '某保险公司',
          kind: 'INSTITUTION',
          accountManagerId: keyStaff.id,
          servicePlan: {
            visitProcess: '绿色通道',
            expertTeam: '种植专家组',
            discountPolicy: '九折',
            valueAddedServices: ['健康讲座', '陪诊'],
          },
          contacts: [{ name: '王经理', title: '人事', phone: '13800000000' }],
        },
      },
      undefined,
      keyStaff,
    );
    expect(a.errors).toBeUndefined();
    acme = a.data.createKeyAccount;
    other = (await crm.request(CREATE, { input: { name: '某学校', kind: 'INSTITUTION' } }, undefined, testCallers.director)).data
      .createKeyAccount;
  });
  afterAll(async () => {
    await crm?.stop();
    await db?.drop();
  });

  it('creates a key account with its service plan, manager and contacts', () => {
    expect(acme).toMatchObject({
      name: '某保险公司',
      kind: 'INSTITUTION',
      accountManagerId: keyStaff.id,
      servicePlan: { visitProcess: '绿色通道', valueAddedServices: ['健康讲座', '陪诊'] },
      contacts: [{ name: '王经理', title: '人事' }],
    });
  });

  it('keeps every identification score with its date, the latest as the account score', async () => {
    await crm.request(
      SCORE,
      {
        input: {
          keyAccountId: acme.id,
          demandVolume: 80,
          spendingPower: 60,
          influence: 40,
          cooperationPotential: 20,
          scoredOn: '2026-01-10',
        },
      },
      undefined,
      keyStaff,
    );
    const second = await crm.request(
      SCORE,
      {
        input: {
          keyAccountId: acme.id,
          demandVolume: 90,
          spendingPower: 90,
          influence: 90,
          cooperationPotential: 90,
          scoredOn: '2026-06-10',
        },
      },
      undefined,
      keyStaff,
    );
    expect(second.data.scoreKeyAccount).toMatchObject({ total: 90, scoredOn: '2026-06-10' });
    const { data } = await crm.request(DETAIL, { id: acme.id }, undefined, keyStaff);
    expect(data.keyAccount.score).toBe(90);
    expect(data.keyAccount.scores).toEqual([
      { total: 90, scoredOn: '2026-06-10' },
      { total: 50, scoredOn: '2026-01-10' },
    ]);
  });

  it("dates a score given without a date on the hospital's day, which runs eight hours ahead of UTC's", async () => {
    // 01:30 on 2 January in Shanghai is still 1 January in UTC
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2030-01-01T17:30:00Z') });
    try {
      const scored = await crm.request(
        SCORE,
        { input: { keyAccountId: other.id, demandVolume: 50, spendingPower: 50, influence: 50, cooperationPotential: 50 } },
        undefined,
        keyStaff,
      );
      expect(scored.errors).toBeUndefined();
      expect(scored.data.scoreKeyAccount).toMatchObject({ total: 50, scoredOn: '2030-01-02' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses a score outside 0–100', async () => {
    const { errors } = await crm.request(
      SCORE,
      { input: { keyAccountId: acme.id, demandVolume: 101, spendingPower: 0, influence: 0, cooperationPotential: 0 } },
      undefined,
      keyStaff,
    );
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'demandVolume', reason: 'SCORE_INVALID' });
  });

  it('scores risk indicators into a level and raises KeyAccountRiskRaised only when the level worsens', async () => {
    const low = await crm.request(
      RISK,
      { input: { keyAccountId: acme.id, financialStatus: 10, operatingStability: 10, cooperationHistory: 10 } },
      undefined,
      keyStaff,
    );
    expect(low.data.assessKeyAccountRisk).toEqual({ score: 10, level: 'LOW', previousLevel: null, warningRaised: false });
    const high = await crm.request(
      RISK,
      { input: { keyAccountId: acme.id, financialStatus: 90, operatingStability: 50, cooperationHistory: 40 } },
      undefined,
      keyStaff,
    );
    expect(high.data.assessKeyAccountRisk).toEqual({ score: 63, level: 'HIGH', previousLevel: 'LOW', warningRaised: true });
    const better = await crm.request(
      RISK,
      { input: { keyAccountId: acme.id, financialStatus: 30, operatingStability: 30, cooperationHistory: 30 } },
      undefined,
      keyStaff,
    );
    expect(better.data.assessKeyAccountRisk).toEqual({ score: 30, level: 'MEDIUM', previousLevel: 'HIGH', warningRaised: false });
    const event = await eventually(async () => raised.find((e) => e.data.keyAccountId === acme.id));
    expect(event.data).toMatchObject({ keyAccountId: acme.id, previousLevel: 'LOW', level: 'HIGH', score: 63 });
    await new Promise((r) => setTimeout(r, 500));
    expect(raised.filter((e) => e.data.keyAccountId === acme.id)).toHaveLength(1);
    const { data } = await crm.request(DETAIL, { id: acme.id }, undefined, keyStaff);
    expect(data.keyAccount).toMatchObject({ riskScore: 30, riskLevel: 'MEDIUM' });
    expect(data.keyAccount.riskAssessments.map((r: { level: string }) => r.level)).toEqual(['MEDIUM', 'HIGH', 'LOW']);
  });

  it('keeps the meeting log', async () => {
    await crm.request(
      MEETING,
      { input: { keyAccountId: acme.id, kind: 'QUARTERLY', heldAt: '2026-03-31T02:00:00Z', summary: '季度回顾' } },
      undefined,
      keyStaff,
    );
    const { data } = await crm.request(DETAIL, { id: acme.id }, undefined, keyStaff);
    expect(data.keyAccount.meetings).toEqual([{ summary: '季度回顾' }]);
  });

  it('lets a partner organisation read its own roster and nothing else: not other accounts, scores, nor the hospital’s stage, class and tags', async () => {
    const mine = await customer('保险员工甲', acme.id);
    await customer('学校老师', other.id);
    await customer('散客', null);
    const acmeKey = partner(acme.id);

    const own = await crm.request(ROSTER, { id: acme.id }, undefined, acmeKey);
    expect(own.errors).toBeUndefined();
    expect(own.data.keyAccount.customers).toEqual({ totalCount: 1, nodes: [{ id: mine, name: '保险员工甲' }] });

    const foreign = await crm.request(ROSTER, { id: other.id }, undefined, acmeKey);
    expect(foreign.data.keyAccount).toBeNull();
    expect(foreign.errors?.[0].extensions.code).toBe('NOT_FOUND');

    const all = await crm.request(LIST_CUSTOMERS, {}, undefined, acmeKey);
    expect(all.data.customers.nodes.map((n: { name: string }) => n.name)).toEqual(['保险员工甲']);

    const scores = await crm.request(
      `query ($id: ID!) { keyAccount(id: $id) { id riskLevel scores { total } } }`,
      { id: acme.id },
      undefined,
      acmeKey,
    );
    expect(scores.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(JSON.stringify(scores.data)).not.toContain('total');

    const internal = await crm.request(
      `query ($id: ID!) { customer(id: $id) { id name stage customerClass tags } }`,
      { id: mine },
      undefined,
      acmeKey,
    );
    expect(internal.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(JSON.stringify(internal.data)).not.toContain('POTENTIAL');
    const byClass = await crm.request(`{ customers(filter: { customerClass: A }) { totalCount } }`, {}, undefined, acmeKey);
    expect(byClass.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FILTER_NOT_ALLOWED' });

    const write = await crm.request(
      SCORE,
      { input: { keyAccountId: acme.id, demandVolume: 1, spendingPower: 1, influence: 1, cooperationPotential: 1 } },
      undefined,
      acmeKey,
    );
    expect(write.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('answers myKeyAccount to a partner with its own roster, and shows a customer’s key account by name', async () => {
    const mine = await customer('保险员工乙', acme.id);
    const { data, errors } = await crm.request(
      `{ myKeyAccount { id name customers(first: 100) { nodes { name } } } }`,
      {},
      undefined,
      partner(acme.id),
    );
    expect(errors).toBeUndefined();
    expect(data.myKeyAccount.id).toBe(acme.id);
    expect(data.myKeyAccount.customers.nodes.map((n: { name: string }) => n.name)).toContain('保险员工乙');
    const staffOnly = await crm.request(`{ myKeyAccount { id } }`, {}, undefined, keyStaff);
    expect(staffOnly.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const viaCustomer = await crm.request(
      `query ($id: ID!) { customer(id: $id) { keyAccount { id name } } }`,
      { id: mine },
      undefined,
      testCallers.csStaff,
    );
    expect(viaCustomer.data.customer.keyAccount).toEqual({ id: acme.id, name: '某保险公司' });
  });

  it('creates a key account under the id a partner organisation was registered against, once: taken is CONFLICT, not a UUID is refused', async () => {
    const promised = newId();
    const WITH_ID = `mutation ($id: ID, $input: KeyAccountInput!) { createKeyAccount(id: $id, input: $input) { id name } }`;
    const created = await crm.request(WITH_ID, { id: promised, input: { name: '合作机构', kind: 'INSTITUTION' } }, undefined, keyStaff);
    expect(created.errors).toBeUndefined();
    expect(created.data.createKeyAccount).toEqual({ id: promised, name: '合作机构' });
    await customer('合作机构员工', promised);
    const roster = await crm.request(`{ myKeyAccount { id customers { nodes { name } } } }`, {}, undefined, partner(promised));
    expect(roster.data.myKeyAccount).toEqual({ id: promised, customers: { nodes: [{ name: '合作机构员工' }] } });
    const again = await crm.request(WITH_ID, { id: promised, input: { name: '另一机构', kind: 'VIP' } }, undefined, keyStaff);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'KEY_ACCOUNT_EXISTS' });
    const bad = await crm.request(WITH_ID, { id: 'not-a-uuid', input: { name: '坏编号', kind: 'VIP' } }, undefined, keyStaff);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ID_INVALID' });
    // nothing written on the refused creates: the account keeps its name, no account took the other names
    const accounts = await crm.request(`{ keyAccounts(first: 100) { nodes { name } } }`, {}, undefined, keyStaff);
    const names = accounts.data.keyAccounts.nodes.map((n: { name: string }) => n.name);
    expect(names).toContain('合作机构');
    expect(names).not.toContain('另一机构');
    expect(names).not.toContain('坏编号');
  });

  it('updates a key account and links or unlinks customers to its roster', async () => {
    const updated = await crm.request(
      `mutation ($id: ID!) { updateKeyAccount(id: $id, input: { name: "某学校（新校区）", contacts: [{ name: "李老师" }] }) { name kind contacts { name } } }`,
      { id: other.id },
      undefined,
      keyStaff,
    );
    expect(updated.data.updateKeyAccount).toEqual({ name: '某学校（新校区）', kind: 'INSTITUTION', contacts: [{ name: '李老师' }] });
    const walkIn = await customer('后加入', null);
    const link = `mutation ($c: ID!, $k: ID) { linkCustomerToKeyAccount(customerId: $c, keyAccountId: $k) { id keyAccountId } }`;
    expect((await crm.request(link, { c: walkIn, k: other.id }, undefined, keyStaff)).data.linkCustomerToKeyAccount.keyAccountId).toBe(
      other.id,
    );
    const roster = async () =>
      (await crm.request(ROSTER, { id: other.id }, undefined, keyStaff)).data.keyAccount.customers.nodes.map((n: { id: string }) => n.id);
    expect(await roster()).toContain(walkIn);
    await crm.request(link, { c: walkIn, k: null }, undefined, keyStaff);
    expect(await roster()).not.toContain(walkIn);
  });

  it('analyses the account’s people: visits, deals, spend, diseases and satisfaction', async () => {
    const account = (await crm.request(CREATE, { input: { name: '分析单位', kind: 'INSTITUTION' } }, undefined, keyStaff)).data
      .createKeyAccount;
    const a = await customer('分析甲', account.id);
    await customer('分析乙', account.id);
    const conn = crm.orm.em.getConnection();
    await conn.execute(
      `insert into crm.visit (id, customer_id, type, department_code, arrived_at) values (?, ?, 'TREATMENT', 'ONSITE', now()), (?, ?, 'REVISIT', 'ONSITE', now())`,
      [newId(), a, newId(), a],
    );
    await conn.execute(
      `insert into crm.customer_deal (receipt_number, customer_id, visit_id, amount_fen, occurred_at) values ('A-1', ?, ?, 150000, now()), ('A-2', ?, ?, 50000, now())`,
      [a, newId(), a, newId()],
    );
    await conn.execute(
      `insert into crm.consultation (id, customer_id, phone, channel, consultant_id, consulted_at, outcome, created_at, disease_type) values (?, ?, '13700000001', 'PHONE', ?, now(), 'BOOKED', now(), '种植'), (?, ?, '13700000001', 'PHONE', ?, now(), 'BOOKED', now(), '种植'), (?, ?, '13700000001', 'PHONE', ?, now(), 'BOOKED', now(), '正畸')`,
      [newId(), a, newId(), newId(), a, newId(), newId(), a, newId()],
    );
    await conn.execute(
      `insert into crm.follow_up_task (id, customer_id, type, due_date, department_code, created_at, satisfaction) values (?, ?, 'SATISFACTION', current_date, 'CUSTOMER_SERVICE', now(), 4), (?, ?, 'SATISFACTION', current_date, 'CUSTOMER_SERVICE', now(), 5)`,
      [newId(), a, newId(), a],
    );
    const { data, errors } = await crm.request(
      `query ($id: ID!) { keyAccount(id: $id) { analysis { customers visits deals spendFen satisfaction diseaseTypes { diseaseType count } } } }`,
      { id: account.id },
      undefined,
      keyStaff,
    );
    expect(errors).toBeUndefined();
    expect(data.keyAccount.analysis).toEqual({
      customers: 2,
      visits: 2,
      deals: 2,
      spendFen: 200000,
      satisfaction: 4.5,
      diseaseTypes: [
        { diseaseType: '种植', count: 2 },
        { diseaseType: '正畸', count: 1 },
      ],
    });
    const asPartner = await crm.request(
      `query ($id: ID!) { keyAccount(id: $id) { analysis { deals } } }`,
      { id: account.id },
      undefined,
      partner(account.id),
    );
    expect(asPartner.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('answers _entities for KeyAccount with null for a partner asking for another account', async () => {
    const { data } = await crm.request(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on KeyAccount { id name } } }`,
      {
        reps: [
          { __typename: 'KeyAccount', id: acme.id },
          { __typename: 'KeyAccount', id: other.id },
        ],
      },
      undefined,
      partner(acme.id),
    );
    expect(data._entities).toEqual([{ id: acme.id, name: '某保险公司' }, null]);
  });

  it('refuses key accounts to staff of other departments', async () => {
    const { errors } = await crm.request(DETAIL, { id: acme.id }, undefined, testCallers.csStaff);
    expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'DEPARTMENT_NOT_ALLOWED' });
    const create = await crm.request(CREATE, { input: { name: '越权', kind: 'VIP' } }, undefined, testCallers.csAdmin);
    expect(create.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
