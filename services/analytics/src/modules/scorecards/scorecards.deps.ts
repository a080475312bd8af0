import type { AnalyticsContext } from '../../context.js';
import type { MonthlyAnalysisDeps } from './monthly-analysis.service.js';

/**
 * What scorecards and the monthly export take from the KPI module: the registry and
 * KpiService.measure. Tests replace `current` (a hand-made registry and measure for the worked
 * examples); the service's default reads the real KpiService.
 */
export const scorecardsDeps: { current: (ctx: AnalyticsContext) => MonthlyAnalysisDeps } = {
  current: () => {
    throw new Error('scorecards: KpiService is not wired yet');
  },
};
