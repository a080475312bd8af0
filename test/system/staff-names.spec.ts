import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@careline/service-kit/testing';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';

// Names everywhere (issue 17, docs/staff-names.md): every staff id crm and members answer has a `Staff`
// next to it that the gateway resolves in identity, for every staff role, including those identity's own
// `staff` query refuses; the system's own postings name no one; partners cannot reach staff at all.

let system: RunningSystem;
const ids: Record<string, string> = {};
const story: Record<string, string> = {};
const answers: Record<string, any> = {};

const ok = async <T = any>(who: DemoUser, query: string, variables?: object): Promise<T> => {
  const r = await system.as(who, query, variables);
  expect(r.errors, `${who}: ${query.slice(0, 60)}`).toBeUndefined();
  return r.data as T;
};

beforeAll(async () => {
  system = await startSystem();
  for (const who of ['consult.staff', 'guide', 'onsite.a', 'onsite.b', 'cs.admin'] as const)
    ids[who] = (await ok<{ me: { id: string } }>(who, '{ me { id } }')).me.id;
  story.customerId = (
    await ok('consult.staff', 'mutation ($input: CreateCustomerInput!) { registerCustomer(input: $input) { customer { id } } }', {
      input: { name: '钱名字', phone: '13912340002', channel: 'PHONE' },
    })
  ).registerCustomer.customer.id;
  const consultation = await ok(
    'consult.staff',
    'mutation ($input: RegisterConsultationInput!) { registerConsultation(input: $input) { id } }',
    {
      input: { phone: '13912340002', channel: 'PHONE', outcome: 'BOOKED', name: '钱名字' },
    },
  );
  const slotStart = new Date(Date.now() + 30 * 60_000);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(slotStart);
  await ok('onsite.admin', 'mutation ($input: SetDutyRosterInput!) { setDutyRoster(input: $input) { day } }', {
    input: { day, consultantIds: [ids['onsite.a'], ids['onsite.b']] },
  });
  answers.appointment = (
    await ok(
      'consult.staff',
      'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id bookedByStaff { name } onsiteConsultant { name } } }',
      {
        input: {
          type: 'TREATMENT',
          departmentCode: 'DENTAL',
          doctorId: '01a30000-0000-7000-8000-00000000d0c1',
          slotStart: slotStart.toISOString(),
          consultationId: consultation.registerConsultation.id,
        },
      },
    )
  ).bookAppointment;
  answers.visit = (
    await ok(
      'guide',
      'mutation ($input: RegisterVisitInput!) { registerVisit(input: $input) { registeredBy registeredByStaff { id name } onsiteConsultant { name } dealRecordedByStaff { name } } }',
      { input: { appointmentId: answers.appointment.id } },
    )
  ).registerVisit;
  story.membershipId = await eventually(
    async () =>
      (
        await system.as('member.admin', 'mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id } }', {
          input: { customerId: story.customerId },
        })
      ).data?.enrollMember?.id as string | undefined,
  );
});

afterAll(async () => {
  await system?.stop();
});

describe('staff names through federation', () => {
  it('names the visit’s registrar and on-site consultant for a guide, whom identity’s `staff` query refuses', async () => {
    const refused = await system.as('guide', 'query ($id: ID!) { staff(id: $id) { name } }', { id: ids['onsite.a'] });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    expect(answers.visit).toEqual({
      registeredBy: ids.guide,
      registeredByStaff: { id: ids.guide, name: '周导医' },
      onsiteConsultant: { name: '郑咨询师' },
      // no deal yet: no person
      dealRecordedByStaff: null,
    });
  });

  it('names who booked and the consultant on the appointment', async () => {
    expect(answers.appointment).toMatchObject({ bookedByStaff: { name: '刘咨询' }, onsiteConsultant: { name: '郑咨询师' } });
  });

  it('names the operator of a points entry, and no one for the system’s own postings', async () => {
    const requested = await ok(
      'cs.admin',
      'mutation ($input: RequestPointsAdjustmentInput!) { requestPointsAdjustment(input: $input) { id requestedByStaff { name } responsibleStaff { name } } }',
      {
        input: {
          idempotencyKey: randomUUID(),
          membershipId: story.membershipId,
          points: 100,
          reason: '服务补偿',
          responsibleDepartment: 'CUSTOMER_SERVICE',
          responsibleStaffId: ids['onsite.a'],
        },
      },
    );
    expect(requested.requestPointsAdjustment).toMatchObject({
      requestedByStaff: { name: '林客服' },
      responsibleStaff: { name: '郑咨询师' },
    });
    await ok('member.admin', 'mutation ($id: ID!) { approvePointsAdjustment(id: $id) { id } }', {
      id: requested.requestPointsAdjustment.id,
    });

    const ledger = await ok(
      'member.admin',
      'query ($id: ID!) { membership(id: $id) { pointsEntries(first: 10) { nodes { kind operatorId operator { name } } } } }',
      {
        id: story.membershipId,
      },
    );
    const adjust = ledger.membership.pointsEntries.nodes.find((entry: any) => entry.kind === 'ADJUST');
    expect(adjust.operator).toEqual({ name: '黄会员' });
    const system = ledger.membership.pointsEntries.nodes.filter(
      (entry: any) => entry.operatorId === '00000000-0000-0000-0000-000000000000',
    );
    expect(system.every((entry: any) => entry.operator === null)).toBe(true);
  });

  it('keeps staff away from partners: the staff fields are closed to partner keys', async () => {
    const staffFields = ['Visit.registeredByStaff', 'Appointment.onsiteConsultant', 'PointsEntry.operator', 'Customer.consultant'];
    for (const field of staffFields) {
      const service = field.startsWith('PointsEntry') ? 'members' : 'crm';
      const access = JSON.parse(await readFile(new URL(`../../services/${service}/partner-access.json`, import.meta.url), 'utf8'));
      expect(access[field], field).toEqual([]);
    }
  });
});
