import { LocalDateScalar } from '@careline/service-kit';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A period of whole days in the hospital time zone, both ends included' })
export class PeriodInput {
  @Field(() => LocalDateScalar, { description: 'first day' })
  from: string;

  @Field(() => LocalDateScalar, { description: 'last day; at most 366 days after-and-including from' })
  to: string;
}
