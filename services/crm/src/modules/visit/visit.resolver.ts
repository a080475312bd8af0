import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { FenScalar, PageArgs, idempotentCreate, partnerWith, PartnerScope } from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { FRONT_LINE_ROLES } from '../../common/care-access.js';
import { Visit, VisitConnection } from './visit.entity.js';
import { RecordVisitOutcomeInput, RegisterVisitInput } from './dto/visit.input.js';
import { VisitService } from './visit.service.js';

/** Visits: CONSULTATION, ONSITE and GUIDE staff and admins, and the director; outcomes by ONSITE. */
@Authorized(FRONT_LINE_ROLES)
@Resolver(() => Visit)
export class VisitResolver {
  @Authorized([...FRONT_LINE_ROLES, partnerWith(PartnerScope.VISITS_READ)])
  @Query(() => VisitConnection, {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: 'Visits, newest first, optionally of one customer; a partner sees only its own people’s',
  })
  visits(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('customerId', () => ID, { nullable: true, description: 'only this customer’s visits' }) customerId: string | null,
    @Ctx() ctx: CrmContext,
  ): Promise<VisitConnection> {
    return new VisitService(ctx).list({ customerId, first: page.first, after: page.after });
  }

  @Mutation(() => Visit, { description: '到院登记: registers an arrival, booked or walk-in (guide)' })
  registerVisit(@Arg('input', () => RegisterVisitInput) input: RegisterVisitInput, @Ctx() ctx: CrmContext): Promise<Visit> {
    return idempotentCreate(
      ctx,
      { operation: 'mutation registerVisit', input: input },
      {
        create: (tx) => new VisitService(tx).register(input),
        remember: (created) => ({ id: created.id }),
        replay: ({ id }) => ctx.em.findOneOrFail(Visit, String(id)),
      },
    );
  }

  @Mutation(() => Visit, { description: 'Records the deal outcome once; a deal publishes DealClosed' })
  recordVisitOutcome(@Arg('input', () => RecordVisitOutcomeInput) input: RecordVisitOutcomeInput, @Ctx() ctx: CrmContext): Promise<Visit> {
    return new VisitService(ctx).recordOutcome(input);
  }

  @Authorized([...FRONT_LINE_ROLES, partnerWith(PartnerScope.VISITS_READ)])
  @FieldResolver(() => FenScalar, { nullable: true, description: 'deal amount in fen: 128050 is ¥1,280.50 (null until dealt)' })
  dealAmountFen(@Root() visit: Visit): number | null {
    return visit.dealAmountFen;
  }
}
