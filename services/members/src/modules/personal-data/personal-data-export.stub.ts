import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * crm's PersonalDataExport: only its key. crm returns it for an approved export request alone; members
 * adds the sections it holds on the customer the key names. Never import crm's class.
 */
@ObjectType()
@Directive('@key(fields: "id customerId")')
export class PersonalDataExport {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  customerId: string;
}
