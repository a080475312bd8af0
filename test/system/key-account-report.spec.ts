import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@careline/service-kit/testing';
import { PARTNER_SCOPES } from '@careline/service-kit';
import { startSystem, type RunningSystem } from '../support/system.js';

// KeyAccount.report (analytics, federated on crm's KeyAccount) end to end through the gateway:
// a partner organisation with its API key reads its own account's report and nobody else's.
let system: RunningSystem;
const partners: Record<'a' | 'b', { keyAccountId: string; apiKey: string }> = {} as never;
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const REPORT_FIELDS = `report(period: $period) { people members deals spendFen spendPerPersonFen }`;

async function partnerWithKey(name: string) {
  const account = await system.as('director', 'mutation ($input: KeyAccountInput!) { createKeyAccount(input: $input) { id } }', {
    input: { name, kind: 'INSTITUTION' },
  });
  const keyAccountId = account.data.createKeyAccount.id as string;
  const organisation = await system.as(
    'director',
    'mutation ($input: CreatePartnerOrganisationInput!) { createPartnerOrganisation(input: $input) { id } }',
    {
      input: { name, keyAccountId },
    },
  );
  const key = await system.as('director', 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }', {
    input: {
      partnerId: organisation.data.createPartnerOrganisation.id,
      name: `${name} 密钥`,
      // every scope: these tests are about whose people a key reaches, partner-scopes.spec about scopes
      scopes: PARTNER_SCOPES,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    },
  });
  return { keyAccountId, apiKey: key.data.createApiKey.secret as string };
}

/** a customer of the account, enrolled, with one receipt of `amountFen` recorded by the member centre */
async function memberWhoSpent(keyAccountId: string, phone: string, amountFen: number) {
  const created = await system.as('cs.admin', 'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }', {
    input: { name: '员工', phone, channel: 'PARTNER', keyAccountId },
  });
  const customerId = created.data.createCustomer.id as string;
  const enrolled = await eventually(
    async () =>
      (
        await system.as('member.admin', 'mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id } }', {
          input: { customerId },
        })
      ).data?.enrollMember,
  );
  const recorded = await system.as(
    'member.admin',
    'mutation ($input: RecordConsumptionInput!) { recordConsumption(input: $input) { id } }',
    {
      input: {
        membershipId: enrolled.id,
        receiptNumber: `KA-${phone}`,
        amountFen,
        occurredAt: new Date().toISOString(),
        idempotencyKey: crypto.randomUUID(),
      },
    },
  );
  expect(recorded.errors).toBeUndefined();
  return customerId;
}

beforeAll(async () => {
  system = await startSystem({ production: true });
  partners.a = await partnerWithKey('某保险公司');
  partners.b = await partnerWithKey('某中学');
  await memberWhoSpent(partners.a.keyAccountId, '13822220001', 1200_00);
  await memberWhoSpent(partners.a.keyAccountId, '13822220002', 300_50);
  await memberWhoSpent(partners.b.keyAccountId, '13822220003', 99_00);
});
afterAll(async () => {
  await system?.stop();
});

const asPartner = (who: 'a' | 'b', query: string, variables?: object) =>
  system.graphql(query, variables, { 'x-api-key': partners[who].apiKey });

describe('KeyAccount.report through the gateway', () => {
  it('gives a partner its own key account’s report (two members, ¥1,200.00 + ¥300.50)', async () => {
    const period = { from: today(), to: today() };
    const r = await eventually(async () => {
      const answer = await asPartner('a', `query ($period: PeriodInput!) { myKeyAccount { id ${REPORT_FIELDS} } }`, { period });
      const report = answer.data?.myKeyAccount?.report;
      return report?.deals === 2 && report.members === 2 ? answer : undefined;
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.myKeyAccount).toEqual({
      id: partners.a.keyAccountId,
      report: { people: 2, members: 2, deals: 2, spendFen: 150_050, spendPerPersonFen: 75_025 },
    });
  });

  it('answers NOT_FOUND when a partner asks for another key account, and never shows its figures', async () => {
    const period = { from: today(), to: today() };
    const r = await asPartner('a', `query ($id: ID!, $period: PeriodInput!) { keyAccount(id: $id) { id ${REPORT_FIELDS} } }`, {
      id: partners.b.keyAccountId,
      period,
    });
    expect(r.data?.keyAccount ?? null).toBeNull();
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(r)).not.toContain('spendFen');
  });

  it('lets the director read any account’s report and refuses other departments with FORBIDDEN', async () => {
    const period = { from: today(), to: today() };
    const director = await eventually(async () => {
      const answer = await system.as(
        'director',
        `query ($id: ID!, $period: PeriodInput!) { keyAccount(id: $id) { id ${REPORT_FIELDS} } }`,
        { id: partners.b.keyAccountId, period },
      );
      const report = answer.data?.keyAccount?.report;
      return report?.deals === 1 && report.members === 1 ? answer : undefined;
    });
    expect(director.data.keyAccount.report).toEqual({ people: 1, members: 1, deals: 1, spendFen: 9900, spendPerPersonFen: 9900 });
    const staff = await system.as('cs.staff', `query ($id: ID!, $period: PeriodInput!) { keyAccount(id: $id) { id ${REPORT_FIELDS} } }`, {
      id: partners.b.keyAccountId,
      period,
    });
    expect(staff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(staff.data ?? {})).not.toContain('99.00');
  });
});
