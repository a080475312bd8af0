import { Field, ID, InputType, Int } from 'type-graphql';
import { MessageChannel } from '../../message/message.entity.js';

@InputType({ description: '预约提醒规则 of one department; replaces the one it has' })
export class SetReminderRuleInput {
  @Field(() => String, { description: 'the department whose appointments it reminds' })
  departmentCode: string;

  @Field(() => Boolean, { nullable: true, description: 'default true; false stops the department’s reminders' })
  enabled?: boolean | null;

  @Field(() => Int, { description: 'days before the appointment’s day, 0 to 7 (1 = the day before)' })
  daysBefore: number;

  @Field(() => String, { description: 'HH:MM hospital time' })
  sendAt: string;

  @Field(() => ID, { description: 'an APPOINTMENT_REMINDER template' })
  templateId: string;

  @Field(() => MessageChannel, { nullable: true, description: 'default: the template’s channel' })
  channel?: MessageChannel | null;

  @Field(() => String, { nullable: true, description: 'HH:MM: quiet hours start (with quietEnd)' })
  quietStart?: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM: quiet hours end; may be earlier than quietStart (overnight)' })
  quietEnd?: string | null;
}
