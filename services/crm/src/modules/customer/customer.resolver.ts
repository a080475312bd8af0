import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, Role, idempotentCreate } from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { Customer, CustomerConnection } from './customer.entity.js';
import { CustomerClassChange, CustomerImport, CustomerMerge } from './customer-history.entity.js';
import { CustomerImportService } from './import/customer-import.service.js';
import { CreateCustomerInput, MergeCustomersInput, ReclassifyCustomerInput, UpdateCustomerInput } from './dto/create-customer.input.js';
import { CustomerFilter } from './dto/customer-filter.input.js';
import { CustomerRegistration } from './dto/customer-registration.type.js';
import { StartCustomerImportInput } from './dto/start-customer-import.input.js';
import { CustomerService } from './customer.service.js';
import { KeyAccount } from '../key-account/key-account.entity.js';
import { customerFieldLoaders } from './customer.field-loaders.js';
import { ChildPages } from '@careline/service-kit';
import { requestLoader } from '../../common/field-loaders.js';
import { CUSTOMER_DEPARTMENTS, CUSTOMER_READERS, CUSTOMER_WRITERS, InDepartments } from './customer.roles.js';
import { CustomerAction, customerViewerActions } from './customer.actions.js';

const STAFF_READERS = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN, Role.STAFF, Role.FINANCE, Role.AUDITOR];

@Authorized(CUSTOMER_READERS)
@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => Customer, {
    // nullable: one id the caller may not see (NOT_FOUND) must not null the rest of the answer
    nullable: true,
    description: 'One customer by id; NOT_FOUND when there is none or the caller may not see them',
  })
  customer(@Arg('id', () => ID, { description: 'the customer’s id' }) id: string, @Ctx() ctx: CrmContext): Promise<Customer> {
    return new CustomerService(ctx).get(id);
  }

  @Query(() => CustomerConnection, {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description:
      'Customers, newest first, searchable by name (汉字, full pinyin, initials), phone, class, stage, channel, consultant, tag; a partner sees only its own people',
  })
  customers(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('search', () => String, { nullable: true, description: 'name fragment, pinyin ("zhangsan"), initials ("zs") or phone digits' })
    search: string | null,
    @Arg('filter', () => CustomerFilter, { nullable: true, description: 'narrows the list; every condition given must hold' })
    filter: CustomerFilter | null,
    @Ctx() ctx: CrmContext,
  ): Promise<CustomerConnection> {
    return new CustomerService(ctx).list({ search, filter, first: page.first, after: page.after });
  }

  @Authorized(CUSTOMER_WRITERS)
  @InDepartments(CUSTOMER_DEPARTMENTS)
  @Mutation(() => Customer, { description: 'Registers a customer; CONFLICT when the phone is already registered' })
  createCustomer(@Arg('input', () => CreateCustomerInput) input: CreateCustomerInput, @Ctx() ctx: CrmContext): Promise<Customer> {
    return idempotentCreate(
      ctx,
      { operation: 'mutation createCustomer', input: input },
      {
        create: (tx) => new CustomerService(tx).create(input),
        remember: (created) => ({ id: created.id }),
        replay: ({ id }) => ctx.em.findOneOrFail(Customer, String(id)),
      },
    );
  }

  @Authorized(CUSTOMER_WRITERS)
  @InDepartments(CUSTOMER_DEPARTMENTS)
  @Mutation(() => CustomerRegistration, {
    description: 'Finds the customer by normalised phone, or registers a new one: a second registration never duplicates',
  })
  registerCustomer(
    @Arg('input', () => CreateCustomerInput) input: CreateCustomerInput,
    @Ctx() ctx: CrmContext,
  ): Promise<CustomerRegistration> {
    return idempotentCreate(
      ctx,
      { operation: 'mutation registerCustomer', input },
      {
        create: (tx) => new CustomerService(tx).register(input),
        remember: (registration) => ({ id: registration.customer.id, existing: registration.existing }),
        replay: async ({ id, existing }) => ({ customer: await ctx.em.findOneOrFail(Customer, String(id)), existing: Boolean(existing) }),
      },
    );
  }

  @Authorized(CUSTOMER_WRITERS)
  @InDepartments(CUSTOMER_DEPARTMENTS)
  @Mutation(() => Customer, { description: 'Changes a customer profile (tags, consent, consultant, referrer, …)' })
  updateCustomer(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCustomerInput) input: UpdateCustomerInput,
    @Ctx() ctx: CrmContext,
  ): Promise<Customer> {
    return new CustomerService(ctx).update(id, input);
  }

  @Authorized(CUSTOMER_WRITERS)
  @InDepartments(CUSTOMER_DEPARTMENTS)
  @Mutation(() => Customer, { description: 'A / B / C reclassification with reason and hidden-needs note; recorded in classHistory' })
  reclassifyCustomer(
    @Arg('input', () => ReclassifyCustomerInput) input: ReclassifyCustomerInput,
    @Ctx() ctx: CrmContext,
  ): Promise<Customer> {
    return new CustomerService(ctx).reclassify(input);
  }

  @Authorized(CUSTOMER_WRITERS)
  @InDepartments(CUSTOMER_DEPARTMENTS)
  @Mutation(() => CustomerMerge, {
    description: 'Merges a duplicate record into the survivor, keeping every relation; publishes CustomersMerged',
  })
  mergeCustomers(@Arg('input', () => MergeCustomersInput) input: MergeCustomersInput, @Ctx() ctx: CrmContext): Promise<CustomerMerge> {
    return new CustomerService(ctx).merge(input);
  }

  /** What the caller may change on the record: the writers' rule of the mutations (customer.actions.ts), no statement. */
  @Authorized(STAFF_READERS)
  @FieldResolver(() => [CustomerAction], { description: 'the changes the caller may make to this customer' })
  viewerActions(@Ctx() ctx: CrmContext): CustomerAction[] {
    return customerViewerActions(ctx.caller);
  }

  @FieldResolver(() => KeyAccount, {
    nullable: true,
    description: '大客户: the key account the person belongs to (name and roster; details for key-account staff)',
  })
  async keyAccount(@Root() customer: Customer, @Ctx() ctx: CrmContext): Promise<KeyAccount | null> {
    if (!customer.keyAccountId) return null;
    // a partner sees only its own account, which is the only one its customers belong to
    return customerFieldLoaders(ctx).keyAccountById.load(customer.keyAccountId);
  }

  @Authorized(STAFF_READERS)
  @FieldResolver(() => Customer, { nullable: true, description: '推荐人: the customer who referred this one' })
  referrer(@Root() customer: Customer, @Ctx() ctx: CrmContext): Promise<Customer | null> {
    return customer.referrerId ? ctx.loaders.customerById.load(customer.referrerId) : Promise.resolve(null);
  }

  @Authorized(STAFF_READERS)
  @FieldResolver(() => CustomerConnection, { description: '延伸客户: the customers this one referred (老带新), newest first' })
  referrals(@Root() customer: Customer, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: CrmContext): Promise<CustomerConnection> {
    // every listed customer's referrals in one windowed query (staff only, who see every customer)
    return requestLoader(ctx, 'Customer.referrals', () => new ChildPages(ctx.em, Customer, 'customer', 'referrer_id')).load(
      customer.id,
      page,
    );
  }

  @Authorized(STAFF_READERS)
  @FieldResolver(() => [CustomerClassChange], { description: 'A / B / C reclassifications, newest first' })
  classHistory(@Root() customer: Customer, @Ctx() ctx: CrmContext): Promise<CustomerClassChange[]> {
    return customerFieldLoaders(ctx).classHistoryByCustomer.load(customer.id);
  }

  @Authorized(CUSTOMER_WRITERS)
  @InDepartments(CUSTOMER_DEPARTMENTS)
  @Mutation(() => CustomerImport, {
    description: 'Starts an import (upsert by phone) as a background job; poll customerImport(id) for progress and outcome',
  })
  startCustomerImport(
    @Arg('input', () => StartCustomerImportInput) input: StartCustomerImportInput,
    @Ctx() ctx: CrmContext,
  ): Promise<CustomerImport> {
    return new CustomerImportService(ctx).start(input);
  }

  @Authorized(CUSTOMER_WRITERS)
  @InDepartments(CUSTOMER_DEPARTMENTS)
  @Query(() => CustomerImport, { nullable: true, description: 'An import: status, processed of total, row changes and row errors' })
  customerImport(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext): Promise<CustomerImport> {
    return new CustomerImportService(ctx).get(id);
  }
}
