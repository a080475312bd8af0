import { preloadableLazy } from '@careline/frontend-shared';
import { NewCustomersPage } from '../modules/new-customers/components/new-customers-page.js';
import type { StaffRole } from '@careline/frontend-shared';
import { kpiPagesFor, type KpiPage } from './kpi-page.js';
import { warmKpiStyles } from './warm-kpi-styles.js';

/**
 * The code of each tab's page. 新增客户 is `/kpi` itself, the page most sign-ins land on, so it is
 * part of the remote's exposed module; the others (the dashboard, targets and scorecards, with the
 * antd forms, modals and tables only they draw) load when opened, or ahead of time through
 * `preloadKpiPage` when the shell opens their route (docs/frontend-delivery.md).
 */
export const DashboardPage = preloadableLazy(async () => (await import('../modules/dashboard/components/dashboard-page.js')).DashboardPage);
export const TargetsPage = preloadableLazy(async () => (await import('../modules/targets/components/targets-page.js')).TargetsPage);
export const ScorecardsPage = preloadableLazy(
  async () => (await import('../modules/scorecards/components/scorecards-page.js')).ScorecardsPage,
);
export const MembersAnalyticsPage = preloadableLazy(
  async () => (await import('../modules/members-analytics/components/members-analytics-page.js')).MembersAnalyticsPage,
);
export { NewCustomersPage };

/**
 * Loads the code of the page at `path` inside the remote (`targets`; '' is the index: the role's
 * first tab, the dashboard for the director and department admins, else 新增客户), so the page draws
 * without suspending; for 新增客户, whose code is loaded already, it draws the page's antd
 * components off screen instead, so their styles are ready (warm-kpi-styles.tsx).
 */
export async function preloadKpiPage(path: string, viewer?: { role?: string }): Promise<void> {
  const page = (path.split('/')[0] || kpiPagesFor(viewer?.role as StaffRole | undefined)[0]) as KpiPage;
  const lazyPages: Partial<Record<KpiPage, { preload: () => Promise<void> }>> = {
    dashboard: DashboardPage,
    targets: TargetsPage,
    scorecards: ScorecardsPage,
    members: MembersAnalyticsPage,
  };
  const lazyPage = lazyPages[page];
  if (lazyPage) await lazyPage.preload();
  else warmKpiStyles();
}
