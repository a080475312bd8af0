import { Field, ObjectType } from 'type-graphql';
import { Customer } from '../customer.entity.js';

@ObjectType({ description: 'The outcome of registerCustomer: the known person (existing) or a new record' })
export class CustomerRegistration {
  @Field(() => Customer)
  customer: Customer;

  @Field(() => Boolean, { description: 'true: the phone was already registered and that customer is returned, nothing created' })
  existing: boolean;
}
