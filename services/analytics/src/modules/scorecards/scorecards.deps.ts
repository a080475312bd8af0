import type { AnalyticsContext } from '../../context.js';
import { KPI_REGISTRY, type KpiCode, type KpiDefinitionEntry } from '../kpi/kpi-registry.js';
import { kpiConfig } from '../kpi/kpi.resolver.js';
import { KpiService, type KpiValue } from '../kpi/kpi.service.js';
import type { MonthlyAnalysisDeps } from './monthly-analysis.service.js';
import type { KpiInfo } from './scorecard-scoring.js';

/** What scoring reads of a registry entry. */
export const kpiInfoOf = (entry: KpiDefinitionEntry): KpiInfo => ({
  code: entry.code,
  nameZh: entry.nameZh,
  nameEn: entry.nameEn,
  unit: entry.unit,
  direction: entry.direction,
  dimensions: entry.dimensions,
  defaultTarget: entry.defaultTarget,
  hasShare: entry.share !== undefined,
  hasOnsiteVariant: entry.onsiteDenominator !== undefined,
});

const REGISTRY: readonly KpiInfo[] = KPI_REGISTRY.map(kpiInfoOf);

/** The KPI module as scorecards and the monthly export use it: the registry and KpiService.measure / measureMany. */
export function kpiDeps(ctx: AnalyticsContext): MonthlyAnalysisDeps {
  const config = kpiConfig.current();
  const service = new KpiService(ctx.em, config);
  return {
    registry: REGISTRY,
    timeZone: config.timeZone,
    measure: (code, range, scope) => service.measure(code as KpiCode, range, scope),
    measureScopes: async (codes, range, scopes) =>
      (await service.measureScopes(codes as KpiCode[], range, scopes)).map((values) => new Map<string, KpiValue>(values)),
    measureMany: async (codes, ranges, scope) => new Map<string, KpiValue[]>(await service.measureMany(codes as KpiCode[], ranges, scope)),
  };
}

/**
 * What scorecards and the monthly export take from the KPI module: the registry and
 * KpiService.measure. Tests may replace `current` (a hand-made registry and measure for the
 * worked examples of the scoring rule).
 */
export const scorecardsDeps: { current: (ctx: AnalyticsContext) => MonthlyAnalysisDeps } = { current: kpiDeps };
