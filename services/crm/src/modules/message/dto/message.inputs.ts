import { IDEMPOTENCY_KEY_DESCRIPTION } from '@careline/service-kit';
import { Field, ID, InputType } from 'type-graphql';
import { CustomerFilter } from '../../customer/customer.filter.js';
import { MessageChannel, TemplateKind } from '../message.entity.js';

@InputType()
export class MessageTemplateInput {
  @Field(() => String, { description: 'stable code, unique' })
  code: string;

  @Field(() => TemplateKind)
  kind: TemplateKind;

  @Field(() => MessageChannel, { nullable: true })
  channel?: MessageChannel | null;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'text with {{variables}}; {{name}} is the customer’s name' })
  body: string;

  @Field(() => String, { nullable: true, description: 'HOLIDAY: MM-DD' })
  holidayDate?: string | null;
}

@InputType({ description: 'Changes to a template; omitted fields stay' })
export class UpdateMessageTemplateInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => String, { nullable: true, description: 'HOLIDAY: MM-DD' })
  holidayDate?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'inactive templates are not sent by the birthday and holiday jobs' })
  active?: boolean | null;
}

@InputType()
export class MessageVariableInput {
  @Field(() => String)
  key: string;

  @Field(() => String)
  value: string;
}

@InputType({ description: 'A template to a segment, now or at scheduledAt; only customers who consented receive it' })
export class ScheduleMessageInput {
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;

  @Field(() => ID)
  templateId: string;

  @Field(() => CustomerFilter, { nullable: true })
  segment?: CustomerFilter | null;

  @Field(() => [MessageVariableInput], { nullable: true })
  variables?: MessageVariableInput[] | null;

  @Field(() => Date, { nullable: true, description: 'default now' })
  scheduledAt?: Date | null;
}
