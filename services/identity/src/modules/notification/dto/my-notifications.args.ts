import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '@careline/service-kit';

@ArgsType()
export class MyNotificationsArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'only those not read yet' })
  unreadOnly: boolean = false;
}
