import { lazy } from 'react';

/** KpiChart in its own chunk, with ECharts, fetched when the first figures are shown. */
export const LazyKpiChart = lazy(() => import('./kpi-chart.js').then((module) => ({ default: module.KpiChart })));
