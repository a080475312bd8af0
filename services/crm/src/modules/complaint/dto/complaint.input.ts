import { Field, ID, InputType, Int } from 'type-graphql';
import { FenScalar, IDEMPOTENCY_KEY_DESCRIPTION } from '@careline/service-kit';
import { SourceChannel } from '../../customer/customer.entity.js';
import { ComplaintCategory, ComplaintKind, ComplaintSeverity, RemedyKind, ResolutionKind } from '../complaint.entity.js';
import { ComplaintAction } from '../complaint.machine.js';

@InputType({ description: 'A complaint or suggestion as received' })
export class ReceiveComplaintInput {
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;

  @Field(() => ComplaintKind, { defaultValue: ComplaintKind.COMPLAINT })
  kind: ComplaintKind = ComplaintKind.COMPLAINT;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => SourceChannel)
  channel: SourceChannel;

  @Field(() => ComplaintCategory)
  category: ComplaintCategory;

  @Field(() => ComplaintSeverity)
  severity: ComplaintSeverity;

  @Field(() => String)
  description: string;

  @Field(() => String, { nullable: true, description: 'department concerned' })
  departmentCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'staff concerned' })
  staffId?: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      '补录: when the complaint was received, for one entered late (director and department admins; not in the future, at most 400 days back, not before the customer’s registration). Defaults to now',
  })
  receivedAt?: Date | null;
}

@InputType({ description: 'A workflow step without a form of its own' })
export class ComplaintStepInput {
  @Field(() => ID)
  complaintId: string;

  @Field(() => ComplaintAction, { description: 'START_ONSITE, ONSITE_ATTEMPT_FAILED, RESOLVE_ONSITE, CONVENE_CONFERENCE or RESOLVE' })
  action: ComplaintAction;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => [ID], { nullable: true, description: 'CONVENE_CONFERENCE: consultant, treating doctor, experts, director' })
  participants?: string[] | null;
}

@InputType({ description: 'A proposed resolution; REFUND and COMPENSATION need an amount and both approvals' })
export class ProposeResolutionInput {
  @Field(() => ID)
  complaintId: string;

  @Field(() => ResolutionKind)
  kind: ResolutionKind;

  @Field(() => String)
  resolution: string;

  @Field(() => FenScalar, {
    nullable: true,
    description: 'refund or compensation in fen: 50000 is ¥500.00 (REFUND and COMPENSATION only, above zero)',
  })
  amountFen?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'REFUND of a whole receipt: its number (a deal of the complaint’s customer, amount equal to the deal); once finance confirms, members reverses its points. Leave out for part of a receipt',
  })
  receiptNumber?: string | null;
}

@InputType()
export class CloseComplaintInput {
  @Field(() => ID)
  complaintId: string;

  @Field(() => Int, { description: 'the customer’s satisfaction 1–5' })
  satisfaction: number;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: 'Who was responsible, recorded after closing' })
export class ComplaintResponsibilityInput {
  @Field(() => ID)
  complaintId: string;

  @Field(() => String)
  departmentCode: string;

  @Field(() => ID, { nullable: true })
  staffId?: string | null;

  @Field(() => String, { nullable: true })
  penalty?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: '通报全院' })
  announced: boolean = false;
}

@InputType({ description: 'A membership remedy, carried out by members once approved' })
export class ProposeRemedyInput {
  @Field(() => ID)
  complaintId: string;

  @Field(() => RemedyKind)
  kind: RemedyKind;

  @Field(() => ID, { nullable: true, description: 'defaults to the complaint’s customer' })
  customerId?: string | null;

  @Field(() => Int, { nullable: true })
  points?: number | null;

  @Field(() => [String], { nullable: true })
  receiptNumbers?: string[] | null;

  @Field(() => ID, { nullable: true })
  redemptionId?: string | null;

  @Field(() => Date, { nullable: true })
  joinedAt?: Date | null;
}
