import { lazy } from 'react';

/** MembersChart in its own chunk, with ECharts, fetched when the figures are first shown. */
export const LazyMembersChart = lazy(() => import('./members-chart.js').then((module) => ({ default: module.MembersChart })));
