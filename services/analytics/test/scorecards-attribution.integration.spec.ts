import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CareEvents, Events, MemberFactEvents, MembershipEvents, newId, type DomainEvent } from '@careline/service-kit';
import { createTestDatabase, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { kpiDeps, scorecardsDeps } from '../src/modules/scorecards/scorecards.deps.js';
import { analyticsService } from '../src/service.js';
import { SET_MONTHLY_TARGET } from './kpi-documents.js';
import { applyHistory } from './kpi-setup.js';
import { staff as caller } from './support.js';

/**
 * Issue 20: every measured item of a scorecard credits the person whose work it measures
 * (docs/domain.md §6; the registry's attribution), in that person's department. One December
 * history in which one person of each position did the work, and a colleague of the same
 * position (in the same department, or the manager of an idle department) did none:
 *
 * - phone consultant P1 (CUSTOMER_SERVICE) took consultation Q1 and booked A1 (phone-converted) for
 *   on-site consultant O1 (ONSITE); the customer arrived on 5 Dec (V1, dealt ¥5,000) and came back on
 *   10 Dec (V2, walk-in, dealt ¥1,000, a returning customer), both registered by guide G1;
 * - member specialist S1 (CUSTOMER_SERVICE) is member M1's developer (开发人); M1's ¥5,000 receipt was
 *   recorded from O1's deal (the receipt's staff is O1) and is credited to S1; S1 owns follow-up F1
 *   (on time, score 5); O1 owns follow-up F2 (on time, score 5);
 * - the customer-service manager CM1 leads CUSTOMER_SERVICE (P1, P2, S1, S2); CM2 leads CS_EAST, where
 *   nobody worked; the on-site supervisor U1 leads ONSITE (O1, O2, O3); U2 leads ONSITE_EAST;
 * - the operations director and the operations manager are scored on the hospital's figures, so
 *   theirs move from November (no work) to December.
 *
 * Every staff member who could score has a monthly target where one applies, so an idle colleague's
 * 0 is "no work", not "no target".
 */
const SCORECARDS = `query ($month: YearMonth!, $position: String!) { scorecards(month: $month, positionCode: $position) {
  template { items { code kind scope } }
  rows { staffId staffName departmentCode items { code kind value target score status } } } }`;
const JUDGE = `mutation ($input: SetJudgedScoreInput!) { setJudgedScore(input: $input) { staffId } }`;

const director = caller('OPS_DIRECTOR', 'OPERATIONS', '运营总监');
const at = (day: string, hourUtc = 2) => `${day}T${String(hourUtc).padStart(2, '0')}:00:00.000Z`;
const event = <T extends object>(type: string, data: T, occurredAt: string, source = 'crm'): DomainEvent<T> => ({
  id: newId(),
  type,
  source,
  occurredAt,
  data,
});

type Item = { code: string; kind: string; value: number | null; target: number | null; score: number; status: string };
type Row = { staffId: string; staffName: string | null; departmentCode: string; items: Item[] };

describe('绩效考核 credit the person whose work each item measures (issue 20)', () => {
  let db: TestDatabase;
  let analytics: TestService;
  const s = {
    D: newId(),
    OM: newId(),
    CM1: newId(),
    CM2: newId(),
    P1: newId(),
    P2: newId(),
    S1: newId(),
    S2: newId(),
    U1: newId(),
    U2: newId(),
    O1: newId(),
    O2: newId(),
    O3: newId(),
    G1: newId(),
  };
  // the customer C1 and their membership M1 (the last test changes M1's developer)
  const [C1, M1] = [newId(), newId()];

  const scorecards = async (position: string, month = '2026-12') => {
    const { data, errors } = await analytics.request(SCORECARDS, { month, position }, undefined, director);
    expect(errors).toBeUndefined();
    const scopes = new Map<string, string | null>(
      (data.scorecards.template.items as { code: string; scope: string | null }[]).map((i) => [i.code, i.scope]),
    );
    const rows = new Map<string, Row>((data.scorecards.rows as Row[]).map((r) => [r.staffId, r]));
    const measured = (staffId: string) => {
      const row = rows.get(staffId);
      expect(row, `${position}: ${staffId} is on the scorecard`).toBeDefined();
      return row!.items.filter((i) => i.kind === 'MEASURED');
    };
    return { rows, measured, scopeOf: (code: string) => scopes.get(code) };
  };

  /** the worker's every measured item scores; the idle colleague's staff and department items do not */
  const expectCredited = async (position: string, worker: string, idle: string) => {
    const card = await scorecards(position);
    const mine = card.measured(worker);
    expect(mine.length).toBeGreaterThan(0);
    for (const item of mine) {
      expect(item.status, `${position} ${item.code}`).toBe('OK');
      expect(item.score, `${position} ${item.code}`).toBeGreaterThan(0);
    }
    for (const item of card.measured(idle)) {
      if (card.scopeOf(item.code) === 'HOSPITAL') {
        // a hospital figure is the same for everyone in the position
        expect(item.value, `${position} ${item.code}`).toBe(mine.find((m) => m.code === item.code)!.value);
      } else expect(item.score, `${position} ${item.code} of the idle colleague`).toBe(0);
    }
    return card;
  };

  beforeAll(async () => {
    scorecardsDeps.current = kpiDeps;
    db = await createTestDatabase();
    analytics = await startTestService(analyticsService, db.url);

    // who works where: the manager's entries, and one on-site consultant known only from identity's staff dimension
    const place: [string, string, string, string][] = [
      [s.D, '运营总监', 'OPS_DIRECTOR', 'OPERATIONS'],
      [s.OM, '运营经理', 'OPS_MANAGER', 'OPERATIONS'],
      [s.CM1, '客服经理一', 'CS_MANAGER', 'CUSTOMER_SERVICE'],
      [s.CM2, '客服经理二', 'CS_MANAGER', 'CS_EAST'],
      [s.P1, '电咨一', 'PHONE_CONSULTANT', 'CUSTOMER_SERVICE'],
      [s.P2, '电咨二', 'PHONE_CONSULTANT', 'CUSTOMER_SERVICE'],
      [s.S1, '会员专员一', 'MEMBER_SPECIALIST', 'CUSTOMER_SERVICE'],
      [s.S2, '会员专员二', 'MEMBER_SPECIALIST', 'CUSTOMER_SERVICE'],
      [s.U1, '现场主管一', 'ONSITE_SUPERVISOR', 'ONSITE'],
      [s.U2, '现场主管二', 'ONSITE_SUPERVISOR', 'ONSITE_EAST'],
      [s.O1, '现场顾问一', 'ONSITE_CONSULTANT', 'ONSITE'],
      [s.O2, '现场顾问二', 'ONSITE_CONSULTANT', 'ONSITE'],
    ];
    for (const [staffId, staffName, positionCode, departmentCode] of place) {
      const { errors } = await analytics.request(
        JUDGE,
        { input: { month: '2026-11', staffId, staffName, positionCode, departmentCode, scores: [] } },
        undefined,
        director,
      );
      expect(errors).toBeUndefined();
    }
    await analytics.orm.em
      .fork()
      .getConnection()
      .execute(
        `insert into analytics.staff_dim (staff_id, name, department_id, department_code, position_code, role, active, changed_at)
       values (?, '现场顾问三', 'ONSITE', 'ONSITE', 'ONSITE_CONSULTANT', 'STAFF', true, now())`,
        [s.O3],
      );

    const targets = [
      { metric: 'PHONE_TO_SALE', departmentCode: 'CUSTOMER_SERVICE', staffId: s.P1, amountFen: 500_000 },
      { metric: 'PHONE_TO_SALE', departmentCode: 'CUSTOMER_SERVICE', staffId: s.P2, amountFen: 500_000 },
      { metric: 'PHONE_TO_SALE', departmentCode: 'CUSTOMER_SERVICE', amountFen: 500_000 },
      { metric: 'PHONE_TO_SALE', departmentCode: 'CS_EAST', amountFen: 500_000 },
      { metric: 'REVENUE', departmentCode: 'ONSITE', staffId: s.O1, amountFen: 600_000 },
      { metric: 'REVENUE', departmentCode: 'ONSITE', staffId: s.O2, amountFen: 600_000 },
      { metric: 'REVENUE', departmentCode: 'ONSITE', amountFen: 1_200_000 },
      { metric: 'REVENUE', departmentCode: 'ONSITE_EAST', amountFen: 1_200_000 },
      { metric: 'REVENUE', departmentCode: '', amountFen: 1_200_000 },
      { metric: 'MEMBER_SPEND', departmentCode: 'CUSTOMER_SERVICE', staffId: s.S1, amountFen: 600_000 },
      { metric: 'MEMBER_SPEND', departmentCode: 'CUSTOMER_SERVICE', staffId: s.S2, amountFen: 600_000 },
    ];
    for (const input of targets) {
      const { errors } = await analytics.request(SET_MONTHLY_TARGET, { input: { month: '2026-12', ...input } }, undefined, director);
      expect(errors).toBeUndefined();
    }

    const [C2, Q1, A1, V1, V2] = [newId(), newId(), newId(), newId(), newId()];
    const events: DomainEvent<object>[] = [
      event(
        Events.CustomerRegistered,
        {
          customerId: C1,
          channel: 'PHONE',
          region: '浦东',
          registeredAt: at('2026-12-01', 0),
          keyAccountId: null,
          birthDate: '1980-01-01',
        },
        at('2026-12-01', 0),
      ),
      event(
        Events.CustomerRegistered,
        { customerId: C2, channel: 'WECHAT', region: null, registeredAt: at('2026-12-02', 0), keyAccountId: null, birthDate: null },
        at('2026-12-02', 0),
      ),
      event(
        Events.MemberEnrolled,
        { membershipId: M1, customerId: C1, cardNumber: 'M000001', tier: 'ORDINARY', joinedAt: at('2026-11-01'), developerId: s.S1 },
        at('2026-11-01'),
        'members',
      ),
      event(
        CareEvents.ConsultationRegistered,
        {
          consultationId: Q1,
          customerId: C1,
          channel: 'PHONE',
          consultantId: s.P1,
          departmentCode: 'DENTAL',
          region: null,
          concern: null,
          outcome: 'BOOKED',
          consultedAt: at('2026-12-01', 1),
        },
        at('2026-12-01', 1),
      ),
      event(
        CareEvents.AppointmentBooked,
        {
          appointmentId: A1,
          customerId: C1,
          consultationId: Q1,
          type: 'EXPERT',
          departmentCode: 'DENTAL',
          doctorId: newId(),
          slotStart: at('2026-12-05'),
          phoneConverted: true,
          onsiteConsultantId: s.O1,
          bookedBy: s.P1,
          bookedAt: at('2026-12-01', 3),
        },
        at('2026-12-01', 3),
      ),
    ];
    const visit = (visitId: string, appointmentId: string | null, arrivedAt: string, amountFen: number, receiptNumber: string) => {
      const base = {
        visitId,
        customerId: C1,
        appointmentId,
        departmentCode: 'DENTAL',
        onsiteConsultantId: s.O1,
        phoneConverted: !!appointmentId,
      };
      const recordedAt = new Date(Date.parse(arrivedAt) + 3_600_000).toISOString();
      events.push(
        event(
          CareEvents.VisitRegistered,
          { ...base, walkIn: !appointmentId, type: 'EXPERT', doctorId: null, designatedDoctor: false, arrivedAt, registeredBy: s.G1 },
          arrivedAt,
        ),
        event(
          CareEvents.VisitOutcomeRecorded,
          { ...base, dealt: true, amountFen, receiptNumber, recordedBy: s.O1, recordedAt },
          recordedAt,
        ),
      );
    };
    visit(V1, A1, at('2026-12-05'), 500_000, 'R1');
    visit(V2, null, at('2026-12-10'), 100_000, 'R2');
    // the member's receipt comes from the on-site consultant's deal: it is credited to the member's developer S1, not to O1
    events.push(
      event(
        MemberFactEvents.ConsumptionRecorded,
        {
          consumptionId: newId(),
          receiptNumber: 'R1',
          customerId: C1,
          membershipId: M1,
          amountFen: 500_000,
          occurredAt: at('2026-12-05', 3),
          source: 'MANUAL',
          visitId: null,
          departmentCode: 'DENTAL',
          staffId: s.O1,
          recordedBy: s.O1,
        },
        at('2026-12-05', 3),
        'members',
      ),
    );
    const followUp = (assigneeId: string, dueDate: string) => {
      const taskId = newId();
      const completedAt = at(dueDate);
      events.push(
        event(
          CareEvents.FollowUpScheduled,
          { taskId, customerId: C1, type: 'AFTER_TREATMENT', dueDate, departmentCode: 'DENTAL', assigneeId, ruleId: null },
          at('2026-12-01'),
        ),
        event(
          CareEvents.FollowUpCompleted,
          {
            taskId,
            customerId: C1,
            type: 'AFTER_TREATMENT',
            channel: 'PHONE',
            dueDate,
            completedAt,
            onTime: true,
            satisfaction: 5,
            newNeedFound: false,
            departmentCode: 'DENTAL',
            assigneeId,
            completedBy: assigneeId,
          },
          completedAt,
        ),
      );
    };
    followUp(s.S1, '2026-12-06');
    followUp(s.O1, '2026-12-11');
    await applyHistory(analytics, events);
  });
  afterAll(async () => {
    await analytics?.stop();
    await db?.drop();
  });

  it('电话咨询员: the phone consultant who booked gets the phone-converted sale, arrival, booking and consultation; the other phone consultant does not', async () => {
    const card = await expectCredited('PHONE_CONSULTANT', s.P1, s.P2);
    const item = (code: string) => card.measured(s.P1).find((i) => i.code === code)!;
    // ¥5,000 against his ¥5,000 target; 1 phone-converted arrival of the hospital's 2 outpatient visits
    expect(item('PHONE_TO_SALE_ACHIEVEMENT').value).toBe(1);
    expect(item('PHONE_TO_OUTPATIENT_RATE').value).toBe(0.5);
    expect(item('BOOKING_DEAL_RATE').value).toBe(1);
    expect(item('COMPLAINT_RATE')).toMatchObject({ value: 0, score: 120 });
  });

  it('现场咨询师: the on-site consultant who closed gets the revenue, deals and bookings; the idle one and the one known from identity only are listed with 0', async () => {
    const card = await expectCredited('ONSITE_CONSULTANT', s.O1, s.O2);
    // ¥6,000 against ¥6,000; the phone-converted sale is not taken from him (revenue is the closer's)
    expect(card.measured(s.O1).find((i) => i.code === 'REVENUE_COMPLETION')!.value).toBe(1);
    // issue 17: a consultant of the position appears before anyone entered a score for them
    expect(card.rows.get(s.O3)).toMatchObject({ staffName: '现场顾问三', departmentCode: 'ONSITE' });
    expect(card.measured(s.O3).every((i) => i.score === 0)).toBe(true);
  });

  it('会员专员: the member’s developer gets the member spend (not the consultant on the receipt), the follow-up rate and satisfaction of the tasks they own', async () => {
    const card = await expectCredited('MEMBER_SPECIALIST', s.S1, s.S2);
    expect(card.measured(s.S1).find((i) => i.code === 'FOLLOW_UP_RATE')!.value).toBe(1);
    expect(card.measured(s.S1).find((i) => i.code === 'MEMBER_SPEND_COMPLETION')!.value).toBeCloseTo(5 / 6, 6);
  });

  it('现场咨询主管: the supervisor reads the figures of the staff in their department, not the visits’ clinical department', async () => {
    const card = await expectCredited('ONSITE_SUPERVISOR', s.U1, s.U2);
    const item = (code: string) => card.measured(s.U1).find((i) => i.code === code)!;
    expect(item('REVENUE_COMPLETION').value).toBe(0.5);
    expect(item('ONSITE_DEAL_RATE').value).toBe(1);
    expect(item('OLD_CUSTOMER_REPURCHASE_RATE').value).toBe(0.5);
  });

  it('客服经理: the customer-service manager reads the phone consultants’ and specialists’ work of their department', async () => {
    const card = await expectCredited('CS_MANAGER', s.CM1, s.CM2);
    const item = (code: string) => card.measured(s.CM1).find((i) => i.code === code)!;
    expect(item('SALES_TARGET_ACHIEVEMENT').value).toBe(1);
    // a count against the registry's default target of 30 a month
    expect(item('PHONE_CONVERTED_VISITS')).toMatchObject({ value: 1, target: 30 });
    expect(item('MEMBER_REDEVELOPMENT_RATE').value).toBe(1);
  });

  for (const position of ['OPS_DIRECTOR', 'OPS_MANAGER'] as const) {
    it(`${position === 'OPS_DIRECTOR' ? '运营管理部总监' : '运营经理'}: the hospital's figures move from a month without work to the month with it`, async () => {
      const person = position === 'OPS_DIRECTOR' ? s.D : s.OM;
      const before = await scorecards(position, '2026-11');
      for (const item of before.measured(person)) expect(item.score, `${position} ${item.code} in November`).toBe(0);
      const card = await scorecards(position);
      for (const item of card.measured(person)) {
        expect(item.status, `${position} ${item.code}`).toBe('OK');
        expect(item.score, `${position} ${item.code}`).toBeGreaterThan(0);
      }
      // 前台劳动生产率: ¥6,000 of sales by one front-desk guide, against the registry's default ¥100,000 a guide
      expect(card.measured(person).find((i) => i.code === 'FRONT_DESK_PRODUCTIVITY')).toMatchObject({ value: 600_000, target: 10_000_000 });
    });
  }

  // runs last: it moves M1 to another developer
  it('会员专员: a developer the member admin changes takes the member’s spend with them; a redelivered enrolment does not undo it', async () => {
    const spendOf = async (staffId: string) =>
      (await scorecards('MEMBER_SPECIALIST')).measured(staffId).find((i) => i.code === 'MEMBER_SPEND_COMPLETION')!;
    await applyHistory(analytics, [
      event(
        MembershipEvents.MemberDeveloperChanged,
        { membershipId: M1, customerId: C1, developerId: s.S2, previousDeveloperId: s.S1, changedAt: at('2026-12-20') },
        at('2026-12-20'),
        'members',
      ),
      // MemberEnrolled delivered again (a new id) after the change: its developer is older than the change
      event(
        Events.MemberEnrolled,
        { membershipId: M1, customerId: C1, cardNumber: 'M000001', tier: 'ORDINARY', joinedAt: at('2026-11-01'), developerId: s.S1 },
        at('2026-11-01'),
        'members',
      ),
    ]);
    expect((await spendOf(s.S2)).value).toBeCloseTo(5 / 6, 6);
    expect(await spendOf(s.S1)).toMatchObject({ value: 0, score: 0 });
  });
});
