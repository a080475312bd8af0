import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CareEvents,
  Events,
  MemberFactEvents,
  MembershipEvents,
  type ActivityAttendedData,
  type ActivityRegisteredData,
  type ConsultationLinkedData,
  type ConsultationRegisteredData,
  type ConsumptionRecordedData,
  type ConsumptionRefundRecordedData,
  type CustomerKeyAccountChangedData,
  type CustomerRegisteredData,
  type DomainEvent,
  type FollowUpCompletedData,
  type GiftRedeemedData,
  type GiftRedemptionCancelledData,
  type MemberDeveloperChangedData,
  type MemberEnrolledData,
  type MembershipStatusChangedData,
  type PointsChangedData,
  type TierChangedData,
  type VisitRegisteredData,
} from '@careline/service-kit';
import { fen, id, instant, optionalId, staffIdOf, text } from '../../common/event-fields.js';
import { localDay } from '../../common/local-day.js';
import { applyDeltasInBulk, lockFact, RollupDeltas, type Contribution } from '../../common/rollup-deltas.js';
import type { FactApplier, FactContext, FactPlugin } from '../facts/fact-dispatcher.js';
import { MEMBERS_ANALYTICS_TABLES } from './members-facts.entity.js';

type MembersApplier = FactApplier;

const T = (name: string) => `"analytics"."${name}"`;
const MEMBER = T('ma_member');
const TIER_CHANGE = T('ma_tier_change');
const STATUS_CHANGE = T('ma_status_change');
const TIER_DAILY = T('ma_tier_daily');
const CONSUMPTION = T('ma_consumption');
const VISIT = T('ma_visit');
const CONSULTATION = T('ma_consultation');
const FOLLOW_UP = T('ma_follow_up');
const POINTS_ENTRY = T('ma_points_entry');
const REDEMPTION = T('ma_redemption');
const REGISTRATION = T('ma_activity_registration');
const CUSTOMER = T('ma_customer');
const CUSTOMER_DAILY = T('ma_customer_daily');
const CUSTOMER_DEPARTMENT_DAILY = T('ma_customer_department_daily');
const CUSTOMER_DISEASE_DAILY = T('ma_customer_disease_daily');
const CUSTOMER_STAFF_DAILY = T('ma_customer_staff_daily');
const POINTS_DAILY = T('ma_points_daily');
const MEMBER_POINTS = T('ma_member_points');
const GIFT_DAILY = T('ma_gift_daily');
const GIFT = T('ma_gift');
const ACTIVITY_DAILY = T('ma_activity_daily');

const dayOf = (value: Date | string | null): string | null =>
  value === null ? null : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
const asDay = (value: unknown): string | null => (value == null ? null : value instanceof Date ? dayOf(value) : String(value).slice(0, 10));

// ---------------------------------------------------------------- memberships and tiers

interface MemberTimeline {
  contributions: Contribution[];
  tier: string | null;
  cancelledDay: string | null;
}

/** What a membership's share of the tier rollup follows: its enrolment and its tier and status changes. */
interface MemberSteps {
  joinedAt: number | null;
  enrolTier: string | null;
  /** by time */
  tiers: { at: number; toTier: string }[];
  /** by time, then status */
  statuses: { at: number; toStatus: string }[];
}

/**
 * A membership's share of the tier rollup, from all its facts: +1 to its tier on the day it
 * joined, −1 / +1 on each tier change, −1 on the day it was cancelled (+1 again if reinstated).
 */
async function memberTimeline(em: EntityManager, membershipId: string, timeZone: string): Promise<MemberTimeline> {
  const [member] = await em.execute<{ joined_at: Date | null; enrol_tier: string | null }[]>(
    `select joined_at, enrol_tier from ${MEMBER} where membership_id = ?`,
    [membershipId],
  );
  const tiers = await em.execute<{ at: Date; to_tier: string }[]>(
    `select at, to_tier from ${TIER_CHANGE} where membership_id = ? order by at`,
    [membershipId],
  );
  const statuses = await em.execute<{ at: Date; to_status: string }[]>(
    `select at, to_status from ${STATUS_CHANGE} where membership_id = ? order by at, to_status`,
    [membershipId],
  );
  return timelineOf(
    {
      joinedAt: member?.joined_at ? new Date(member.joined_at).getTime() : null,
      enrolTier: member?.enrol_tier ?? null,
      tiers: tiers.map((t) => ({ at: new Date(t.at).getTime(), toTier: t.to_tier })),
      statuses: statuses.map((st) => ({ at: new Date(st.at).getTime(), toStatus: st.to_status })),
    },
    timeZone,
  );
}

/** memberTimeline's pure part (the bulk path keeps the steps in memory) */
function timelineOf(member: MemberSteps, timeZone: string): MemberTimeline {
  type Step = { at: number; order: number; tier?: string; status?: string; join?: boolean };
  const steps: Step[] = [
    ...member.tiers.map((t) => ({ at: t.at, order: 1, tier: t.toTier })),
    ...member.statuses.map((s) => ({ at: s.at, order: 2, status: s.toStatus })),
  ];
  if (member.joinedAt !== null && member.enrolTier) steps.push({ at: member.joinedAt, order: 0, join: true, tier: member.enrolTier });
  steps.sort((a, b) => a.at - b.at || a.order - b.order);
  const contributions: Contribution[] = [];
  let tier: string | null = null;
  let joined = false;
  let cancelled = false;
  let cancelledDay: string | null = null;
  for (const step of steps) {
    const before = joined && !cancelled ? tier : null;
    if (step.join) joined = true;
    if (step.tier) tier = step.tier;
    if (step.status) {
      cancelled = step.status === 'CANCELLED';
      cancelledDay = cancelled ? localDay(new Date(step.at), timeZone) : null;
    }
    const after = joined && !cancelled ? tier : null;
    if (before === after) continue;
    const day = localDay(new Date(step.at), timeZone);
    if (before) contributions.push({ table: TIER_DAILY, key: { day, tier: before }, values: { delta: -1 } });
    if (after) contributions.push({ table: TIER_DAILY, key: { day, tier: after }, values: { delta: 1 } });
  }
  return { contributions, tier, cancelledDay: joined ? cancelledDay : null };
}

/** Runs `write` for one membership with its old share of the tier rollup taken back and the new one added. */
async function changeMember(
  em: EntityManager,
  membershipId: string,
  customerId: string,
  ctx: FactContext,
  write: () => Promise<void>,
): Promise<void> {
  await lockFact(em, `member:${membershipId}`);
  await em.execute(`insert into ${MEMBER} (membership_id, customer_id) values (?, ?) on conflict (membership_id) do nothing`, [
    membershipId,
    customerId,
  ]);
  const before = await memberTimeline(em, membershipId, ctx.timeZone);
  await write();
  const after = await memberTimeline(em, membershipId, ctx.timeZone);
  await RollupDeltas.between(before.contributions, after.contributions).apply(em);
  await em.execute(`update ${MEMBER} set tier = ?, cancelled_day = ?::date where membership_id = ?`, [
    after.tier,
    after.cancelledDay,
    membershipId,
  ]);
}

/**
 * 开发人: keeps the member's developer as of `at`; an event older than the one kept (a redelivered
 * MemberEnrolled after a change) leaves it. The member KPIs read it through ma_member_credit_daily.
 */
async function setDeveloper(em: EntityManager, membershipId: string, customerId: string, developerId: string | null, at: Date) {
  await em.execute(`insert into ${MEMBER} (membership_id, customer_id) values (?, ?) on conflict (membership_id) do nothing`, [
    membershipId,
    customerId,
  ]);
  await em.execute(
    `update ${MEMBER} set developer_id = ?, developer_at = ?::timestamptz
     where membership_id = ? and (developer_at is null or developer_at <= ?::timestamptz)`,
    [developerId, at.toISOString(), membershipId, at.toISOString()],
  );
}

const onMemberDeveloperChanged: MembersApplier = async (em, event: DomainEvent<MemberDeveloperChangedData>) => {
  const type = MembershipEvents.MemberDeveloperChanged;
  await lockFact(em, `member:${event.data.membershipId}`);
  await setDeveloper(
    em,
    id(type, 'membershipId', event.data.membershipId),
    id(type, 'customerId', event.data.customerId),
    staffIdOf(event.data.developerId),
    instant(type, 'changedAt', event.data.changedAt),
  );
};

const onMemberEnrolled: MembersApplier = async (em, event: DomainEvent<MemberEnrolledData>, ctx) => {
  const type = Events.MemberEnrolled;
  const membershipId = id(type, 'membershipId', event.data.membershipId);
  const customerId = id(type, 'customerId', event.data.customerId);
  const tier = text(type, 'tier', event.data.tier);
  const joinedAt = instant(type, 'joinedAt', event.data.joinedAt);
  await changeMember(em, membershipId, customerId, ctx, async () => {
    await em.execute(
      `update ${MEMBER} set customer_id = ?, joined_at = ?::timestamptz, joined_day = ?::date, enrol_tier = ? where membership_id = ?`,
      [customerId, joinedAt.toISOString(), localDay(joinedAt, ctx.timeZone), tier, membershipId],
    );
  });
  // the developer given at enrolment, as of the event (a later MemberDeveloperChanged wins whatever the order)
  const developerId = staffIdOf(event.data.developerId);
  if (developerId) await setDeveloper(em, membershipId, customerId, developerId, instant(type, 'occurredAt', event.occurredAt));
};

const onTierChanged: MembersApplier = async (em, event: DomainEvent<TierChangedData>, ctx) => {
  const type = MembershipEvents.TierChanged;
  const membershipId = id(type, 'membershipId', event.data.membershipId);
  const at = instant(type, 'at', event.data.at);
  await changeMember(em, membershipId, id(type, 'customerId', event.data.customerId), ctx, async () => {
    await em.execute(
      `insert into ${TIER_CHANGE} (membership_id, at, from_tier, to_tier) values (?, ?::timestamptz, ?, ?) on conflict do nothing`,
      [membershipId, at.toISOString(), text(type, 'from', event.data.from), text(type, 'to', event.data.to)],
    );
  });
};

const onStatusChanged: MembersApplier = async (em, event: DomainEvent<MembershipStatusChangedData>, ctx) => {
  const type = MembershipEvents.MembershipStatusChanged;
  const membershipId = id(type, 'membershipId', event.data.membershipId);
  const at = instant(type, 'at', event.data.at);
  await changeMember(em, membershipId, id(type, 'customerId', event.data.customerId), ctx, async () => {
    await em.execute(
      `insert into ${STATUS_CHANGE} (membership_id, at, to_status, from_status, kind) values (?, ?::timestamptz, ?, ?, ?) on conflict do nothing`,
      [membershipId, at.toISOString(), text(type, 'to', event.data.to), text(type, 'from', event.data.from), event.data.kind ?? ''],
    );
  });
};

// ---------------------------------------------------------------- consumption and refunds

interface ConsumptionRow {
  customer_id: string;
  membership_id: string | null;
  amount_fen: string;
  day: unknown;
  department_code: string | null;
  staff_id: string | null;
  recorded: boolean;
  refund_day: unknown;
}

/**
 * A receipt's share: while recorded and not refunded it counts on the day it was spent (for its
 * customer, and as member spend when a member's); a refund takes it off that day and counts as a
 * refund on the day it was refunded.
 */
function consumptionShare(row: ConsumptionRow | undefined): Contribution[] {
  if (!row) return [];
  const amount = Number(row.amount_fen);
  const out: Contribution[] = [];
  const refundDay = asDay(row.refund_day);
  if (refundDay)
    out.push({
      table: CUSTOMER_DAILY,
      key: { customer_id: row.customer_id, day: refundDay },
      values: { refunds: 1, refunded_fen: amount },
    });
  if (row.recorded && !refundDay) {
    const day = asDay(row.day)!;
    const member = row.membership_id ? 1 : 0;
    const values = { consumptions: 1, spend_fen: amount, member_consumptions: member, member_spend_fen: member * amount };
    out.push({ table: CUSTOMER_DAILY, key: { customer_id: row.customer_id, day }, values });
    out.push({
      table: CUSTOMER_DEPARTMENT_DAILY,
      key: { customer_id: row.customer_id, day, department_code: row.department_code ?? '' },
      values,
    });
    out.push({ table: CUSTOMER_STAFF_DAILY, key: { customer_id: row.customer_id, day, staff_key: row.staff_id ?? '' }, values });
  }
  return out;
}

async function changeConsumption(em: EntityManager, receiptNumber: string, write: () => Promise<void>): Promise<void> {
  await lockFact(em, `receipt:${receiptNumber}`);
  const load = async () =>
    (
      await em.execute<ConsumptionRow[]>(
        `select customer_id, membership_id, amount_fen::text, day::text, department_code, staff_id::text, recorded, refund_day::text from ${CONSUMPTION} where receipt_number = ?`,
        [receiptNumber],
      )
    )[0];
  const before = await load();
  await write();
  const after = await load();
  await RollupDeltas.between(consumptionShare(before), consumptionShare(after)).apply(em);
}

const onConsumptionRecorded: MembersApplier = async (em, event: DomainEvent<ConsumptionRecordedData>, ctx) => {
  const type = MemberFactEvents.ConsumptionRecorded;
  const d = event.data;
  const receiptNumber = text(type, 'receiptNumber', d.receiptNumber);
  const occurredAt = instant(type, 'occurredAt', d.occurredAt);
  const row = [
    receiptNumber,
    id(type, 'customerId', d.customerId),
    optionalId(d.membershipId),
    fen(type, 'amountFen', d.amountFen),
    occurredAt.toISOString(),
    localDay(occurredAt, ctx.timeZone),
    d.source ?? null,
    d.departmentCode ?? null,
    staffIdOf(d.staffId) ?? staffIdOf(d.recordedBy),
  ];
  await changeConsumption(em, receiptNumber, async () => {
    await em.execute(
      `insert into ${CONSUMPTION} (receipt_number, customer_id, membership_id, amount_fen, occurred_at, day, source, department_code, staff_id, recorded)
       values (?, ?, ?, ?, ?::timestamptz, ?::date, ?, ?, ?, true)
       on conflict (receipt_number) do update set customer_id = excluded.customer_id, membership_id = excluded.membership_id,
         amount_fen = excluded.amount_fen, occurred_at = excluded.occurred_at, day = excluded.day, source = excluded.source,
         department_code = excluded.department_code, staff_id = excluded.staff_id, recorded = true`,
      row,
    );
  });
};

const onConsumptionRefundRecorded: MembersApplier = async (em, event: DomainEvent<ConsumptionRefundRecordedData>, ctx) => {
  const type = MemberFactEvents.ConsumptionRefundRecorded;
  const d = event.data;
  const receiptNumber = text(type, 'receiptNumber', d.receiptNumber);
  const occurredAt = instant(type, 'occurredAt', d.occurredAt);
  const refundedAt = instant(type, 'refundedAt', d.refundedAt);
  await changeConsumption(em, receiptNumber, async () => {
    await em.execute(
      `insert into ${CONSUMPTION} (receipt_number, customer_id, membership_id, amount_fen, occurred_at, day, recorded, refunded_at, refund_day)
       values (?, ?, ?, ?, ?::timestamptz, ?::date, false, ?::timestamptz, ?::date)
       on conflict (receipt_number) do update set refunded_at = coalesce(ma_consumption.refunded_at, excluded.refunded_at),
         refund_day = coalesce(ma_consumption.refund_day, excluded.refund_day)`,
      [
        receiptNumber,
        id(type, 'customerId', d.customerId),
        optionalId(d.membershipId),
        fen(type, 'amountFen', d.amountFen),
        occurredAt.toISOString(),
        localDay(occurredAt, ctx.timeZone),
        refundedAt.toISOString(),
        localDay(refundedAt, ctx.timeZone),
      ],
    );
  });
};

// ---------------------------------------------------------------- visits, consultations, follow-ups (crm)

const onVisitRegistered: MembersApplier = async (em, event: DomainEvent<VisitRegisteredData>, ctx) => {
  const type = CareEvents.VisitRegistered;
  const customerId = id(type, 'customerId', event.data.customerId);
  const day = localDay(instant(type, 'arrivedAt', event.data.arrivedAt), ctx.timeZone);
  const inserted = await em.execute<{ visit_id: string }[]>(
    `insert into ${VISIT} (visit_id, customer_id, day) values (?, ?, ?::date) on conflict (visit_id) do nothing returning visit_id`,
    [id(type, 'visitId', event.data.visitId), customerId, day],
  );
  if (inserted.length === 0) return false;
  await new RollupDeltas().add([{ table: CUSTOMER_DAILY, key: { customer_id: customerId, day }, values: { visits: 1 } }]).apply(em);
};

type ConsultationRow = { customer_id: string | null; disease_type: string | null; day: unknown };
const consultationShare = (row: ConsultationRow | undefined): Contribution[] => {
  const day = asDay(row?.day ?? null);
  if (!row?.customer_id || !row.disease_type || !day) return [];
  return [
    {
      table: CUSTOMER_DISEASE_DAILY,
      key: { customer_id: row.customer_id, day, disease_type: row.disease_type },
      values: { consultations: 1 },
    },
  ];
};

async function changeConsultation(em: EntityManager, consultationId: string, write: () => Promise<void>): Promise<void> {
  await lockFact(em, `consultation:${consultationId}`);
  const load = async () =>
    (
      await em.execute<ConsultationRow[]>(`select customer_id, disease_type, day::text from ${CONSULTATION} where consultation_id = ?`, [
        consultationId,
      ])
    )[0];
  const before = await load();
  await write();
  await RollupDeltas.between(consultationShare(before), consultationShare(await load())).apply(em);
}

const onConsultationRegistered: MembersApplier = async (em, event: DomainEvent<ConsultationRegisteredData>, ctx) => {
  const type = CareEvents.ConsultationRegistered;
  const consultationId = id(type, 'consultationId', event.data.consultationId);
  const day = localDay(instant(type, 'consultedAt', event.data.consultedAt), ctx.timeZone);
  const disease = typeof event.data.diseaseType === 'string' && event.data.diseaseType.trim() ? event.data.diseaseType.trim() : null;
  await changeConsultation(em, consultationId, async () => {
    await em.execute(
      `insert into ${CONSULTATION} (consultation_id, customer_id, disease_type, day) values (?, ?, ?, ?::date)
       on conflict (consultation_id) do update set customer_id = coalesce(ma_consultation.customer_id, excluded.customer_id),
         disease_type = excluded.disease_type, day = excluded.day`,
      [consultationId, optionalId(event.data.customerId), disease, day],
    );
  });
};

const onConsultationLinked: MembersApplier = async (em, event: DomainEvent<ConsultationLinkedData>) => {
  const type = CareEvents.ConsultationLinked;
  const consultationId = id(type, 'consultationId', event.data.consultationId);
  await changeConsultation(em, consultationId, async () => {
    await em.execute(
      `insert into ${CONSULTATION} (consultation_id, customer_id) values (?, ?) on conflict (consultation_id) do update set customer_id = excluded.customer_id`,
      [consultationId, id(type, 'customerId', event.data.customerId)],
    );
  });
};

const onFollowUpCompleted: MembersApplier = async (em, event: DomainEvent<FollowUpCompletedData>, ctx) => {
  const type = CareEvents.FollowUpCompleted;
  const customerId = optionalId(event.data.customerId);
  const score =
    typeof event.data.satisfaction === 'number' && event.data.satisfaction >= 1 && event.data.satisfaction <= 5
      ? Math.round(event.data.satisfaction)
      : null;
  const day = localDay(instant(type, 'completedAt', event.data.completedAt), ctx.timeZone);
  const inserted = await em.execute<{ task_id: string }[]>(
    `insert into ${FOLLOW_UP} (task_id, customer_id, satisfaction, day) values (?, ?, ?, ?::date) on conflict (task_id) do nothing returning task_id`,
    [id(type, 'taskId', event.data.taskId), customerId, score, day],
  );
  if (inserted.length === 0) return false;
  if (!customerId || score === null) return;
  await new RollupDeltas()
    .add([
      {
        table: CUSTOMER_DAILY,
        key: { customer_id: customerId, day },
        values: { satisfaction_sum: score, satisfaction_count: 1, satisfied_count: score >= 4 ? 1 : 0 },
      },
    ])
    .apply(em);
};

// ---------------------------------------------------------------- points

const onPointsChanged: MembersApplier = async (em, event: DomainEvent<PointsChangedData>, ctx) => {
  const type = Events.PointsChanged;
  const d = event.data;
  const membershipId = id(type, 'membershipId', d.membershipId);
  const customerId = id(type, 'customerId', d.customerId);
  const delta = fen(type, 'delta', d.delta);
  const kind = text(type, 'kind', d.kind);
  // PointsChanged carries no time of its own: the event's is when the entry was written
  const day = localDay(instant(type, 'occurredAt', event.occurredAt), ctx.timeZone);
  const inserted = await em.execute<{ entry_id: string }[]>(
    `insert into ${POINTS_ENTRY} (entry_id, membership_id, customer_id, delta, kind, day) values (?, ?, ?, ?, ?, ?::date)
     on conflict (entry_id) do nothing returning entry_id`,
    [id(type, 'entryId', d.entryId), membershipId, customerId, delta, kind, day],
  );
  if (inserted.length === 0) return false;
  await new RollupDeltas().add([{ table: POINTS_DAILY, key: { day, kind }, values: { points: delta } }]).apply(em);
  await em.execute(
    `insert into ${MEMBER_POINTS} (membership_id, customer_id, balance) values (?, ?, ?)
     on conflict (membership_id) do update set balance = ma_member_points.balance + excluded.balance`,
    [membershipId, customerId, delta],
  );
};

// ---------------------------------------------------------------- gifts

type RedemptionRow = {
  customer_id: string;
  gift_id: string;
  quantity: number;
  points: number;
  unit_cost_fen: string | null;
  redeemed_day: unknown;
  cancelled_at: unknown;
};
function redemptionShare(row: RedemptionRow | undefined): Contribution[] {
  if (!row || row.cancelled_at) return [];
  const day = asDay(row.redeemed_day)!;
  const costed = row.unit_cost_fen !== null;
  return [
    {
      table: GIFT_DAILY,
      key: { day, gift_id: row.gift_id },
      values: {
        redemptions: 1,
        quantity: row.quantity,
        points: row.points,
        cost_fen: costed ? row.quantity * Number(row.unit_cost_fen) : 0,
        uncosted_quantity: costed ? 0 : row.quantity,
      },
    },
    { table: CUSTOMER_DAILY, key: { customer_id: row.customer_id, day }, values: { redemptions: 1 } },
  ];
}

async function changeRedemption(em: EntityManager, redemptionId: string, write: () => Promise<void>): Promise<void> {
  await lockFact(em, `redemption:${redemptionId}`);
  const load = async () =>
    (
      await em.execute<RedemptionRow[]>(
        `select customer_id, gift_id, quantity, points, unit_cost_fen::text, redeemed_day::text, cancelled_at from ${REDEMPTION} where redemption_id = ?`,
        [redemptionId],
      )
    )[0];
  const before = await load();
  await write();
  await RollupDeltas.between(redemptionShare(before), redemptionShare(await load())).apply(em);
}

function redemptionValues(type: string, d: GiftRedeemedData | GiftRedemptionCancelledData, timeZone: string) {
  const unitCost = d.unitCostFen === null || d.unitCostFen === undefined ? null : fen(type, 'unitCostFen', d.unitCostFen);
  return [
    id(type, 'redemptionId', d.redemptionId),
    id(type, 'membershipId', d.membershipId),
    id(type, 'customerId', d.customerId),
    id(type, 'giftId', d.giftId),
    fen(type, 'quantity', d.quantity),
    fen(type, 'points', d.points),
    unitCost,
    localDay(instant(type, 'redeemedAt', d.redeemedAt), timeZone),
  ];
}

const onGiftRedeemed: MembersApplier = async (em, event: DomainEvent<GiftRedeemedData>, ctx) => {
  const type = MemberFactEvents.GiftRedeemed;
  const values = redemptionValues(type, event.data, ctx.timeZone);
  const name = text(type, 'giftName', event.data.giftName);
  await em.execute(`insert into ${GIFT} (gift_id, name) values (?, ?) on conflict (gift_id) do update set name = excluded.name`, [
    values[3],
    name,
  ]);
  await changeRedemption(em, values[0] as string, async () => {
    await em.execute(
      `insert into ${REDEMPTION} (redemption_id, membership_id, customer_id, gift_id, quantity, points, unit_cost_fen, redeemed_day, gift_name)
       values (?, ?, ?, ?, ?, ?, ?, ?::date, ?) on conflict (redemption_id) do update set gift_name = excluded.gift_name`,
      [...values, name],
    );
  });
};

const onGiftRedemptionCancelled: MembersApplier = async (em, event: DomainEvent<GiftRedemptionCancelledData>, ctx) => {
  const type = MemberFactEvents.GiftRedemptionCancelled;
  const values = redemptionValues(type, event.data, ctx.timeZone);
  const cancelledAt = instant(type, 'cancelledAt', event.data.cancelledAt);
  await changeRedemption(em, values[0] as string, async () => {
    await em.execute(
      `insert into ${REDEMPTION} (redemption_id, membership_id, customer_id, gift_id, quantity, points, unit_cost_fen, redeemed_day, cancelled_at)
       values (?, ?, ?, ?, ?, ?, ?, ?::date, ?::timestamptz)
       on conflict (redemption_id) do update set cancelled_at = coalesce(ma_redemption.cancelled_at, excluded.cancelled_at)`,
      [...values, cancelledAt.toISOString()],
    );
  });
};

// ---------------------------------------------------------------- activities

type RegistrationRow = { customer_id: string; activity_kind: string | null; registered_day: unknown; attended_day: unknown };
function registrationShare(row: RegistrationRow | undefined): Contribution[] {
  if (!row) return [];
  const out: Contribution[] = [];
  const registered = asDay(row.registered_day);
  const attended = asDay(row.attended_day);
  if (registered && row.activity_kind)
    out.push({ table: ACTIVITY_DAILY, key: { day: registered, activity_kind: row.activity_kind }, values: { registrations: 1 } });
  if (attended && row.activity_kind)
    out.push({ table: ACTIVITY_DAILY, key: { day: attended, activity_kind: row.activity_kind }, values: { attendances: 1 } });
  if (attended)
    out.push({ table: CUSTOMER_DAILY, key: { customer_id: row.customer_id, day: attended }, values: { activities_attended: 1 } });
  return out;
}

async function changeRegistration(em: EntityManager, registrationId: string, write: () => Promise<void>): Promise<void> {
  await lockFact(em, `registration:${registrationId}`);
  const load = async () =>
    (
      await em.execute<RegistrationRow[]>(
        `select customer_id, activity_kind, registered_day::text, attended_day::text from ${REGISTRATION} where registration_id = ?`,
        [registrationId],
      )
    )[0];
  const before = await load();
  await write();
  await RollupDeltas.between(registrationShare(before), registrationShare(await load())).apply(em);
}

const onActivityRegistered: MembersApplier = async (em, event: DomainEvent<ActivityRegisteredData>, ctx) => {
  const type = MemberFactEvents.ActivityRegistered;
  const d = event.data;
  const registrationId = id(type, 'registrationId', d.registrationId);
  await changeRegistration(em, registrationId, async () => {
    await em.execute(
      `insert into ${REGISTRATION} (registration_id, activity_id, membership_id, customer_id, activity_kind, registered_day) values (?, ?, ?, ?, ?, ?::date)
       on conflict (registration_id) do update set activity_kind = excluded.activity_kind, registered_day = excluded.registered_day`,
      [
        registrationId,
        id(type, 'activityId', d.activityId),
        id(type, 'membershipId', d.membershipId),
        id(type, 'customerId', d.customerId),
        text(type, 'activityKind', d.activityKind),
        localDay(instant(type, 'registeredAt', d.registeredAt), ctx.timeZone),
      ],
    );
  });
};

const onActivityAttended: MembersApplier = async (em, event: DomainEvent<ActivityAttendedData>, ctx) => {
  const type = MemberFactEvents.ActivityAttended;
  const d = event.data;
  const registrationId = id(type, 'registrationId', d.registrationId);
  await changeRegistration(em, registrationId, async () => {
    await em.execute(
      `insert into ${REGISTRATION} (registration_id, activity_id, membership_id, customer_id, attended_day) values (?, ?, ?, ?, ?::date)
       on conflict (registration_id) do update set attended_day = coalesce(ma_activity_registration.attended_day, excluded.attended_day)`,
      [
        registrationId,
        id(type, 'activityId', d.activityId),
        id(type, 'membershipId', d.membershipId),
        id(type, 'customerId', d.customerId),
        localDay(instant(type, 'attendedAt', d.attendedAt), ctx.timeZone),
      ],
    );
  });
};

// ---------------------------------------------------------------- key-account membership of customers

async function setKeyAccount(em: EntityManager, customerId: string, keyAccountId: string | null, since: Date): Promise<void> {
  // the latest statement of who the customer belongs to wins, whatever order the events arrive in
  await em.execute(
    `insert into ${CUSTOMER} (customer_id, key_account_id, key_account_since) values (?, ?, ?::timestamptz)
     on conflict (customer_id) do update set key_account_id = excluded.key_account_id, key_account_since = excluded.key_account_since
     where ma_customer.key_account_since < excluded.key_account_since`,
    [customerId, keyAccountId, since.toISOString()],
  );
}

const onCustomerRegistered: MembersApplier = async (em, event: DomainEvent<CustomerRegisteredData>) => {
  const type = Events.CustomerRegistered;
  await setKeyAccount(
    em,
    id(type, 'customerId', event.data.customerId),
    optionalId(event.data.keyAccountId),
    instant(type, 'registeredAt', event.data.registeredAt),
  );
};

const onCustomerKeyAccountChanged: MembersApplier = async (em, event: DomainEvent<CustomerKeyAccountChangedData>) => {
  const type = MemberFactEvents.CustomerKeyAccountChanged;
  await setKeyAccount(
    em,
    id(type, 'customerId', event.data.customerId),
    optionalId(event.data.keyAccountId),
    instant(type, 'changedAt', event.data.changedAt),
  );
};

/** Membership analytics' appliers by event type. */
const membersAppliers: Record<string, MembersApplier[]> = {
  [Events.MemberEnrolled]: [onMemberEnrolled],
  [MembershipEvents.MemberDeveloperChanged]: [onMemberDeveloperChanged],
  [MembershipEvents.TierChanged]: [onTierChanged],
  [MembershipEvents.MembershipStatusChanged]: [onStatusChanged],
  [MemberFactEvents.ConsumptionRecorded]: [onConsumptionRecorded],
  [MemberFactEvents.ConsumptionRefundRecorded]: [onConsumptionRefundRecorded],
  [CareEvents.VisitRegistered]: [onVisitRegistered],
  [CareEvents.ConsultationRegistered]: [onConsultationRegistered],
  [CareEvents.ConsultationLinked]: [onConsultationLinked],
  [CareEvents.FollowUpCompleted]: [onFollowUpCompleted],
  [Events.PointsChanged]: [onPointsChanged],
  [MemberFactEvents.GiftRedeemed]: [onGiftRedeemed],
  [MemberFactEvents.GiftRedemptionCancelled]: [onGiftRedemptionCancelled],
  [MemberFactEvents.ActivityRegistered]: [onActivityRegistered],
  [MemberFactEvents.ActivityAttended]: [onActivityAttended],
  [Events.CustomerRegistered]: [onCustomerRegistered],
  [MemberFactEvents.CustomerKeyAccountChanged]: [onCustomerKeyAccountChanged],
};

// ---------------------------------------------------------------- bulk loads

/** The first of each key, in order (what insert … on conflict do nothing keeps, event by event). */
function firstOf<T>(rows: T[], key: (row: T) => string): T[] {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(key(row)) && Boolean(seen.add(key(row))));
}

/**
 * A bulk load's batch of membership analytics' events (every type), set-based: the facts in one
 * multi-row insert per table, the rollups moved by the batch's summed changes in one statement per
 * rollup table. Leaves what the appliers above leave event by event (seed-history.spec.ts compares
 * the two): visits, follow-ups and points only add to rollups and key accounts keep the latest
 * statement, so their order does not matter; consultations, receipts, memberships, redemptions and
 * activity registrations are folded in event order from their stored rows, each change moving the
 * rollups as its applier would (RollupDeltas.change: a row it creates stays, even at zero).
 */
async function applyMembersBatch(em: EntityManager, events: readonly DomainEvent<unknown>[], ctx: FactContext): Promise<void> {
  const tz = ctx.timeZone;
  const of = <T>(type: string) => events.filter((e) => e.type === type) as DomainEvent<T>[];
  const deltas = new RollupDeltas();
  const json = (rows: object[]) => JSON.stringify(rows);

  const visits = firstOf(
    of<VisitRegisteredData>(CareEvents.VisitRegistered).map(({ data: d }) => {
      const type = CareEvents.VisitRegistered;
      return {
        visit_id: id(type, 'visitId', d.visitId),
        customer_id: id(type, 'customerId', d.customerId),
        day: localDay(instant(type, 'arrivedAt', d.arrivedAt), tz),
      };
    }),
    (v) => v.visit_id,
  );
  if (visits.length)
    for (const v of await em.execute<{ customer_id: string; day: string }[]>(
      `insert into ${VISIT} (visit_id, customer_id, day) select visit_id, customer_id, day from json_populate_recordset(null::${VISIT}, ?::json)
       on conflict (visit_id) do nothing returning customer_id::text, day::text`,
      [json(visits)],
    ))
      deltas.add([{ table: CUSTOMER_DAILY, key: { customer_id: v.customer_id, day: v.day }, values: { visits: 1 } }]);

  const followUps = firstOf(
    of<FollowUpCompletedData>(CareEvents.FollowUpCompleted).map(({ data: d }) => {
      const type = CareEvents.FollowUpCompleted;
      const score = typeof d.satisfaction === 'number' && d.satisfaction >= 1 && d.satisfaction <= 5 ? Math.round(d.satisfaction) : null;
      return {
        task_id: id(type, 'taskId', d.taskId),
        customer_id: optionalId(d.customerId),
        satisfaction: score,
        day: localDay(instant(type, 'completedAt', d.completedAt), tz),
      };
    }),
    (f) => f.task_id,
  );
  if (followUps.length)
    for (const f of await em.execute<{ customer_id: string | null; satisfaction: number | null; day: string }[]>(
      `insert into ${FOLLOW_UP} (task_id, customer_id, satisfaction, day)
       select task_id, customer_id, satisfaction, day from json_populate_recordset(null::${FOLLOW_UP}, ?::json)
       on conflict (task_id) do nothing returning customer_id::text, satisfaction, day::text`,
      [json(followUps)],
    )) {
      if (!f.customer_id || f.satisfaction === null) continue;
      const score = Number(f.satisfaction);
      deltas.add([
        {
          table: CUSTOMER_DAILY,
          key: { customer_id: f.customer_id, day: f.day },
          values: { satisfaction_sum: score, satisfaction_count: 1, satisfied_count: score >= 4 ? 1 : 0 },
        },
      ]);
    }

  const points = firstOf(
    of<PointsChangedData>(Events.PointsChanged).map((event) => {
      const type = Events.PointsChanged;
      const d = event.data;
      return {
        entry_id: id(type, 'entryId', d.entryId),
        membership_id: id(type, 'membershipId', d.membershipId),
        customer_id: id(type, 'customerId', d.customerId),
        delta: fen(type, 'delta', d.delta),
        kind: text(type, 'kind', d.kind),
        day: localDay(instant(type, 'occurredAt', event.occurredAt), tz),
      };
    }),
    (p) => p.entry_id,
  );
  if (points.length) {
    const inserted = await em.execute<
      { entry_id: string; membership_id: string; customer_id: string; delta: number; kind: string; day: string }[]
    >(
      `insert into ${POINTS_ENTRY} (entry_id, membership_id, customer_id, delta, kind, day)
       select entry_id, membership_id, customer_id, delta, kind, day from json_populate_recordset(null::${POINTS_ENTRY}, ?::json)
       on conflict (entry_id) do nothing returning entry_id::text, membership_id::text, customer_id::text, delta, kind, day::text`,
      [json(points)],
    );
    // in event order: a member's balance row keeps the customer of its first entry, as the upsert does event by event
    const order = new Map(points.map((p, i) => [p.entry_id, i]));
    const fresh = [...inserted].sort((a, b) => order.get(a.entry_id)! - order.get(b.entry_id)!);
    for (const p of fresh) deltas.add([{ table: POINTS_DAILY, key: { day: p.day, kind: p.kind }, values: { points: p.delta } }]);
    const balances = new Map<string, { membership_id: string; customer_id: string; balance: number }>();
    for (const p of fresh) {
      const row = balances.get(p.membership_id) ?? { membership_id: p.membership_id, customer_id: p.customer_id, balance: 0 };
      row.balance += p.delta;
      balances.set(p.membership_id, row);
    }
    if (balances.size)
      await em.execute(
        `insert into ${MEMBER_POINTS} (membership_id, customer_id, balance)
         select membership_id, customer_id, balance from json_populate_recordset(null::${MEMBER_POINTS}, ?::json)
         on conflict (membership_id) do update set balance = ma_member_points.balance + excluded.balance`,
        [json([...balances.values()])],
      );
  }

  // key accounts: the latest statement per customer wins (an equal instant: the first)
  const latest = new Map<string, { customer_id: string; key_account_id: string | null; key_account_since: string }>();
  for (const event of events) {
    let row;
    if (event.type === Events.CustomerRegistered) {
      const type = Events.CustomerRegistered;
      const d = event.data as CustomerRegisteredData;
      row = {
        customer_id: id(type, 'customerId', d.customerId),
        key_account_id: optionalId(d.keyAccountId),
        key_account_since: instant(type, 'registeredAt', d.registeredAt).toISOString(),
      };
    } else if (event.type === MemberFactEvents.CustomerKeyAccountChanged) {
      const type = MemberFactEvents.CustomerKeyAccountChanged;
      const d = event.data as CustomerKeyAccountChangedData;
      row = {
        customer_id: id(type, 'customerId', d.customerId),
        key_account_id: optionalId(d.keyAccountId),
        key_account_since: instant(type, 'changedAt', d.changedAt).toISOString(),
      };
    } else continue;
    const known = latest.get(row.customer_id);
    if (!known || Date.parse(known.key_account_since) < Date.parse(row.key_account_since)) latest.set(row.customer_id, row);
  }
  if (latest.size)
    await em.execute(
      `insert into ${CUSTOMER} (customer_id, key_account_id, key_account_since)
       select customer_id, key_account_id, key_account_since from json_populate_recordset(null::${CUSTOMER}, ?::json)
       on conflict (customer_id) do update set key_account_id = excluded.key_account_id, key_account_since = excluded.key_account_since
       where ma_customer.key_account_since < excluded.key_account_since`,
      [json([...latest.values()])],
    );

  // consultations: each folded in event order from its stored row, as the two appliers write it
  const consultationEvents = events.filter((e) => e.type === CareEvents.ConsultationRegistered || e.type === CareEvents.ConsultationLinked);
  if (consultationEvents.length) {
    const idOf = (e: DomainEvent<unknown>) => id(e.type, 'consultationId', (e.data as ConsultationLinkedData).consultationId);
    const ids = [...new Set(consultationEvents.map(idOf))];
    const stored = await em.execute<(ConsultationRow & { consultation_id: string })[]>(
      `select consultation_id::text, customer_id::text, disease_type, day::text from ${CONSULTATION} where consultation_id = any(?::uuid[])`,
      [`{${ids.join(',')}}`],
    );
    const rows = new Map<string, ConsultationRow | undefined>(stored.map((r) => [r.consultation_id, r]));
    for (const event of consultationEvents) {
      const consultationId = idOf(event);
      const current = rows.get(consultationId);
      if (event.type === CareEvents.ConsultationRegistered) {
        const d = event.data as ConsultationRegisteredData;
        const type = CareEvents.ConsultationRegistered;
        const day = localDay(instant(type, 'consultedAt', d.consultedAt), tz);
        const disease = typeof d.diseaseType === 'string' && d.diseaseType.trim() ? d.diseaseType.trim() : null;
        rows.set(consultationId, { customer_id: current?.customer_id ?? optionalId(d.customerId), disease_type: disease, day });
      } else {
        const d = event.data as ConsultationLinkedData;
        const customerId = id(CareEvents.ConsultationLinked, 'customerId', d.customerId);
        rows.set(consultationId, { customer_id: customerId, disease_type: current?.disease_type ?? null, day: current?.day ?? null });
      }
      deltas.change(consultationShare(current), consultationShare(rows.get(consultationId)));
    }
    await em.execute(
      `insert into ${CONSULTATION} (consultation_id, customer_id, disease_type, day)
       select consultation_id, customer_id, disease_type, day from json_populate_recordset(null::${CONSULTATION}, ?::json)
       on conflict (consultation_id) do update set customer_id = excluded.customer_id, disease_type = excluded.disease_type, day = excluded.day`,
      [json(ids.map((c) => ({ consultation_id: c, ...rows.get(c)!, day: asDay(rows.get(c)!.day) })))],
    );
  }

  // receipts: each folded in event order from its stored row, as the two appliers write it
  const receiptEvents = events.filter(
    (e) => e.type === MemberFactEvents.ConsumptionRecorded || e.type === MemberFactEvents.ConsumptionRefundRecorded,
  );
  if (receiptEvents.length) {
    type Receipt = ConsumptionRow & {
      receipt_number: string;
      occurred_at: string;
      source: string | null;
      refunded_at: string | null;
    };
    const receiptOf = (e: DomainEvent<unknown>) => text(e.type, 'receiptNumber', (e.data as ConsumptionRecordedData).receiptNumber);
    const numbers = [...new Set(receiptEvents.map(receiptOf))];
    const stored = await em.execute<Receipt[]>(
      `select receipt_number, customer_id::text, membership_id::text, amount_fen::text, occurred_at, day::text, source, department_code,
              staff_id::text, recorded, refunded_at, refund_day::text
       from ${CONSUMPTION} where receipt_number = any(?::text[])`,
      [`{${numbers.map((n) => `"${n.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`],
    );
    const iso = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());
    const rows = new Map<string, Receipt | undefined>(
      stored.map((r) => [r.receipt_number, { ...r, occurred_at: iso(r.occurred_at)!, refunded_at: iso(r.refunded_at) }]),
    );
    for (const event of receiptEvents) {
      const receiptNumber = receiptOf(event);
      const current = rows.get(receiptNumber);
      if (event.type === MemberFactEvents.ConsumptionRecorded) {
        const type = MemberFactEvents.ConsumptionRecorded;
        const d = event.data as ConsumptionRecordedData;
        const occurredAt = instant(type, 'occurredAt', d.occurredAt);
        rows.set(receiptNumber, {
          receipt_number: receiptNumber,
          customer_id: id(type, 'customerId', d.customerId),
          membership_id: optionalId(d.membershipId),
          amount_fen: String(fen(type, 'amountFen', d.amountFen)),
          occurred_at: occurredAt.toISOString(),
          day: localDay(occurredAt, tz),
          source: d.source ?? null,
          department_code: d.departmentCode ?? null,
          staff_id: staffIdOf(d.staffId) ?? staffIdOf(d.recordedBy),
          recorded: true,
          refunded_at: current?.refunded_at ?? null,
          refund_day: current?.refund_day ?? null,
        });
      } else {
        const type = MemberFactEvents.ConsumptionRefundRecorded;
        const d = event.data as ConsumptionRefundRecordedData;
        const occurredAt = instant(type, 'occurredAt', d.occurredAt);
        const refundedAt = instant(type, 'refundedAt', d.refundedAt);
        rows.set(
          receiptNumber,
          current
            ? {
                ...current,
                refunded_at: current.refunded_at ?? refundedAt.toISOString(),
                refund_day: current.refund_day ?? localDay(refundedAt, tz),
              }
            : {
                receipt_number: receiptNumber,
                customer_id: id(type, 'customerId', d.customerId),
                membership_id: optionalId(d.membershipId),
                amount_fen: String(fen(type, 'amountFen', d.amountFen)),
                occurred_at: occurredAt.toISOString(),
                day: localDay(occurredAt, tz),
                source: null,
                department_code: null,
                staff_id: null,
                recorded: false,
                refunded_at: refundedAt.toISOString(),
                refund_day: localDay(refundedAt, tz),
              },
        );
      }
      deltas.change(consumptionShare(current), consumptionShare(rows.get(receiptNumber)));
    }
    await em.execute(
      `insert into ${CONSUMPTION} (receipt_number, customer_id, membership_id, amount_fen, occurred_at, day, source, department_code, staff_id, recorded, refunded_at, refund_day)
       select receipt_number, customer_id, membership_id, amount_fen, occurred_at, day, source, department_code, staff_id, recorded, refunded_at, refund_day
       from json_populate_recordset(null::${CONSUMPTION}, ?::json)
       on conflict (receipt_number) do update set customer_id = excluded.customer_id, membership_id = excluded.membership_id,
         amount_fen = excluded.amount_fen, occurred_at = excluded.occurred_at, day = excluded.day, source = excluded.source,
         department_code = excluded.department_code, staff_id = excluded.staff_id, recorded = excluded.recorded,
         refunded_at = excluded.refunded_at, refund_day = excluded.refund_day`,
      [JSON.stringify(numbers.map((n) => ({ ...rows.get(n)!, day: asDay(rows.get(n)!.day), refund_day: asDay(rows.get(n)!.refund_day) })))],
    );
  }

  await applyMembershipsInBulk(em, events, tz, deltas);
  await applyRedemptionsInBulk(em, events, tz, deltas);
  await applyRegistrationsInBulk(em, events, tz, deltas);
  await applyDeltasInBulk(em, deltas);
}

/** A PostgreSQL array literal of text values. */
const textArray = (values: readonly string[]) => `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
const isoOf = (v: unknown): string | null => (v == null ? null : new Date(v as string).toISOString());

interface MemberRow {
  membership_id: string;
  customer_id: string;
  joined_at: string | null;
  joined_day: string | null;
  enrol_tier: string | null;
  tier: string | null;
  cancelled_day: string | null;
  developer_id: string | null;
  developer_at: string | null;
}

const MEMBERSHIP_TYPES = new Set<string>([
  Events.MemberEnrolled,
  MembershipEvents.TierChanged,
  MembershipEvents.MembershipStatusChanged,
  MembershipEvents.MemberDeveloperChanged,
]);

/**
 * The batch's enrolments, tier and status changes and developers, in event order, as changeMember
 * and setDeveloper write them one by one, against the memberships' rows and changes read in three
 * statements: the tier rollup moved by each change (RollupDeltas.change), the rows written back in
 * one statement per table.
 */
async function applyMembershipsInBulk(em: EntityManager, events: readonly DomainEvent<unknown>[], tz: string, deltas: RollupDeltas) {
  const list = events.filter((e) => MEMBERSHIP_TYPES.has(e.type));
  if (!list.length) return;
  const membershipOf = (e: DomainEvent<unknown>) => id(e.type, 'membershipId', (e.data as TierChangedData).membershipId);
  const ids = textArray([...new Set(list.map(membershipOf))]);
  const members = new Map<string, MemberRow>();
  for (const r of await em.execute<MemberRow[]>(
    `select membership_id::text, customer_id::text, joined_at, joined_day::text, enrol_tier, tier, cancelled_day::text, developer_id::text, developer_at
     from ${MEMBER} where membership_id = any(?::uuid[])`,
    [ids],
  ))
    members.set(r.membership_id, { ...r, joined_at: isoOf(r.joined_at), developer_at: isoOf(r.developer_at) });
  type TierRow = { membership_id: string; at: string; from_tier: string; to_tier: string };
  type StatusRow = { membership_id: string; at: string; to_status: string; from_status: string; kind: string };
  const tiers = new Map<string, TierRow[]>();
  const statuses = new Map<string, StatusRow[]>();
  const push = <R extends { membership_id: string }>(map: Map<string, R[]>, row: R) => {
    const rows = map.get(row.membership_id);
    if (rows) rows.push(row);
    else map.set(row.membership_id, [row]);
  };
  for (const r of await em.execute<TierRow[]>(
    `select membership_id::text, at, from_tier, to_tier from ${TIER_CHANGE} where membership_id = any(?::uuid[])`,
    [ids],
  ))
    push(tiers, { ...r, at: isoOf(r.at)! });
  for (const r of await em.execute<StatusRow[]>(
    `select membership_id::text, at, to_status, from_status, kind from ${STATUS_CHANGE} where membership_id = any(?::uuid[])`,
    [ids],
  ))
    push(statuses, { ...r, at: isoOf(r.at)! });
  const newTiers: TierRow[] = [];
  const newStatuses: StatusRow[] = [];
  const changed = new Set<string>();

  const timeline = (m: MemberRow) =>
    timelineOf(
      {
        joinedAt: m.joined_at === null ? null : Date.parse(m.joined_at),
        enrolTier: m.enrol_tier,
        tiers: (tiers.get(m.membership_id) ?? []).map((t) => ({ at: Date.parse(t.at), toTier: t.to_tier })).sort((a, b) => a.at - b.at),
        statuses: (statuses.get(m.membership_id) ?? [])
          .map((st) => ({ at: Date.parse(st.at), toStatus: st.to_status }))
          .sort((a, b) => a.at - b.at || (a.toStatus < b.toStatus ? -1 : a.toStatus > b.toStatus ? 1 : 0)),
      },
      tz,
    );
  // insert … on conflict (membership_id) do nothing
  const member = (membershipId: string, customerId: string): MemberRow => {
    let m = members.get(membershipId);
    if (!m) {
      m = {
        membership_id: membershipId,
        customer_id: customerId,
        joined_at: null,
        joined_day: null,
        enrol_tier: null,
        tier: null,
        cancelled_day: null,
        developer_id: null,
        developer_at: null,
      };
      members.set(membershipId, m);
    }
    changed.add(membershipId);
    return m;
  };
  const change = (membershipId: string, customerId: string, write: (m: MemberRow) => void) => {
    const m = member(membershipId, customerId);
    const before = timeline(m);
    write(m);
    const after = timeline(m);
    deltas.change(before.contributions, after.contributions);
    m.tier = after.tier;
    m.cancelled_day = after.cancelledDay;
  };
  const setDeveloper = (membershipId: string, customerId: string, developerId: string | null, at: Date) => {
    const m = member(membershipId, customerId);
    if (m.developer_at === null || Date.parse(m.developer_at) <= at.getTime()) {
      m.developer_id = developerId;
      m.developer_at = at.toISOString();
    }
  };

  for (const event of list) {
    const membershipId = membershipOf(event);
    if (event.type === Events.MemberEnrolled) {
      const type = Events.MemberEnrolled;
      const d = event.data as MemberEnrolledData;
      const customerId = id(type, 'customerId', d.customerId);
      const tier = text(type, 'tier', d.tier);
      const joinedAt = instant(type, 'joinedAt', d.joinedAt);
      change(membershipId, customerId, (m) => {
        m.customer_id = customerId;
        m.joined_at = joinedAt.toISOString();
        m.joined_day = localDay(joinedAt, tz);
        m.enrol_tier = tier;
      });
      const developerId = staffIdOf(d.developerId);
      if (developerId) setDeveloper(membershipId, customerId, developerId, instant(type, 'occurredAt', event.occurredAt));
    } else if (event.type === MembershipEvents.TierChanged) {
      const type = MembershipEvents.TierChanged;
      const d = event.data as TierChangedData;
      const at = instant(type, 'at', d.at).toISOString();
      const row = { membership_id: membershipId, at, from_tier: text(type, 'from', d.from), to_tier: text(type, 'to', d.to) };
      change(membershipId, id(type, 'customerId', d.customerId), () => {
        // the primary key (membership_id, at): the first change at an instant stays
        if ((tiers.get(membershipId) ?? []).some((t) => Date.parse(t.at) === Date.parse(at))) return;
        push(tiers, row);
        newTiers.push(row);
      });
    } else if (event.type === MembershipEvents.MembershipStatusChanged) {
      const type = MembershipEvents.MembershipStatusChanged;
      const d = event.data as MembershipStatusChangedData;
      const at = instant(type, 'at', d.at).toISOString();
      const row = {
        membership_id: membershipId,
        at,
        to_status: text(type, 'to', d.to),
        from_status: text(type, 'from', d.from),
        kind: d.kind ?? '',
      };
      change(membershipId, id(type, 'customerId', d.customerId), () => {
        // the primary key (membership_id, at, to_status)
        if ((statuses.get(membershipId) ?? []).some((st) => Date.parse(st.at) === Date.parse(at) && st.to_status === row.to_status)) return;
        push(statuses, row);
        newStatuses.push(row);
      });
    } else {
      const type = MembershipEvents.MemberDeveloperChanged;
      const d = event.data as MemberDeveloperChangedData;
      setDeveloper(membershipId, id(type, 'customerId', d.customerId), staffIdOf(d.developerId), instant(type, 'changedAt', d.changedAt));
    }
  }

  await em.execute(
    `insert into ${MEMBER} (membership_id, customer_id, joined_at, joined_day, enrol_tier, tier, cancelled_day, developer_id, developer_at)
     select membership_id, customer_id, joined_at, joined_day, enrol_tier, tier, cancelled_day, developer_id, developer_at
     from json_populate_recordset(null::${MEMBER}, ?::json)
     on conflict (membership_id) do update set customer_id = excluded.customer_id, joined_at = excluded.joined_at,
       joined_day = excluded.joined_day, enrol_tier = excluded.enrol_tier, tier = excluded.tier, cancelled_day = excluded.cancelled_day,
       developer_id = excluded.developer_id, developer_at = excluded.developer_at`,
    [JSON.stringify([...changed].map((m) => members.get(m)))],
  );
  if (newTiers.length)
    await em.execute(
      `insert into ${TIER_CHANGE} (membership_id, at, from_tier, to_tier)
       select membership_id, at, from_tier, to_tier from json_populate_recordset(null::${TIER_CHANGE}, ?::json)`,
      [JSON.stringify(newTiers)],
    );
  if (newStatuses.length)
    await em.execute(
      `insert into ${STATUS_CHANGE} (membership_id, at, to_status, from_status, kind)
       select membership_id, at, to_status, from_status, kind from json_populate_recordset(null::${STATUS_CHANGE}, ?::json)`,
      [JSON.stringify(newStatuses)],
    );
}

/** Membership analytics' facts and rollups (the ma_* tables), for the facts dispatcher. */
export const membersAnalyticsFacts: FactPlugin = {
  appliers: membersAppliers,
  tables: MEMBERS_ANALYTICS_TABLES,
  bulk: {
    // every type: a batch is one run, none applied one by one (with its advisory lock and reads)
    types: Object.keys(membersAppliers),
    apply: applyMembersBatch,
  },
};

type FullRedemption = RedemptionRow & { redemption_id: string; membership_id: string; gift_name: string | null };

/**
 * The batch's gift redemptions and cancellations, in event order, as onGiftRedeemed and
 * onGiftRedemptionCancelled write them, against the redemptions' rows read in one statement.
 */
async function applyRedemptionsInBulk(em: EntityManager, events: readonly DomainEvent<unknown>[], tz: string, deltas: RollupDeltas) {
  const list = events.filter((e) => e.type === MemberFactEvents.GiftRedeemed || e.type === MemberFactEvents.GiftRedemptionCancelled);
  if (!list.length) return;
  const idOf = (e: DomainEvent<unknown>) => id(e.type, 'redemptionId', (e.data as GiftRedeemedData).redemptionId);
  const rows = new Map<string, FullRedemption>();
  for (const r of await em.execute<FullRedemption[]>(
    `select redemption_id::text, membership_id::text, customer_id::text, gift_id::text, gift_name, quantity, points, unit_cost_fen::text,
            redeemed_day::text, cancelled_at
     from ${REDEMPTION} where redemption_id = any(?::uuid[])`,
    [textArray([...new Set(list.map(idOf))])],
  ))
    rows.set(r.redemption_id, { ...r, cancelled_at: isoOf(r.cancelled_at) });
  const gifts = new Map<string, string>();
  for (const event of list) {
    const type = event.type;
    const d = event.data as GiftRedeemedData & GiftRedemptionCancelledData;
    const [redemptionId, membershipId, customerId, giftId, quantity, points, unitCost, day] = redemptionValues(type, d, tz) as [
      string,
      string,
      string,
      string,
      number,
      number,
      number | null,
      string,
    ];
    const current = rows.get(redemptionId);
    const fresh = (): FullRedemption => ({
      redemption_id: redemptionId,
      membership_id: membershipId,
      customer_id: customerId,
      gift_id: giftId,
      gift_name: null,
      quantity,
      points,
      unit_cost_fen: unitCost === null ? null : String(unitCost),
      redeemed_day: day,
      cancelled_at: null,
    });
    let next: FullRedemption;
    if (type === MemberFactEvents.GiftRedeemed) {
      const name = text(type, 'giftName', d.giftName);
      gifts.set(giftId, name);
      next = { ...(current ?? fresh()), gift_name: name };
    } else {
      const cancelledAt = instant(type, 'cancelledAt', d.cancelledAt).toISOString();
      next = current ? { ...current, cancelled_at: current.cancelled_at ?? cancelledAt } : { ...fresh(), cancelled_at: cancelledAt };
    }
    deltas.change(redemptionShare(current), redemptionShare(next));
    rows.set(redemptionId, next);
  }
  if (gifts.size)
    await em.execute(
      `insert into ${GIFT} (gift_id, name) select gift_id, name from json_populate_recordset(null::${GIFT}, ?::json)
       on conflict (gift_id) do update set name = excluded.name`,
      [JSON.stringify([...gifts].map(([gift_id, name]) => ({ gift_id, name })))],
    );
  const written = [...new Set(list.map(idOf))].map((r) => rows.get(r)!);
  await em.execute(
    `insert into ${REDEMPTION} (redemption_id, membership_id, customer_id, gift_id, gift_name, quantity, points, unit_cost_fen, redeemed_day, cancelled_at)
     select redemption_id, membership_id, customer_id, gift_id, gift_name, quantity, points, unit_cost_fen, redeemed_day, cancelled_at
     from json_populate_recordset(null::${REDEMPTION}, ?::json)
     on conflict (redemption_id) do update set gift_name = excluded.gift_name, cancelled_at = excluded.cancelled_at`,
    [JSON.stringify(written.map((r) => ({ ...r, redeemed_day: asDay(r.redeemed_day) })))],
  );
}

type FullRegistration = RegistrationRow & { registration_id: string; activity_id: string; membership_id: string };

/**
 * The batch's activity registrations and attendances, in event order, as onActivityRegistered and
 * onActivityAttended write them, against the registrations' rows read in one statement.
 */
async function applyRegistrationsInBulk(em: EntityManager, events: readonly DomainEvent<unknown>[], tz: string, deltas: RollupDeltas) {
  const list = events.filter((e) => e.type === MemberFactEvents.ActivityRegistered || e.type === MemberFactEvents.ActivityAttended);
  if (!list.length) return;
  const idOf = (e: DomainEvent<unknown>) => id(e.type, 'registrationId', (e.data as ActivityRegisteredData).registrationId);
  const rows = new Map<string, FullRegistration>();
  for (const r of await em.execute<FullRegistration[]>(
    `select registration_id::text, activity_id::text, membership_id::text, customer_id::text, activity_kind, registered_day::text, attended_day::text
     from ${REGISTRATION} where registration_id = any(?::uuid[])`,
    [textArray([...new Set(list.map(idOf))])],
  ))
    rows.set(r.registration_id, r);
  for (const event of list) {
    const type = event.type;
    const d = event.data as ActivityRegisteredData & ActivityAttendedData;
    const registrationId = idOf(event);
    const current = rows.get(registrationId);
    const fresh: FullRegistration = current ?? {
      registration_id: registrationId,
      activity_id: id(type, 'activityId', d.activityId),
      membership_id: id(type, 'membershipId', d.membershipId),
      customer_id: id(type, 'customerId', d.customerId),
      activity_kind: null,
      registered_day: null,
      attended_day: null,
    };
    const next =
      type === MemberFactEvents.ActivityRegistered
        ? {
            ...fresh,
            activity_kind: text(type, 'activityKind', d.activityKind),
            registered_day: localDay(instant(type, 'registeredAt', d.registeredAt), tz),
          }
        : { ...fresh, attended_day: fresh.attended_day ?? localDay(instant(type, 'attendedAt', d.attendedAt), tz) };
    deltas.change(registrationShare(current), registrationShare(next));
    rows.set(registrationId, next);
  }
  const written = [...new Set(list.map(idOf))].map((r) => rows.get(r)!);
  await em.execute(
    `insert into ${REGISTRATION} (registration_id, activity_id, membership_id, customer_id, activity_kind, registered_day, attended_day)
     select registration_id, activity_id, membership_id, customer_id, activity_kind, registered_day, attended_day
     from json_populate_recordset(null::${REGISTRATION}, ?::json)
     on conflict (registration_id) do update set activity_kind = excluded.activity_kind, registered_day = excluded.registered_day,
       attended_day = excluded.attended_day`,
    [JSON.stringify(written.map((r) => ({ ...r, registered_day: asDay(r.registered_day), attended_day: asDay(r.attended_day) })))],
  );
}
