import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs } from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { Customer, CustomerConnection } from './customer.entity.js';
import { CreateCustomerInput } from './dto/create-customer.input.js';
import { CustomerService } from './customer.service.js';

@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => Customer, { description: 'One customer by id; NOT_FOUND when there is none' })
  customer(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext): Promise<Customer> {
    return new CustomerService(ctx).get(id);
  }

  @Query(() => CustomerConnection, { description: 'Customers, newest first, searchable by name or phone' })
  customers(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('search', () => String, { nullable: true, description: 'name fragment or phone digits' }) search: string | null,
    @Ctx() ctx: CrmContext,
  ): Promise<CustomerConnection> {
    return new CustomerService(ctx).list({ search, first: page.first, after: page.after });
  }

  @Mutation(() => Customer, { description: 'Registers a customer; CONFLICT when the phone is already registered' })
  createCustomer(@Arg('input', () => CreateCustomerInput) input: CreateCustomerInput, @Ctx() ctx: CrmContext): Promise<Customer> {
    return new CustomerService(ctx).create(input);
  }
}

/** Federation: the gateway asks crm for customers by key; one batched load per request. */
export const customerReference = {
  Customer: {
    __resolveReference: (reference: { id: string }, ctx: CrmContext) => ctx.loaders.customerById.load(reference.id),
  },
};
