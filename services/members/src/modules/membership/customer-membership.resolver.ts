import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { MembersContext } from '../../context.js';
import { Customer } from './customer.stub.js';
import { Membership } from './membership.entity.js';
import { MEMBERSHIP_READERS } from './membership.roles.js';

/** What members adds to crm's Customer. */
@Authorized(MEMBERSHIP_READERS)
@Resolver(() => Customer)
export class CustomerMembershipResolver {
  @FieldResolver(() => Membership, {
    nullable: true,
    description: 'null when the customer is not a member, or is not one of a partner’s people',
  })
  membership(@Root() customer: Customer, @Ctx() ctx: MembersContext): Promise<Membership | null> {
    return ctx.loaders.membershipByCustomerId.load(customer.id);
  }
}
