import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CareEvents,
  Events,
  newId,
  type Caller,
  type ConsultationLinkedData,
  type DealClosedData,
  type FollowUpCompletedData,
  type FollowUpOverdueData,
  type VisitRegisteredData,
} from '@careline/service-kit';
import {
  createTestDatabase,
  eventually,
  startTestService,
  testCallers,
  type TestDatabase,
  type TestService,
} from '@careline/service-kit/testing';
import { crmService } from '../src/service.js';
import { markOverdueFollowUps } from '../src/modules/follow-up/follow-up.service.js';
import { addDays, hospitalDay } from '../src/common/hospital-time.js';
import { auditProbe, countRows, partner, staff } from './support.js';
import { eventProbe, freshPhone } from './care-support.js';

const REGISTER_CONSULTATION = `mutation ($input: RegisterConsultationInput!) { registerConsultation(input: $input) { id customerId phone outcome diseaseType history } }`;
const CONSULTATION = `query ($id: ID!) { consultation(id: $id) { id customerId diseaseType history diseaseCourse notes } }`;
const CREATE_CUSTOMER = `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const BOOK = `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id status phoneConverted onsiteConsultantId customerId } }`;
const ROSTER = `mutation ($input: SetDutyRosterInput!) { setDutyRoster(input: $input) { day consultantIds nextIndex } }`;
const REGISTER_VISIT = `mutation ($input: RegisterVisitInput!) { registerVisit(input: $input) { id walkIn phoneConverted designatedDoctor onsiteConsultantId customerId } }`;
const OUTCOME = `mutation ($input: RecordVisitOutcomeInput!) { recordVisitOutcome(input: $input) { id dealt dealAmountFen receiptNumber } }`;
const MY_TASKS = `{ myFollowUpsToday { id type dueDate consultationId } }`;
const OVERDUE = `query ($d: String) { overdueFollowUps(departmentCode: $d) { id dueDate overdue } }`;
const COMPLETE = `mutation ($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) { id status satisfaction newNeedFound } }`;

const consultant = staff('STAFF', 'CONSULTATION', '电话咨询员');
const guide = staff('STAFF', 'GUIDE', '导医');
const onsite = staff('STAFF', 'ONSITE', '现场咨询师');
const onsiteAdmin = staff('DEPT_ADMIN', 'ONSITE', '现场咨询主管');
const csStaff = staff('STAFF', 'CUSTOMER_SERVICE', '客服专员');
const consultationAdmin = staff('DEPT_ADMIN', 'CONSULTATION', '咨询中心主管');

describe('consultations, appointments, visits and follow-ups', () => {
  let db: TestDatabase;
  let crm: TestService;

  const ok = async <T = any>(query: string, variables: Record<string, unknown>, as: Caller): Promise<T> => {
    const { data, errors } = await crm.request(query, variables, undefined, as);
    expect(errors).toBeUndefined();
    return data as T;
  };
  const newCustomer = async (phone = freshPhone()) =>
    (await ok(CREATE_CUSTOMER, { input: { name: '顾客', phone, channel: 'PHONE' } }, testCallers.system)).createCustomer.id as string;
  const consult = (input: Record<string, unknown>, as: Caller = consultant) =>
    ok(REGISTER_CONSULTATION, { input: { channel: 'PHONE', outcome: 'BOOKED', phone: freshPhone(), ...input } }, as).then(
      (d) => d.registerConsultation,
    );
  let slotMinute = 0;
  /** a distinct slot on `day` (hospital time 09:00 onwards) */
  const slot = (day: string) => {
    const m = slotMinute++;
    return new Date(Date.parse(`${day}T01:00:00Z`) + m * 60_000).toISOString();
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    crm = await startTestService(crmService, db.url);
  });
  afterAll(async () => {
    await crm?.stop();
    await db?.drop();
  });

  describe('consultations', () => {
    it('links a consultation registered before the customer exists to the customer once they are registered by phone', async () => {
      const linkedEvents = await eventProbe<ConsultationLinkedData>(crm, CareEvents.ConsultationLinked);
      const phone = freshPhone();
      const consultation = await consult({
        phone,
        outcome: 'FOLLOW_UP_LATER',
        age: 42,
        gender: 'FEMALE',
        diseaseCourse: '两年',
        history: '高血压',
        diseaseType: '牙周病',
        address: '上海',
        visitIntention: '种植',
        concern: 'PRICE_COMPARISON',
      });
      expect(consultation.customerId).toBeNull();
      const appointment = (
        await ok(
          BOOK,
          {
            input: {
              type: 'EXPERT',
              departmentCode: 'DENTAL',
              doctorId: newId(),
              slotStart: slot('2026-12-05'),
              consultationId: consultation.id,
            },
          },
          consultant,
        )
      ).bookAppointment;
      expect(appointment.customerId).toBeNull();
      const customerId = await newCustomer(phone);
      const linked = await eventually(async () => {
        const { data } = await crm.request(CONSULTATION, { id: consultation.id }, undefined, consultant);
        return data.consultation.customerId === customerId && data.consultation;
      });
      expect(linked).toMatchObject({ customerId, diseaseType: '牙周病', history: '高血压', diseaseCourse: '两年' });
      // its appointment and its follow-up task follow, and analytics hears of the link once
      expect(
        await countRows(crm, `select count(*)::int as count from "crm"."appointment" where id = ? and customer_id = ?`, [
          appointment.id,
          customerId,
        ]),
      ).toBe(1);
      expect(
        await countRows(crm, `select count(*)::int as count from "crm"."follow_up_task" where consultation_id = ? and customer_id = ?`, [
          consultation.id,
          customerId,
        ]),
      ).toBe(1);
      expect((await linkedEvents.where((d) => d.consultationId === consultation.id)).map((e) => e.data)).toEqual([
        { consultationId: consultation.id, customerId, linkedAt: expect.any(String) },
      ]);
    });

    it('links a consultation to the existing customer with the same phone at once', async () => {
      const phone = freshPhone();
      const customerId = await newCustomer(phone);
      expect((await consult({ phone: `+86 ${phone}` })).customerId).toBe(customerId);
    });

    it('refuses a consultation without intention and without a reason with BAD_USER_INPUT', async () => {
      const { errors } = await crm.request(
        REGISTER_CONSULTATION,
        { input: { channel: 'WEB', outcome: 'NO_INTENTION', phone: freshPhone() } },
        undefined,
        consultant,
      );
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REASON_REQUIRED' });
    });

    it('masks disease and history for the director, whose role does not need personal data', async () => {
      const consultation = await consult({ history: '糖尿病', diseaseType: '种植' });
      const { data } = await crm.request(CONSULTATION, { id: consultation.id }, undefined, testCallers.director);
      expect(data.consultation).toMatchObject({ history: null, diseaseType: null });
    });

    it('refuses consultations to finance (ROLE_NOT_ALLOWED) and to guides (OTHER_DEPARTMENT)', async () => {
      const input = { channel: 'WEB', outcome: 'BOOKED', phone: freshPhone() };
      const asFinance = await crm.request(REGISTER_CONSULTATION, { input }, undefined, testCallers.finance);
      expect(asFinance.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
      const asGuide = await crm.request(REGISTER_CONSULTATION, { input }, undefined, guide);
      expect(asGuide.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT' });
      expect(await countRows(crm, `select count(*)::int as count from "crm"."consultation" where phone = ?`, [input.phone])).toBe(0);
    });
  });

  describe('appointments', () => {
    it('lists a doctor’s appointments of a range of days (week view) in hospital time, and keeps the day filter', async () => {
      const doctorId = newId();
      const LIST = `query ($doctorId: ID, $day: LocalDate, $from: LocalDate, $to: LocalDate, $status: AppointmentStatus) {
        appointments(doctorId: $doctorId, day: $day, from: $from, to: $to, status: $status, first: 50) { totalCount nodes { id slotStart } } }`;
      // 2026-12-14 is a Monday; 23:30 Shanghai on Sunday the 20th is 15:30 UTC, still inside the week
      const at = ['2026-12-13T16:30:00Z', '2026-12-14T01:00:00Z', '2026-12-16T02:00:00Z', '2026-12-20T15:30:00Z', '2026-12-20T16:30:00Z'];
      const ids: string[] = [];
      for (const slotStart of at)
        ids.push(
          (await ok(BOOK, { input: { type: 'EXPERT', departmentCode: 'DENTAL', doctorId, slotStart } }, consultant)).bookAppointment.id,
        );
      await ok(`mutation ($id: ID!) { cancelAppointment(id: $id) { status } }`, { id: ids[2] }, consultant);
      const week = (await ok(LIST, { doctorId, from: '2026-12-14', to: '2026-12-20' }, consultant)).appointments;
      // 2026-12-13T16:30Z is 00:30 on Monday the 14th in Shanghai; 2026-12-20T16:30Z is already Monday the 21st
      expect(week.nodes.map((n: { id: string }) => n.id).sort()).toEqual([ids[0], ids[1], ids[2], ids[3]].sort());
      expect(week.totalCount).toBe(4);
      const booked = (await ok(LIST, { doctorId, from: '2026-12-14', to: '2026-12-20', status: 'BOOKED' }, consultant)).appointments;
      expect(booked.totalCount).toBe(3);
      const monday = (await ok(LIST, { doctorId, day: '2026-12-14' }, consultant)).appointments;
      expect(monday.nodes.map((n: { id: string }) => n.id).sort()).toEqual([ids[0], ids[1]].sort());
      const both = await crm.request(LIST, { doctorId, day: '2026-12-14', from: '2026-12-14', to: '2026-12-20' }, undefined, consultant);
      expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DAY_AND_RANGE' });
      const backwards = await crm.request(LIST, { doctorId, from: '2026-12-20', to: '2026-12-14' }, undefined, consultant);
      expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RANGE_INVALID' });
      const long = await crm.request(LIST, { doctorId, from: '2026-01-01', to: '2026-12-31' }, undefined, consultant);
      expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RANGE_TOO_LONG' });
    });

    it('refuses a second booking of a doctor’s slot with CONFLICT SLOT_TAKEN, and frees the slot on cancelling', async () => {
      const doctorId = newId();
      const input = { type: 'EXPERT', departmentCode: 'DENTAL', doctorId, slotStart: slot('2026-12-01') };
      const first = (await ok(BOOK, { input }, consultant)).bookAppointment;
      const second = await crm.request(BOOK, { input }, undefined, consultant);
      expect(second.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SLOT_TAKEN' });
      await ok(`mutation ($id: ID!) { cancelAppointment(id: $id) { status } }`, { id: first.id }, consultant);
      expect((await ok(BOOK, { input }, consultant)).bookAppointment.status).toBe('BOOKED');
    });

    it('marks a booked appointment as a no-show once, and refuses it for one that arrived', async () => {
      const customerId = await newCustomer();
      const a = (
        await ok(
          BOOK,
          { input: { type: 'REVISIT', departmentCode: 'DENTAL', doctorId: newId(), slotStart: slot('2026-12-01'), customerId } },
          consultant,
        )
      ).bookAppointment;
      expect(
        (await ok(`mutation ($id: ID!) { markAppointmentNoShow(id: $id) { status } }`, { id: a.id }, guide)).markAppointmentNoShow.status,
      ).toBe('NO_SHOW');
      const again = await crm.request(`mutation ($id: ID!) { markAppointmentNoShow(id: $id) { status } }`, { id: a.id }, undefined, guide);
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_BOOKED' });
    });

    it('lets exactly one of 10 concurrent bookings of one doctor’s slot win', async () => {
      const input = { type: 'TREATMENT', departmentCode: 'DENTAL', doctorId: newId(), slotStart: slot('2026-12-02') };
      const results = await Promise.all(Array.from({ length: 10 }, () => crm.request(BOOK, { input }, undefined, consultant)));
      const wins = results.filter((r) => r.data?.bookAppointment);
      const conflicts = results.filter((r) => r.errors?.[0].extensions.reason === 'SLOT_TAKEN');
      expect(wins).toHaveLength(1);
      expect(conflicts).toHaveLength(9);
      expect(await countRows(crm, `select count(*)::int as count from "crm"."appointment" where doctor_id = ?`, [input.doctorId])).toBe(1);
    });
  });

  describe('rotation of phone-converted bookings', () => {
    const day = '2026-12-10';
    const team = [newId(), newId(), newId()];
    const bookPhoneConverted = async () => {
      const consultation = await consult({ channel: 'PHONE', outcome: 'BOOKED' });
      const input = { type: 'EXPERT', departmentCode: 'DENTAL', doctorId: newId(), slotStart: slot(day), consultationId: consultation.id };
      return (await ok(BOOK, { input }, consultant)).bookAppointment as { phoneConverted: boolean; onsiteConsultantId: string };
    };

    it('hands 9 phone-converted bookings to the 3 consultants on duty in turn, 3 each', async () => {
      await ok(ROSTER, { input: { day, consultantIds: team } }, onsiteAdmin);
      const handedTo: string[] = [];
      for (let i = 0; i < 9; i++) {
        const booked = await bookPhoneConverted();
        expect(booked.phoneConverted).toBe(true);
        handedTo.push(booked.onsiteConsultantId);
      }
      expect(handedTo).toEqual([...team, ...team, ...team]);
    });

    it('keeps the rotation’s place across a service restart on the same database', async () => {
      await crm.stop();
      crm = await startTestService(crmService, db.url);
      const next = await bookPhoneConverted();
      expect(next.onsiteConsultantId).toBe(team[0]);
      expect((await bookPhoneConverted()).onsiteConsultantId).toBe(team[1]);
    });

    it('does not hand over a booking that is not phone-converted, nor take a turn for it', async () => {
      const web = await consult({ channel: 'WEB', outcome: 'BOOKED' });
      const booked = (
        await ok(
          BOOK,
          { input: { type: 'EXPERT', departmentCode: 'DENTAL', doctorId: newId(), slotStart: slot(day), consultationId: web.id } },
          consultant,
        )
      ).bookAppointment;
      expect(booked).toMatchObject({ phoneConverted: false, onsiteConsultantId: null });
      expect((await bookPhoneConverted()).onsiteConsultantId).toBe(team[2]);
    });
  });

  describe('visits and deals', () => {
    it('registers a booked arrival with the designated-doctor mark and the consultant of the rotation, and publishes VisitRegistered', async () => {
      const probe = await eventProbe<VisitRegisteredData>(crm, CareEvents.VisitRegistered);
      const customerId = await newCustomer();
      const appointment = (
        await ok(
          BOOK,
          { input: { type: 'EXPERT', departmentCode: 'DENTAL', doctorId: newId(), slotStart: slot('2026-12-03'), customerId } },
          consultant,
        )
      ).bookAppointment;
      const visit = (await ok(REGISTER_VISIT, { input: { appointmentId: appointment.id, designatedDoctor: true } }, guide)).registerVisit;
      expect(visit).toMatchObject({ walkIn: false, designatedDoctor: true, customerId });
      const again = await crm.request(REGISTER_VISIT, { input: { appointmentId: appointment.id } }, undefined, guide);
      expect(again.errors?.[0].extensions.reason).toBe('ALREADY_ARRIVED');
      expect(await probe.where((d) => d.visitId === visit.id)).toHaveLength(1);
    });

    it('publishes DealClosed once per deal, in the visit’s transaction, with the amount in fen', async () => {
      const probe = await eventProbe<DealClosedData>(crm, Events.DealClosed);
      const customerId = await newCustomer();
      const visit = (
        await ok(
          REGISTER_VISIT,
          { input: { customerId, type: 'TREATMENT', departmentCode: 'DENTAL', onsiteConsultantId: onsite.id } },
          guide,
        )
      ).registerVisit;
      const receiptNumber = `R-${newId()}`;
      const outcome = (
        await ok(OUTCOME, { input: { visitId: visit.id, dealt: true, amountFen: 128050, receiptNumber, items: ['种植'] } }, onsite)
      ).recordVisitOutcome;
      expect(outcome).toMatchObject({ dealt: true, dealAmountFen: 128050, receiptNumber });
      const twice = await Promise.all(
        [1, 2, 3].map(() =>
          crm.request(
            OUTCOME,
            { input: { visitId: visit.id, dealt: true, amountFen: 100, receiptNumber: `R-${newId()}` } },
            undefined,
            onsite,
          ),
        ),
      );
      for (const r of twice) expect(r.errors?.[0].extensions.reason).toBe('OUTCOME_ALREADY_RECORDED');
      const deals = await probe.where((d) => d.visitId === visit.id);
      expect(deals.map((e) => e.data)).toEqual([
        {
          visitId: visit.id,
          customerId,
          receiptNumber,
          amountFen: 128050,
          occurredAt: expect.any(String),
          departmentCode: 'DENTAL',
          staffId: onsite.id,
        },
      ]);
      // a deal whose transaction fails (its receipt is taken) publishes nothing
      const other = (await ok(REGISTER_VISIT, { input: { customerId, type: 'TREATMENT', departmentCode: 'DENTAL' } }, guide)).registerVisit;
      const taken = await crm.request(
        OUTCOME,
        { input: { visitId: other.id, dealt: true, amountFen: 1000, receiptNumber } },
        undefined,
        onsite,
      );
      expect(taken.errors?.[0].extensions.reason).toBe('RECEIPT_TAKEN');
      expect(await probe.where((d) => d.visitId === other.id)).toHaveLength(0);
    });

    it('takes a deal amount only as a whole number of fen above zero, refusing others by field and recording nothing', async () => {
      const customerId = await newCustomer();
      const visit = (await ok(REGISTER_VISIT, { input: { customerId, type: 'TREATMENT', departmentCode: 'DENTAL' } }, guide)).registerVisit;
      const outcome = (amountFen: unknown) =>
        crm.request(OUTCOME, { input: { visitId: visit.id, dealt: true, amountFen, receiptNumber: `R-${newId()}` } }, undefined, onsite);
      for (const amountFen of [null, 0, -100]) {
        expect((await outcome(amountFen)).errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'amountFen',
          reason: 'MONEY_INVALID',
        });
      }
      // a fraction of a fen, yuan text or a number past 2^53 is not a Fen at all: refused before crm's code runs
      for (const amountFen of [1280.5, '1280.50', 2 ** 53]) {
        expect((await outcome(amountFen)).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      }
      const row = await crm.orm.em
        .getConnection()
        .execute<{ dealt: boolean | null }[]>(`select dealt from "crm"."visit" where id = ?`, [visit.id]);
      expect(row).toEqual([{ dealt: null }]);
    });
  });

  describe('partners', () => {
    it('shows a partner organisation the visits and spend of its own key account’s people only', async () => {
      const keyAccountId = newId();
      const ours = (
        await ok(
          CREATE_CUSTOMER,
          { input: { name: '单位员工', phone: freshPhone(), channel: 'PARTNER', keyAccountId } },
          testCallers.system,
        )
      ).createCustomer.id;
      const theirs = await newCustomer();
      for (const customerId of [ours, theirs]) {
        const v = (await ok(REGISTER_VISIT, { input: { customerId, type: 'PHYSICAL_EXAM', departmentCode: 'CHECKUP' } }, guide))
          .registerVisit;
        await ok(OUTCOME, { input: { visitId: v.id, dealt: true, amountFen: 9990, receiptNumber: `R-${newId()}` } }, onsite);
      }
      const LIST = `{ visits(first: 100) { totalCount nodes { customerId dealAmountFen } } }`;
      const { data, errors } = await crm.request(LIST, {}, undefined, partner(keyAccountId));
      expect(errors).toBeUndefined();
      expect(data.visits).toEqual({ totalCount: 1, nodes: [{ customerId: ours, dealAmountFen: 9990 }] });
      const other = await crm.request(LIST, {}, undefined, partner(newId()));
      expect(other.data.visits.totalCount).toBe(0);
      const consultations = await crm.request(`{ consultations { totalCount } }`, {}, undefined, partner(keyAccountId));
      expect(consultations.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    });
  });

  describe('follow-ups', () => {
    it('generates the +1, +7 and +30 day tasks of a treatment deal, due on hospital-calendar days', async () => {
      const customerId = await newCustomer();
      const visit = (await ok(REGISTER_VISIT, { input: { customerId, type: 'TREATMENT', departmentCode: 'DENTAL' } }, guide)).registerVisit;
      await ok(OUTCOME, { input: { visitId: visit.id, dealt: true, amountFen: 30000, receiptNumber: `R-${newId()}` } }, onsite);
      const today = hospitalDay(new Date());
      const rows = await crm.orm.em
        .getConnection()
        .execute<{ due_date: string; type: string }[]>(
          `select to_char(due_date, 'YYYY-MM-DD') as due_date, type from "crm"."follow_up_task" where visit_id = ? and type = 'POST_TREATMENT' order by due_date`,
          [visit.id],
        );
      expect(rows).toEqual([1, 7, 30].map((d) => ({ due_date: addDays(today, d), type: 'POST_TREATMENT' })));
    });

    it('generates one +3 day task for an unconverted visit and none for a booked consultation', async () => {
      const customerId = await newCustomer();
      const visit = (await ok(REGISTER_VISIT, { input: { customerId, type: 'EXAMINATION', departmentCode: 'DENTAL' } }, guide))
        .registerVisit;
      await ok(OUTCOME, { input: { visitId: visit.id, dealt: false } }, onsite);
      const booked = await consult({ outcome: 'BOOKED' });
      expect(
        await countRows(
          crm,
          `select count(*)::int as count from "crm"."follow_up_task" where visit_id = ? and type = 'UNCONVERTED' and due_date = ?::date`,
          [visit.id, addDays(hospitalDay(new Date()), 3)],
        ),
      ).toBe(1);
      expect(await countRows(crm, `select count(*)::int as count from "crm"."follow_up_task" where consultation_id = ?`, [booked.id])).toBe(
        0,
      );
    });

    it('dates the +3 day task of an unconverted consultation from its day in Asia/Shanghai, not in UTC', async () => {
      // 2026-03-01 17:30 UTC is 2026-03-02 01:30 in Shanghai
      const c = await consult({ outcome: 'FOLLOW_UP_LATER', consultedAt: '2026-03-01T17:30:00.000Z' }, consultationAdmin);
      const rows = await crm.orm.em
        .getConnection()
        .execute<{ due_date: string; assignee_id: string }[]>(
          `select to_char(due_date, 'YYYY-MM-DD') as due_date, assignee_id from "crm"."follow_up_task" where consultation_id = ?`,
          [c.id],
        );
      expect(rows).toEqual([{ due_date: '2026-03-05', assignee_id: consultationAdmin.id }]);
    });

    it('generates tasks from a rule added as data, and none from a rule switched off', async () => {
      const SAVE = `mutation ($input: FollowUpRuleInput!) { saveFollowUpRule(input: $input) { id active } }`;
      const rule = (
        await ok(
          SAVE,
          {
            input: {
              name: '体检后 2 天',
              trigger: 'VISIT',
              visitType: 'PHYSICAL_EXAM',
              outcome: 'DEALT',
              offsetDays: 2,
              type: 'SATISFACTION',
            },
          },
          staff('DEPT_ADMIN', 'CUSTOMER_SERVICE'),
        )
      ).saveFollowUpRule;
      const dealt = async () => {
        const customerId = await newCustomer();
        const visit = (await ok(REGISTER_VISIT, { input: { customerId, type: 'PHYSICAL_EXAM', departmentCode: 'CHECKUP' } }, guide))
          .registerVisit;
        await ok(OUTCOME, { input: { visitId: visit.id, dealt: true, amountFen: 8800, receiptNumber: `R-${newId()}` } }, onsite);
        return crm.orm.em.getConnection().execute<{ due_date: string; type: string }[]>(
          // 门诊次日回访 (every visit) is not this rule's
          `select to_char(due_date, 'YYYY-MM-DD') as due_date, type from "crm"."follow_up_task" where visit_id = ? and type <> 'NEXT_DAY'`,
          [visit.id],
        );
      };
      expect(await dealt()).toEqual([{ due_date: addDays(hospitalDay(new Date()), 2), type: 'SATISFACTION' }]);
      await ok(
        SAVE,
        {
          input: {
            id: rule.id,
            name: '体检后 2 天',
            trigger: 'VISIT',
            visitType: 'PHYSICAL_EXAM',
            outcome: 'DEALT',
            offsetDays: 2,
            type: 'SATISFACTION',
            active: false,
          },
        },
        staff('DEPT_ADMIN', 'CUSTOMER_SERVICE'),
      );
      expect(await dealt()).toEqual([]);
      const bad = await crm.request(
        SAVE,
        { input: { name: 'x', trigger: 'VISIT', outcome: 'BOOKED', offsetDays: 1, type: 'SATISFACTION' } },
        undefined,
        csStaff,
      );
      expect(bad.errors?.[0].extensions.reason).toBe('OUTCOME_INVALID');
    });

    it('lists my open tasks due today or earlier, and the overdue job marks past-due tasks for the department admin', async () => {
      const mine = (await ok(MY_TASKS, {}, consultationAdmin)).myFollowUpsToday;
      expect(mine.map((t: { dueDate: string }) => t.dueDate)).toEqual(['2026-03-05']);
      expect((await ok(OVERDUE, { d: 'CONSULTATION' }, consultationAdmin)).overdueFollowUps).toEqual([]);
      const marked = await markOverdueFollowUps(crm.orm.em, crm.bus);
      expect(marked).toBeGreaterThanOrEqual(1);
      const overdue = (await ok(OVERDUE, { d: 'CONSULTATION' }, consultationAdmin)).overdueFollowUps;
      expect(overdue).toEqual([expect.objectContaining({ id: mine[0].id, overdue: true })]);
      expect(await markOverdueFollowUps(crm.orm.em, crm.bus)).toBe(0);
      const otherDept = await crm.request(OVERDUE, { d: 'CONSULTATION' }, undefined, staff('DEPT_ADMIN', 'CUSTOMER_SERVICE'));
      expect(otherDept.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const asStaff = await crm.request(OVERDUE, { d: 'CONSULTATION' }, undefined, consultant);
      expect(asStaff.errors?.[0].extensions.reason).toBe('ROLE_NOT_ALLOWED');
    });

    it('does not mark a task due today as overdue', async () => {
      const today = hospitalDay(new Date());
      const customerId = await newCustomer();
      const created = (
        await ok(
          `mutation ($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id dueDate assigneeId } }`,
          { input: { customerId, type: 'SATISFACTION', dueDate: today } },
          csStaff,
        )
      ).createFollowUp;
      expect(created.assigneeId).toBe(csStaff.id);
      await markOverdueFollowUps(crm.orm.em, crm.bus);
      expect(await countRows(crm, `select count(*)::int as count from "crm"."follow_up_task" where id = ? and overdue`, [created.id])).toBe(
        0,
      );
    });

    it('announces each task the overdue job marks once (FollowUpOverdue, naming its owner), and never again', async () => {
      const probe = await eventProbe<FollowUpOverdueData>(crm, Events.FollowUpOverdue);
      const customerId = await newCustomer();
      const yesterday = addDays(hospitalDay(new Date()), -1);
      const created = (
        await ok(
          `mutation ($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }`,
          { input: { customerId, type: 'SATISFACTION', dueDate: yesterday } },
          csStaff,
        )
      ).createFollowUp;
      expect(await probe.where((d) => d.taskId === created.id)).toHaveLength(0);
      expect(await markOverdueFollowUps(crm.orm.em, crm.bus)).toBeGreaterThanOrEqual(1);
      await markOverdueFollowUps(crm.orm.em, crm.bus);
      const events = await probe.where((d) => d.taskId === created.id);
      expect(events.map((e) => e.data)).toEqual([
        expect.objectContaining({ taskId: created.id, customerId, type: 'SATISFACTION', dueDate: yesterday, assigneeId: csStaff.id }),
      ]);
    });

    it('completes a follow-up once with result, satisfaction and new need, and publishes FollowUpCompleted', async () => {
      const probe = await eventProbe<FollowUpCompletedData>(crm, CareEvents.FollowUpCompleted);
      const customerId = await newCustomer();
      const task = (
        await ok(
          `mutation ($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }`,
          { input: { customerId, type: 'SATISFACTION', dueDate: hospitalDay(new Date()) } },
          csStaff,
        )
      ).createFollowUp;
      const bad = await crm.request(COMPLETE, { input: { taskId: task.id, result: '好', satisfaction: 6 } }, undefined, csStaff);
      expect(bad.errors?.[0].extensions.reason).toBe('SATISFACTION_INVALID');
      const done = (
        await ok(COMPLETE, { input: { taskId: task.id, result: '满意', satisfaction: 5, newNeedFound: true, newNeed: '美白' } }, csStaff)
      ).completeFollowUp;
      expect(done).toMatchObject({ status: 'DONE', satisfaction: 5, newNeedFound: true });
      const again = await crm.request(COMPLETE, { input: { taskId: task.id, result: '再次' } }, undefined, csStaff);
      expect(again.errors?.[0].extensions.reason).toBe('NOT_OPEN');
      const events = await probe.where((d) => d.taskId === task.id);
      expect(events.map((e) => e.data)).toEqual([
        expect.objectContaining({ onTime: true, satisfaction: 5, newNeedFound: true, customerId }),
      ]);
    });
  });
  describe('audit and schedules', () => {
    it('records every change of consultations, appointments and visits in the audit trail with the actor', async () => {
      const audit = await auditProbe(crm);
      const actor = staff('STAFF', 'CONSULTATION', '审计对象');
      const guideActor = staff('STAFF', 'GUIDE', '审计导医');
      const customerId = await newCustomer();
      const consultation = await consult({ outcome: 'BOOKED' }, actor);
      const appointment = (
        await ok(
          BOOK,
          { input: { type: 'REVISIT', departmentCode: 'DENTAL', doctorId: newId(), slotStart: slot('2026-12-20'), customerId } },
          actor,
        )
      ).bookAppointment;
      await ok(REGISTER_VISIT, { input: { appointmentId: appointment.id } }, guideActor);
      const entries = await eventually(async () => {
        const found = [...(await audit.entriesOf(actor.id!)), ...(await audit.entriesOf(guideActor.id!))];
        return found.length >= 3 && found;
      });
      expect(entries.map((e) => [e.operation, e.outcome, e.targetType])).toEqual(
        expect.arrayContaining([
          ['mutation registerConsultation', 'SUCCESS', 'Consultation'],
          ['mutation bookAppointment', 'SUCCESS', 'Appointment'],
          ['mutation registerVisit', 'SUCCESS', 'Visit'],
        ]),
      );
      expect(entries.find((e) => e.operation === 'mutation registerConsultation')?.targetIds).toEqual([consultation.id]);
    });

    it('schedules crm.mark-overdue-follow-ups and crm.weekly-opinion-report with pg-boss in the hospital time zone', async () => {
      const rows = await crm.orm.em
        .getConnection()
        .execute<{ name: string; cron: string; timezone: string }[]>(
          `select name, cron, timezone from pgboss.schedule where name like 'crm.%' order by name`,
        );
      expect(rows).toEqual(
        expect.arrayContaining([
          { name: 'crm.mark-overdue-follow-ups', cron: '*/15 * * * *', timezone: 'Asia/Shanghai' },
          { name: 'crm.weekly-opinion-report', cron: '0 8 * * 1', timezone: 'Asia/Shanghai' },
        ]),
      );
    });
  });

  describe('rotation under concurrency', () => {
    it('hands 6 concurrent phone-converted bookings to the 3 consultants on duty, 2 each', async () => {
      const day = '2026-12-11';
      const team = [newId(), newId(), newId()];
      await ok(ROSTER, { input: { day, consultantIds: team } }, onsiteAdmin);
      const consultations = await Promise.all(Array.from({ length: 6 }, () => consult({ channel: 'PHONE', outcome: 'BOOKED' })));
      const booked = await Promise.all(
        consultations.map((c) =>
          ok(
            BOOK,
            { input: { type: 'EXPERT', departmentCode: 'DENTAL', doctorId: newId(), slotStart: slot(day), consultationId: c.id } },
            consultant,
          ),
        ),
      );
      const counts = new Map<string, number>();
      for (const b of booked) counts.set(b.bookAppointment.onsiteConsultantId, (counts.get(b.bookAppointment.onsiteConsultantId) ?? 0) + 1);
      expect([...counts.entries()].sort()).toEqual(team.map((id) => [id, 2]).sort());
    });
  });
});
