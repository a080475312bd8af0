import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { MembersContext } from '../../context.js';
import { Membership } from '../membership/membership.entity.js';
import { MEMBERSHIP_READERS } from '../membership/membership.roles.js';
import { Card } from './card.entity.js';

@Authorized(MEMBERSHIP_READERS)
@Resolver(() => Card)
export class CardResolver {
  @FieldResolver(() => Membership, { nullable: true, description: 'null when the caller may not see it' })
  membership(@Root() card: Card, @Ctx() ctx: MembersContext): Promise<Membership | null> {
    return ctx.loaders.membershipById.load(card.membershipId);
  }
}
