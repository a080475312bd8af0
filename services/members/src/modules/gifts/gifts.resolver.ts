import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { FenScalar, PageArgs, idempotentCreate } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { CATALOGUE_MANAGERS, FINANCE_READERS, POINTS_READERS } from '../points/points.roles.js';
import { Gift, GiftConnection, GiftKind } from './gift.entity.js';
import { GiftsService } from './gifts.service.js';
import { CreateGiftInput } from './dto/gift.inputs.js';

@Authorized(POINTS_READERS)
@Resolver(() => Gift)
export class GiftsResolver {
  @Query(() => GiftConnection, {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: '礼品目录, newest first; search by name, narrow by kind',
  })
  gifts(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('kind', () => GiftKind, { nullable: true }) kind: GiftKind | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: MembersContext,
  ): Promise<GiftConnection> {
    return new GiftsService(ctx).list({ search, kind, first: page.first, after: page.after });
  }

  @Authorized(CATALOGUE_MANAGERS)
  @Mutation(() => Gift, {
    description: 'Adds a catalogue item (member-centre / customer-service admins, finance, the director); unitCostFen is finance’s',
  })
  createGift(@Arg('input', () => CreateGiftInput) input: CreateGiftInput, @Ctx() ctx: MembersContext): Promise<Gift> {
    return idempotentCreate(
      ctx,
      { operation: 'mutation createGift', input: input },
      {
        create: (tx) => new GiftsService(tx).create(input),
        remember: (created) => ({ id: created.id }),
        replay: ({ id }) => ctx.em.findOneOrFail(Gift, String(id)),
      },
    );
  }

  @Authorized(CATALOGUE_MANAGERS)
  @Mutation(() => Gift, { description: 'Adds stock; a repeat with the same key adds it once' })
  restockGift(
    @Arg('id', () => ID) id: string,
    @Arg('quantity', () => Int) quantity: number,
    @Arg('idempotencyKey', () => String) idempotencyKey: string,
    @Ctx() ctx: MembersContext,
  ): Promise<Gift> {
    return new GiftsService(ctx).restock(id, quantity, idempotencyKey);
  }

  @Authorized(FINANCE_READERS)
  @Mutation(() => Gift, { description: '成本核算: finance sets the unit cost; later hand-overs are costed at it' })
  setGiftUnitCost(
    @Arg('id', () => ID) id: string,
    @Arg('unitCostFen', () => FenScalar, { description: 'fen per item (3500 = ¥35.00), 0 or more' }) unitCostFen: number,
    @Ctx() ctx: MembersContext,
  ): Promise<Gift> {
    return new GiftsService(ctx).setUnitCost(id, unitCostFen);
  }

  @Authorized(FINANCE_READERS)
  @FieldResolver(() => FenScalar, {
    nullable: true,
    description: 'fen per item, finance and the director only; null until finance sets it',
  })
  unitCostFen(@Root() gift: Gift): number | null {
    return gift.unitCostFen;
  }
}
