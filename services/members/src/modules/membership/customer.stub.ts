import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Customer as crm owns it: only the key. members contributes `Customer.membership`; the gateway
 * fetches everything else from crm. Never import crm's class: services share contracts, not code.
 */
@ObjectType()
@Directive('@key(fields: "id")')
export class Customer {
  @Field(() => ID)
  id: string;
}
