import { createHash } from 'node:crypto';
import { LockMode, type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { badInput, notFound, type Logger } from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { requireId } from '../../common/ids.js';
import { actorId, APPOINTMENT_DEPARTMENTS, assertDepartmentIn, persistNew, refusalError } from '../../common/care-access.js';
import { hospitalTimeZone } from '../../common/hospital-time.js';
import { Customer } from '../customer/customer.entity.js';
import { CustomerMerge } from '../customer/customer-history.entity.js';
import { Appointment, AppointmentStatus } from '../appointment/appointment.entity.js';
import { AppointmentService } from '../appointment/appointment.service.js';
import { AppointmentAction, appointmentRule } from '../appointment/appointment.rules.js';
import { DeliveryStatus, MessageTemplate, TemplateKind } from '../message/message.entity.js';
import { deliver, parseDeliveryReceipts, recordDeliveryReceipts } from '../message/message.service.js';
import { messageProvider, SIGNATURE_TOLERANCE_SECONDS, verifySignature } from '../message/message.provider.js';
import {
  AppointmentConfirmation,
  AppointmentConfirmationView,
  AppointmentReminder,
  ConfirmationSource,
  ConfirmationState,
  ReminderRule,
  ReminderStatus,
} from './reminder.entity.js';
import type { SetReminderRuleInput } from './dto/reminder.inputs.js';

/** attempts at the provider before a reminder is given up (then it shows as 提醒失败) */
export const MAX_ATTEMPTS = 5;
/** a claimed reminder whose replica died is claimed again after this */
const LEASE_SECONDS = 120;
/** wait before attempt n+1: 1, 2, 4, 8 minutes */
const retryDelayMs = (attempts: number) => 60_000 * 2 ** Math.max(0, attempts - 1);

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Minutes since local midnight of `at` in `timeZone`. */
function localMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * When the rule's quiet hours end, if `now` is inside them (a window may wrap past midnight,
 * 21:00–08:00); null when a reminder may go now.
 */
export function quietUntil(rule: Pick<ReminderRule, 'quietStart' | 'quietEnd'>, now: Date, timeZone = hospitalTimeZone()): Date | null {
  if (!rule.quietStart || !rule.quietEnd || rule.quietStart === rule.quietEnd) return null;
  const start = minutesOf(rule.quietStart);
  const end = minutesOf(rule.quietEnd);
  const current = localMinutes(now, timeZone);
  const inside = start < end ? current >= start && current < end : current >= start || current < end;
  if (!inside) return null;
  const wait = (end - current + 24 * 60) % (24 * 60);
  // the instant the quiet hours end: this minute's start plus the minutes left
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000 + wait * 60_000);
}

/** The rule's view of an appointment's reminder and answer, for the appointment screens. */
function viewOf(reminder: AppointmentReminder | undefined, answer: AppointmentConfirmation | undefined): AppointmentConfirmationView {
  const view = new AppointmentConfirmationView();
  view.remindedAt = reminder?.sentAt ?? null;
  view.source = answer?.source ?? null;
  view.answeredAt = answer?.at ?? null;
  if (answer) view.state = answer.state;
  else if (reminder?.status === ReminderStatus.SENT) view.state = ConfirmationState.REMINDED;
  else if (reminder?.status === ReminderStatus.NO_CONSENT) view.state = ConfirmationState.NO_CONSENT;
  else if (reminder?.status === ReminderStatus.FAILED || reminder?.status === ReminderStatus.GAVE_UP)
    view.state = ConfirmationState.REMINDER_FAILED;
  else view.state = ConfirmationState.NOT_REMINDED;
  return view;
}

const loaders = new WeakMap<CrmContext, DataLoader<string, AppointmentConfirmationView>>();

/** Per request (kept with the request's context): the confirmation of each appointment on a page, in two queries. */
export function confirmationLoader(ctx: CrmContext): DataLoader<string, AppointmentConfirmationView> {
  let loader = loaders.get(ctx);
  if (!loader) {
    const em = ctx.em;
    loader = new DataLoader(async (ids: readonly string[]) => {
      const [reminders, answers] = await Promise.all([
        em.find(AppointmentReminder, { appointmentId: { $in: [...ids] } }),
        em.find(AppointmentConfirmation, { appointmentId: { $in: [...ids] } }),
      ]);
      const reminderOf = new Map(reminders.map((r) => [r.appointmentId, r]));
      const answerOf = new Map(answers.map((a) => [a.appointmentId, a]));
      return ids.map((id) => viewOf(reminderOf.get(id), answerOf.get(id)));
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

export class ReminderService {
  constructor(private readonly ctx: CrmContext) {}

  rules(): Promise<ReminderRule[]> {
    return this.ctx.em.find(ReminderRule, {}, { orderBy: { departmentCode: 'asc' } });
  }

  /** Creates or replaces a department's rule (customer-service admins and the director). */
  async setRule(input: SetReminderRuleInput): Promise<ReminderRule> {
    const departmentCode = input.departmentCode.trim();
    if (!/^[A-Z][A-Z0-9_]{1,49}$/.test(departmentCode)) throw badInput('departmentCode must be a department code', 'departmentCode');
    if (!Number.isInteger(input.daysBefore) || input.daysBefore < 0 || input.daysBefore > 7)
      throw badInput('daysBefore must be 0 to 7', 'daysBefore');
    if (!HH_MM.test(input.sendAt)) throw badInput('sendAt must be HH:MM', 'sendAt');
    const quietStart = input.quietStart?.trim() || null;
    const quietEnd = input.quietEnd?.trim() || null;
    if (Boolean(quietStart) !== Boolean(quietEnd))
      throw badInput('quiet hours need both a start and an end', 'quietEnd', 'QUIET_HOURS_INCOMPLETE');
    if (quietStart && !HH_MM.test(quietStart)) throw badInput('quietStart must be HH:MM', 'quietStart');
    if (quietEnd && !HH_MM.test(quietEnd)) throw badInput('quietEnd must be HH:MM', 'quietEnd');
    const templateId = requireId(input.templateId, 'templateId');
    return this.ctx.em.transactional(async (em) => {
      const template = await em.findOne(MessageTemplate, { id: templateId });
      if (!template) throw notFound('message template', input.templateId);
      if (template.kind !== TemplateKind.APPOINTMENT_REMINDER)
        throw badInput('the template must be an appointment reminder', 'templateId', 'TEMPLATE_KIND');
      if (!template.active) throw badInput('the template is inactive', 'templateId', 'TEMPLATE_INACTIVE');
      const rule =
        (await em.findOne(ReminderRule, { departmentCode }, { lockMode: LockMode.PESSIMISTIC_WRITE })) ??
        persistNew(em, ReminderRule, { departmentCode, templateId });
      Object.assign(rule, {
        enabled: input.enabled ?? true,
        daysBefore: input.daysBefore,
        sendAt: input.sendAt,
        templateId,
        channel: input.channel ?? template.channel,
        quietStart,
        quietEnd,
        updatedBy: actorId(this.ctx),
        updatedAt: new Date(),
      });
      await em.flush();
      await this.ctx.audit.change(em, {
        operation: 'mutation setReminderRule',
        targetType: 'ReminderRule',
        targetIds: [departmentCode],
        fields: ['enabled', 'daysBefore', 'sendAt', 'templateId', 'channel', 'quietStart', 'quietEnd'],
      });
      return rule;
    });
  }

  /** 确认: staff record that the customer confirmed (e.g. on the phone); confirming again changes nothing. */
  async confirmByStaff(id: string): Promise<Appointment> {
    const operation = 'mutation confirmAppointment';
    assertDepartmentIn(this.ctx, APPOINTMENT_DEPARTMENTS, operation, 'Appointment');
    const appointmentId = requireId(id, 'id');
    return this.ctx.em.transactional(async (em) => {
      const appointment = await em.findOne(Appointment, { id: appointmentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!appointment) throw notFound('appointment', id);
      const refused = appointmentRule(this.ctx.caller, appointment, AppointmentAction.CONFIRM);
      if (refused) throw refusalError(refused);
      const existing = await em.findOne(AppointmentConfirmation, { appointmentId });
      if (existing?.state === ConfirmationState.CONFIRMED) return appointment;
      await recordAnswer(em, appointmentId, ConfirmationState.CONFIRMED, ConfirmationSource.STAFF, actorId(this.ctx));
      await this.ctx.audit.change(em, {
        operation,
        targetType: 'Appointment',
        targetIds: [appointment.id],
        fields: ['confirmation'],
        customerIds: appointment.customerId ? [appointment.customerId] : [],
      });
      return appointment;
    });
  }
}

async function recordAnswer(
  em: EntityManager,
  appointmentId: string,
  state: ConfirmationState,
  source: ConfirmationSource,
  recordedBy: string | null,
): Promise<void> {
  await em.getConnection().execute(
    `insert into "crm"."appointment_confirmation" (appointment_id, state, source, recorded_by, at) values (?, ?, ?, ?, now())
       on conflict (appointment_id) do update set state = excluded.state, source = excluded.source, recorded_by = excluded.recorded_by, at = excluded.at`,
    [appointmentId, state, source, recordedBy],
    'run',
    em.getTransactionContext(),
  );
}

/**
 * Makes a reminder row for every booked appointment whose department's rule says it is due by `now`
 * (its day minus daysBefore, at sendAt, hospital time) and whose slot is still ahead. The primary
 * key makes this safe to run on every replica at once: an appointment gets one row.
 */
async function planDueReminders(em: EntityManager, now: Date): Promise<number> {
  const result = (await em.getConnection().execute(
    `insert into "crm"."appointment_reminder" (appointment_id, customer_id, department_code, status, attempts, next_attempt_at, created_at)
     select a.id, a.customer_id, a.department_code, 'PENDING', 0, ?::timestamptz, ?::timestamptz
       from "crm"."appointment" a
       join "crm"."reminder_rule" r on r.department_code = a.department_code and r.enabled
      where a.status = 'BOOKED' and a.customer_id is not null and a.slot_start > ?::timestamptz
        and a.slot_start <= ?::timestamptz + interval '8 days'
        and ((((a.slot_start at time zone ?)::date - r.days_before) + r.send_at::time) at time zone ?) <= ?::timestamptz
     on conflict (appointment_id) do nothing`,
    [now.toISOString(), now.toISOString(), now.toISOString(), now.toISOString(), hospitalTimeZone(), hospitalTimeZone(), now.toISOString()],
    'run',
  )) as { affectedRows?: number };
  return result.affectedRows ?? 0;
}

/**
 * Claims one reminder that is due (pending, to be retried, or abandoned by a replica that died with
 * it): marks it SENDING with a lease, in its own committed statement, so no other replica or job
 * takes it while this one talks to the provider. `skip locked` lets replicas claim different rows.
 */
async function claimOne(em: EntityManager, now: Date): Promise<AppointmentReminder | null> {
  const rows = await em.getConnection().execute<{ appointment_id: string }[]>(
    `update "crm"."appointment_reminder" set status = 'SENDING', attempts = attempts + 1, lease_until = ?::timestamptz + make_interval(secs => ?)
      where appointment_id = (
        select appointment_id from "crm"."appointment_reminder"
         where (status in ('PENDING', 'FAILED') and next_attempt_at <= ?::timestamptz)
            or (status = 'SENDING' and lease_until < ?::timestamptz)
         order by next_attempt_at limit 1 for update skip locked)
      returning appointment_id`,
    [now.toISOString(), LEASE_SECONDS, now.toISOString(), now.toISOString()],
    'all',
  );
  const id = rows[0]?.appointment_id;
  return id ? em.fork().findOne(AppointmentReminder, { appointmentId: id }) : null;
}

async function customerOf(em: EntityManager, customerId: string): Promise<Customer | null> {
  const merge = await em.findOne(CustomerMerge, { mergedId: customerId });
  return em.findOne(Customer, { id: merge?.survivorId ?? customerId });
}

export interface ReminderRun {
  sent: number;
  failed: number;
  noConsent: number;
}

/**
 * The reminder job: plans the reminders now due, then sends each once. A reminder is claimed before
 * the provider is called; its delivery is logged per attempt (message_delivery, dedupe key
 * reminder:<appointment>:<attempt>) and the provider gets one idempotency key for all attempts.
 */
export async function runDueReminders(orm: MikroORM, now = new Date(), log?: Logger): Promise<ReminderRun> {
  const run: ReminderRun = { sent: 0, failed: 0, noConsent: 0 };
  await forgetOldCallbackDigests(orm.em.fork(), now);
  await planDueReminders(orm.em.fork(), now);
  for (;;) {
    const reminder = await claimOne(orm.em.fork(), now);
    if (!reminder) break;
    const outcome = await sendClaimed(orm, reminder, now);
    if (outcome) run[outcome]++;
  }
  if (log && (run.sent || run.failed || run.noConsent)) log.info(run, 'appointment reminders sent');
  return run;
}

async function sendClaimed(orm: MikroORM, claimed: AppointmentReminder, now: Date): Promise<keyof ReminderRun | null> {
  return orm.em.fork().transactional(async (em) => {
    const reminder = await em.findOneOrFail(
      AppointmentReminder,
      { appointmentId: claimed.appointmentId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    // another replica finished it meanwhile (its lease ran out while it was still working)
    if (reminder.status !== ReminderStatus.SENDING || reminder.attempts !== claimed.attempts) return null;
    const finish = async (status: ReminderStatus, fields: Partial<AppointmentReminder> = {}) => {
      Object.assign(reminder, { status, leaseUntil: null, ...fields });
      await em.flush();
    };
    const [appointment, rule] = await Promise.all([
      em.findOne(Appointment, { id: reminder.appointmentId }),
      em.findOne(ReminderRule, { departmentCode: reminder.departmentCode }),
    ]);
    // cancelled, arrived or past since it was planned, or the rule was switched off: nothing to send
    if (!appointment || appointment.status !== AppointmentStatus.BOOKED || appointment.slotStart <= now || !rule?.enabled) {
      await finish(ReminderStatus.NOT_NEEDED);
      return null;
    }
    const quiet = quietUntil(rule, now);
    if (quiet) {
      // not an attempt: back to waiting until the quiet hours end
      await finish(ReminderStatus.PENDING, { attempts: reminder.attempts - 1, nextAttemptAt: quiet });
      return null;
    }
    const customer = await customerOf(em, reminder.customerId);
    if (!customer || !customer.marketingConsent) {
      await finish(ReminderStatus.NO_CONSENT);
      return 'noConsent';
    }
    const template = await em.findOne(MessageTemplate, { id: rule.templateId });
    if (!template) {
      await finish(ReminderStatus.GAVE_UP);
      return null;
    }
    const time = new Intl.DateTimeFormat('zh-CN', {
      timeZone: hospitalTimeZone(),
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(appointment.slotStart);
    const delivery = await deliver(em, {
      template: Object.assign(new MessageTemplate(), template, { channel: rule.channel }),
      customer,
      variables: { time },
      dedupeKey: `reminder:${reminder.appointmentId}:${reminder.attempts}`,
      idempotencyKey: `reminder:${reminder.appointmentId}`,
      // a throttled reminder is retried by this job's own backoff, not by the delivery retry job
      ownRetries: true,
    });
    if (delivery?.status === DeliveryStatus.DELIVERED) {
      await finish(ReminderStatus.SENT, {
        providerMessageId: delivery.providerMessageId,
        deliveryId: delivery.id,
        sentAt: delivery.deliveredAt ?? new Date(),
      });
      return 'sent';
    }
    // a rejection (bad number, unknown template) would be rejected again: no more attempts
    const gaveUp = reminder.attempts >= MAX_ATTEMPTS || delivery?.status === DeliveryStatus.REJECTED;
    await finish(gaveUp ? ReminderStatus.GAVE_UP : ReminderStatus.FAILED, {
      deliveryId: delivery?.id ?? reminder.deliveryId,
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(reminder.attempts)),
    });
    return 'failed';
  });
}

/**
 * Deletes the digests of callbacks older than twice the signature tolerance: a replay of one of
 * them is refused as stale before its digest is looked at, so keeping them guards nothing. Runs with
 * the reminder job (every few minutes), which keeps the table to a few minutes of callbacks.
 */
export async function forgetOldCallbackDigests(em: EntityManager, now = new Date()): Promise<number> {
  const result = (await em
    .getConnection()
    .execute(
      `delete from "crm"."provider_callback" where received_at < ?::timestamptz - make_interval(secs => ?)`,
      [now.toISOString(), 2 * SIGNATURE_TOLERANCE_SECONDS],
      'run',
    )) as { affectedRows?: number };
  return result.affectedRows ?? 0;
}

/** Stores a signed callback's digest; false when it was seen before (a replay). */
async function firstTimeSeen(em: EntityManager, digest: string): Promise<boolean> {
  const fresh = await em
    .getConnection()
    .execute<{ id: string }[]>(
      `insert into "crm"."provider_callback" (id, digest, received_at) values (gen_random_uuid(), ?, now()) on conflict (digest) do nothing returning id`,
      [digest],
      'all',
      em.getTransactionContext(),
    );
  return fresh.length > 0;
}

export type CallbackAnswer = { status: number; body: Record<string, unknown> };
const refuse = (status: number, code: string, reason: string): CallbackAnswer => ({ status, body: { code, reason } });

/**
 * A customer's reply, as the provider reports it: `{ messageId, reply: 'CONFIRM' | 'CANCEL' }`
 * signed with the shared secret over `<timestamp>.<body>`. Refused when the signature is wrong or
 * the timestamp stale, or when the same signed request comes again (a replay); a cancel cancels the
 * appointment through the appointment service (which frees the slot).
 */
export async function handleProviderCallback(
  ctx: CrmContext,
  request: { timestamp: string; signature: string; body: string },
  now = Date.now(),
): Promise<CallbackAnswer> {
  const secret = messageProvider().callbackSecret;
  if (!secret) return refuse(404, 'NOT_FOUND', 'NO_PROVIDER_CALLBACKS');
  const verdict = verifySignature(secret, request, now);
  if (verdict !== 'ok') return refuse(401, 'UNAUTHENTICATED', verdict === 'stale' ? 'STALE_TIMESTAMP' : 'BAD_SIGNATURE');
  let payload: { messageId?: unknown; reply?: unknown };
  try {
    payload = JSON.parse(request.body) as typeof payload;
  } catch {
    return refuse(400, 'BAD_USER_INPUT', 'BODY_NOT_JSON');
  }
  // an array is a batch of delivery receipts (Aliyun SmsReport), not a customer's answer
  if (Array.isArray(payload)) {
    const receipts = parseDeliveryReceipts(payload);
    if (!receipts) return refuse(400, 'BAD_USER_INPUT', 'RECEIPTS_INVALID');
    const receiptDigest = createHash('sha256').update(request.signature).digest('hex');
    return ctx.em.transactional(async (em) => {
      if (!(await firstTimeSeen(em, receiptDigest))) return refuse(409, 'CONFLICT', 'REPLAYED');
      const { updated, unchanged, unknown } = await recordDeliveryReceipts(em, receipts);
      if (updated.length)
        await ctx.audit.change(em, {
          operation: 'provider callback',
          targetType: 'MessageDelivery',
          targetIds: updated,
          fields: ['receipt'],
        });
      // Aliyun's answer to a receipt push it should not send again
      return { status: 200, body: { code: 0, msg: '成功', updated: updated.length, unchanged, unknown } };
    });
  }
  if (typeof payload.messageId !== 'string' || !payload.messageId || (payload.reply !== 'CONFIRM' && payload.reply !== 'CANCEL'))
    return refuse(400, 'BAD_USER_INPUT', 'MESSAGE_ID_AND_REPLY_REQUIRED');
  const { messageId, reply } = payload as { messageId: string; reply: 'CONFIRM' | 'CANCEL' };
  const digest = createHash('sha256').update(request.signature).digest('hex');
  return ctx.em.transactional(async (em) => {
    if (!(await firstTimeSeen(em, digest))) return refuse(409, 'CONFLICT', 'REPLAYED');
    const reminder = await em.findOne(AppointmentReminder, { providerMessageId: messageId });
    if (!reminder) return refuse(404, 'NOT_FOUND', 'MESSAGE_UNKNOWN');
    const appointment = await em.findOne(Appointment, { id: reminder.appointmentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!appointment) return refuse(404, 'NOT_FOUND', 'APPOINTMENT_UNKNOWN');
    const answer = await em.findOne(AppointmentConfirmation, { appointmentId: appointment.id });
    const state = reply === 'CONFIRM' ? ConfirmationState.CONFIRMED : ConfirmationState.DECLINED;
    // the customer repeating an answer (a second SMS "1") changes nothing
    if (answer?.state === state) return { status: 200, body: { appointmentId: appointment.id, state } };
    if (appointment.status !== AppointmentStatus.BOOKED) return refuse(409, 'CONFLICT', 'NOT_BOOKED');
    if (state === ConfirmationState.DECLINED) await new AppointmentService({ ...ctx, em }).cancel(appointment.id);
    await recordAnswer(em, appointment.id, state, ConfirmationSource.CUSTOMER_REPLY, null);
    await ctx.audit.change(em, {
      operation: 'provider callback',
      targetType: 'Appointment',
      targetIds: [appointment.id],
      fields: ['confirmation'],
      customerIds: appointment.customerId ? [appointment.customerId] : [],
    });
    return { status: 200, body: { appointmentId: appointment.id, state } };
  });
}
