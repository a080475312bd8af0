import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorizeReference, DomainError, PageArgs, Role, STAFF_ROLES, idempotentCreate } from '@careline/service-kit';
import type { GraphQLResolveInfo } from 'graphql';
import type { IdentityContext } from '../../context.js';
import { Department } from '../department/department.entity.js';
import { Position } from '../position/position.entity.js';
import { Staff, StaffConnection } from './staff.entity.js';
import { StaffService } from './staff.service.js';
import { CreateStaffInput } from './dto/create-staff.input.js';

/*
 * Access: rules sit on each query and mutation, not on the class, so the field resolvers below
 * (department, positionInfo) stay usable wherever a Staff is legitimately returned, including the
 * sign-in payload and the gateway's _entities calls.
 */
@Resolver(() => Staff)
export class StaffResolver {
  @Authorized(Role.OPS_DIRECTOR, Role.DEPT_ADMIN, Role.AUDITOR)
  @Query(() => Staff, {
    nullable: true,
    description: 'One staff member by id; NOT_FOUND when there is none. Department admins: their own department',
  })
  staff(@Arg('id', () => ID) id: string, @Ctx() ctx: IdentityContext): Promise<Staff> {
    return new StaffService(ctx).get(id);
  }

  @Authorized(Role.OPS_DIRECTOR, Role.DEPT_ADMIN, Role.AUDITOR)
  @Query(() => StaffConnection, {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: 'Staff, newest first, by department and name fragment. Department admins: their own department only',
  })
  staffMembers(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('departmentCode', () => String, { nullable: true, description: 'a department admin’s own department when not given' })
    departmentCode: string | null,
    @Arg('search', () => String, { nullable: true, description: 'name fragment' }) search: string | null,
    @Ctx() ctx: IdentityContext,
  ): Promise<StaffConnection> {
    return new StaffService(ctx).list({ departmentCode, search, first: page.first, after: page.after });
  }

  @Authorized(STAFF_ROLES)
  @Query(() => StaffConnection, {
    nullable: true,
    description:
      '同事: active staff whose name holds `search` (at least one character), in name order, to name a person on a record (a complaint’s responsible person). Any signed-in staff member',
  })
  colleagues(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('search', () => String, { description: 'name fragment' }) search: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<StaffConnection> {
    return new StaffService(ctx).colleagues({ search, first: page.first, after: page.after });
  }

  @Authorized(Role.OPS_DIRECTOR, Role.DEPT_ADMIN, Role.STAFF)
  @Query(() => StaffConnection, {
    nullable: true,
    description:
      '医生: active doctors in name order, by clinical department and name fragment (the booking desk, the schedule editor). The director and the booking departments (CONSULTATION, ONSITE, GUIDE); a clinical department’s admin: their own department. Others: FORBIDDEN',
  })
  doctors(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('departmentCode', () => String, { nullable: true, description: 'a clinical department, e.g. DENTAL' })
    departmentCode: string | null,
    @Arg('search', () => String, { nullable: true, description: 'name fragment' }) search: string | null,
    @Ctx() ctx: IdentityContext,
  ): Promise<StaffConnection> {
    return new StaffService(ctx).doctors({ departmentCode, search, first: page.first, after: page.after });
  }

  @Authorized()
  @Query(() => Staff, { description: 'The signed-in staff member' })
  async me(@Ctx() ctx: IdentityContext): Promise<Staff> {
    const caller = ctx.caller;
    if (caller.kind !== 'staff' || !caller.id) throw new DomainError('FORBIDDEN', '`me` is for signed-in staff', { reason: 'NOT_STAFF' });
    const staff = await ctx.loaders.staffById.load(caller.id);
    if (!staff) throw new DomainError('UNAUTHENTICATED', 'your account no longer exists; sign in again', { reason: 'STAFF_NOT_FOUND' });
    return staff;
  }

  @Authorized(Role.OPS_DIRECTOR, Role.DEPT_ADMIN)
  @Mutation(() => Staff, {
    description:
      'Adds a staff member with a sign-in account. Department admins: their own department. BAD_USER_INPUT for an unknown department or position, a malformed username or a short password; CONFLICT for a taken username',
  })
  createStaff(@Arg('input', () => CreateStaffInput) input: CreateStaffInput, @Ctx() ctx: IdentityContext): Promise<Staff> {
    // the password is left out of the stored request hash: a hash of it must not sit in another table
    const { password: _password, ...hashed } = input;
    return idempotentCreate(
      ctx,
      { operation: 'mutation createStaff', input: hashed },
      {
        create: (tx) => new StaffService(tx).create(input),
        remember: (created) => ({ id: created.id }),
        replay: ({ id }) => ctx.em.findOneOrFail(Staff, String(id)),
      },
    );
  }

  @Authorized(Role.OPS_DIRECTOR, Role.DEPT_ADMIN)
  @Mutation(() => Staff, { description: 'Deactivates (the person has left; their sessions end at once) or reactivates a staff member' })
  setStaffActive(
    @Arg('id', () => ID) id: string,
    @Arg('active', () => Boolean) active: boolean,
    @Ctx() ctx: IdentityContext,
  ): Promise<Staff> {
    return new StaffService(ctx).setActive(id, active);
  }

  @Authorized(Role.OPS_DIRECTOR, Role.DEPT_ADMIN)
  @Mutation(() => Staff, {
    description:
      'Sets a staff member’s specialities 专长 (replaces them; at most 10, each 1 to 20 characters). Department admins: their own department',
  })
  setStaffSpecialities(
    @Arg('id', () => ID) id: string,
    @Arg('specialities', () => [String]) specialities: string[],
    @Ctx() ctx: IdentityContext,
  ): Promise<Staff> {
    return new StaffService(ctx).setSpecialities(id, specialities);
  }

  @Authorized(Role.OPS_DIRECTOR, Role.DEPT_ADMIN)
  @Mutation(() => Staff, { description: 'Sets a new password (at least 10 characters): lifts a lock and ends every session of the person' })
  resetPassword(
    @Arg('id', () => ID) id: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<Staff> {
    return new StaffService(ctx).resetPassword(id, password);
  }

  @FieldResolver(() => Department)
  async department(@Root() staff: Staff, @Ctx() ctx: IdentityContext): Promise<Department> {
    const department = await ctx.loaders.departmentByCode.load(staff.departmentCode);
    // the foreign key makes a miss impossible; say so loudly if it ever happens
    if (!department) throw new Error(`staff ${staff.id} names missing department ${staff.departmentCode}`);
    return department;
  }

  @FieldResolver(() => Position, { description: 'the position’s titles (zh / en)' })
  async positionInfo(@Root() staff: Staff, @Ctx() ctx: IdentityContext): Promise<Position> {
    const position = await ctx.loaders.positionByCode.load(staff.position);
    if (!position) throw new Error(`staff ${staff.id} names missing position ${staff.position}`);
    return position;
  }
}

/**
 * Federation: other subgraphs reference staff by id (who served a customer); any signed-in caller
 * may see who that was. One batched load per request.
 */
export const staffReference = {
  Staff: {
    __resolveReference: (reference: { id: string }, ctx: IdentityContext, info: GraphQLResolveInfo) => {
      authorizeReference(ctx, info, []);
      return ctx.loaders.staffById.load(reference.id);
    },
  },
};
