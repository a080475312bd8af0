import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { Customer } from '../membership/customer.stub.js';
import { MEMBERSHIP_STAFF_READERS } from '../membership/membership.roles.js';
import { Referral, ReferralRule } from './referral.entity.js';
import { REFERRALS_LISTED } from './referral.loaders.js';
import { ReferralService } from './referral.service.js';
import { ReferralRuleInput } from './dto/referral-rule.input.js';

const customerRef = (id: string): Customer => Object.assign(new Customer(), { id });

@Authorized(MEMBERSHIP_STAFF_READERS)
@Resolver(() => ReferralRule)
export class ReferralRuleResolver {
  @Query(() => ReferralRule, { description: '老带新奖励规则: points per referred customer’s first deal, and the cap per period' })
  referralRule(@Ctx() ctx: MembersContext): Promise<ReferralRule> {
    return new ReferralService(ctx).rule();
  }

  @Authorized(Role.OPS_DIRECTOR, Role.DEPT_ADMIN)
  @Mutation(() => ReferralRule, {
    description:
      'Replaces the referral reward rule (the member centre’s admin or the director); applies to referrals settled from now on. ' +
      'BAD_USER_INPUT for points outside 1–100000 or a cap outside 1–1000.',
  })
  updateReferralRule(@Arg('input', () => ReferralRuleInput) input: ReferralRuleInput, @Ctx() ctx: MembersContext): Promise<ReferralRule> {
    return new ReferralService(ctx).updateRule(input);
  }
}

@Authorized(MEMBERSHIP_STAFF_READERS)
@Resolver(() => Referral)
export class ReferralResolver {
  @FieldResolver(() => Customer, { description: 'the customer who referred' })
  referrer(@Root() referral: Referral): Customer {
    return customerRef(referral.referrerCustomerId);
  }

  @FieldResolver(() => Customer, { description: 'the customer referred' })
  referred(@Root() referral: Referral): Customer {
    return customerRef(referral.referredCustomerId);
  }
}

/** What referral rewards add to crm's Customer (the member 360). */
@Authorized(MEMBERSHIP_STAFF_READERS)
@Resolver(() => Customer)
export class CustomerReferralResolver {
  @FieldResolver(() => Referral, {
    nullable: true,
    description: '老带新: who referred this customer and what it earned them; null when nobody did',
  })
  referral(@Root() customer: Customer, @Ctx() ctx: MembersContext): Promise<Referral | null> {
    return ctx.loaders.referralByReferred.load(customer.id);
  }

  @FieldResolver(() => [Referral], {
    description: `老带新: the customers this customer referred and the rewards, newest first (${REFERRALS_LISTED} at most)`,
  })
  referralsMade(@Root() customer: Customer, @Ctx() ctx: MembersContext): Promise<Referral[]> {
    return ctx.loaders.referralsByReferrer.load(customer.id);
  }
}
