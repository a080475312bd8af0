import { CareEvents, Events, MemberFactEvents, MembershipEvents, newId, type DomainEvent } from '@careline/service-kit';

/** An event as its publisher would send it; `occurredAt` defaults to the fact's own time. */
export function event<T extends object>(type: string, data: T, occurredAt: string, source = 'members'): DomainEvent<T> {
  return { id: newId(), type, source, occurredAt, data };
}

/** The same event published again under a new id (a publisher's retry after a lost commit acknowledgement). */
export const republished = <T>(e: DomainEvent<T>): DomainEvent<T> => ({ ...e, id: newId() });

/** A receipt as members publishes it (ConsumptionRecorded), published at `publishedAt`. */
export function consumptionRecorded(
  receipt: {
    receiptNumber: string;
    customerId: string;
    membershipId: string | null;
    amountFen: number;
    occurredAt: string;
    departmentCode?: string | null;
    staffId?: string;
    recordedBy?: string;
  },
  publishedAt: string,
): DomainEvent<unknown> {
  return event(
    MemberFactEvents.ConsumptionRecorded,
    {
      consumptionId: newId(),
      source: 'DEAL',
      visitId: null,
      ...receipt,
      departmentCode: receipt.departmentCode === undefined ? 'DENTAL' : receipt.departmentCode,
      staffId: receipt.staffId ?? null,
      recordedBy: receipt.recordedBy ?? null,
    },
    publishedAt,
  );
}

/**
 * A small hospital history, by hand, for the membership figures; every expected figure in the
 * tests is worked out from it in comments there. Times are UTC instants; the hospital is in
 * Asia/Shanghai (UTC+8), so 16:00Z and later is the next local day.
 */
export function membersHistory() {
  const KA1 = newId();
  const KA2 = newId();
  const [C1, C2, C3, C4, C5, C6] = [newId(), newId(), newId(), newId(), newId(), newId()];
  const [M1, M2, M3, M4, M5] = [newId(), newId(), newId(), newId(), newId()];
  const G1 = newId();
  const G2 = newId();
  const S1 = newId();
  const S2 = newId();
  const events: DomainEvent<any>[] = [];
  const at = (day: string, hourUtc = 2) => `${day}T${String(hourUtc).padStart(2, '0')}:00:00.000Z`;

  const customer = (customerId: string, keyAccountId: string | null, day: string) =>
    events.push(
      event(
        Events.CustomerRegistered,
        { customerId, channel: 'PARTNER', region: null, registeredAt: at(day), keyAccountId },
        at(day),
        'crm',
      ),
    );
  const enrol = (membershipId: string, customerId: string, day: string, tier = 'ORDINARY') =>
    events.push(
      event(
        Events.MemberEnrolled,
        { membershipId, customerId, cardNumber: `M${membershipId.slice(-6)}`, tier, joinedAt: at(day) },
        at(day),
      ),
    );
  let receipts = 0;
  const spend = (
    customerId: string,
    membershipId: string | null,
    instant: string,
    amountFen: number,
    departmentCode: string | null = 'DENTAL',
    staff: { staffId?: string; recordedBy?: string } = {},
  ) => {
    const receiptNumber = `R-${++receipts}-${newId().slice(-6)}`;
    events.push(
      consumptionRecorded({ receiptNumber, customerId, membershipId, amountFen, occurredAt: instant, departmentCode, ...staff }, instant),
    );
    return { receiptNumber, customerId, membershipId, amountFen, occurredAt: instant };
  };
  const refund = (r: ReturnType<typeof spend>, refundedAt: string) =>
    events.push(event(MemberFactEvents.ConsumptionRefundRecorded, { consumptionId: newId(), ...r, refundedAt }, refundedAt));
  const visit = (customerId: string, day: string) =>
    events.push(
      event(
        CareEvents.VisitRegistered,
        {
          visitId: newId(),
          customerId,
          appointmentId: null,
          walkIn: true,
          phoneConverted: false,
          type: 'TREATMENT',
          departmentCode: 'DENTAL',
          doctorId: null,
          designatedDoctor: false,
          onsiteConsultantId: null,
          arrivedAt: at(day),
          registeredBy: null,
        },
        at(day),
        'crm',
      ),
    );
  const followUp = (customerId: string, day: string, satisfaction: number) =>
    events.push(
      event(
        CareEvents.FollowUpCompleted,
        {
          taskId: newId(),
          customerId,
          type: 'SATISFACTION',
          channel: 'PHONE',
          dueDate: day,
          completedAt: at(day),
          onTime: true,
          satisfaction,
          newNeedFound: false,
          departmentCode: 'CUSTOMER_SERVICE',
          assigneeId: null,
          completedBy: newId(),
        },
        at(day),
        'crm',
      ),
    );
  const consultation = (customerId: string | null, day: string, diseaseType: string) => {
    const consultationId = newId();
    events.push(
      event(
        CareEvents.ConsultationRegistered,
        {
          consultationId,
          customerId,
          channel: 'PHONE',
          consultantId: newId(),
          departmentCode: 'CONSULTATION',
          region: null,
          concern: null,
          outcome: 'BOOKED',
          consultedAt: at(day),
          diseaseType,
        },
        at(day),
        'crm',
      ),
    );
    return consultationId;
  };
  const points = (membershipId: string, customerId: string, delta: number, kind: string, day: string) =>
    events.push(event(Events.PointsChanged, { membershipId, customerId, delta, balance: 0, kind, entryId: newId() }, at(day)));
  const redeem = (
    redemptionId: string,
    membershipId: string,
    customerId: string,
    giftId: string,
    giftName: string,
    quantity: number,
    unitCostFen: number | null,
    instant: string,
  ) => {
    const data = {
      redemptionId,
      membershipId,
      customerId,
      giftId,
      giftName,
      quantity,
      points: quantity * 100,
      unitCostFen,
      redeemedAt: instant,
    };
    events.push(event(MemberFactEvents.GiftRedeemed, data, instant));
    return data;
  };

  // customers and key accounts: C1 and C3 are KA1's people (C3 linked later), C2 is KA2's, C6 left KA1
  customer(C1, KA1, '2025-11-01');
  customer(C2, KA2, '2025-11-01');
  customer(C3, null, '2025-11-02');
  customer(C4, null, '2025-11-03');
  customer(C5, null, '2025-11-03');
  customer(C6, KA1, '2025-11-03');
  events.push(
    event(
      MemberFactEvents.CustomerKeyAccountChanged,
      { customerId: C3, keyAccountId: KA1, previousKeyAccountId: null, changedAt: at('2026-02-01') },
      at('2026-02-01'),
      'crm',
    ),
  );
  events.push(
    event(
      MemberFactEvents.CustomerKeyAccountChanged,
      { customerId: C6, keyAccountId: null, previousKeyAccountId: KA1, changedAt: at('2026-02-01') },
      at('2026-02-01'),
      'crm',
    ),
  );

  // memberships
  enrol(M1, C1, '2026-01-10');
  enrol(M2, C2, '2025-12-01', 'SILVER');
  enrol(M3, C3, '2026-02-03');
  enrol(M4, C4, '2026-06-05');
  enrol(M5, C5, '2026-03-15');
  events.push(
    event(
      MembershipEvents.TierChanged,
      {
        membershipId: M1,
        customerId: C1,
        from: 'ORDINARY',
        to: 'GOLD',
        spendFen: 5_000_000,
        direction: 'UP',
        at: at('2026-05-20'),
        reason: 'EVALUATION',
      },
      at('2026-05-20'),
    ),
  );
  events.push(
    event(
      MembershipEvents.MembershipStatusChanged,
      { membershipId: M5, customerId: C5, from: 'ACTIVE', to: 'CANCELLED', kind: 'CANCELLED', at: at('2026-06-15') },
      at('2026-06-15'),
    ),
  );

  // consumption
  spend(C1, M1, at('2026-01-20'), 10_000);
  spend(C1, M1, at('2026-04-10'), 1_000_000);
  spend(C1, M1, at('2026-05-15'), 1_000_000);
  spend(C1, M1, at('2026-06-20'), 3_000_000, 'DENTAL', { staffId: S1 });
  spend(C2, M2, at('2026-01-05'), 800_000);
  spend(C3, M3, at('2026-06-01'), 30_000, 'ORTHO', { recordedBy: S2 });
  spend(C3, M3, at('2026-06-25'), 20_000, 'ORTHO');
  refund(spend(C3, M3, at('2026-06-28'), 500_000, 'ORTHO'), at('2026-06-29'));
  spend(C4, M4, '2026-06-30T16:30:00.000Z', 50_000); // 1 July in Shanghai
  spend(C5, M5, at('2026-03-20'), 10_000);
  spend(C5, M5, at('2026-04-02'), 10_000);
  spend(C6, null, at('2026-06-10'), 99_900); // no longer KA1's, not a member

  // visits, follow-ups, consultations
  visit(C1, '2026-05-15');
  visit(C1, '2026-06-20');
  visit(C3, '2026-06-01');
  visit(C3, '2026-06-25');
  visit(C6, '2026-06-10');
  followUp(C1, '2026-06-21', 5);
  followUp(C1, '2026-06-22', 3);
  followUp(C3, '2026-06-26', 4);
  followUp(C6, '2026-06-11', 1);
  consultation(C1, '2026-06-18', '牙周病');
  consultation(C3, '2026-06-01', '种植');
  const unlinked = consultation(null, '2026-06-02', '种植');
  events.push(
    event(CareEvents.ConsultationLinked, { consultationId: unlinked, customerId: C3, linkedAt: at('2026-06-03') }, at('2026-06-03'), 'crm'),
  );

  // points
  points(M1, C1, 500, 'EARN', '2026-06-20');
  points(M1, C1, -200, 'REDEEM', '2026-06-21');
  points(M2, C2, 80, 'EARN', '2026-01-05');
  points(M3, C3, 300, 'EARN', '2026-06-28');
  points(M3, C3, -300, 'REVERSE', '2026-06-29');
  points(M2, C2, -30, 'EXPIRE', '2026-07-02');

  // gifts: B is cancelled the next day; D is handed over on 1 July in Shanghai
  redeem(newId(), M1, C1, G1, '电动牙刷', 2, 3520, at('2026-06-10'));
  const b = redeem(newId(), M1, C1, G1, '电动牙刷', 1, 3520, at('2026-06-12'));
  events.push(event(MemberFactEvents.GiftRedemptionCancelled, { ...b, cancelledAt: at('2026-06-13') }, at('2026-06-13')));
  redeem(newId(), M2, C2, G2, '体检套餐', 1, null, at('2026-06-20'));
  redeem(newId(), M1, C1, G1, '电动牙刷', 1, 3520, '2026-06-30T17:00:00.000Z');

  // activities
  const registrationId = newId();
  const activityId = newId();
  events.push(
    event(
      MemberFactEvents.ActivityRegistered,
      {
        registrationId,
        activityId,
        activityKind: 'LECTURE',
        membershipId: M1,
        customerId: C1,
        startsAt: at('2026-06-06'),
        registeredAt: at('2026-06-01'),
      },
      at('2026-06-01'),
    ),
  );
  events.push(
    event(
      MemberFactEvents.ActivityAttended,
      { registrationId, activityId, membershipId: M1, customerId: C1, attendedAt: at('2026-06-06') },
      at('2026-06-06'),
    ),
  );

  return { events, KA1, KA2, C1, C2, C3, C4, C5, C6, M1, M2, M3, M4, M5, G1, G2, S1, S2 };
}
