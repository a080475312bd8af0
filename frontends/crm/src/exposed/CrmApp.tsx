import { initI18n } from '@careline/frontend-shared';
import { Navigate, Route, Routes, useLocation, useParams } from 'react-router';
import { CrmBaseContext } from '../app/crm-base-context.js';
import { CrmTabs } from '../app/crm-tabs.js';
import { crmResources } from '../i18n/crm-resources.js';
import { RegisterConsultationPage } from '../modules/consultations/components/register-consultation-page.js';
import { FollowUpQueuePage } from '../modules/follow-ups/components/follow-up-queue-page.js';
import { ComplaintWorkbenchPage } from '../modules/complaints/components/complaint-workbench-page.js';
import { Customer360Page } from '../modules/customers/components/customer-360-page.js';
import { CustomerSearchPage } from '../modules/customers/components/customer-search-page.js';

// adds the remote's strings to the page's i18next (the shell's, when hosted); the language stays the shell's
initI18n(crmResources);

/**
 * The customer-service remote (客户服务). It brings no providers: hosted, it renders inside the shell's
 * ApolloProvider, session, antd ConfigProvider and router; standalone, src/main.tsx provides them.
 * The shell decides who may open it; the server refuses the rest anyway. Routes are relative to
 * wherever it is mounted (`/crm/*`).
 */
export function CrmApp() {
  // where the remote is mounted: the URL less the part its own routes match (`*` of the host's route)
  const { pathname } = useLocation();
  const own = useParams()['*'] ?? '';
  const base = pathname.slice(0, pathname.length - own.length).replace(/\/+$/, '') || '/';
  return (
    <CrmBaseContext value={base}>
      <CrmTabs>
        <Routes>
          <Route index element={<Navigate to="customers" replace />} />
          <Route path="customers" element={<CustomerSearchPage />} />
          <Route path="customers/:customerId" element={<Customer360Page />} />
          <Route path="consultation" element={<RegisterConsultationPage />} />
          <Route path="follow-ups" element={<FollowUpQueuePage />} />
          <Route path="complaints" element={<ComplaintWorkbenchPage />} />
          <Route path="*" element={<Navigate to="customers" replace />} />
        </Routes>
      </CrmTabs>
    </CrmBaseContext>
  );
}
