import { LockMode, type EntityManager, type FilterQuery, type MikroORM } from '@mikro-orm/postgresql';
import {
  badInput,
  DomainError,
  pageSize,
  parseCursor,
  toPage,
  type BirthdayGreetingDueData,
  type EventBus,
  type Logger,
  type Page,
  isUuid,
} from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { Customer } from '../customer/customer.entity.js';
import { CustomerMerge } from '../customer/customer-history.entity.js';
import type { CustomerFilter } from '../customer/customer.filter.js';
import { customerFilterQuery } from '../customer/customer.filter.js';
import {
  DeliveryStatus,
  MessageChannel,
  MessageDelivery,
  MessageSend,
  MessageTemplate,
  ReceiptStatus,
  SendStatus,
  TemplateKind,
} from './message.entity.js';
import type { MessageTemplateInput, ScheduleMessageInput, UpdateMessageTemplateInput } from './dto/message.inputs.js';
import { messageProvider, providerFor, type MessageProvider, type OutgoingMessage, type ProviderResult } from './message.provider.js';

export const SEND_QUEUE = 'crm.message-send';
export const HOLIDAY_QUEUE = 'crm.holiday-greetings';
export const RETRY_THROTTLED_QUEUE = 'crm.message-retry-throttled';

const SYSTEM = { kind: 'system' } as const;

export const MessageErrors = {
  templateNotFound: (id: string) => new DomainError('NOT_FOUND', `message template ${id} was not found`, { reason: 'TEMPLATE_NOT_FOUND' }),
  templateInvalid: (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, { field, reason: 'TEMPLATE_INVALID' }),
  codeTaken: () => new DomainError('CONFLICT', 'a template with this code exists', { field: 'code', reason: 'TEMPLATE_CODE_TAKEN' }),
};

/** `{{name}}` and the other variables; unknown variables are left empty. */
export function render(text: string, variables: Record<string, string>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => variables[key] ?? '');
}

/** how often a throttled message is tried before it is recorded as failed */
export const MAX_THROTTLED_ATTEMPTS = 6;
/** a throttled message waits 1, 2, 4, 8, 16 minutes before its next try */
const throttledDelayMs = (attempts: number) => 60_000 * 2 ** (attempts - 1);

/**
 * Records a provider's answer on the delivery. THROTTLED waits for the retry job unless the
 * occasion retries by itself (a reminder: `ownRetries`), in which case it is FAILED with the reason
 * and the owner sends it again under its own schedule, so nothing is sent twice.
 */
function settle(delivery: MessageDelivery, result: ProviderResult, options: { ownRetries: boolean; now: Date }): void {
  delivery.providerMessageId = result.providerMessageId ?? null;
  delivery.error = result.error ?? null;
  delivery.nextAttemptAt = null;
  if (result.status === 'THROTTLED' && !options.ownRetries && delivery.attempts < MAX_THROTTLED_ATTEMPTS) {
    delivery.status = DeliveryStatus.THROTTLED;
    delivery.nextAttemptAt = new Date(options.now.getTime() + throttledDelayMs(delivery.attempts));
    return;
  }
  delivery.retryPayload = null;
  delivery.status =
    result.status === 'DELIVERED'
      ? DeliveryStatus.DELIVERED
      : result.status === 'REJECTED'
        ? DeliveryStatus.REJECTED
        : DeliveryStatus.FAILED;
  if (result.status === 'THROTTLED') delivery.error = `throttled: ${result.error ?? 'over the provider’s rate'}`;
  delivery.deliveredAt = result.status === 'DELIVERED' ? options.now : null;
}

async function sendOnce(provider: MessageProvider, message: OutgoingMessage): Promise<ProviderResult> {
  try {
    return await provider.send(message);
  } catch (error) {
    return { status: 'FAILED', error: (error as Error).message };
  }
}

/**
 * Sends one message to one customer, logged in message_delivery. Refuses customers without marketing
 * consent; `dedupeKey` makes an occasion send once however often it is triggered. Returns the
 * delivery, or null when nothing was sent. A provider over its rate (THROTTLED) is tried again by
 * the retry job (retryThrottledDeliveries) unless `ownRetries`; a rejection is REJECTED with the reason.
 */
export async function deliver(
  em: EntityManager,
  args: {
    template: MessageTemplate;
    customer: Customer;
    variables: Record<string, string>;
    sendId?: string | null;
    dedupeKey: string;
    /** the same for every attempt of one occasion: a provider that accepted it once does not send it again */
    idempotencyKey?: string;
    /** the caller retries failed and throttled sends itself (reminders): no THROTTLED row for the retry job */
    ownRetries?: boolean;
  },
): Promise<MessageDelivery | null> {
  const { template, customer } = args;
  if (!customer.marketingConsent) return null;
  const provider = providerFor(messageProvider(), template.channel);
  const variables = { ...args.variables, name: customer.name };
  const body = render(template.body, variables);
  const id = (
    await em.getConnection().execute<{ id: string }[]>(
      `insert into "crm"."message_delivery" (id, send_id, template_id, customer_id, channel, body, status, provider, dedupe_key, created_at)
       values (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, now()) on conflict (dedupe_key) do nothing returning id`,
      [new MessageDelivery().id, args.sendId ?? null, template.id, customer.id, template.channel, body, provider.name, args.dedupeKey],
      'all',
      em.getTransactionContext(),
    )
  )[0]?.id;
  if (!id) return null;
  const message: OutgoingMessage = {
    customerId: customer.id,
    to: template.channel === MessageChannel.WECHAT ? customer.wechatId : customer.phone,
    channel: template.channel,
    title: render(template.title, variables),
    body,
    templateCode: template.code,
    variables,
    ...(args.idempotencyKey ? { idempotencyKey: args.idempotencyKey } : {}),
  };
  const result = await sendOnce(provider, message);
  const delivery = await em.findOneOrFail(MessageDelivery, { id });
  // kept only while a retry may need it (the customer's name is in it)
  delivery.retryPayload = {
    to: message.to,
    title: message.title,
    templateCode: message.templateCode,
    variables,
    idempotencyKey: args.idempotencyKey ?? null,
  };
  settle(delivery, result, { ownRetries: args.ownRetries ?? false, now: new Date() });
  await em.flush();
  return delivery;
}

/**
 * The retry job: sends again every THROTTLED message whose time has come, each in its own
 * transaction holding the row (`for update skip locked`), so two replicas never send the same one;
 * the provider gets the message's idempotency key (its dedupe key when it had none).
 */
export async function retryThrottledDeliveries(orm: MikroORM, now = new Date()): Promise<number> {
  let settled = 0;
  for (;;) {
    const done = await orm.em.fork().transactional(async (em) => {
      const rows = await em.getConnection().execute<{ id: string }[]>(
        `select id from "crm"."message_delivery" where status = 'THROTTLED' and next_attempt_at <= ?::timestamptz
            order by next_attempt_at limit 1 for update skip locked`,
        [now.toISOString()],
        'all',
        em.getTransactionContext(),
      );
      if (!rows[0]) return false;
      const delivery = await em.findOneOrFail(MessageDelivery, { id: rows[0].id });
      const payload = (delivery.retryPayload ?? {}) as {
        to?: string | null;
        title?: string;
        templateCode?: string;
        variables?: Record<string, string>;
        idempotencyKey?: string | null;
      };
      delivery.attempts += 1;
      const result = await sendOnce(providerFor(messageProvider(), delivery.channel), {
        customerId: delivery.customerId,
        to: payload.to ?? null,
        channel: delivery.channel,
        title: payload.title ?? '',
        body: delivery.body,
        ...(payload.templateCode ? { templateCode: payload.templateCode } : {}),
        variables: payload.variables ?? {},
        idempotencyKey: payload.idempotencyKey ?? delivery.dedupeKey ?? delivery.id,
      });
      settle(delivery, result, { ownRetries: false, now });
      await em.flush();
      return true;
    });
    if (!done) return settled;
    settled++;
  }
}

export interface DeliveryReceipt {
  /** the provider's message id (Aliyun's BizId) */
  providerMessageId: string;
  received: boolean;
  error: string | null;
  reportedAt: Date | null;
}

/**
 * Aliyun SmsReport items (`biz_id`, `success`, `err_code`, `err_msg`, `report_time` in China time);
 * null when the batch is not a list of them (too long, a field of the wrong type).
 */
export function parseDeliveryReceipts(items: unknown[]): DeliveryReceipt[] | null {
  if (items.length === 0 || items.length > 100) return null;
  const receipts: DeliveryReceipt[] = [];
  for (const item of items) {
    if (!item || typeof item !== 'object') return null;
    const { biz_id, success, err_code, err_msg, report_time } = item as Record<string, unknown>;
    if (typeof biz_id !== 'string' || !biz_id || biz_id.length > 200 || typeof success !== 'boolean') return null;
    const at =
      typeof report_time === 'string' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(report_time)
        ? new Date(`${report_time.replace(' ', 'T')}+08:00`)
        : null;
    const error = success
      ? null
      : [err_code, err_msg]
          .filter((v) => typeof v === 'string' && v)
          .join(': ')
          .slice(0, 500) || 'not received';
    receipts.push({ providerMessageId: biz_id, received: success, error, reportedAt: at && !Number.isNaN(at.getTime()) ? at : null });
  }
  return receipts;
}

/**
 * Records delivery receipts on the messages they name. Idempotent: a message keeps its first
 * receipt (a receipt pushed again changes nothing); receipts for messages we do not know are counted
 * and ignored (the provider should not push them again).
 * @returns the ids of the deliveries that changed, and how many receipts were repeats or unknown
 */
export async function recordDeliveryReceipts(
  em: EntityManager,
  receipts: DeliveryReceipt[],
): Promise<{ updated: string[]; unchanged: number; unknown: number }> {
  const answer = { updated: [] as string[], unchanged: 0, unknown: 0 };
  for (const receipt of receipts) {
    const delivery = await em.findOne(
      MessageDelivery,
      { providerMessageId: receipt.providerMessageId, status: DeliveryStatus.DELIVERED },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!delivery) answer.unknown++;
    else if (delivery.receipt) answer.unchanged++;
    else {
      delivery.receipt = receipt.received ? ReceiptStatus.RECEIVED : ReceiptStatus.NOT_RECEIVED;
      delivery.receiptError = receipt.error;
      delivery.receiptAt = receipt.reportedAt ?? new Date();
      answer.updated.push(delivery.id);
    }
  }
  await em.flush();
  return answer;
}

export class MessageService {
  constructor(private readonly ctx: CrmContext) {}

  templates(): Promise<MessageTemplate[]> {
    return this.ctx.em.find(MessageTemplate, {}, { orderBy: { kind: 'asc', code: 'asc' } });
  }

  async createTemplate(input: MessageTemplateInput): Promise<MessageTemplate> {
    const code = input.code.trim().toUpperCase();
    if (!/^[A-Z0-9_]{2,50}$/.test(code)) throw MessageErrors.templateInvalid('code', 'code must be 2 to 50 letters, digits or _');
    if (!input.title.trim()) throw MessageErrors.templateInvalid('title', 'title is required');
    if (!input.body.trim() || input.body.length > 1000) throw MessageErrors.templateInvalid('body', 'body must be 1 to 1000 characters');
    const holidayDate = input.holidayDate?.trim() || null;
    if (input.kind === TemplateKind.HOLIDAY && !(holidayDate && /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(holidayDate))) {
      throw MessageErrors.templateInvalid('holidayDate', 'a holiday template needs holidayDate MM-DD');
    }
    return this.ctx.em.transactional(async (em) => {
      if (await em.count(MessageTemplate, { code })) throw MessageErrors.codeTaken();
      const template = Object.assign(new MessageTemplate(), {
        code,
        kind: input.kind,
        channel: input.channel ?? MessageChannel.SMS,
        title: input.title.trim(),
        body: input.body.trim(),
        holidayDate: input.kind === TemplateKind.HOLIDAY ? holidayDate : null,
      });
      em.persist(template);
      await em.flush();
      await this.ctx.audit.change(em, {
        operation: 'mutation createMessageTemplate',
        targetType: 'MessageTemplate',
        targetIds: [template.id],
        fields: ['code', 'kind', 'body'],
      });
      return template;
    });
  }

  async updateTemplate(id: string, input: UpdateMessageTemplateInput): Promise<MessageTemplate> {
    if (!isUuid(id)) throw MessageErrors.templateNotFound(id);
    return this.ctx.em.transactional(async (em) => {
      const template = await em.findOne(MessageTemplate, { id: id.toLowerCase() });
      if (!template) throw MessageErrors.templateNotFound(id);
      if (input.title != null) {
        if (!input.title.trim()) throw MessageErrors.templateInvalid('title', 'title is required');
        template.title = input.title.trim();
      }
      if (input.body != null) {
        if (!input.body.trim() || input.body.length > 1000)
          throw MessageErrors.templateInvalid('body', 'body must be 1 to 1000 characters');
        template.body = input.body.trim();
      }
      if (input.holidayDate != null && template.kind === TemplateKind.HOLIDAY) {
        if (!/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(input.holidayDate.trim()))
          throw MessageErrors.templateInvalid('holidayDate', 'holidayDate must be MM-DD');
        template.holidayDate = input.holidayDate.trim();
      }
      if (input.active != null) template.active = input.active;
      await em.flush();
      await this.ctx.audit.change(em, {
        operation: 'mutation updateMessageTemplate',
        targetType: 'MessageTemplate',
        targetIds: [template.id],
        fields: Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] != null),
      });
      return template;
    });
  }

  /** Queues the sending; the job sends at scheduledAt to the consenting customers of the segment. */
  async schedule(input: ScheduleMessageInput): Promise<MessageSend> {
    if (!isUuid(input.templateId)) throw MessageErrors.templateNotFound(input.templateId);
    // the caller's own rules apply to the segment (phone searches need personal-data access)
    customerFilterQuery(input.segment, this.ctx.caller);
    const send = await this.ctx.em.transactional(async (em) => {
      const template = await em.findOne(MessageTemplate, { id: input.templateId.toLowerCase() });
      if (!template) throw MessageErrors.templateNotFound(input.templateId);
      const row = Object.assign(new MessageSend(), {
        templateId: template.id,
        segment: { ...(input.segment ?? {}) } as Record<string, unknown>,
        variables: Object.fromEntries((input.variables ?? []).map((v) => [v.key, v.value])),
        scheduledAt: input.scheduledAt ?? new Date(),
        createdBy: this.ctx.caller.id ?? null,
      });
      em.persist(row);
      await em.flush();
      await this.ctx.audit.change(em, {
        operation: 'mutation scheduleMessage',
        targetType: 'MessageSend',
        targetIds: [row.id],
        fields: ['templateId', 'segment', 'scheduledAt'],
      });
      return row;
    });
    await this.ctx.bus.jobs.send(SEND_QUEUE, { sendId: send.id }, { startAfter: send.scheduledAt, singletonKey: send.id });
    return send;
  }

  async send(id: string): Promise<MessageSend | null> {
    return isUuid(id) ? this.ctx.em.findOne(MessageSend, { id: id.toLowerCase() }) : null;
  }

  /** Sendings (campaigns), newest first, optionally of one template or status. */
  async sends(query: {
    templateId?: string | null;
    status?: SendStatus | null;
    first?: number;
    after?: string | null;
  }): Promise<Page<MessageSend>> {
    const size = pageSize(query.first);
    const after = parseCursor(query.after);
    const filters: FilterQuery<MessageSend>[] = [];
    if (query.templateId) {
      if (!isUuid(query.templateId)) throw badInput('templateId is not an id', 'templateId', 'ID_INVALID');
      filters.push({ templateId: query.templateId.toLowerCase() });
    }
    if (query.status) filters.push({ status: query.status });
    const [rows, total] = await Promise.all([
      this.ctx.em.find(
        MessageSend,
        { $and: after ? [...filters, { id: { $lt: after } }] : filters },
        { orderBy: { id: 'desc' }, limit: size + 1 },
      ),
      this.ctx.em.count(MessageSend, { $and: filters }),
    ]);
    return toPage(rows, size, total);
  }

  async deliveries(query: {
    customerId?: string | null;
    sendId?: string | null;
    first?: number;
    after?: string | null;
  }): Promise<Page<MessageDelivery>> {
    const size = pageSize(query.first);
    const after = parseCursor(query.after);
    const filters: FilterQuery<MessageDelivery>[] = [];
    if (query.customerId)
      filters.push({ customerId: isUuid(query.customerId) ? query.customerId.toLowerCase() : '00000000-0000-0000-0000-000000000000' });
    if (query.sendId) filters.push({ sendId: isUuid(query.sendId) ? query.sendId.toLowerCase() : '00000000-0000-0000-0000-000000000000' });
    const [rows, total] = await Promise.all([
      this.ctx.em.find(
        MessageDelivery,
        { $and: after ? [...filters, { id: { $lt: after } }] : filters },
        { orderBy: { id: 'desc' }, limit: size + 1 },
      ),
      this.ctx.em.count(MessageDelivery, { $and: filters }),
    ]);
    return toPage(rows, size, total);
  }
}

/** The job: sends a scheduled MessageSend to the consenting customers of its segment, once each. */
export async function runSend(orm: MikroORM, sendId: string): Promise<void> {
  const em = orm.em.fork();
  const send = await em.findOne(MessageSend, { id: sendId });
  if (!send || send.status === SendStatus.DONE) return;
  const template = await em.findOne(MessageTemplate, { id: send.templateId });
  if (!template) {
    send.status = SendStatus.FAILED;
    await em.flush();
    return;
  }
  send.status = SendStatus.SENDING;
  await em.flush();
  const filters = customerFilterQuery(send.segment as CustomerFilter, SYSTEM);
  send.skippedNoConsent = await em.count(Customer, { $and: [...filters, { marketingConsent: false }] });
  let after: string | undefined;
  for (;;) {
    const batch: Customer[] = await em.find(
      Customer,
      { $and: [...filters, { marketingConsent: true }, ...(after ? [{ id: { $gt: after } }] : [])] },
      { orderBy: { id: 'asc' }, limit: 200 },
    );
    if (!batch.length) break;
    for (const customer of batch) {
      await em
        .fork()
        .transactional((tx) =>
          deliver(tx, { template, customer, variables: send.variables, sendId: send.id, dedupeKey: `send:${send.id}:${customer.id}` }),
        );
    }
    after = batch.at(-1)!.id;
  }
  send.sent = await em.count(MessageDelivery, { sendId: send.id });
  send.status = SendStatus.DONE;
  await em.flush();
}

async function survivorOf(em: EntityManager, customerId: string): Promise<Customer | null> {
  if (!isUuid(customerId)) return null;
  const merge = await em.findOne(CustomerMerge, { mergedId: customerId.toLowerCase() });
  return em.findOne(Customer, { id: merge?.survivorId ?? customerId.toLowerCase() });
}

/** BirthdayGreetingDue: the birthday template to the customer, once per customer and year, consent permitting. */
export async function sendBirthdayGreeting(
  orm: MikroORM,
  data: BirthdayGreetingDueData,
  occurredAt: string,
): Promise<MessageDelivery | null> {
  return orm.em.fork().transactional(async (em) => {
    const customer = await survivorOf(em, data.customerId);
    const template = await em.findOne(MessageTemplate, { kind: TemplateKind.BIRTHDAY, active: true }, { orderBy: { createdAt: 'asc' } });
    if (!customer || !template) return null;
    const year = new Date(occurredAt).getUTCFullYear();
    return deliver(em, {
      template,
      customer,
      variables: { birthday: data.birthday, tier: data.tier },
      dedupeKey: `birthday:${customer.id}:${year}`,
    });
  });
}

/** The holiday job: every active HOLIDAY template whose day is `date` (Asia/Shanghai) to every consenting customer, once. */
export async function runHolidayGreetings(orm: MikroORM, date: Date = new Date()): Promise<number> {
  const local = new Date(date.getTime() + 8 * 3600_000).toISOString();
  const day = local.slice(5, 10);
  const year = local.slice(0, 4);
  const em = orm.em.fork();
  const templates = await em.find(MessageTemplate, { kind: TemplateKind.HOLIDAY, active: true, holidayDate: day });
  let sent = 0;
  for (const template of templates) {
    let after: string | undefined;
    for (;;) {
      const batch: Customer[] = await em.find(
        Customer,
        { $and: [{ marketingConsent: true }, ...(after ? [{ id: { $gt: after } }] : [])] },
        { orderBy: { id: 'asc' }, limit: 200 },
      );
      if (!batch.length) break;
      for (const customer of batch) {
        const delivery = await em
          .fork()
          .transactional((tx) =>
            deliver(tx, { template, customer, variables: {}, dedupeKey: `holiday:${template.id}:${customer.id}:${year}` }),
          );
        if (delivery) sent++;
      }
      after = batch.at(-1)!.id;
    }
  }
  return sent;
}

/** The default templates, created once (each can be edited or replaced by customer service). */
export async function ensureDefaultTemplates(orm: MikroORM): Promise<void> {
  const defaults = [
    {
      code: 'BIRTHDAY_DEFAULT',
      kind: 'BIRTHDAY',
      title: '生日祝福',
      body: '{{name}}，祝您生日快乐！本月到院可享会员生日礼遇。',
      holidayDate: null,
    },
    { code: 'NEW_YEAR', kind: 'HOLIDAY', title: '元旦问候', body: '{{name}}，新年快乐，祝您健康平安！', holidayDate: '01-01' },
    { code: 'NATIONAL_DAY', kind: 'HOLIDAY', title: '国庆问候', body: '{{name}}，国庆节快乐！', holidayDate: '10-01' },
    {
      code: 'FOLLOW_UP_REMINDER',
      kind: 'FOLLOW_UP_REMINDER',
      title: '复诊提醒',
      body: '{{name}}，您的复诊时间为 {{time}}，请按时到院。',
      holidayDate: null,
    },
    {
      code: 'APPOINTMENT_REMINDER',
      kind: 'APPOINTMENT_REMINDER',
      title: '预约提醒',
      body: '{{name}}，您预约了 {{time}} 的就诊，回复 1 确认，回复 2 取消。',
      holidayDate: null,
    },
  ];
  const conn = orm.em.getConnection();
  for (const t of defaults) {
    await conn.execute(
      `insert into "crm"."message_template" (id, code, kind, channel, title, body, holiday_date, active, created_at) values (?, ?, ?, 'SMS', ?, ?, ?, true, now()) on conflict (code) do nothing`,
      [new MessageTemplate().id, t.code, t.kind, t.title, t.body, t.holidayDate],
    );
  }
}

/** Send jobs, the birthday consumer and the daily holiday schedule (09:00 Asia/Shanghai). */
export async function subscribeMessages({ bus, orm, log }: { bus: EventBus; orm: MikroORM; log: Logger }): Promise<void> {
  await bus.jobs.createQueue(SEND_QUEUE, { retryLimit: 5, retryDelay: 5 });
  await bus.jobs.work<{ sendId: string }>(SEND_QUEUE, { pollingIntervalSeconds: 0.5 }, async (jobs) => {
    for (const job of jobs) await runSend(orm, job.data.sendId);
  });
  await bus.jobs.createQueue(HOLIDAY_QUEUE);
  await bus.jobs.schedule(HOLIDAY_QUEUE, '0 9 * * *', {}, { tz: 'Asia/Shanghai' });
  await bus.jobs.work(HOLIDAY_QUEUE, async () => {
    const sent = await runHolidayGreetings(orm);
    log.info({ sent }, 'holiday greetings sent');
  });
  // every minute: throttled messages whose wait is over are sent again
  await bus.jobs.createQueue(RETRY_THROTTLED_QUEUE);
  await bus.jobs.schedule(RETRY_THROTTLED_QUEUE, '* * * * *', {});
  await bus.jobs.work(RETRY_THROTTLED_QUEUE, async () => {
    const retried = await retryThrottledDeliveries(orm);
    if (retried) log.info({ retried }, 'throttled messages sent again');
  });
  await bus.subscribe<BirthdayGreetingDueData>('crm', 'BirthdayGreetingDue', async (event) => {
    await sendBirthdayGreeting(orm, event.data, event.occurredAt);
  });
}
