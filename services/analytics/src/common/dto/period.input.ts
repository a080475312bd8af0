import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A period of whole days in the hospital time zone, both ends included' })
export class PeriodInput {
  @Field(() => String, { description: 'first day, YYYY-MM-DD' })
  from: string;

  @Field(() => String, { description: 'last day, YYYY-MM-DD; at most 366 days after-and-including from' })
  to: string;
}
