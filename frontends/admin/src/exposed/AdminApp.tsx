import { AppConfigProvider, initI18n } from '@careline/frontend-shared';
import { Navigate, Route, Routes } from 'react-router';
import { AdminTabs } from '../app/admin-tabs.js';
import { adminTabs, type AdminTab } from '../app/admin-tab.js';
import { adminResources } from '../i18n/admin-resources.js';

// adds the remote's strings to the page's i18next (the shell's, when hosted); the language stays the shell's
initI18n(adminResources);

/**
 * The admin remote (系统管理). Hosted, it renders inside the shell's ApolloProvider, session and
 * router (page-wide singletons); standalone, src/main.tsx provides them. It brings its own antd
 * configuration (the kit's AppConfigProvider), since antd is not a federation share
 * (docs/frontend-delivery.md). The shell decides which tabs the signed-in role may open (`tabs`) and,
 * for a department admin, the department they manage (`departmentCode`); the server enforces both.
 * Routes are relative to wherever it is mounted (`/admin/*` in the shell).
 */
export function AdminApp({ tabs = adminTabs, departmentCode }: { tabs?: readonly AdminTab[]; departmentCode?: string }) {
  const allowed = tabs.filter((tab) => adminTabs.includes(tab));
  if (allowed.length === 0) return <Navigate to="/" replace />;
  return (
    <AppConfigProvider>
      <Routes>
        <Route index element={<Navigate to={allowed[0]!} replace />} />
        <Route path=":tab/*" element={<AdminTabs tabs={allowed} departmentCode={departmentCode} />} />
      </Routes>
    </AppConfigProvider>
  );
}
