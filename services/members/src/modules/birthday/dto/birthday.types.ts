import { Field, Int, ObjectType } from 'type-graphql';
import { Connection, Personal } from '@careline/service-kit';
import { Membership } from '../../membership/membership.entity.js';

@ObjectType({ description: '生日: a member whose birthday falls in the window asked for' })
export class UpcomingBirthday {
  /** the membership's id: what the personal-data audit names */
  id: string;
  customerId: string;

  @Field(() => Membership)
  membership: Membership;

  @Field(() => String, { description: 'the day it is celebrated, YYYY-MM-DD, hospital time (Feb 29 birthdays on Feb 28 in common years)' })
  @Personal({ customerIdOf: (parent: UpcomingBirthday) => parent.customerId })
  birthday: string;

  @Field(() => Int, { description: '0 = today' })
  daysUntil: number;
}

@ObjectType()
export class UpcomingBirthdayConnection extends Connection(UpcomingBirthday) {}

@ObjectType({ description: 'What one run of the birthday greetings did' })
export class BirthdayGreetingRun {
  @Field(() => String, { description: 'the day greeted, YYYY-MM-DD hospital time' })
  day: string;

  @Field(() => Int, { description: 'members whose birthday it is' })
  due: number;

  @Field(() => Int, { description: 'greetings published now (the others were published by an earlier run)' })
  published: number;
}
