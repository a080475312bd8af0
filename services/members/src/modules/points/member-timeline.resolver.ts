import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { operationOf, PageArgs, staffFieldsResolver } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { Staff } from '../../common/staff.stub.js';
import { Customer } from '../membership/customer.stub.js';
import { memberTimelines } from './member-timeline.js';
import { MemberTimelineConnection, MemberTimelineEntry, MemberTimelineKind } from './member-timeline.types.js';
import { POINTS_READERS } from './points.roles.js';

const perRequest = new WeakMap<MembersContext, ReturnType<typeof memberTimelines>>();

function timelines(ctx: MembersContext): ReturnType<typeof memberTimelines> {
  let loader = perRequest.get(ctx);
  if (!loader) {
    loader = memberTimelines(ctx.em);
    perRequest.set(ctx, loader);
  }
  return loader;
}

/**
 * members' part of the customer 360's timeline: consumptions and points entries, the readers of the
 * ledger and consumptions (POINTS_READERS). crm answers Customer.timeline; the portal merges both by
 * time (docs/customer-timeline.md).
 */
@Resolver(() => Customer)
export class CustomerMemberTimelineResolver {
  @Authorized(POINTS_READERS)
  @FieldResolver(() => MemberTimelineConnection, {
    nullable: true,
    description: '时间线 (members): the customer’s consumptions and points entries, newest first',
  })
  memberTimeline(
    @Root() customer: Customer,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('kinds', () => [MemberTimelineKind], { nullable: true, description: 'only these kinds (default: both)' })
    kinds: MemberTimelineKind[] | null,
    @Ctx() ctx: MembersContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MemberTimelineConnection> {
    const all = Object.values(MemberTimelineKind);
    const asked = kinds && kinds.length > 0 ? all.filter((kind) => kinds.includes(kind)) : all;
    // what the person bought and earned: a read of their personal data, like the 360's other reads
    ctx.audit.readPersonal(operationOf(info), 'Customer', customer.id, 'memberTimeline', customer.id);
    return timelines(ctx).load(customer.id, page, asked);
  }
}

/** who recorded the consumption or made the points entry: named by identity */
export const MemberTimelineStaffFields = staffFieldsResolver(MemberTimelineEntry, Staff, { staff: 'staffId' });
