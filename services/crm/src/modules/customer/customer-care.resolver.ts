import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { operationOf, PageArgs, Role, type Page } from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { ChildPages } from '@careline/service-kit';
import { assertDepartmentIn, COMPLAINT_DEPARTMENTS, FOLLOW_UP_DEPARTMENTS, FRONT_LINE_ROLES } from '../../common/care-access.js';
import { FollowUpStatus, FollowUpTask, FollowUpTaskConnection } from '../follow-up/follow-up.entity.js';
import { Complaint, ComplaintConnection } from '../complaint/complaint.entity.js';
import { ComplaintStatus } from '../complaint/complaint.machine.js';
import { Customer } from './customer.entity.js';

interface CareLoaders {
  followUps: ChildPages<FollowUpTask>;
  complaints: ChildPages<Complaint>;
}

const perRequest = new WeakMap<CrmContext, CareLoaders>();

/** Per request: every customer of a response shares one windowed query (and one count) per list and page. */
function careLoaders(ctx: CrmContext): CareLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = {
      followUps: new ChildPages(ctx.em, FollowUpTask, 'follow_up_task', 'customer_id'),
      complaints: new ChildPages(ctx.em, Complaint, 'complaint', 'customer_id'),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}

const byStatus = (status: string | null) => (status ? { where: 'status = ?', params: [status] } : undefined);

/**
 * The customer 360's follow-up and complaint timelines. The same rules as the root lists:
 * follow-ups for CUSTOMER_SERVICE and MEMBER_CENTRE (and the director), complaints for
 * CUSTOMER_SERVICE and ONSITE, finance and the director. Nullable, so a department that may not
 * see one list gets FORBIDDEN there and the rest of the customer intact. Personal fields of the
 * rows (result, new need, complaint content) are audited by their @Personal marks as everywhere.
 */
@Resolver(() => Customer)
export class CustomerCareResolver {
  @Authorized(FRONT_LINE_ROLES)
  @FieldResolver(() => FollowUpTaskConnection, {
    nullable: true,
    description: '回访: the customer’s follow-up tasks, newest first, optionally in one status',
  })
  followUps(
    @Root() customer: Customer,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => FollowUpStatus, { nullable: true }) status: FollowUpStatus | null,
    @Ctx() ctx: CrmContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<FollowUpTask>> {
    assertDepartmentIn(ctx, FOLLOW_UP_DEPARTMENTS, operationOf(info), 'FollowUpTask');
    return careLoaders(ctx).followUps.load(customer.id, page, byStatus(status));
  }

  @Authorized([...FRONT_LINE_ROLES, Role.FINANCE])
  @FieldResolver(() => ComplaintConnection, {
    nullable: true,
    description: '投诉: the customer’s complaints and suggestions, newest first, optionally in one status',
  })
  complaints(
    @Root() customer: Customer,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => ComplaintStatus, { nullable: true }) status: ComplaintStatus | null,
    @Ctx() ctx: CrmContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Complaint>> {
    if (ctx.caller.role !== Role.FINANCE) assertDepartmentIn(ctx, COMPLAINT_DEPARTMENTS, operationOf(info), 'Complaint');
    return careLoaders(ctx).complaints.load(customer.id, page, byStatus(status));
  }
}
