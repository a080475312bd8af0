import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { Customer } from '../membership/customer.stub.js';
import { Membership } from '../membership/membership.entity.js';
import { POINTS_READERS, POINTS_WRITERS, REFUNDERS } from '../points/points.roles.js';
import { Consumption, ConsumptionConnection } from './consumption.entity.js';
import { ConsumptionService } from './consumption.service.js';
import { RecordConsumptionInput, RecordConsumptionsInput } from './dto/record-consumption.input.js';
import { RefundConsumptionInput } from './dto/refund-consumption.input.js';

@Authorized(POINTS_READERS)
@Resolver(() => Consumption)
export class ConsumptionResolver {
  @Query(() => ConsumptionConnection, {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: 'Consumptions, newest first; find a receipt by part of its number',
  })
  consumptions(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('receiptNumber', () => String, { nullable: true }) receiptNumber: string | null,
    @Ctx() ctx: MembersContext,
  ): Promise<ConsumptionConnection> {
    return new ConsumptionService(ctx).list({ receiptNumber, first: page.first, after: page.after });
  }

  @Authorized(POINTS_WRITERS)
  @Mutation(() => Consumption, {
    description:
      '录入消费 (member centre, customer service): earns points once per receipt. CONFLICT RECEIPT_ALREADY_RECORDED for a receipt recorded with another member or amount; IDEMPOTENCY_KEY_REUSED for a key reused with other arguments',
  })
  recordConsumption(
    @Arg('input', () => RecordConsumptionInput) input: RecordConsumptionInput,
    @Ctx() ctx: MembersContext,
  ): Promise<Consumption> {
    return new ConsumptionService(ctx).record(input);
  }

  @Authorized(POINTS_WRITERS)
  @Mutation(() => [Consumption], {
    description:
      '批量录入消费 (billing imports): up to 500 receipts in one transaction, answered in order; each item earns as recordConsumption would (its own idempotency key, the same CONFLICTs), and one refused item refuses the list',
  })
  recordConsumptions(
    @Arg('input', () => RecordConsumptionsInput) input: RecordConsumptionsInput,
    @Ctx() ctx: MembersContext,
  ): Promise<Consumption[]> {
    return new ConsumptionService(ctx).recordMany(input.consumptions);
  }

  @Authorized(REFUNDERS)
  @Mutation(() => Consumption, { description: '退款: takes back the points the receipt earned, never below a zero balance' })
  refundConsumption(
    @Arg('input', () => RefundConsumptionInput) input: RefundConsumptionInput,
    @Ctx() ctx: MembersContext,
  ): Promise<Consumption> {
    return new ConsumptionService(ctx).refund(input);
  }

  @FieldResolver(() => Membership, { nullable: true })
  membership(@Root() consumption: Consumption, @Ctx() ctx: MembersContext): Promise<Membership | null> | null {
    return consumption.membershipId ? ctx.loaders.membershipById.load(consumption.membershipId) : null;
  }

  @FieldResolver(() => Customer)
  customer(@Root() consumption: Consumption): Customer {
    return { id: consumption.customerId };
  }
}
