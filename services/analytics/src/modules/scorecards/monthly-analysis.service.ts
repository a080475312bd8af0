import type { AnalyticsContext } from '../../context.js';
import { localDay } from '../../common/local-day.js';
import type { MeasuredValue, MeasureScopeInput } from './scorecard-scoring.js';
import { ScorecardsService, type ScorecardsDeps } from './scorecards.service.js';
import { monthPeriod, previousMonth } from './scorecards.rules.js';
import { buildMonthlyAnalysis, MONTHLY_SHEETS, type ComplaintCategoryRow, type KpiMonthFigure } from './monthly-analysis.workbook.js';
import type { MonthlyAnalysisExport } from './dto/scorecards.types.js';

const T = (name: string) => `"analytics"."${name}"`;

export interface MonthlyAnalysisDeps extends ScorecardsDeps {
  /** KpiService.measureMany (several KPIs over several day ranges at once); without it, measure per KPI and day */
  measureMany?: (
    codes: readonly string[],
    ranges: readonly { from: string; to: string }[],
    scope: MeasureScopeInput,
  ) => Promise<Map<string, MeasuredValue[]>>;
  timeZone: string;
}

/** Every calendar day from `from` to `to`, both included. */
function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= Date.parse(`${to}T00:00:00Z`); at += 86_400_000)
    out.push(new Date(at).toISOString().slice(0, 10));
  return out;
}

/**
 * 月度经营分析: the month's workbook, from the KPI registry and KpiService.measure (KPIs, trends,
 * departments), the scorecards, and analytics' own complaint facts (care_fact, kind complaint:
 * the categories are not in kpi_daily). For the operations director (the resolver refuses anyone
 * else); the export is audited.
 */
export class MonthlyAnalysisService {
  constructor(
    private readonly ctx: AnalyticsContext,
    private readonly deps: MonthlyAnalysisDeps,
  ) {}

  private async complaints(from: string, to: string): Promise<ComplaintCategoryRow[]> {
    const rows = await this.ctx.em.execute<{ category: string; complaints: number; closed: number; hours: string | null }[]>(
      `select coalesce(data->>'category', '') as category, count(*)::int as complaints,
              count(*) filter (where data->>'closedAt' is not null)::int as closed,
              avg(extract(epoch from ((data->>'closedAt')::timestamptz - (data->>'receivedAt')::timestamptz)) / 3600)
                filter (where data->>'closedAt' is not null) as hours
       from ${T('care_fact')}
       where kind = 'complaint' and data->>'complaintKind' = 'COMPLAINT' and data->>'receivedAt' is not null
         and ((data->>'receivedAt')::timestamptz at time zone ?)::date between ?::date and ?::date
       group by 1 order by complaints desc, category`,
      [this.deps.timeZone, from, to],
    );
    return rows.map((r) => ({
      category: r.category,
      complaints: r.complaints,
      closed: r.closed,
      resolutionHours: r.hours === null ? null : Number(r.hours),
    }));
  }

  /** Departments with figures in the month: any kpi_daily row or a monthly target naming them. */
  private async departments(month: string, from: string, to: string): Promise<string[]> {
    const rows = await this.ctx.em.execute<{ department: string }[]>(
      `select department from ${T('kpi_daily')} where day between ?::date and ?::date and dim = 'ALL' and department <> ''
       union select department_code from ${T('monthly_target')} where month = ? and department_code <> ''
       order by 1`,
      [from, to, month],
    );
    return rows.map((r) => r.department);
  }

  /** Each KPI over each range: KpiService.measureMany (a few grouped statements) when given, else measure one by one. */
  private async measureAll(
    codes: readonly string[],
    ranges: readonly { from: string; to: string }[],
    scope: MeasureScopeInput,
  ): Promise<Map<string, MeasuredValue[]>> {
    if (this.deps.measureMany) return this.deps.measureMany(codes, ranges, scope);
    const out = new Map<string, MeasuredValue[]>();
    for (const code of codes) out.set(code, await Promise.all(ranges.map((range) => this.deps.measure(code, range, scope))));
    return out;
  }

  async export(monthInput: string): Promise<MonthlyAnalysisExport> {
    const period = monthPeriod(monthInput);
    const previous = monthPeriod(previousMonth(period.month));
    const registry = this.deps.registry;
    const codes = registry.map((k) => k.code);
    const monthly = await this.measureAll(codes, [period, previous], {});
    const kpis: KpiMonthFigure[] = registry.map((kpi) => ({
      kpi,
      current: monthly.get(kpi.code)![0]!,
      previous: monthly.get(kpi.code)![1]!,
    }));
    const days = daysOf(period.from, period.to);
    const daily = await this.measureAll(
      codes,
      days.map((day) => ({ from: day, to: day })),
      {},
    );
    const trends = new Map(codes.map((code) => [code, (daily.get(code) ?? []).map((v) => v.value)]));
    const departmentCodes = await this.departments(period.month, period.from, period.to);
    const departmentKpis = registry.filter((k) => k.dimensions.includes('DEPARTMENT'));
    const departments = [];
    for (const code of departmentCodes) {
      const figures = await this.measureAll(
        departmentKpis.map((k) => k.code),
        [period],
        { departmentCode: code },
      );
      departments.push({ code, values: new Map(departmentKpis.map((k) => [k.code, figures.get(k.code)?.[0]?.value ?? null])) });
    }
    const scorecards = new ScorecardsService(this.ctx, this.deps);
    const templates = await scorecards.templates();
    const reports = [];
    for (const template of templates) reports.push(await scorecards.scorecards(period.month, template.positionCode, null));
    const complaints = await this.complaints(period.from, period.to);

    const now = new Date();
    const generatedAt = `${localDay(now, this.deps.timeZone)} ${new Intl.DateTimeFormat('en-GB', { timeZone: this.deps.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now)}`;
    const content = await buildMonthlyAnalysis({
      month: period.month,
      previousMonth: previous.month,
      timeZone: this.deps.timeZone,
      generatedAt,
      kpis,
      days,
      trends,
      departments,
      scorecards: reports,
      complaints,
    });
    await this.ctx.em.fork().transactional((em) =>
      this.ctx.audit.change(em, {
        operation: 'query exportMonthlyAnalysis',
        targetType: 'MonthlyAnalysis',
        targetIds: [period.month],
        fields: [...MONTHLY_SHEETS],
      }),
    );
    return {
      month: period.month,
      filename: `月度经营分析-${period.month}.xlsx`,
      contentBase64: content.toString('base64'),
      sheets: [...MONTHLY_SHEETS],
    };
  }
}
