import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { MembersContext } from '../../context.js';
import { Customer } from '../../federation/customer.stub.js';
import { Membership } from './membership.entity.js';

/** What members adds to crm's Customer. */
@Resolver(() => Customer)
export class CustomerMembershipResolver {
  @FieldResolver(() => Membership, { nullable: true, description: 'null when the customer is not a member' })
  membership(@Root() customer: Customer, @Ctx() ctx: MembersContext): Promise<Membership | null> {
    return ctx.loaders.membershipByCustomerId.load(customer.id);
  }
}
