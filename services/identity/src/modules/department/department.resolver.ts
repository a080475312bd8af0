import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { authorizeReference } from '@careline/service-kit';
import type { IdentityContext } from '../../context.js';
import { Department } from './department.entity.js';
import { DepartmentService } from './department.service.js';

/** Departments are reference data: any signed-in caller may read them. */
@Authorized()
@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => [Department], {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: 'Every department, in the hospital’s order',
  })
  departments(@Ctx() ctx: IdentityContext): Promise<Department[]> {
    return new DepartmentService(ctx).list();
  }

  @Query(() => Department, { nullable: true, description: 'One department by code; null when there is none' })
  department(@Arg('code', () => String) code: string, @Ctx() ctx: IdentityContext): Promise<Department | null> {
    return new DepartmentService(ctx).find(code);
  }
}

/** Federation: other subgraphs reference departments by code; one batched load per request. */
export const departmentReference = {
  Department: {
    __resolveReference: (reference: { code: string }, ctx: IdentityContext, info: GraphQLResolveInfo) => {
      authorizeReference(ctx, info, []);
      return ctx.loaders.departmentByCode.load(reference.code);
    },
  },
};
