import { CareEvents, Events, MemberFactEvents, newId, type DomainEvent } from '@careline/service-kit';

const event = <T extends object>(type: string, data: T, occurredAt: string, source = 'crm'): DomainEvent<T> => ({
  id: newId(),
  type,
  source,
  occurredAt,
  data,
});
/** 10:00 in Asia/Shanghai unless another UTC hour is given (16:00Z and later is the next local day) */
const at = (day: string, hourUtc = 2) => `${day}T${String(hourUtc).padStart(2, '0')}:00:00.000Z`;

/**
 * A small front-line and membership history, by hand, for the KPI tests (November and December
 * 2026, hospital in Asia/Shanghai). Every figure the tests expect is worked out from it there.
 *
 * Staff: CONS1 (DENTAL phone consultant), CONS2 (AESTHETIC consultant), ON1 and ON2 (on-site
 * consultants), G1 and G2 (guides at the front desk), FU1 (DENTAL follow-ups), FU2 (AESTHETIC).
 *
 * Customers
 *  C1 PHONE 浦东 with birth date (complete), registered 1 Dec; member M1 since 1 Oct
 *  C2 WECHAT no region (incomplete), registered 2 Dec; member M3 since 3 Dec
 *  C3 WALK_IN 徐汇 with birth date (complete), registered 20 Nov; member M2 since 1 Nov
 *  C4 PHONE 浦东 no birth date (incomplete), registered 3 Dec 16:30Z = 4 Dec in Shanghai; member M4 only from 5 Jan 2027
 *
 * Consultations: Q1 C1 DENTAL CONS1 1 Dec (visited 5 Dec), Q2 C2 DENTAL CONS1 2 Dec (never visits),
 *   Q3 C4 AESTHETIC CONS2 4 Dec (visited 6 Dec), Q4 C3 DENTAL CONS1 20 Nov (visited 21 Nov)
 * Bookings: A1 C1 DENTAL slot 5 Dec, phone-converted, by CONS1 to ON1 (dealt);
 *   A2 C4 AESTHETIC slot 6 Dec, phone-converted, by CONS2 to ON2 (visit not dealt);
 *   A3 C2 DENTAL slot 7 Dec, by CONS1 to ON1 (no-show)
 * Visits: V1 C1 A1 DENTAL ON1 5 Dec, phone-converted, guide G1, dealt ¥5,000 (R1)
 *   V2 C4 A2 AESTHETIC ON2 6 Dec, phone-converted, guide G2, not dealt
 *   V3 C3 walk-in DENTAL ON1 21 Nov, guide G1, dealt ¥2,000 (R3)
 *   V4 C3 walk-in DENTAL ON1 8 Dec, guide G2, dealt ¥3,000 (R4) — C3 dealt before (V3): returning
 *   V5 C1 walk-in DENTAL ON2 10 Dec, guide G1, dealt ¥1,000 (R5) — returning; refunded whole on 12 Dec
 * Follow-ups (due day; done): F1 DENTAL FU1 due 6 Dec done 6 Dec on time, score 5; F2 DENTAL FU1 due 7 Dec done 9 Dec late, score 3;
 *   F3 DENTAL FU1 due 8 Dec not done; F4 AESTHETIC FU2 due 9 Dec done 9 Dec on time, score 4; F5 DENTAL FU1 due 25 Nov done on time, score 2
 * Complaints: K1 COMPLAINT DENTAL about ON1 5 Dec; K2 SUGGESTION DENTAL 6 Dec (not a complaint); K3 COMPLAINT AESTHETIC about ON2 7 Dec
 * Member receipts (members' ConsumptionRecorded): R1 M1 ¥5,000 5 Dec by ON1; R4 M2 ¥3,000 8 Dec by ON1; R5 M1 ¥1,000 10 Dec by ON2,
 *   refunded 12 Dec; R3 M2 ¥2,000 21 Nov by ON1
 */
export function kpiHistory() {
  const staff = {
    CONS1: newId(),
    CONS2: newId(),
    ON1: newId(),
    ON2: newId(),
    G1: newId(),
    G2: newId(),
    FU1: newId(),
    FU2: newId(),
  };
  const [C1, C2, C3, C4] = [newId(), newId(), newId(), newId()];
  const [M1, M2, M3, M4] = [newId(), newId(), newId(), newId()];
  const events: DomainEvent<any>[] = [];

  const customer = (customerId: string, channel: string, region: string | null, birthDate: string | null, registeredAt: string) =>
    events.push(
      event(Events.CustomerRegistered, { customerId, channel, region, registeredAt, keyAccountId: null, birthDate }, registeredAt),
    );
  customer(C1, 'PHONE', '浦东', '1980-01-01', at('2026-12-01'));
  customer(C2, 'WECHAT', null, '1990-02-02', at('2026-12-02'));
  customer(C3, 'WALK_IN', '徐汇', '1970-03-03', at('2026-11-20'));
  customer(C4, 'PHONE', '浦东', null, '2026-12-03T16:30:00.000Z');

  const members = (membershipId: string, customerId: string, joinedAt: string) =>
    events.push(
      event(
        Events.MemberEnrolled,
        { membershipId, customerId, cardNumber: `M${membershipId.slice(-6)}`, tier: 'ORDINARY', joinedAt },
        joinedAt,
        'members',
      ),
    );
  members(M1, C1, at('2026-10-01'));
  members(M2, C3, at('2026-11-01'));
  members(M3, C2, at('2026-12-03'));
  members(M4, C4, at('2027-01-05'));

  const consultation = (
    consultationId: string,
    customerId: string,
    channel: string,
    departmentCode: string,
    consultantId: string,
    consultedAt: string,
  ) =>
    events.push(
      event(
        CareEvents.ConsultationRegistered,
        { consultationId, customerId, channel, consultantId, departmentCode, region: null, concern: null, outcome: 'BOOKED', consultedAt },
        consultedAt,
      ),
    );
  const [Q1, Q2, Q3, Q4] = [newId(), newId(), newId(), newId()];
  consultation(Q1, C1, 'PHONE', 'DENTAL', staff.CONS1, at('2026-12-01', 1));
  consultation(Q2, C2, 'WECHAT', 'DENTAL', staff.CONS1, at('2026-12-02', 3));
  consultation(Q3, C4, 'PHONE', 'AESTHETIC', staff.CONS2, at('2026-12-04', 3));
  consultation(Q4, C3, 'WALK_IN', 'DENTAL', staff.CONS1, at('2026-11-20', 3));

  const booking = (
    appointmentId: string,
    customerId: string,
    consultationId: string | null,
    departmentCode: string,
    slotStart: string,
    phoneConverted: boolean,
    bookedBy: string,
    onsiteConsultantId: string,
  ) =>
    events.push(
      event(
        CareEvents.AppointmentBooked,
        {
          appointmentId,
          customerId,
          consultationId,
          type: 'EXPERT',
          departmentCode,
          doctorId: newId(),
          slotStart,
          phoneConverted,
          onsiteConsultantId,
          bookedBy,
          bookedAt: at('2026-12-01', 5),
        },
        at('2026-12-01', 5),
      ),
    );
  const [A1, A2, A3] = [newId(), newId(), newId()];
  booking(A1, C1, Q1, 'DENTAL', at('2026-12-05'), true, staff.CONS1, staff.ON1);
  booking(A2, C4, Q3, 'AESTHETIC', at('2026-12-06'), true, staff.CONS2, staff.ON2);
  booking(A3, C2, Q2, 'DENTAL', at('2026-12-07'), false, staff.CONS1, staff.ON1);

  const visit = (
    customerId: string,
    appointmentId: string | null,
    departmentCode: string,
    onsiteConsultantId: string,
    arrivedAt: string,
    phoneConverted: boolean,
    guide: string,
    dealtFen: number | null,
    receiptNumber: string | null,
  ) => {
    const visitId = newId();
    const base = { visitId, customerId, appointmentId, departmentCode, onsiteConsultantId, phoneConverted };
    events.push(
      event(
        CareEvents.VisitRegistered,
        {
          ...base,
          walkIn: appointmentId === null,
          type: 'EXPERT',
          doctorId: null,
          designatedDoctor: false,
          arrivedAt,
          registeredBy: guide,
        },
        arrivedAt,
      ),
    );
    const recordedAt = new Date(Date.parse(arrivedAt) + 3_600_000).toISOString();
    events.push(
      event(
        CareEvents.VisitOutcomeRecorded,
        { ...base, dealt: dealtFen !== null, amountFen: dealtFen ?? 0, receiptNumber, recordedBy: onsiteConsultantId, recordedAt },
        recordedAt,
      ),
    );
    if (dealtFen !== null) {
      events.push(
        event(
          Events.DealClosed,
          { visitId, customerId, receiptNumber, amountFen: dealtFen, occurredAt: recordedAt, departmentCode, staffId: onsiteConsultantId },
          recordedAt,
        ),
      );
    }
    return visitId;
  };
  visit(C1, A1, 'DENTAL', staff.ON1, at('2026-12-05'), true, staff.G1, 500_000, 'R1');
  visit(C4, A2, 'AESTHETIC', staff.ON2, at('2026-12-06'), true, staff.G2, null, null);
  visit(C3, null, 'DENTAL', staff.ON1, at('2026-11-21'), false, staff.G1, 200_000, 'R3');
  visit(C3, null, 'DENTAL', staff.ON1, at('2026-12-08'), false, staff.G2, 300_000, 'R4');
  visit(C1, null, 'DENTAL', staff.ON2, at('2026-12-10'), false, staff.G1, 100_000, 'R5');
  events.push(
    event(
      Events.ConsumptionRefunded,
      { receiptNumber: 'R5', refundedAt: at('2026-12-12'), reason: '投诉退款', customerId: C1, amountFen: 100_000 },
      at('2026-12-12'),
    ),
  );

  // members records each deal as a member consumption (and the refund), crediting who closed it
  const receipt = (
    receiptNumber: string,
    customerId: string,
    membershipId: string,
    amountFen: number,
    occurredAt: string,
    staffId: string,
  ) => {
    const consumptionId = newId();
    events.push(
      event(
        MemberFactEvents.ConsumptionRecorded,
        {
          consumptionId,
          receiptNumber,
          customerId,
          membershipId,
          amountFen,
          occurredAt,
          source: 'DEAL',
          visitId: null,
          departmentCode: 'DENTAL',
          staffId,
          recordedBy: null,
        },
        occurredAt,
        'members',
      ),
    );
    return { consumptionId, receiptNumber, customerId, membershipId, amountFen, occurredAt };
  };
  receipt('R1', C1, M1, 500_000, at('2026-12-05', 3), staff.ON1);
  receipt('R4', C3, M2, 300_000, at('2026-12-08', 3), staff.ON1);
  const r5 = receipt('R5', C1, M1, 100_000, at('2026-12-10', 3), staff.ON2);
  receipt('R3', C3, M2, 200_000, at('2026-11-21', 3), staff.ON1);
  events.push(event(MemberFactEvents.ConsumptionRefundRecorded, { ...r5, refundedAt: at('2026-12-12') }, at('2026-12-12'), 'members'));

  const followUp = (
    departmentCode: string,
    assigneeId: string,
    dueDate: string,
    done: { at: string; onTime: boolean; satisfaction: number | null } | null,
  ) => {
    const taskId = newId();
    events.push(
      event(
        CareEvents.FollowUpScheduled,
        { taskId, customerId: C1, type: 'AFTER_TREATMENT', dueDate, departmentCode, assigneeId, ruleId: null },
        at('2026-11-01'),
      ),
    );
    if (done) {
      events.push(
        event(
          CareEvents.FollowUpCompleted,
          {
            taskId,
            customerId: C1,
            type: 'AFTER_TREATMENT',
            channel: 'PHONE',
            dueDate,
            completedAt: done.at,
            onTime: done.onTime,
            satisfaction: done.satisfaction,
            newNeedFound: false,
            departmentCode,
            assigneeId,
            completedBy: assigneeId,
          },
          done.at,
        ),
      );
    }
  };
  followUp('DENTAL', staff.FU1, '2026-12-06', { at: at('2026-12-06'), onTime: true, satisfaction: 5 });
  followUp('DENTAL', staff.FU1, '2026-12-07', { at: at('2026-12-09'), onTime: false, satisfaction: 3 });
  followUp('DENTAL', staff.FU1, '2026-12-08', null);
  followUp('AESTHETIC', staff.FU2, '2026-12-09', { at: at('2026-12-09'), onTime: true, satisfaction: 4 });
  followUp('DENTAL', staff.FU1, '2026-11-25', { at: at('2026-11-25'), onTime: true, satisfaction: 2 });

  const complaint = (kind: string, customerId: string, departmentCode: string, staffId: string | null, receivedAt: string) =>
    events.push(
      event(
        CareEvents.ComplaintReceived,
        {
          complaintId: newId(),
          kind,
          customerId,
          channel: 'PHONE',
          category: 'SERVICE',
          severity: 'NORMAL',
          departmentCode,
          staffId,
          receivedBy: null,
          receivedAt,
        },
        receivedAt,
      ),
    );
  complaint('COMPLAINT', C1, 'DENTAL', staff.ON1, at('2026-12-05', 6));
  complaint('SUGGESTION', C3, 'DENTAL', null, at('2026-12-06', 6));
  complaint('COMPLAINT', C4, 'AESTHETIC', staff.ON2, at('2026-12-07', 6));

  return { events, staff, customers: { C1, C2, C3, C4 } };
}
