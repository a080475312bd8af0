import { Field, ID, InputType } from 'type-graphql';
import { MaxLength, MinLength } from 'class-validator';
import { PersonalDataRequestKind } from '../personal-data-request.entity.js';

@InputType()
export class ProposePersonalDataRequestInput {
  @Field(() => ID)
  customerId: string;

  @Field(() => PersonalDataRequestKind)
  kind: PersonalDataRequestKind;

  @Field(() => String, { description: 'why, 1 to 500 characters' })
  @MinLength(1)
  @MaxLength(500)
  reason: string;
}

@InputType()
export class DecidePersonalDataRequestInput {
  @Field(() => ID)
  id: string;

  @Field(() => Boolean, { description: 'true approves (an erasure is then carried out), false rejects' })
  approve: boolean;
}
