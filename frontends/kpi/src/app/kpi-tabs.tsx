import { useSession } from '@careline/frontend-shared';
import { Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DashboardPage } from '../modules/dashboard/components/dashboard-page.js';
import { NewCustomersPage } from '../modules/new-customers/components/new-customers-page.js';
import { ScorecardsPage } from '../modules/scorecards/components/scorecards-page.js';
import { TargetsPage } from '../modules/targets/components/targets-page.js';
import type { KpiPage } from './kpi-page.js';

/**
 * The tabs a role may open, one route each (`/kpi/<page>`) so a page can be bookmarked. `/kpi`
 * itself stays the new-customers page it has always been, so older bookmarks keep working.
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
  const content: Record<KpiPage, ReactNode> = {
    dashboard: <DashboardPage lockedDepartment={departmentCode} />,
    'new-customers': <NewCustomersPage />,
    targets: <TargetsPage canEdit={isDirector} lockedDepartment={departmentCode} />,
    scorecards: <ScorecardsPage isDirector={isDirector} lockedDepartment={departmentCode} />,
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
