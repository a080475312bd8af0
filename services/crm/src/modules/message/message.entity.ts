import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, newId } from '@careline/service-kit';

export enum TemplateKind {
  BIRTHDAY = 'BIRTHDAY',
  HOLIDAY = 'HOLIDAY',
  CAMPAIGN = 'CAMPAIGN',
  FOLLOW_UP_REMINDER = 'FOLLOW_UP_REMINDER',
  APPOINTMENT_REMINDER = 'APPOINTMENT_REMINDER',
}
registerEnumType(TemplateKind, { name: 'TemplateKind', description: '生日 / 节日 / 活动 / 回访提醒 / 预约提醒' });

export enum MessageChannel {
  SMS = 'SMS',
  WECHAT = 'WECHAT',
}
registerEnumType(MessageChannel, { name: 'MessageChannel' });

export enum SendStatus {
  SCHEDULED = 'SCHEDULED',
  SENDING = 'SENDING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(SendStatus, { name: 'SendStatus' });

export enum DeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
  /** the provider was over its rate and sent nothing: tried again at nextAttemptAt */
  THROTTLED = 'THROTTLED',
  /** the provider refused the message for good (error says why) */
  REJECTED = 'REJECTED',
}
registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'DELIVERED: accepted by the provider (receipt: whether it reached the phone); THROTTLED: waiting to be retried',
});

/** The carrier's delivery receipt (Aliyun SmsReport): whether the message reached the handset. */
export enum ReceiptStatus {
  RECEIVED = 'RECEIVED',
  NOT_RECEIVED = 'NOT_RECEIVED',
}
registerEnumType(ReceiptStatus, { name: 'ReceiptStatus' });

/** A message template; `{{name}}` and other `{{variable}}`s are filled per customer. */
@Entity({ tableName: 'message_template' })
@ObjectType({ description: 'A message template with {{variables}} ({{name}} is the customer’s name)' })
export class MessageTemplate {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: 'text', unique: 'message_template_code_key' })
  @Field(() => String, { description: 'stable code, e.g. BIRTHDAY_DEFAULT' })
  code: string;

  @Enum({ items: () => TemplateKind })
  @Field(() => TemplateKind)
  kind: TemplateKind;

  @Enum({ items: () => MessageChannel, default: MessageChannel.SMS })
  @Field(() => MessageChannel)
  channel: MessageChannel = MessageChannel.SMS;

  @Property({ type: 'text' })
  @Field(() => String)
  title: string;

  @Property({ type: 'text' })
  @Field(() => String)
  body: string;

  /** HOLIDAY templates: the day (MM-DD) the holiday job sends it */
  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'HOLIDAY: MM-DD the holiday job sends it on' })
  holidayDate: string | null = null;

  @Property({ type: 'boolean', default: true })
  @Field(() => Boolean)
  active: boolean = true;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date = new Date();
}

/** One scheduled sending of a template to a segment. */
@Entity({ tableName: 'message_send' })
@ObjectType({ description: 'A template sent (or to be sent) to a segment of customers' })
export class MessageSend {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: 'uuid' })
  @Field(() => ID)
  templateId: string;

  /** the segment (CustomerFilter as JSON) */
  @Property({ type: 'jsonb' })
  segment: Record<string, unknown>;

  @Property({ type: 'jsonb' })
  variables: Record<string, string>;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  scheduledAt: Date;

  @Enum({ items: () => SendStatus, default: SendStatus.SCHEDULED })
  @Field(() => SendStatus)
  status: SendStatus = SendStatus.SCHEDULED;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'messages sent' })
  sent: number = 0;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'customers in the segment left out: no marketing consent' })
  skippedNoConsent: number = 0;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date = new Date();
}

/** The delivery log: one row per message to one customer. */
@Entity({ tableName: 'message_delivery' })
@ObjectType({ description: 'One message to one customer and its delivery state' })
export class MessageDelivery {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: 'uuid', nullable: true })
  @Index({ name: 'message_delivery_send_id_idx' })
  @Field(() => ID, { nullable: true })
  sendId: string | null = null;

  @Property({ type: 'uuid' })
  @Field(() => ID)
  templateId: string;

  @Property({ type: 'uuid' })
  @Index({ name: 'message_delivery_customer_id_idx' })
  @Field(() => ID)
  customerId: string;

  @Enum({ items: () => MessageChannel })
  @Field(() => MessageChannel)
  channel: MessageChannel;

  @Property({ type: 'text' })
  @Field(() => String)
  body: string;

  @Enum({ items: () => DeliveryStatus, default: DeliveryStatus.PENDING })
  @Field(() => DeliveryStatus)
  status: DeliveryStatus = DeliveryStatus.PENDING;

  @Property({ type: 'text' })
  @Field(() => String)
  provider: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  providerMessageId: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  error: string | null = null;

  /** one message per occasion: e.g. birthday:<customer>:<year>, so a redelivered event sends once */
  @Property({ type: 'text', nullable: true, unique: 'message_delivery_dedupe_key' })
  dedupeKey: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null = null;

  /** sends to the provider so far (a throttled message is sent again) */
  @Property({ type: 'integer', default: 1 })
  @Field(() => Int)
  attempts: number = 1;

  /** when a THROTTLED message is tried again */
  @Property({ type: 'timestamptz', nullable: true })
  @Index({ name: 'message_delivery_next_attempt_at_idx' })
  @Field(() => Date, { nullable: true })
  nextAttemptAt: Date | null = null;

  /** what a retry sends again (title, recipient, template variables); cleared once the message is settled */
  @Property({ type: 'jsonb', nullable: true })
  retryPayload: Record<string, unknown> | null = null;

  /** the carrier's delivery receipt; null until one arrives */
  @Enum({ items: () => ReceiptStatus, nullable: true })
  @Field(() => ReceiptStatus, { nullable: true })
  receipt: ReceiptStatus | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'the carrier’s reason when the message did not reach the handset' })
  receiptError: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  receiptAt: Date | null = null;
}

@ObjectType()
export class MessageSendConnection extends Connection(MessageSend) {}

@ObjectType()
export class MessageDeliveryConnection extends Connection(MessageDelivery) {}
