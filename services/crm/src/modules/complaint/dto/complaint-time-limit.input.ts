import { Field, InputType, Int } from 'type-graphql';
import { ComplaintSeverity } from '../complaint.entity.js';
import { ComplaintStatus } from '../complaint.machine.js';

@InputType({ description: 'One time limit: how long a complaint of this severity may wait at this stage' })
export class ComplaintTimeLimitInput {
  @Field(() => ComplaintStatus, { description: 'an open stage (RECEIVED … FINANCE_CONFIRMED)' })
  stage: ComplaintStatus;

  @Field(() => ComplaintSeverity)
  severity: ComplaintSeverity;

  @Field(() => Int, { description: 'whole minutes, 1 to 43200 (30 days)' })
  limitMinutes: number;
}
