import { PageLoading, useSession } from '@careline/frontend-shared';
import { Tabs } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DashboardPage, MembersAnalyticsPage, NewCustomersPage, ScorecardsPage, TargetsPage } from './kpi-page-components.js';
import type { KpiPage } from './kpi-page.js';

/**
 * The tabs a role may open, one route each (`/kpi/<page>`) so a page can be bookmarked. `/kpi`
 * itself (the 经营看板 menu) is the role's first tab: the dashboard for the director and department
 * admins, new customers for everyone else.
 */
export function KpiTabs({
  pages,
  current,
  departmentCode,
  basePath,
}: {
  pages: readonly KpiPage[];
  current: KpiPage;
  /** where the remote is mounted (`/kpi` in the shell, `/` standalone) */
  basePath: string;
  /** a department admin's department: every page is limited to it */
  departmentCode: string | undefined;
}) {
  const { t } = useTranslation('kpi');
  const navigate = useNavigate();
  const { staff } = useSession();
  const isDirector = staff?.role === 'OPS_DIRECTOR';
  // every page but 新增客户 loads when first opened (kpi-page-components.ts)
  const lazyPage = (page: ReactNode) => <Suspense fallback={<PageLoading testId="kpi-page-loading" />}>{page}</Suspense>;
  const content: Record<KpiPage, ReactNode> = {
    dashboard: lazyPage(<DashboardPage lockedDepartment={departmentCode} />),
    'new-customers': <NewCustomersPage />,
    targets: lazyPage(<TargetsPage canEdit={isDirector} lockedDepartment={departmentCode} />),
    scorecards: lazyPage(<ScorecardsPage isDirector={isDirector} lockedDepartment={departmentCode} />),
    members: lazyPage(<MembersAnalyticsPage />),
  };
  if (pages.length === 1) return <>{content[current]}</>;
  return (
    <Tabs
      activeKey={current}
      destroyOnHidden
      // from the mount point: the tab may be open at /kpi (the index) or at /kpi/<page>
      onChange={(key) => void navigate(`${basePath === '/' ? '' : basePath}/${key}`)}
      data-testid="kpi-tabs"
      items={pages.map((key) => ({
        key,
        label: <span data-testid={`kpi-tab-${key}`}>{t(`tabs.${key}`)}</span>,
        children: content[key],
      }))}
    />
  );
}
