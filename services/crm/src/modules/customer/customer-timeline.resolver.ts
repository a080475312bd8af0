import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { operationOf, PageArgs, Role, staffFieldsResolver } from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { FRONT_LINE_ROLES } from '../../common/care-access.js';
import { Staff } from '../../common/staff.stub.js';
import { Customer } from './customer.entity.js';
import { customerTimelines, visibleKinds } from './customer-timeline.js';
import { CustomerTimelineConnection, CustomerTimelineEntry, CustomerTimelineKind } from './dto/customer-timeline.types.js';

const perRequest = new WeakMap<CrmContext, ReturnType<typeof customerTimelines>>();

/** Per request: every customer of a response shares one statement per page and kinds. */
function timelines(ctx: CrmContext): ReturnType<typeof customerTimelines> {
  let loader = perRequest.get(ctx);
  if (!loader) {
    loader = customerTimelines(ctx.em);
    perRequest.set(ctx, loader);
  }
  return loader;
}

/**
 * 客户时间线: crm's part of the customer 360's timeline (members adds `memberTimeline`; the portal
 * merges the two by time: docs/customer-timeline.md). Nullable, so a role that may not read it gets
 * FORBIDDEN here and the rest of the customer intact.
 */
@Resolver(() => Customer)
export class CustomerTimelineResolver {
  @Authorized([...FRONT_LINE_ROLES, Role.FINANCE])
  @FieldResolver(() => CustomerTimelineConnection, {
    nullable: true,
    description:
      '时间线: the customer’s consultations, appointments, visits, deals, follow-ups and complaints, newest first; kinds the caller may not see are left out (visibleKinds)',
  })
  timeline(
    @Root() customer: Customer,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('kinds', () => [CustomerTimelineKind], { nullable: true, description: 'only these kinds (default: every visible kind)' })
    kinds: CustomerTimelineKind[] | null,
    @Ctx() ctx: CrmContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CustomerTimelineConnection> {
    const visible = visibleKinds(ctx.caller);
    const asked = kinds && kinds.length > 0 ? visible.filter((kind) => kinds.includes(kind)) : visible;
    // the timeline tells what the person did and when: a read of their personal data, like the 360's other reads
    ctx.audit.readPersonal(operationOf(info), 'Customer', customer.id, 'timeline', customer.id);
    return timelines(ctx)
      .load(customer.id, page, asked)
      .then((connection) => ({ ...connection, visibleKinds: visible }));
  }
}

/** who consulted, saw, was assigned or received it: named by identity */
export const CustomerTimelineStaffFields = staffFieldsResolver(CustomerTimelineEntry, Staff, { staff: 'staffId' });
