import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FenScalar, PageInfo } from '@careline/service-kit';

/** What a timeline entry is: each kind is one crm table (docs/customer-timeline.md). */
export enum CustomerTimelineKind {
  CONSULTATION = 'CONSULTATION',
  APPOINTMENT = 'APPOINTMENT',
  VISIT = 'VISIT',
  DEAL = 'DEAL',
  FOLLOW_UP = 'FOLLOW_UP',
  COMPLAINT = 'COMPLAINT',
}

registerEnumType(CustomerTimelineKind, {
  name: 'CustomerTimelineKind',
  description: '客户时间线 entry kinds crm owns',
  valuesConfig: {
    CONSULTATION: { description: '咨询: consultedAt' },
    APPOINTMENT: { description: '预约: the booked slot' },
    VISIT: { description: '到院: arrivedAt' },
    DEAL: { description: '成交: the deal’s time' },
    FOLLOW_UP: { description: '回访: completedAt, else the due day' },
    COMPLAINT: { description: '投诉 / 建议: receivedAt' },
  },
});

/**
 * One line of the customer's timeline: enough for the portal to say what happened in words and link
 * to the record's own screen. No personal free text (complaint description, follow-up result): those
 * stay on the record's screen, with its own masking.
 */
@ObjectType({ description: 'one entry of a customer’s crm timeline, newest first' })
export class CustomerTimelineEntry {
  @Field(() => ID, { description: 'kind and record id: unique across kinds' })
  id: string;

  @Field(() => CustomerTimelineKind)
  kind: CustomerTimelineKind;

  @Field(() => ID, { description: 'the record’s id (a deal: its receipt number)' })
  recordId: string;

  @Field(() => Date, { description: 'when it happened (or is due: an appointment’s slot, an open follow-up’s day)' })
  at: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'the record’s kind code: ConsultationOutcome, AppointmentType (appointment, visit), FollowUpType, ComplaintCategory; null for a deal',
  })
  code: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'the record’s state: AppointmentStatus, a visit’s PENDING / DEALT / NOT_DEALT, FollowUpStatus, ComplaintStatus; a consultation’s SourceChannel',
  })
  status: string | null;

  @Field(() => String, { nullable: true, description: 'department code (the portal names it)' })
  departmentCode: string | null;

  @Field(() => FenScalar, { nullable: true, description: 'a deal’s or a visit’s amount, a complaint’s refund or compensation, in fen' })
  amountFen: number | null;

  /** consultant, doctor, assignee or receiver: named by the `staff` field */
  staffId: string | null;

  @Field(() => ID, { nullable: true, description: 'the visit a deal was recorded at (the deal’s screen)' })
  visitId: string | null;
}

@ObjectType({ description: 'a page of a customer’s crm timeline' })
export class CustomerTimelineConnection {
  @Field(() => [CustomerTimelineEntry], { description: 'this page’s entries, newest first (at, kind, id)' })
  nodes: CustomerTimelineEntry[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'entries of the asked kinds across all pages' })
  totalCount: number;

  @Field(() => [CustomerTimelineKind], { description: 'the kinds the caller may see (the others are left out, not refused)' })
  visibleKinds: CustomerTimelineKind[];
}
