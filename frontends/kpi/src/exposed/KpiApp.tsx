import { initI18n } from '@careline/frontend-shared';
import { Navigate, Route, Routes } from 'react-router';
import { kpiResources } from '../i18n/kpi-resources.js';
import { NewCustomersPage } from '../modules/new-customers/components/new-customers-page.js';

// adds the remote's strings to the page's i18next (the shell's, when hosted); the language stays the shell's
initI18n(kpiResources);

/**
 * The KPI remote. It brings no providers: hosted, it renders inside the shell's ApolloProvider,
 * antd ConfigProvider and router (all federation singletons); standalone, src/main.tsx provides them.
 * Routes are relative to wherever it is mounted (`/kpi/*` in the shell).
 */
export function KpiApp() {
  return (
    <Routes>
      <Route index element={<NewCustomersPage />} />
      <Route path="new-customers" element={<NewCustomersPage />} />
      <Route path="*" element={<Navigate to="." replace />} />
    </Routes>
  );
}
