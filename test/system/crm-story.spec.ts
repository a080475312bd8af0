import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { CareEvents, Events } from '@careline/service-kit';
import { eventually } from '@careline/service-kit/testing';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';

// One customer through the customer-service centre, over HTTP through the gateway as the demo
// staff who do each step: phone consultation → booking (phone-converted) → rotation hand-off →
// arrival → deal → generated follow-ups → complaint → refund approved by the director and
// confirmed by finance; every record read back, every event counted, and members' points.

let system: RunningSystem;
let db: pg.Client;
const PROBE = 'crm-story-probe';
/** every event type the story publishes; a probe queue per type keeps a copy of each one */
const TYPES = [
  Events.CustomerRegistered,
  Events.MemberEnrolled,
  CareEvents.ConsultationRegistered,
  CareEvents.AppointmentBooked,
  CareEvents.VisitRegistered,
  CareEvents.VisitOutcomeRecorded,
  Events.DealClosed,
  CareEvents.FollowUpScheduled,
  CareEvents.ComplaintReceived,
  Events.ConsumptionRefunded,
  CareEvents.ComplaintClosed,
];

const ok = async <T = any>(who: DemoUser, query: string, variables?: object): Promise<T> => {
  const r = await system.as(who, query, variables);
  expect(r.errors, `${who}: ${query.slice(0, 60)}`).toBeUndefined();
  return r.data as T;
};
const sql = async <T = any>(text: string, params: unknown[] = []): Promise<T[]> => (await db.query(text, params)).rows as T[];
/** the data of every event of `type` about `customerId` (from the probe queue), oldest first */
const eventsOf = async (type: string, customerId: string) =>
  (await sql<{ data: any }>(`select data from pgboss.job where name = $1 order by created_on, id`, [`${PROBE}.${type}`]))
    .map((r) => r.data)
    .filter((e) => e.data.customerId === customerId);

const hospitalDay = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
const addDays = (day: string, n: number) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
};

beforeAll(async () => {
  system = await startSystem();
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
  const jobs = system.services.crm.bus.jobs;
  for (const type of TYPES) {
    await jobs.createQueue(`${PROBE}.${type}`);
    await jobs.subscribe(type, `${PROBE}.${type}`);
  }
});
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

describe('the crm story through the gateway', () => {
  const phone = '13912345678';
  const receiptNumber = 'SF-2026-STORY-0001';
  const story: Record<string, any> = {};

  it('phone consultation: the consultant registers the caller and the consultation, linked by phone', async () => {
    const staffOf = async (who: DemoUser) => (await ok(who, '{ me { id name departmentCode } }')).me;
    for (const who of ['consult.staff', 'guide', 'onsite.a', 'onsite.b', 'cs.staff', 'director', 'finance'] as const)
      story[who] = await staffOf(who);
    expect(story['consult.staff'].departmentCode).toBe('CONSULTATION');

    const registered = await ok(
      'consult.staff',
      'mutation ($input: CreateCustomerInput!) { registerCustomer(input: $input) { existing customer { id name phone channel stage } } }',
      {
        input: { name: '李故事', phone, channel: 'PHONE', gender: 'FEMALE', region: '广州' },
      },
    );
    expect(registered.registerCustomer).toMatchObject({
      existing: false,
      customer: { name: '李故事', phone, channel: 'PHONE', stage: 'POTENTIAL' },
    });
    story.customerId = registered.registerCustomer.customer.id;

    const consultation = await ok(
      'consult.staff',
      `mutation ($input: RegisterConsultationInput!) { registerConsultation(input: $input) {
        id customerId channel outcome diseaseType visitIntention consultantId createdBy } }`,
      {
        input: {
          phone: `+86 ${phone}`,
          channel: 'PHONE',
          outcome: 'BOOKED',
          name: '李故事',
          age: 36,
          gender: 'FEMALE',
          diseaseType: '牙齿矫正',
          visitIntention: '隐形矫正',
          concern: 'PRICE_COMPARISON',
        },
      },
    );
    expect(consultation.registerConsultation).toMatchObject({
      customerId: story.customerId,
      channel: 'PHONE',
      outcome: 'BOOKED',
      diseaseType: '牙齿矫正',
      consultantId: story['consult.staff'].id,
      createdBy: story['consult.staff'].id,
    });
    story.consultationId = consultation.registerConsultation.id;
  });

  it('booking: a phone-converted appointment, handed by rotation to the on-site consultant on duty', async () => {
    story.slotStart = new Date(Date.now() + 30 * 60_000);
    story.day = hospitalDay(story.slotStart);
    const roster = await ok(
      'onsite.admin',
      'mutation ($input: SetDutyRosterInput!) { setDutyRoster(input: $input) { day consultantIds nextIndex } }',
      {
        input: { day: story.day, consultantIds: [story['onsite.a'].id, story['onsite.b'].id] },
      },
    );
    expect(roster.setDutyRoster).toEqual({ day: story.day, consultantIds: [story['onsite.a'].id, story['onsite.b'].id], nextIndex: 0 });
    story.doctorId = '01a30000-0000-7000-8000-00000000d0c1';
    const booked = await ok(
      'consult.staff',
      `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) {
        id customerId consultationId status phoneConverted onsiteConsultantId type departmentCode doctorId slotStart } }`,
      {
        input: {
          type: 'TREATMENT',
          departmentCode: 'DENTAL',
          doctorId: story.doctorId,
          slotStart: story.slotStart.toISOString(),
          consultationId: story.consultationId,
        },
      },
    );
    expect(booked.bookAppointment).toMatchObject({
      customerId: story.customerId,
      consultationId: story.consultationId,
      status: 'BOOKED',
      phoneConverted: true,
      onsiteConsultantId: story['onsite.a'].id,
      doctorId: story.doctorId,
      slotStart: story.slotStart.toISOString(),
    });
    story.appointmentId = booked.bookAppointment.id;
    // the rotation moved on: the next phone-converted booking goes to the second consultant
    expect((await ok('guide', 'query ($d: LocalDate!) { dutyRoster(day: $d) { nextIndex } }', { d: story.day })).dutyRoster.nextIndex).toBe(
      1,
    );
    // the doctor's week view shows it
    const week = await ok(
      'consult.staff',
      'query ($doc: ID!, $f: LocalDate!, $t: LocalDate!) { appointments(doctorId: $doc, from: $f, to: $t, first: 50) { totalCount nodes { id } } }',
      {
        doc: story.doctorId,
        f: story.day,
        t: addDays(story.day, 6),
      },
    );
    expect(week.appointments).toEqual({ totalCount: 1, nodes: [{ id: story.appointmentId }] });
  });

  it('arrival: the guide registers the visit of the booking; the appointment is ARRIVED', async () => {
    const visit = await ok(
      'guide',
      `mutation ($input: RegisterVisitInput!) { registerVisit(input: $input) {
        id customerId appointmentId walkIn phoneConverted type departmentCode doctorId designatedDoctor onsiteConsultantId registeredBy } }`,
      {
        input: { appointmentId: story.appointmentId, designatedDoctor: true },
      },
    );
    expect(visit.registerVisit).toMatchObject({
      customerId: story.customerId,
      appointmentId: story.appointmentId,
      walkIn: false,
      phoneConverted: true,
      type: 'TREATMENT',
      departmentCode: 'DENTAL',
      doctorId: story.doctorId,
      designatedDoctor: true,
      onsiteConsultantId: story['onsite.a'].id,
      registeredBy: story.guide.id,
    });
    story.visitId = visit.registerVisit.id;
    const [appointment] = await sql(`select status from crm.appointment where id = $1`, [story.appointmentId]);
    expect(appointment.status).toBe('ARRIVED');
  });

  it('deal: the on-site consultant records the amount; members records the consumption and earns the member’s points', async () => {
    const enrolled = await eventually(
      async () =>
        (
          await system.as('member.admin', 'mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id status } }', {
            input: { customerId: story.customerId },
          })
        ).data?.enrollMember,
    );
    expect(enrolled.status).toBe('ACTIVE');
    story.membershipId = enrolled.id;

    const outcome = await ok(
      'onsite.a',
      'mutation ($input: RecordVisitOutcomeInput!) { recordVisitOutcome(input: $input) { id dealt dealAmountFen receiptNumber items dealRecordedBy } }',
      {
        input: { visitId: story.visitId, dealt: true, amountFen: 200000, receiptNumber, items: ['隐形矫正首期'] },
      },
    );
    expect(outcome.recordVisitOutcome).toEqual({
      id: story.visitId,
      dealt: true,
      dealAmountFen: 200000,
      receiptNumber,
      items: ['隐形矫正首期'],
      dealRecordedBy: story['onsite.a'].id,
    });
    const [appointment] = await sql(`select status from crm.appointment where id = $1`, [story.appointmentId]);
    expect(appointment.status).toBe('DEALT');

    const membership = await eventually(async () => {
      const r = await ok(
        'member.admin',
        `query ($id: ID!) { customer(id: $id) { stage dealCount membership {
          pointsBalance consumptions(first: 10) { nodes { receiptNumber amountFen source visitId status pointsEarned } } } } }`,
        { id: story.customerId },
      );
      return r.customer.stage === 'ACTUAL' && r.customer.membership?.consumptions.nodes.length === 1 && r.customer;
    });
    expect(membership).toMatchObject({ stage: 'ACTUAL', dealCount: 1 });
    const [consumption] = membership.membership.consumptions.nodes;
    expect(consumption).toMatchObject({ receiptNumber, amountFen: 200000, source: 'DEAL', visitId: story.visitId, status: 'RECORDED' });
    expect(consumption.pointsEarned).toBeGreaterThan(0);
    expect(membership.membership.pointsBalance).toBe(consumption.pointsEarned);
    story.pointsEarned = consumption.pointsEarned;
  });

  it('follow-ups: the treatment rules’ tasks exist, due at their configured offsets from the deal day', async () => {
    const rules = (
      await ok('cs.staff', '{ followUpRules { id trigger visitType outcome offsetDays type active departmentCode } }')
    ).followUpRules.filter(
      (r: any) =>
        r.active &&
        r.trigger === 'VISIT' &&
        (r.outcome === 'DEALT' || r.outcome === 'ANY') &&
        (r.visitType === null || r.visitType === 'TREATMENT'),
    );
    expect(rules.length).toBeGreaterThan(0);
    const dealDay = hospitalDay(
      new Date((await sql(`select deal_recorded_at from crm.visit where id = $1`, [story.visitId]))[0].deal_recorded_at),
    );
    const data = await ok(
      'cs.staff',
      'query ($id: ID!) { customer(id: $id) { followUps(first: 50) { totalCount nodes { id visitId ruleId type dueDate status departmentCode } } } }',
      { id: story.customerId },
    );
    const tasks = data.customer.followUps.nodes;
    expect(data.customer.followUps.totalCount).toBe(rules.length);
    expect(tasks.map((t: any) => [t.ruleId, t.dueDate]).sort()).toEqual(
      rules.map((r: any) => [r.id, addDays(dealDay, r.offsetDays)]).sort(),
    );
    expect(tasks.every((t: any) => t.visitId === story.visitId && t.status === 'OPEN')).toBe(true);
    // the seeded rules are +1, +7 and +30 days after a treatment, and 门诊次日回访 the day after any visit
    expect(rules.map((r: any) => r.offsetDays).sort((a: number, b: number) => a - b)).toEqual([1, 1, 7, 30]);
    story.followUps = tasks;
  });

  it('complaint: three failed on-site attempts, case conference, a refund of the receipt approved by the director and confirmed by finance, closed', async () => {
    const FIELDS =
      'id status customerId onsiteAttempts resolutionKind amountFen refundReceiptNumber proposedBy directorApprovedBy financeConfirmedBy satisfaction steps { action fromStatus toStatus actorId }';
    const received = await ok('cs.staff', `mutation ($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { ${FIELDS} } }`, {
      input: {
        customerId: story.customerId,
        channel: 'PHONE',
        category: 'MEDICAL_QUALITY',
        severity: 'HIGH',
        description: '矫正后疼痛, 要求退款',
        departmentCode: 'DENTAL',
      },
    });
    const id = received.receiveComplaint.id;
    story.complaintId = id;
    const step = (who: DemoUser, action: string) =>
      ok(who, `mutation ($input: ComplaintStepInput!) { advanceComplaint(input: $input) { ${FIELDS} } }`, {
        input: { complaintId: id, action },
      });
    await step('onsite.a', 'START_ONSITE');
    for (let i = 0; i < 3; i++) await step('onsite.a', 'ONSITE_ATTEMPT_FAILED');
    await step('cs.staff', 'CONVENE_CONFERENCE');
    await ok('cs.staff', `mutation ($input: ProposeResolutionInput!) { proposeComplaintResolution(input: $input) { id } }`, {
      input: { complaintId: id, kind: 'REFUND', resolution: '全额退还矫正首期费用', amountFen: 200000, receiptNumber },
    });
    // the proposer may not approve; the director does
    const self = await system.as('cs.staff', 'mutation ($id: ID!) { approveComplaintResolution(complaintId: $id) { id } }', { id });
    expect(self.errors?.[0].extensions.code).toBe('FORBIDDEN');
    await ok('director', 'mutation ($id: ID!) { approveComplaintResolution(complaintId: $id) { id } }', { id });
    expect(await eventsOf(Events.ConsumptionRefunded, story.customerId)).toEqual([]);
    await ok('finance', 'mutation ($id: ID!) { confirmComplaintRefund(complaintId: $id) { id } }', { id });
    await step('cs.staff', 'RESOLVE');
    const closed = await ok('cs.staff', `mutation ($input: CloseComplaintInput!) { closeComplaint(input: $input) { ${FIELDS} } }`, {
      input: { complaintId: id, satisfaction: 4 },
    });
    const c = closed.closeComplaint;
    expect(c).toMatchObject({
      status: 'CLOSED',
      customerId: story.customerId,
      onsiteAttempts: 3,
      resolutionKind: 'REFUND',
      amountFen: 200000,
      refundReceiptNumber: receiptNumber,
      proposedBy: story['cs.staff'].id,
      directorApprovedBy: story.director.id,
      financeConfirmedBy: story.finance.id,
      satisfaction: 4,
    });
    const actor = (who: string) => story[who].id;
    expect(c.steps.map((s: any) => [s.action, s.actorId])).toEqual([
      ['RECEIVE', actor('cs.staff')],
      ['START_ONSITE', actor('onsite.a')],
      ['ONSITE_ATTEMPT_FAILED', actor('onsite.a')],
      ['ONSITE_ATTEMPT_FAILED', actor('onsite.a')],
      ['ONSITE_ATTEMPT_FAILED', actor('onsite.a')],
      ['CONVENE_CONFERENCE', actor('cs.staff')],
      ['PROPOSE_RESOLUTION', actor('cs.staff')],
      ['DIRECTOR_APPROVE', actor('director')],
      ['FINANCE_CONFIRM', actor('finance')],
      ['RESOLVE', actor('cs.staff')],
      ['CLOSE', actor('cs.staff')],
    ]);
    expect(c.steps.at(-1).toStatus).toBe('CLOSED');
    const timeline = await ok(
      'cs.staff',
      'query ($id: ID!) { customer(id: $id) { complaints(first: 5) { totalCount nodes { id status } } } }',
      { id: story.customerId },
    );
    expect(timeline.customer.complaints).toEqual({ totalCount: 1, nodes: [{ id, status: 'CLOSED' }] });
  });

  it('members reverses the refunded receipt’s points once', async () => {
    const MEMBER = `query ($id: ID!) { customer(id: $id) { membership { pointsBalance
        consumptions(first: 10) { nodes { receiptNumber status pointsReversed refundReason } }
        pointsEntries(first: 20) { totalCount nodes { kind points receiptNumber balanceAfter } } } } }`;
    const after = await eventually(async () => {
      const m = (await ok('member.admin', MEMBER, { id: story.customerId })).customer.membership;
      return m.consumptions.nodes[0].status === 'REFUNDED' && m;
    });
    expect(after.pointsBalance).toBe(0);
    expect(after.consumptions.nodes[0]).toMatchObject({ receiptNumber, status: 'REFUNDED', pointsReversed: story.pointsEarned });
    expect(after.pointsEntries.nodes.map((e: any) => [e.kind, e.points, e.receiptNumber, e.balanceAfter])).toEqual([
      ['REVERSE', -story.pointsEarned, receiptNumber, 0],
      ['EARN', story.pointsEarned, receiptNumber, story.pointsEarned],
    ]);
    story.memberAfterRefund = after;
  });

  it('a redelivered ConsumptionRefunded reverses nothing more', async () => {
    const [job] = await sql<{ data: any }>(
      `select data from pgboss.job where name = 'members.ConsumptionRefunded' and data->'data'->>'receiptNumber' = $1`,
      [receiptNumber],
    );
    expect(job).toBeDefined();
    // the same event (same id) delivered again, and a second copy of the fact under a new id
    const again = await system.services.crm.bus.jobs.send('members.ConsumptionRefunded', job!.data);
    const copy = await system.services.crm.bus.jobs.send('members.ConsumptionRefunded', {
      ...job!.data,
      id: '01a30000-0000-7000-8000-0000000000aa',
    });
    await eventually(async () => {
      const rows = await sql<{ state: string }>(`select state from pgboss.job where id = any($1::uuid[])`, [[again, copy]]);
      return rows.length === 2 && rows.every((r) => r.state === 'completed');
    });
    const MEMBER = `query ($id: ID!) { customer(id: $id) { membership { pointsBalance
        consumptions(first: 10) { nodes { receiptNumber status pointsReversed refundReason } }
        pointsEntries(first: 20) { totalCount nodes { kind points receiptNumber balanceAfter } } } } }`;
    const now = (await ok('member.admin', MEMBER, { id: story.customerId })).customer.membership;
    expect(now).toEqual(story.memberAfterRefund);
    const [ledger] = await sql(`select count(*)::int as n from members.points_entry where receipt_number = $1`, [receiptNumber]);
    expect(ledger.n).toBe(2);
  });

  it('published every event of the story once, with the records’ ids', async () => {
    const id = story.customerId;
    const one = async (type: string) => {
      const events = await eventsOf(type, id);
      expect(events, type).toHaveLength(1);
      expect(events[0].type).toBe(type);
      return events[0].data;
    };
    expect(await one(Events.CustomerRegistered)).toMatchObject({ customerId: id, channel: 'PHONE' });
    expect(await one(Events.MemberEnrolled)).toMatchObject({ customerId: id, membershipId: story.membershipId });
    expect(await one(CareEvents.ConsultationRegistered)).toMatchObject({
      consultationId: story.consultationId,
      customerId: id,
      channel: 'PHONE',
      outcome: 'BOOKED',
    });
    expect(await one(CareEvents.AppointmentBooked)).toMatchObject({
      appointmentId: story.appointmentId,
      phoneConverted: true,
      onsiteConsultantId: story['onsite.a'].id,
    });
    expect(await one(CareEvents.VisitRegistered)).toMatchObject({
      visitId: story.visitId,
      appointmentId: story.appointmentId,
      phoneConverted: true,
      walkIn: false,
    });
    expect(await one(CareEvents.VisitOutcomeRecorded)).toMatchObject({
      visitId: story.visitId,
      dealt: true,
      amountFen: 200000,
      receiptNumber,
    });
    expect(await one(Events.DealClosed)).toMatchObject({
      visitId: story.visitId,
      receiptNumber,
      amountFen: 200000,
      staffId: story['onsite.a'].id,
      departmentCode: 'DENTAL',
    });
    expect(await one(CareEvents.ComplaintReceived)).toMatchObject({ complaintId: story.complaintId });
    expect(await one(Events.ConsumptionRefunded)).toMatchObject({ receiptNumber, complaintId: story.complaintId, amountFen: 200000 });
    expect(await one(CareEvents.ComplaintClosed)).toMatchObject({
      complaintId: story.complaintId,
      satisfaction: 4,
      resolutionKind: 'REFUND',
      amountFen: 200000,
    });
    const scheduled = await eventsOf(CareEvents.FollowUpScheduled, id);
    expect(scheduled.map((e) => e.data.taskId).sort()).toEqual(story.followUps.map((t: any) => t.id).sort());
  });

  it('analytics counts the customer and the member once, on the day and channel', async () => {
    const today = hospitalDay(new Date());
    const report = await eventually(async () => {
      const r = await ok(
        'director',
        'query ($p: PeriodInput!) { newCustomers(groupBy: CHANNEL, period: $p) { totalNewCustomers totalNewMembers rows { key newCustomers newMembers } } }',
        {
          p: { from: today, to: today },
        },
      );
      return r.newCustomers?.totalNewMembers === 1 && r.newCustomers;
    });
    expect(report).toEqual({ totalNewCustomers: 1, totalNewMembers: 1, rows: [{ key: 'PHONE', newCustomers: 1, newMembers: 1 }] });
  });
});
