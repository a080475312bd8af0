import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '@careline/service-kit';
import { MessageChannel } from '../message/message.entity.js';

export enum ReminderStatus {
  /** waiting for its time (or for the end of quiet hours) */
  PENDING = 'PENDING',
  /** a replica has claimed it and is talking to the provider (until `leaseUntil`) */
  SENDING = 'SENDING',
  SENT = 'SENT',
  /** the provider failed; tried again at `nextAttemptAt` */
  FAILED = 'FAILED',
  /** the provider failed on every attempt */
  GAVE_UP = 'GAVE_UP',
  /** the customer did not consent to messages: nothing was sent */
  NO_CONSENT = 'NO_CONSENT',
  /** before it went, the appointment was cancelled or passed, or the rule was switched off */
  NOT_NEEDED = 'NOT_NEEDED',
}

export enum ConfirmationState {
  NOT_REMINDED = 'NOT_REMINDED',
  REMINDED = 'REMINDED',
  REMINDER_FAILED = 'REMINDER_FAILED',
  NO_CONSENT = 'NO_CONSENT',
  CONFIRMED = 'CONFIRMED',
  DECLINED = 'DECLINED',
}
registerEnumType(ConfirmationState, {
  name: 'ConfirmationState',
  description: 'where an appointment stands with its reminder and the customer’s answer',
  valuesConfig: {
    NOT_REMINDED: { description: '未提醒: no reminder sent (yet)' },
    REMINDED: { description: '已提醒: reminder delivered, no answer yet' },
    REMINDER_FAILED: { description: '提醒失败: the provider failed on every attempt (or is still being retried)' },
    NO_CONSENT: { description: '未同意接收消息: the customer has not consented to messages, so none is sent' },
    CONFIRMED: { description: '已确认: the customer confirmed (by reply or to staff)' },
    DECLINED: { description: '已取消: the customer cancelled by reply; the appointment was cancelled' },
  },
});

export enum ConfirmationSource {
  CUSTOMER_REPLY = 'CUSTOMER_REPLY',
  STAFF = 'STAFF',
}
registerEnumType(ConfirmationSource, {
  name: 'ConfirmationSource',
  valuesConfig: {
    CUSTOMER_REPLY: { description: 'the customer answered the reminder (provider callback)' },
    STAFF: { description: 'staff recorded it in the portal (e.g. after a phone call)' },
  },
});

/**
 * 预约提醒规则 of one department: remind `daysBefore` days before the appointment's day at `sendAt`
 * (hospital time) with `templateId` on `channel`, never between `quietStart` and `quietEnd`.
 */
@Entity({ tableName: 'reminder_rule' })
@ObjectType({ description: '预约提醒规则: when and how a department’s appointments are reminded' })
export class ReminderRule {
  @PrimaryKey({ type: 'text' })
  @Field(() => String)
  departmentCode: string;

  @Property({ type: 'boolean', default: true })
  @Field(() => Boolean)
  enabled: boolean = true;

  @Property({ type: 'integer', default: 1 })
  @Field(() => Int, { description: 'days before the appointment’s day (0 = the same day)' })
  daysBefore: number = 1;

  @Property({ type: 'text', default: '18:00' })
  @Field(() => String, { description: 'HH:MM hospital time the reminder is due' })
  sendAt: string = '18:00';

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'the APPOINTMENT_REMINDER template' })
  templateId: string;

  @Enum({ items: () => MessageChannel, default: MessageChannel.SMS })
  @Field(() => MessageChannel)
  channel: MessageChannel = MessageChannel.SMS;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'HH:MM: no reminder from here… (hospital time)' })
  quietStart: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '…until here (may wrap past midnight, e.g. 21:00–08:00)' })
  quietEnd: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  updatedBy: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  updatedAt: Date = new Date();
}

/**
 * The reminder of one appointment (at most one: the primary key). Claimed by one replica at a time
 * (`status` SENDING with a lease), so crashes, redelivered jobs and two replicas send it once.
 */
@Entity({ tableName: 'appointment_reminder' })
export class AppointmentReminder {
  @PrimaryKey({ type: 'uuid' })
  appointmentId: string;

  @Property({ type: 'uuid' })
  customerId: string;

  @Property({ type: 'text' })
  departmentCode: string;

  @Enum({ items: () => ReminderStatus, default: ReminderStatus.PENDING })
  @Index({ name: 'appointment_reminder_status_idx', properties: ['status', 'nextAttemptAt'] })
  status: ReminderStatus = ReminderStatus.PENDING;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'timestamptz' })
  nextAttemptAt: Date;

  @Property({ type: 'timestamptz', nullable: true })
  leaseUntil: Date | null = null;

  /** the provider's id of the delivered message: a customer's reply names it */
  @Property({ type: 'text', nullable: true, unique: 'appointment_reminder_provider_message_id_key' })
  providerMessageId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  deliveryId: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  sentAt: Date | null = null;
}

/** The customer's answer to an appointment: confirmed or declined, by reply or recorded by staff. */
@Entity({ tableName: 'appointment_confirmation' })
export class AppointmentConfirmation {
  @PrimaryKey({ type: 'uuid' })
  appointmentId: string;

  @Enum({ items: () => ConfirmationState })
  state: ConfirmationState;

  @Enum({ items: () => ConfirmationSource })
  source: ConfirmationSource;

  @Property({ type: 'uuid', nullable: true })
  recordedBy: string | null = null;

  @Property({ type: 'timestamptz' })
  at: Date = new Date();
}

/** Provider callbacks seen (a digest of their signature): the same signed request is accepted once. */
@Entity({ tableName: 'provider_callback' })
export class ProviderCallback {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'text', unique: 'provider_callback_digest_key' })
  digest: string;

  @Property({ type: 'timestamptz' })
  receivedAt: Date = new Date();
}

@ObjectType({ description: '预约确认: the reminder and the customer’s answer' })
export class AppointmentConfirmationView {
  @Field(() => ConfirmationState)
  state: ConfirmationState;

  @Field(() => ConfirmationSource, { nullable: true })
  source: ConfirmationSource | null;

  @Field(() => Date, { nullable: true, description: 'when the reminder was delivered' })
  remindedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'when the customer confirmed or declined' })
  answeredAt: Date | null;
}
