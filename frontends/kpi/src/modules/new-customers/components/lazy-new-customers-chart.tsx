import { lazy } from 'react';

/** NewCustomersChart in its own chunk, with ECharts, fetched when the figures are first shown. */
export const LazyNewCustomersChart = lazy(() =>
  import('./new-customers-chart.js').then((module) => ({ default: module.NewCustomersChart })),
);
