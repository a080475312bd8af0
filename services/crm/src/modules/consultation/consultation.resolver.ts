import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs, idempotentCreate } from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { Consultation, ConsultationConnection } from './consultation.entity.js';
import { RegisterConsultationInput } from './dto/consultation.input.js';
import { ConsultationService } from './consultation.service.js';
import { FRONT_LINE_ROLES } from '../../common/care-access.js';

/** Consultations: CONSULTATION and CUSTOMER_SERVICE staff and admins, and the director. */
@Authorized(FRONT_LINE_ROLES)
@Resolver(() => Consultation)
export class ConsultationResolver {
  @Query(() => Consultation, { nullable: true, description: 'One consultation' })
  consultation(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext): Promise<Consultation> {
    return new ConsultationService(ctx).get(id);
  }

  @Query(() => ConsultationConnection, {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: 'Consultations, newest first, optionally of one customer',
  })
  consultations(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('customerId', () => ID, { nullable: true }) customerId: string | null,
    @Ctx() ctx: CrmContext,
  ): Promise<ConsultationConnection> {
    return new ConsultationService(ctx).list({ customerId, first: page.first, after: page.after });
  }

  @Mutation(() => Consultation, { description: '咨询登记: registers a consultation from any channel' })
  registerConsultation(
    @Arg('input', () => RegisterConsultationInput) input: RegisterConsultationInput,
    @Ctx() ctx: CrmContext,
  ): Promise<Consultation> {
    return idempotentCreate(
      ctx,
      { operation: 'mutation registerConsultation', input: input },
      {
        create: (tx) => new ConsultationService(tx).register(input),
        remember: (created) => ({ id: created.id }),
        replay: ({ id }) => ctx.em.findOneOrFail(Consultation, String(id)),
      },
    );
  }
}
