import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@careline/service-kit';
import type { IdentityContext } from '../../context.js';
import { Department } from '../department/department.entity.js';
import { Staff, StaffConnection } from './staff.entity.js';
import { StaffService } from './staff.service.js';
import { CreateStaffInput } from './dto/create-staff.input.js';

@Resolver(() => Staff)
export class StaffResolver {
  @Query(() => Staff, { nullable: true, description: 'One staff member by id; NOT_FOUND when there is none' })
  staff(@Arg('id', () => ID) id: string, @Ctx() ctx: IdentityContext): Promise<Staff> {
    return new StaffService(ctx).get(id);
  }

  @Query(() => StaffConnection, { description: 'Staff, newest first, by department and name fragment' })
  staffMembers(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('departmentCode', () => String, { nullable: true }) departmentCode: string | null,
    @Arg('search', () => String, { nullable: true, description: 'name fragment' }) search: string | null,
    @Ctx() ctx: IdentityContext,
  ): Promise<StaffConnection> {
    return new StaffService(ctx).list({ departmentCode, search, first: page.first, after: page.after });
  }

  @Mutation(() => Staff, { description: 'Adds a staff member; BAD_USER_INPUT for an unknown department or a malformed position' })
  createStaff(@Arg('input', () => CreateStaffInput) input: CreateStaffInput, @Ctx() ctx: IdentityContext): Promise<Staff> {
    return new StaffService(ctx).create(input);
  }

  @FieldResolver(() => Department)
  async department(@Root() staff: Staff, @Ctx() ctx: IdentityContext): Promise<Department> {
    const department = await ctx.loaders.departmentByCode.load(staff.departmentCode);
    // the foreign key makes a miss impossible; say so loudly if it ever happens
    if (!department) throw new Error(`staff ${staff.id} names missing department ${staff.departmentCode}`);
    return department;
  }
}

/** Federation: other subgraphs reference staff by id; one batched load per request. */
export const staffReference = {
  Staff: {
    __resolveReference: (reference: { id: string }, ctx: IdentityContext) => ctx.loaders.staffById.load(reference.id),
  },
};
