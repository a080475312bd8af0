import type { ServiceContext } from '@careline/service-kit';

/** The service's name: its PostgreSQL schema, its event consumer name and its event source. */
export const ANALYTICS = 'analytics';

/**
 * No per-request DataLoaders yet: every report is one SQL statement over a rollup, so there is
 * nothing to batch. Loaders arrive with the first field resolved per parent (e.g. Customer.stats).
 */
export type AnalyticsLoaders = Record<string, never>;
export type AnalyticsContext = ServiceContext<AnalyticsLoaders>;

export const createAnalyticsLoaders = (): AnalyticsLoaders => ({});
