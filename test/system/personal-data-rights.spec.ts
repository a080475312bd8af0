import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { eventually } from '@careline/service-kit/testing';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';

// The person's rights (PIPL Art. 45 and 47, docs/personal-data-rights.md), over HTTP through the
// gateway: a director-approved export of everything each service holds on one person, and an
// erasure two different people agree to, carried out in every service by CustomerPseudonymised.

let system: RunningSystem;
let db: pg.Client;

const NAME = '王隐私';
const PHONE = '13987650001';
const BIRTH_DATE = '1985-03-14';
const NOTE = '王隐私说她住在幸福路18号';
const person: Record<string, any> = {};

const ok = async <T = any>(who: DemoUser, query: string, variables?: object): Promise<T> => {
  const r = await system.as(who, query, variables);
  expect(r.errors, `${who}: ${query.slice(0, 70)}`).toBeUndefined();
  return r.data as T;
};
const sql = async <T = any>(text: string, params: unknown[] = []): Promise<T[]> => (await db.query(text, params)).rows as T[];

const PROPOSE = `mutation ($input: ProposePersonalDataRequestInput!) { proposePersonalDataRequest(input: $input) { id kind status proposedBy } }`;
const DECIDE = `mutation ($input: DecidePersonalDataRequestInput!) { decidePersonalDataRequest(input: $input) { id status decidedBy } }`;
const EXPORT = `query ($id: ID!) { personalDataExport(requestId: $id) { id customerId generatedAt
  crm { service table rows } members { service table rows } analytics { service table rows } audit { service table rows } } }`;
const FIGURES = `query ($p: PeriodInput!) {
  newCustomers(groupBy: CHANNEL, period: $p) { totalNewCustomers totalNewMembers rows { key newCustomers newMembers } }
  tierDistribution { totalMembers tiers { tier members } }
  memberPointsLiability { outstandingPoints valueFen membersWithPoints }
}`;
const hospitalDay = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/** every table of `schema` whose row, as text, contains `needle` */
async function tablesHolding(schema: string, needle: string): Promise<string[]> {
  const tables = await sql<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = $1 and table_type = 'BASE TABLE' order by 1`,
    [schema],
  );
  const found: string[] = [];
  for (const { table_name } of tables) {
    const [row] = await sql<{ n: number }>(`select count(*)::int as n from "${schema}"."${table_name}" t where t::text like $1`, [
      `%${needle}%`,
    ]);
    if (row!.n > 0) found.push(`${schema}.${table_name}`);
  }
  return found;
}
const SCHEMAS = ['crm', 'members', 'analytics', 'identity'];

beforeAll(async () => {
  system = await startSystem();
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

describe('the person’s rights through the gateway', () => {
  it('setup: one person with a profile, consultation, visit, follow-up, complaint, message, membership, points and a redemption', async () => {
    for (const who of ['director', 'cs.admin', 'cs.staff', 'member.admin'] as const) person[who] = (await ok(who, '{ me { id } }')).me.id;
    const created = await ok('cs.staff', `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`, {
      input: {
        name: NAME,
        phone: PHONE,
        channel: 'PHONE',
        gender: 'FEMALE',
        region: '广州',
        birthDate: BIRTH_DATE,
        address: '幸福路18号',
        tags: ['隐私测试'],
        marketingConsent: true,
      },
    });
    person.id = created.createCustomer.id;
    await ok('cs.staff', `mutation ($input: RegisterConsultationInput!) { registerConsultation(input: $input) { id } }`, {
      input: { phone: PHONE, channel: 'PHONE', outcome: 'FOLLOW_UP_LATER', name: NAME, notes: NOTE },
    });
    await ok('guide', `mutation ($input: RegisterVisitInput!) { registerVisit(input: $input) { id } }`, {
      input: { customerId: person.id, type: 'EXPERT', departmentCode: 'DENTAL' },
    });
    await ok('cs.staff', `mutation ($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }`, {
      input: { customerId: person.id, type: 'UNCONVERTED', dueDate: hospitalDay(new Date(Date.now() + 86_400_000)) },
    });
    await ok('cs.staff', `mutation ($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { id } }`, {
      input: { customerId: person.id, channel: 'PHONE', category: 'SERVICE_ATTITUDE', severity: 'LOW', description: NOTE },
    });
    const templates = (await ok('cs.admin', '{ messageTemplates { id code } }')).messageTemplates;
    const reminder = templates.find((t: any) => t.code === 'FOLLOW_UP_REMINDER');
    const send = await ok('cs.admin', `mutation ($input: ScheduleMessageInput!) { scheduleMessage(input: $input) { id } }`, {
      input: { templateId: reminder.id, segment: { tag: '隐私测试' }, variables: [{ key: 'time', value: '明天上午' }] },
    });
    await eventually(
      async () => (await sql(`select 1 from crm.message_delivery where send_id = $1`, [send.scheduleMessage.id])).length > 0,
    );

    const membership = await eventually(
      async () =>
        (
          await system.as('member.admin', 'mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id } }', {
            input: { customerId: person.id },
          })
        ).data?.enrollMember,
    );
    person.membershipId = membership.id;
    await ok('member.admin', `mutation ($input: RecordConsumptionInput!) { recordConsumption(input: $input) { id } }`, {
      input: {
        membershipId: person.membershipId,
        receiptNumber: 'SF-PIPL-0001',
        amountFen: 500000,
        occurredAt: new Date().toISOString(),
        idempotencyKey: 'pipl-consumption-1',
      },
    });
    const gift = await ok('member.admin', `mutation ($input: CreateGiftInput!) { createGift(input: $input) { id } }`, {
      input: { name: '隐私测试礼品', kind: 'GOODS', pointsPrice: 1, stock: 5 },
    });
    await ok('member.admin', `mutation ($input: RedeemGiftInput!) { redeemGift(input: $input) { id } }`, {
      input: { membershipId: person.membershipId, giftId: gift.createGift.id, quantity: 1, idempotencyKey: 'pipl-redeem-1' },
    });
    // a read of the person's data, for the audit section
    await ok('cs.staff', 'query ($id: ID!) { customer(id: $id) { name phone } }', { id: person.id });
  });

  it('an export request by customer service is refused until the director approves it, and not decided by its proposer', async () => {
    const proposed = await ok('cs.staff', PROPOSE, { input: { customerId: person.id, kind: 'EXPORT', reason: '本人书面申请' } });
    expect(proposed.proposePersonalDataRequest).toMatchObject({ kind: 'EXPORT', status: 'PROPOSED', proposedBy: person['cs.staff'] });
    person.exportId = proposed.proposePersonalDataRequest.id;

    const again = await system.as('cs.staff', PROPOSE, { input: { customerId: person.id, kind: 'EXPORT', reason: '重复提交' } });
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    const early = await system.as('cs.staff', EXPORT, { id: person.exportId });
    expect(early.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(early.data?.personalDataExport ?? null).toBeNull();
    // an export is the director's decision: a customer-service admin may not approve it
    const byAdmin = await system.as('cs.admin', DECIDE, { input: { id: person.exportId, approve: true } });
    expect(byAdmin.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const approved = await ok('director', DECIDE, { input: { id: person.exportId, approve: true } });
    expect(approved.decidePersonalDataRequest).toMatchObject({ status: 'APPROVED', decidedBy: person.director });
    const twice = await system.as('director', DECIDE, { input: { id: person.exportId, approve: false } });
    expect(twice.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('the approved export holds each service’s data on the person; another staff member may not download it', async () => {
    // members, analytics and the audit trail learn of the person from events: wait until they hold
    // the redemption and cs.staff's read of the name and phone
    const readByStaff = (a: any) => a.operation === 'query customer' && a.actor_id === person['cs.staff'] && a.fields.includes('phone');
    const data = await eventually(async () => {
      const r = await ok('director', EXPORT, { id: person.exportId });
      const e = r.personalDataExport;
      const rows = (sections: any[], table: string) => sections.find((x) => x.table === table)?.rows ?? [];
      return (
        rows(e.members, 'gift_redemption').length > 0 &&
        rows(e.analytics, 'ma_redemption').length > 0 &&
        rows(e.audit, 'audit_entry').some(readByStaff) &&
        e
      );
    });
    expect(data).toMatchObject({ id: person.exportId, customerId: person.id });
    const rowsOf = (sections: any[], table: string) => sections.find((s) => s.table === table)?.rows ?? [];
    expect(data.crm.every((s: any) => s.service === 'crm')).toBe(true);
    expect(rowsOf(data.crm, 'customer')).toMatchObject([{ id: person.id, name: NAME, phone: PHONE }]);
    expect(rowsOf(data.crm, 'consultation')).toMatchObject([{ phone: PHONE, notes: NOTE }]);
    expect(rowsOf(data.crm, 'visit')).toHaveLength(1);
    expect(rowsOf(data.crm, 'follow_up_task').length).toBeGreaterThan(0);
    expect(rowsOf(data.crm, 'complaint')).toMatchObject([{ description: NOTE }]);
    expect(rowsOf(data.crm, 'message_delivery')[0].body).toContain(NAME);
    expect(rowsOf(data.members, 'membership')).toMatchObject([{ id: person.membershipId, customer_id: person.id }]);
    expect(rowsOf(data.members, 'consumption')).toMatchObject([{ receipt_number: 'SF-PIPL-0001' }]);
    expect(
      rowsOf(data.members, 'points_entry')
        .map((e: any) => e.kind)
        .sort(),
    ).toEqual(['EARN', 'REDEEM']);
    expect(rowsOf(data.members, 'gift_redemption')).toHaveLength(1);
    expect(rowsOf(data.members, 'known_customer')).toMatchObject([{ customer_id: person.id }]);
    expect(rowsOf(data.analytics, 'ma_customer')).toHaveLength(1);
    expect(rowsOf(data.analytics, 'event_log').length).toBeGreaterThan(0);
    expect(data.audit.every((s: any) => s.service === 'identity')).toBe(true);

    const other = await system.as('cs.admin', EXPORT, { id: person.exportId });
    expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
    // the proposer may download it too
    expect((await ok('cs.staff', EXPORT, { id: person.exportId })).personalDataExport.customerId).toBe(person.id);
  });

  it('the export is audited in every service that answered it', async () => {
    const entries = await eventually(async () => {
      const rows = await sql<{ service: string; actor_id: string }>(
        `select service, actor_id from identity.audit_entry where operation = 'query personalDataExport' and outcome = 'SUCCESS' and $1 = any(customer_ids)`,
        [person.id],
      );
      return new Set(rows.map((r) => r.service)).size === 4 && rows;
    });
    expect(new Set(entries.map((e) => e.service))).toEqual(new Set(['crm', 'members', 'analytics', 'identity']));
    expect(entries.some((e) => e.actor_id === person.director)).toBe(true);
  });

  it('an erasure needs two different people: its proposer may not approve it, a second person may', async () => {
    person.figures = await eventually(async () => {
      const today = hospitalDay(new Date());
      const f = await ok('director', FIGURES, { p: { from: today, to: today } });
      return f.tierDistribution.totalMembers === 1 && f.memberPointsLiability.membersWithPoints === 1 && f;
    });
    person.balance = (await sql(`select balance from members.points_account where membership_id = $1`, [person.membershipId]))[0]?.balance;

    const proposed = await ok('director', PROPOSE, { input: { customerId: person.id, kind: 'ERASURE', reason: '本人申请删除' } });
    person.erasureId = proposed.proposePersonalDataRequest.id;
    const self = await system.as('director', DECIDE, { input: { id: person.erasureId, approve: true } });
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SECOND_PERSON_REQUIRED' });
    // a staff member may not decide at all
    const staff = await system.as('cs.staff', DECIDE, { input: { id: person.erasureId, approve: true } });
    expect(staff.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await sql(`select name from crm.customer where id = $1`, [person.id]))[0].name).toBe(NAME);

    // a double click: two approvals at once carry the erasure out once, the other is CONFLICT
    const both = await Promise.all([1, 2].map(() => system.as('cs.admin', DECIDE, { input: { id: person.erasureId, approve: true } })));
    const approved = both.find((r) => !r.errors)!.data;
    expect(approved.decidePersonalDataRequest).toMatchObject({ status: 'APPROVED', decidedBy: person['cs.admin'] });
    expect(both.filter((r) => r.errors?.[0].extensions.code === 'CONFLICT')).toHaveLength(1);
    const [published] = await sql(
      `select count(*)::int as n from pgboss.job where name = 'members.CustomerPseudonymised' and data->'data'->>'customerId' = $1`,
      [person.id],
    );
    expect(published.n).toBe(1);
    const again = await system.as('cs.staff', PROPOSE, { input: { customerId: person.id, kind: 'ERASURE', reason: '再次' } });
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('after the erasure the name and phone are in no table of any service; the birth date and notes are gone too', async () => {
    // members and analytics apply CustomerPseudonymised from their queues
    await eventually(async () => {
      const rows = await sql(`select event_type from members.processed_event where event_type = 'CustomerPseudonymised'
        union all select event_type from analytics.processed_event where event_type = 'CustomerPseudonymised'`);
      return rows.length === 2;
    });
    for (const schema of SCHEMAS) {
      expect(await tablesHolding(schema, NAME), `${schema}: name`).toEqual([]);
      expect(await tablesHolding(schema, PHONE), `${schema}: phone`).toEqual([]);
      expect(await tablesHolding(schema, BIRTH_DATE), `${schema}: birth date`).toEqual([]);
      expect(await tablesHolding(schema, '幸福路'), `${schema}: address and notes`).toEqual([]);
    }
    // the person is still there under the pseudonym, with every id
    const read = await ok('director', 'query ($id: ID!) { customer(id: $id) { id name membership { id } } }', { id: person.id });
    expect(read.customer).toEqual({
      id: person.id,
      name: expect.stringMatching(/^匿名客户 [0-9A-F]{8}$/),
      membership: { id: person.membershipId },
    });
  });

  it('the ledger still sums to the balance, consumption and audit rows stay, analytics figures are unchanged', async () => {
    const [ledger] = await sql(
      `select coalesce(sum(points), 0)::int as sum, count(*)::int as n from members.points_entry where membership_id = $1`,
      [person.membershipId],
    );
    const [account] = await sql(`select balance from members.points_account where membership_id = $1`, [person.membershipId]);
    expect(ledger.n).toBe(2);
    expect(ledger.sum).toBe(account.balance);
    expect(account.balance).toBe(person.balance);
    expect(await sql(`select receipt_number, amount_fen::int from members.consumption where customer_id = $1`, [person.id])).toEqual([
      { receipt_number: 'SF-PIPL-0001', amount_fen: 500000 },
    ]);
    const [audit] = await sql(`select count(*)::int as n from identity.audit_entry where $1 = any(customer_ids)`, [person.id]);
    expect(audit.n).toBeGreaterThan(5);
    const today = hospitalDay(new Date());
    expect(await ok('director', FIGURES, { p: { from: today, to: today } })).toEqual(person.figures);
  });

  it('the erasure is audited: proposal, refusals, approval, and each service’s application', async () => {
    const rows = await eventually(async () => {
      const r = await sql<{ service: string; operation: string; outcome: string }>(
        `select service, operation, outcome from identity.audit_entry
          where (operation like '%PersonalDataRequest' or operation = 'event CustomerPseudonymised') and $1 = any(customer_ids)`,
        [person.id],
      );
      return r.filter((e) => e.operation === 'event CustomerPseudonymised').length === 2 && r;
    });
    const ops = rows.map((r) => `${r.service} ${r.operation} ${r.outcome}`);
    expect(ops).toEqual(
      expect.arrayContaining([
        'crm mutation proposePersonalDataRequest SUCCESS',
        'crm mutation decidePersonalDataRequest SUCCESS',
        'members event CustomerPseudonymised SUCCESS',
        'analytics event CustomerPseudonymised SUCCESS',
      ]),
    );
    const denied = await sql(
      `select 1 from identity.audit_entry where operation = 'mutation decidePersonalDataRequest' and outcome = 'DENIED' and $1 = any(target_ids)`,
      [person.erasureId],
    );
    expect(denied.length).toBeGreaterThan(0);
  });

  it('a redelivered CustomerPseudonymised applies once', async () => {
    const appliedEntries = async () =>
      (
        await sql<{ n: number }>(
          `select count(*)::int as n from pgboss.job where name = 'identity.AuditRecorded' and data->'data'->>'operation' = 'event CustomerPseudonymised'`,
        )
      )[0]!.n;
    expect(await appliedEntries()).toBe(2);
    const sent: string[] = [];
    for (const consumer of ['members', 'analytics']) {
      const [job] = await sql<{ data: any }>(`select data from pgboss.job where name = $1`, [`${consumer}.CustomerPseudonymised`]);
      expect(job, consumer).toBeDefined();
      sent.push((await system.services.crm.bus.jobs.send(`${consumer}.CustomerPseudonymised`, job!.data))!);
    }
    await eventually(async () => {
      const rows = await sql<{ state: string }>(`select state from pgboss.job where id = any($1::uuid[])`, [sent]);
      return rows.length === 2 && rows.every((r) => r.state === 'completed');
    });
    // applying again would have written a second audit entry in the same transaction as the changes
    expect(await appliedEntries()).toBe(2);
    const [processed] = await sql(`select count(*)::int as n from members.processed_event where event_type = 'CustomerPseudonymised'`);
    expect(processed.n).toBe(1);
  });
});
