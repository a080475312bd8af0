import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../../context.js';
import { Position } from './position.entity.js';

@Resolver(() => Position)
export class PositionResolver {
  @Authorized()
  @Query(() => [Position], {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: 'Every position, in the hospital’s order',
  })
  positions(@Ctx() ctx: IdentityContext): Promise<Position[]> {
    return ctx.em.find(Position, {}, { orderBy: { sortOrder: 'asc', code: 'asc' } });
  }
}
