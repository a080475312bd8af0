import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role, YearMonthScalar } from '@careline/service-kit';
import type { AnalyticsContext } from '../../context.js';
import {
  MonthlyAnalysisExport,
  ScorecardEntry,
  ScorecardReport,
  ScorecardTemplate,
  SetJudgedScoreInput,
  UpdateScorecardTemplateInput,
} from './dto/scorecards.types.js';
import { MonthlyAnalysisService } from './monthly-analysis.service.js';
import { scorecardsDeps } from './scorecards.deps.js';
import { ScorecardsService } from './scorecards.service.js';

/** 绩效考核 is read by the director (every department) and department admins (their own). */
export const SCORECARD_READERS = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN] as const;

const serviceOf = (ctx: AnalyticsContext) => new ScorecardsService(ctx, scorecardsDeps.current(ctx));

@Resolver()
export class ScorecardsResolver {
  @Authorized(SCORECARD_READERS)
  @Query(() => [ScorecardTemplate], {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: '绩效考核 position templates: items, weights as given, the weights normalised to 100 and the flag when they were',
  })
  scorecardTemplates(@Ctx() ctx: AnalyticsContext): Promise<ScorecardTemplate[]> {
    return serviceOf(ctx).templates();
  }

  @Authorized(Role.OPS_DIRECTOR)
  @Mutation(() => ScorecardTemplate, {
    description:
      'Replaces a position template’s items and weights (the operations director; audited). Weights are kept as given and normalised to 100 at scoring; ' +
      'a measured item names a registry KPI and a scope its data splits by.',
  })
  updateScorecardTemplate(
    @Arg('input', () => UpdateScorecardTemplateInput) input: UpdateScorecardTemplateInput,
    @Ctx() ctx: AnalyticsContext,
  ): Promise<ScorecardTemplate> {
    return serviceOf(ctx).updateTemplate(input);
  }

  @Authorized(SCORECARD_READERS)
  @Query(() => ScorecardReport, {
    description:
      '绩效考核 of a position for a month: each staff member’s items (measured: min(value ÷ target, 1.2) × 100, lower-is-better rates min(target ÷ value, 1.2) × 100; ' +
      'judged: the manager’s 0–100), the weighted total and the rank within the position. A department admin sees their own department only.',
  })
  scorecards(
    @Arg('month', () => YearMonthScalar) month: string,
    @Arg('positionCode', () => String) positionCode: string,
    @Arg('departmentCode', () => String, { nullable: true, description: 'a department admin’s own when not given' })
    departmentCode: string | null,
    @Ctx() ctx: AnalyticsContext,
  ): Promise<ScorecardReport> {
    const service = serviceOf(ctx);
    return service.scorecards(month, positionCode, service.scopeDepartment(departmentCode, 'query scorecards', 'ScorecardEntry'));
  }

  @Authorized(SCORECARD_READERS)
  @Mutation(() => ScorecardEntry, {
    description:
      'Enters judged scores (0–100) of a staff member for a month, with the position and department they are scored in (identity publishes no staff events, ' +
      'so the entry says who the staff member is). Department admins for their own department, the director for any; audited.',
  })
  setJudgedScore(
    @Arg('input', () => SetJudgedScoreInput) input: SetJudgedScoreInput,
    @Ctx() ctx: AnalyticsContext,
  ): Promise<ScorecardEntry> {
    return serviceOf(ctx).setJudged(input);
  }

  @Authorized(Role.OPS_DIRECTOR)
  @Query(() => MonthlyAnalysisExport, {
    description:
      '月度经营分析 as .xlsx (KPIs against targets and the previous month, daily trends, departments, scorecards, complaint categories). ' +
      'The operations director only: it covers every department (a department admin is FORBIDDEN). The export is audited.',
  })
  exportMonthlyAnalysis(@Arg('month', () => YearMonthScalar) month: string, @Ctx() ctx: AnalyticsContext): Promise<MonthlyAnalysisExport> {
    return new MonthlyAnalysisService(ctx, scorecardsDeps.current(ctx)).export(month);
  }
}
