import { AppConfigProvider, initI18n, useSession } from '@careline/frontend-shared';
import { Navigate, Route, Routes, useLocation, useParams } from 'react-router';
import { kpiPagesFor, type KpiPage } from '../app/kpi-page.js';
import { preloadKpiPage } from '../app/kpi-page-components.js';
import { releaseKpiStyles } from '../app/warm-kpi-styles.js';
import { useEffect } from 'react';
import { KpiTabs } from '../app/kpi-tabs.js';
import { kpiResources } from '../i18n/kpi-resources.js';

// adds the remote's strings to the page's i18next (the shell's, when hosted); the language stays the shell's
initI18n(kpiResources);

/**
 * The shell calls it when it opens one of this remote's routes ahead of time (at sign-in): the page's
 * code, which otherwise loads when the page is first drawn.
 */
export const preloadRoute = preloadKpiPage;

/**
 * The KPI remote (经营看板, 新增客户, 月度目标). Hosted, it renders inside the shell's ApolloProvider,
 * session and router (page-wide singletons); standalone, src/main.tsx provides them. It brings its own
 * antd configuration (the kit's AppConfigProvider), since antd is not a federation share
 * (docs/frontend-delivery.md). The shell passes a department admin's department
 * (`departmentCode`): every view is then limited to it, as the server enforces anyway.
 * Routes are relative to wherever it is mounted (`/kpi/*` in the shell).
 */
export function KpiApp({ departmentCode }: { departmentCode?: string }) {
  const { staff } = useSession();
  // the styles drawn off screen ahead of this remote (warm-kpi-styles.tsx) are kept while it is on screen
  useEffect(() => releaseKpiStyles, []);
  // standalone there is no shell to say so: a department admin still gets their own department
  const department = departmentCode ?? (staff?.role === 'DEPT_ADMIN' ? staff.departmentCode : undefined);
  const pages = kpiPagesFor(staff?.role);
  // the mount point (`/kpi` in the shell, `/` standalone): the URL less what the host's splat matched
  // (relative links inside a splat route resolve against the whole URL, so they cannot name it)
  const { pathname } = useLocation();
  const rest = useParams()['*'] ?? '';
  const basePath = (rest ? pathname.slice(0, pathname.length - rest.length) : pathname).replace(/\/+$/, '') || '/';
  const tab = (page: KpiPage) =>
    pages.includes(page) ? (
      <KpiTabs pages={pages} current={page} departmentCode={department} basePath={basePath} />
    ) : (
      <Navigate to={basePath} replace />
    );
  return (
    <AppConfigProvider>
      <Routes>
        {/* the menu (经营看板) opens /kpi: the first tab the role has, the dashboard where it is allowed */}
        <Route index element={tab(pages[0] ?? 'new-customers')} />
        {pages.map((page) => (
          <Route key={page} path={page} element={tab(page)} />
        ))}
        <Route path="*" element={<Navigate to={basePath} replace />} />
      </Routes>
    </AppConfigProvider>
  );
}
