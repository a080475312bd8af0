import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Asks for a manual points correction; someone else approves it' })
export class RequestPointsAdjustmentInput {
  @Field(() => ID)
  membershipId: string;

  @Field(() => Int, { description: 'signed: positive credits, negative debits' })
  points: number;

  @Field(() => String)
  reason: string;

  @Field(() => String, { description: '责任部门 code, e.g. CUSTOMER_SERVICE' })
  responsibleDepartment: string;

  @Field(() => ID, { description: '责任人 staff id' })
  responsibleStaffId: string;

  @Field(() => String)
  idempotencyKey: string;
}
