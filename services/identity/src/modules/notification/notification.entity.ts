import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, newId } from '@careline/service-kit';

/** What a notification is about; the portal builds its title and body from `notification.<kind>` i18n keys. */
export enum NotificationKind {
  COMPLAINT_EMERGENCY = 'COMPLAINT_EMERGENCY',
  COMPLAINT_ANNOUNCED = 'COMPLAINT_ANNOUNCED',
  KEY_ACCOUNT_RISK = 'KEY_ACCOUNT_RISK',
  COMPLAINT_OVERDUE = 'COMPLAINT_OVERDUE',
  APPROVAL_WAITING = 'APPROVAL_WAITING',
  FOLLOW_UP_OVERDUE = 'FOLLOW_UP_OVERDUE',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'what a notification is about',
  valuesConfig: {
    COMPLAINT_EMERGENCY: { description: '投诉紧急升级: the director and the departments named are told' },
    COMPLAINT_ANNOUNCED: { description: '通报全院: a complaint responsibility decision announced to everyone' },
    KEY_ACCOUNT_RISK: { description: '大客户风险预警: the account manager and the director' },
    COMPLAINT_OVERDUE: { description: '投诉超时: the stage ran past its time limit and was escalated' },
    APPROVAL_WAITING: { description: '待审批: a request waits for the reader’s approval' },
    FOLLOW_UP_OVERDUE: { description: '回访逾期: a follow-up task of the reader’s ran past its due day' },
  },
});

/**
 * 通知: one event told to one staff member. Recipients are resolved from roles, departments and
 * positions when the event is delivered; (event id, recipient) is unique, so a redelivered event
 * adds nothing. The id is a UUIDv7 made when it is stored, so newest first is `id desc`.
 */
@Entity({ tableName: 'notification' })
@Unique({ name: 'notification_event_recipient_unique', properties: ['eventId', 'recipientId'] })
@Index({ name: 'notification_recipient_idx', properties: ['recipientId', 'id'] })
@ObjectType({ description: '通知: something a staff member should know or act on' })
export class Notification {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  /** the event that caused it */
  @Property({ type: 'uuid' })
  eventId: string;

  @Property({ type: 'uuid' })
  recipientId: string;

  @Enum({ items: () => NotificationKind })
  @Field(() => NotificationKind)
  kind: NotificationKind;

  /** what the portal fills into the kind's message (codes, levels, counts; no personal data) */
  @Property({ type: 'jsonb' })
  params: Record<string, string>;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'the portal route of the record, e.g. /crm/complaints' })
  link: string;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'when the reader marked it read; null while unread' })
  readAt: Date | null = null;
}

/** One value of a notification's message: the portal translates codes and fills them into `notification.<kind>`. */
@ObjectType({ description: 'one value for a notification’s message' })
export class NotificationParam {
  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'a code (department, level, stage) or a number, never free text' })
  value: string;
}

@ObjectType()
export class NotificationConnection extends Connection(Notification) {}
