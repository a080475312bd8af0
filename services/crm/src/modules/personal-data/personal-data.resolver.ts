import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, PersonalDataSection, Role } from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { Customer } from '../customer/customer.entity.js';
import { CUSTOMER_DEPARTMENTS, CUSTOMER_WRITERS, InDepartments } from '../customer/customer.roles.js';
import { DecidePersonalDataRequestInput, ProposePersonalDataRequestInput } from './dto/personal-data.inputs.js';
import { PersonalDataService } from './personal-data.service.js';
import {
  PersonalDataExport,
  PersonalDataRequest,
  PersonalDataRequestConnection,
  PersonalDataRequestStatus,
} from './personal-data-request.entity.js';

/** Who decides: the director (exports and erasures) and customer-department admins (erasures they did not propose). */
const DECIDERS = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN] as const;

/** The person's rights (PIPL Art. 45 and 47): requests, decisions and the export; see docs/personal-data-rights.md. */
@Resolver(() => PersonalDataRequest)
export class PersonalDataResolver {
  @Authorized(CUSTOMER_WRITERS)
  @InDepartments(CUSTOMER_DEPARTMENTS)
  @Query(() => PersonalDataRequestConnection, {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: 'Export and erasure requests, newest first',
  })
  personalDataRequests(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => PersonalDataRequestStatus, { nullable: true }) status: PersonalDataRequestStatus | null,
    @Ctx() ctx: CrmContext,
  ): Promise<PersonalDataRequestConnection> {
    return new PersonalDataService(ctx).list({ status, first: page.first, after: page.after });
  }

  @Authorized(CUSTOMER_WRITERS)
  @InDepartments(CUSTOMER_DEPARTMENTS)
  @Mutation(() => PersonalDataRequest, {
    description: 'Proposes exporting or erasing everything held on a customer; CONFLICT when one of the kind is already open',
  })
  proposePersonalDataRequest(
    @Arg('input', () => ProposePersonalDataRequestInput) input: ProposePersonalDataRequestInput,
    @Ctx() ctx: CrmContext,
  ): Promise<PersonalDataRequest> {
    return new PersonalDataService(ctx).propose(input);
  }

  @Authorized(DECIDERS)
  @InDepartments(CUSTOMER_DEPARTMENTS)
  @Mutation(() => PersonalDataRequest, {
    description:
      'Approves or rejects a request: an export by the director; an erasure by someone other than its proposer, then carried out in every service',
  })
  decidePersonalDataRequest(
    @Arg('input', () => DecidePersonalDataRequestInput) input: DecidePersonalDataRequestInput,
    @Ctx() ctx: CrmContext,
  ): Promise<PersonalDataRequest> {
    return new PersonalDataService(ctx).decide(input);
  }

  @Authorized(CUSTOMER_WRITERS)
  @Query(() => PersonalDataExport, {
    nullable: true,
    description: 'Everything held on the person of an approved export request (the director or its proposer, for 7 days); audited',
  })
  personalDataExport(@Arg('requestId', () => ID) requestId: string, @Ctx() ctx: CrmContext): Promise<PersonalDataExport> {
    return new PersonalDataService(ctx).export(requestId);
  }

  @FieldResolver(() => Customer, { nullable: true })
  customer(@Root() request: PersonalDataRequest, @Ctx() ctx: CrmContext): Promise<Customer | null> {
    return ctx.loaders.customerById.load(request.customerId);
  }
}

/** crm's sections of the export. */
@Resolver(() => PersonalDataExport)
export class PersonalDataExportResolver {
  @Authorized(CUSTOMER_WRITERS)
  @FieldResolver(() => [PersonalDataSection], {
    description: 'profile, consultations, appointments, visits, follow-ups, complaints, messages',
  })
  crm(@Root() exp: PersonalDataExport, @Ctx() ctx: CrmContext): Promise<PersonalDataSection[]> {
    return new PersonalDataService(ctx).sections(exp);
  }
}
