import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { assertDepartment, DomainError, operationOf, Role, YearMonthScalar } from '@careline/service-kit';
import type { AnalyticsContext } from '../../context.js';
import { ANALYTICS } from '../../context.js';
import { analyticsEnv } from '../../env.js';
import { resolvePeriod } from './kpi-period.js';
import { KPI_REGISTRY, KpiCode, KpiDimension } from './kpi-registry.js';
import { definitionType, KpiService, type KpiScope, type KpiServiceConfig } from './kpi.service.js';
import { MonthlyTargetsService } from './monthly-targets.service.js';
import {
  KpiBreakdownRow,
  KpiDefinitionType,
  KpiFunnel,
  KpiPeriodInput,
  KpiSummary,
  KpiTrendPoint,
  MonthlyTarget,
  SetMonthlyTargetInput,
} from './dto/kpi.types.js';

/** The KPI dashboard and targets: the operations director (every department) and department admins (their own). */
export const KPI_READERS = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN] as const;
/** Only the operations director sets targets. */
export const TARGET_SETTERS = [Role.OPS_DIRECTOR] as const;

/** Tests replace the configuration. */
export const kpiConfig: { current: () => KpiServiceConfig } = {
  current: () => ({ timeZone: analyticsEnv().HOSPITAL_TIME_ZONE }),
};

const serviceOf = (ctx: AnalyticsContext) => new KpiService(ctx.em, kpiConfig.current());

const forbiddenStaff = (staffId: string) =>
  new DomainError('FORBIDDEN', `staff ${staffId} is not of your department`, { reason: 'OTHER_DEPARTMENT', field: 'staffId' });

/**
 * Whose figures the caller may read. The director (and system jobs): what they ask for. A
 * department admin: their own department (asked for none: theirs; another: FORBIDDEN, audited);
 * a staff member the staff dimension places in another department is FORBIDDEN too, and a staff
 * member's figures are always read within the admin's department.
 */
export async function kpiScope(
  ctx: AnalyticsContext,
  operation: string,
  departmentCode: string | null | undefined,
  staffId: string | null | undefined,
): Promise<KpiScope> {
  const caller = ctx.caller;
  const department = departmentCode?.trim() || null;
  const staff = staffId?.trim().toLowerCase() || null;
  if (caller.kind === 'system' || caller.role === Role.OPS_DIRECTOR) return { departmentCode: department, staffId: staff };
  const own = caller.kind === 'staff' && caller.role === Role.DEPT_ADMIN ? caller.department : undefined;
  if (!own) {
    ctx.audit.denied(operation, 'Department', `caller of ${caller.department ?? 'no department'} has no department to read KPIs of`);
    throw new DomainError('FORBIDDEN', 'KPIs are for the operations director and department admins', {
      reason: 'OTHER_DEPARTMENT',
      field: 'departmentCode',
    });
  }
  assertDepartment(ctx, department ?? own, operation);
  if (staff) {
    const [known] = await ctx.em.execute<{ department_code: string }[]>(
      `select department_code from "${ANALYTICS}"."staff_dim" where staff_id::text = ?`,
      [staff],
    );
    if (known && known.department_code !== own) {
      ctx.audit.denied(operation, 'Staff', `caller of ${own} asked for staff of ${known.department_code}`, [staff]);
      throw forbiddenStaff(staff);
    }
  }
  return { departmentCode: own, staffId: staff };
}

@Resolver()
export class KpiResolver {
  @Authorized(KPI_READERS)
  @Query(() => [KpiDefinitionType], {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: 'The KPI registry (docs/domain.md §6): every KPI’s definition, unit, direction, dimensions and default target',
  })
  kpiDefinitions(): KpiDefinitionType[] {
    return KPI_REGISTRY.map(definitionType);
  }

  @Authorized(KPI_READERS)
  @Query(() => [KpiSummary], {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description:
      'Every KPI of the registry for the period, against the previous period of the same kind and length, from the rollups. ' +
      'The hospital, a department, or a staff member (within the department when both are given); a department admin reads only their own department. ' +
      'BAD_USER_INPUT for a malformed, reversed or longer-than-366-day period.',
  })
  async kpis(
    @Arg('period', () => KpiPeriodInput) period: KpiPeriodInput,
    @Arg('departmentCode', () => String, { nullable: true }) departmentCode: string | null,
    @Arg('staffId', () => ID, { nullable: true }) staffId: string | null,
    @Ctx() ctx: AnalyticsContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<KpiSummary[]> {
    const resolved = resolvePeriod(period);
    const scope = await kpiScope(ctx, operationOf(info), departmentCode, staffId);
    return serviceOf(ctx).all(resolved, scope);
  }

  @Authorized(KPI_READERS)
  @Query(() => KpiSummary, { description: 'One KPI for the period, with its trend and a breakdown; access as for kpis' })
  async kpi(
    @Arg('code', () => KpiCode) code: KpiCode,
    @Arg('period', () => KpiPeriodInput) period: KpiPeriodInput,
    @Arg('departmentCode', () => String, { nullable: true }) departmentCode: string | null,
    @Arg('staffId', () => ID, { nullable: true }) staffId: string | null,
    @Ctx() ctx: AnalyticsContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<KpiSummary> {
    const resolved = resolvePeriod(period);
    const scope = await kpiScope(ctx, operationOf(info), departmentCode, staffId);
    const [summary] = await serviceOf(ctx).summaries([code], resolved, scope);
    return summary!;
  }

  @Authorized(KPI_READERS)
  @Query(() => KpiFunnel, {
    description: '咨询 → 预约 → 到院 → 成交 for the period (the hospital or one department; a department admin: their own)',
  })
  async funnel(
    @Arg('period', () => KpiPeriodInput) period: KpiPeriodInput,
    @Arg('departmentCode', () => String, { nullable: true }) departmentCode: string | null,
    @Ctx() ctx: AnalyticsContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<KpiFunnel> {
    const resolved = resolvePeriod(period);
    const scope = await kpiScope(ctx, operationOf(info), departmentCode, null);
    return { ...(await serviceOf(ctx).funnel(resolved, scope.departmentCode)), period: resolved };
  }

  @Authorized(KPI_READERS)
  @Query(() => [MonthlyTarget], {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description:
      "月度目标 of a month: all of them, or one department's own and its staff members' (a department admin: their own department only)",
  })
  async monthlyTargets(
    @Arg('month', () => YearMonthScalar) month: string,
    @Arg('departmentCode', () => String, { nullable: true }) departmentCode: string | null,
    @Ctx() ctx: AnalyticsContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MonthlyTarget[]> {
    const caller = ctx.caller;
    const director = caller.kind === 'system' || caller.role === Role.OPS_DIRECTOR;
    const department = director
      ? departmentCode?.trim() || null
      : (await kpiScope(ctx, operationOf(info), departmentCode, null)).departmentCode!;
    return new MonthlyTargetsService(ctx).list(month, department);
  }

  @Authorized(TARGET_SETTERS)
  @Mutation(() => MonthlyTarget, {
    description:
      'Sets a monthly target (insert or update by month, metric, department and staff member; setting the same amount again changes nothing). ' +
      'Audited. BAD_USER_INPUT for a malformed month, a negative or fractional amount, or a staff id that is not one.',
  })
  setMonthlyTarget(
    @Arg('input', () => SetMonthlyTargetInput) input: SetMonthlyTargetInput,
    @Ctx() ctx: AnalyticsContext,
  ): Promise<MonthlyTarget> {
    return new MonthlyTargetsService(ctx).set(input);
  }
}

@Resolver(() => KpiSummary)
export class KpiSummaryResolver {
  @FieldResolver(() => [KpiTrendPoint], {
    description: 'the KPI over `points` periods of the same kind and length, the selected one last (1 to 36)',
  })
  trend(@Root() summary: KpiSummary, @Arg('points', () => Int) points: number, @Ctx() ctx: AnalyticsContext): Promise<KpiTrendPoint[]> {
    return serviceOf(ctx).trend(summary.code, summary.period, points, summary.scope);
  }

  @FieldResolver(() => [KpiBreakdownRow], {
    description:
      'the KPI for the period along one of its dimensions (KpiDefinition.dimensions; another is BAD_USER_INPUT), within the summary’s scope',
  })
  breakdown(
    @Root() summary: KpiSummary,
    @Arg('dimension', () => KpiDimension) dimension: KpiDimension,
    @Ctx() ctx: AnalyticsContext,
  ): Promise<KpiBreakdownRow[]> {
    return serviceOf(ctx).breakdown(summary.code, summary.period, dimension, summary.scope);
  }
}
