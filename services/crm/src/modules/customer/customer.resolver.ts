import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs } from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { Customer, CustomerConnection } from './customer.entity.js';
import { CreateCustomerInput } from './dto/create-customer.input.js';
import { CustomerService } from './customer.service.js';
import { CUSTOMER_READERS, CUSTOMER_WRITERS } from './customer.roles.js';

@Authorized(CUSTOMER_READERS)
@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => Customer, {
    // nullable: one id the caller may not see (NOT_FOUND) must not null the rest of the answer
    nullable: true,
    description: 'One customer by id; NOT_FOUND when there is none or the caller may not see them' })
  customer(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext): Promise<Customer> {
    return new CustomerService(ctx).get(id);
  }

  @Query(() => CustomerConnection, { description: 'Customers, newest first, searchable by name or phone; a partner sees only its own people' })
  customers(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('search', () => String, { nullable: true, description: 'name fragment or phone digits' }) search: string | null,
    @Ctx() ctx: CrmContext,
  ): Promise<CustomerConnection> {
    return new CustomerService(ctx).list({ search, first: page.first, after: page.after });
  }

  @Authorized(CUSTOMER_WRITERS)
  @Mutation(() => Customer, { description: 'Registers a customer; CONFLICT when the phone is already registered' })
  createCustomer(@Arg('input', () => CreateCustomerInput) input: CreateCustomerInput, @Ctx() ctx: CrmContext): Promise<Customer> {
    return new CustomerService(ctx).create(input);
  }
}
