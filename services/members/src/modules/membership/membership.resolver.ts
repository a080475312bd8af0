import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, idempotentCreate } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { Customer } from './customer.stub.js';
import { Membership, MembershipConnection, MembershipStatus } from './membership.entity.js';
import { MembershipService } from './membership.service.js';
import { EnrollMemberInput } from './dto/enroll-member.input.js';
import { MEMBERSHIP_READERS, MEMBERSHIP_WRITERS } from './membership.roles.js';

@Authorized(MEMBERSHIP_READERS)
@Resolver(() => Membership)
export class MembershipResolver {
  @Query(() => Membership, {
    nullable: true,
    description: 'One membership by id; NOT_FOUND when there is none or the caller may not see it',
  })
  membership(@Arg('id', () => ID, { description: 'the membership’s id' }) id: string, @Ctx() ctx: MembersContext): Promise<Membership> {
    return new MembershipService(ctx).get(id);
  }

  @Query(() => MembershipConnection, {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: 'Memberships, newest first, searchable by card number and filtered; a partner sees only its own people',
  })
  memberships(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('search', () => String, { nullable: true, description: 'card number fragment' }) search: string | null,
    @Arg('keyCustomer', () => Boolean, { nullable: true, description: 'only key customers (true) or only the others (false)' })
    keyCustomer: boolean | null,
    @Arg('tier', () => String, { nullable: true, description: 'tier code' }) tier: string | null,
    @Arg('status', () => MembershipStatus, { nullable: true, description: 'only memberships in this status' })
    status: MembershipStatus | null,
    @Ctx() ctx: MembersContext,
  ): Promise<MembershipConnection> {
    return new MembershipService(ctx).list({ search, keyCustomer, tier, status, first: page.first, after: page.after });
  }

  @Authorized(MEMBERSHIP_WRITERS)
  @Mutation(() => Membership, {
    description:
      'Enrols a customer (member centre and customer service): NOT_FOUND when crm has not registered them, CONFLICT when they already are a member',
  })
  enrollMember(@Arg('input', () => EnrollMemberInput) input: EnrollMemberInput, @Ctx() ctx: MembersContext): Promise<Membership> {
    return idempotentCreate(
      ctx,
      { operation: 'mutation enrollMember', input: input },
      {
        create: (tx) => new MembershipService(tx).enroll(input),
        remember: (created) => ({ id: created.id }),
        replay: ({ id }) => ctx.em.findOneOrFail(Membership, String(id)),
      },
    );
  }

  @Authorized(MEMBERSHIP_WRITERS)
  @Mutation(() => Membership, {
    description:
      '重点客户: sets (isKey true, owner defaults to the caller) or clears the key-customer flag and its owner; recorded in the history',
  })
  setKeyCustomer(
    @Arg('membershipId', () => ID) membershipId: string,
    @Arg('isKey', () => Boolean) isKey: boolean,
    @Arg('ownerStaffId', () => ID, { nullable: true }) ownerStaffId: string | null,
    @Ctx() ctx: MembersContext,
  ): Promise<Membership> {
    return new MembershipService(ctx).setKeyCustomer(membershipId, isKey, ownerStaffId);
  }

  @Authorized(MEMBERSHIP_WRITERS)
  @Mutation(() => Membership, {
    description:
      '开发人: sets or changes (developerId) or clears (null) the member specialist who develops the member; the member admin only; recorded in the history and published',
  })
  setMemberDeveloper(
    @Arg('membershipId', () => ID) membershipId: string,
    @Arg('developerId', () => ID, { nullable: true }) developerId: string | null,
    @Ctx() ctx: MembersContext,
  ): Promise<Membership> {
    return new MembershipService(ctx).setDeveloper(membershipId, developerId);
  }

  @FieldResolver(() => Customer, { description: 'the member as a customer; the gateway fetches the profile from crm' })
  customer(@Root() membership: Membership): Customer {
    return { id: membership.customerId };
  }
}
