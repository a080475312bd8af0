import { AppConfigProvider, initI18n } from '@careline/frontend-shared';
import { Navigate, Route, Routes, useLocation, useParams } from 'react-router';
import { CrmBaseContext } from '../app/crm-base-context.js';
import { crmPages, type CrmPage } from '../app/crm-page.js';
import {
  AppointmentsPage,
  ComplaintWorkbenchPage,
  CreateCustomerPage,
  Customer360Page,
  CustomerSearchPage,
  FollowUpQueuePage,
  KeyAccountPage,
  KeyAccountsPage,
  MergeCustomersPage,
  MessagesPage,
  OpinionReportPage,
  PersonalDataPage,
  RegisterConsultationPage,
  RemediesPage,
  SchedulesPage,
  VisitDeskPage,
} from '../app/crm-routes.js';
import { CrmPagesContext } from '../app/crm-pages-context.js';
import { CrmTabs } from '../app/crm-tabs.js';
import { useCrmPermissions } from '../app/use-crm-permissions.js';
import { crmResources } from '../i18n/crm-resources.js';

// adds the remote's strings to the page's i18next (the shell's, when hosted); the language stays the shell's
initI18n(crmResources);

/**
 * The customer-service remote (客户服务). Hosted, it renders inside the shell's ApolloProvider, session
 * and router; standalone, src/main.tsx provides them. It brings its own antd configuration (the kit's
 * AppConfigProvider), since antd is not a federation share (docs/frontend-delivery.md).
 * The shell decides which pages the signed-in role may open (`pages`); the server refuses the rest
 * anyway. Routes are relative to wherever it is mounted (`/crm/*`); every screen is loaded lazily.
 */
export function CrmApp({ pages = crmPages }: { pages?: readonly string[] }) {
  // where the remote is mounted: the URL less the part its own routes match (`*` of the host's route)
  const { pathname } = useLocation();
  const own = useParams()['*'] ?? '';
  const base = pathname.slice(0, pathname.length - own.length).replace(/\/+$/, '') || '/';
  const { registersVisits, writesCustomers, remedyStep, handlesComplaints, editsSchedules } = useCrmPermissions();
  // the visit desk reads the day's visits, which crm gives only to the front line (and the director);
  // the remedies page is a step of the verification, which only three roles take
  const allowed = crmPages.filter(
    (page) =>
      pages.includes(page) &&
      (page !== 'visit-desk' || registersVisits) &&
      (page !== 'remedies' || remedyStep !== null) &&
      (page !== 'schedules' || editsSchedules),
  );
  if (allowed.length === 0) return <Navigate to="/" replace />;
  const first = allowed[0]!;
  const has = (page: CrmPage) => allowed.includes(page);
  return (
    <AppConfigProvider>
      <CrmBaseContext value={base}>
        <CrmPagesContext value={allowed}>
          <CrmTabs pages={allowed}>
            <Routes>
              <Route index element={<Navigate to={first} replace />} />
              {has('customers') && (
                <>
                  <Route path="customers" element={<CustomerSearchPage />} />
                  <Route path="customers/new" element={<CreateCustomerPage />} />
                </>
              )}
              {/* 合并重复客户 opens from the list and from 360: only for those who may merge */}
              {writesCustomers && <Route path="customers/merge" element={<MergeCustomersPage />} />}
              {/* 360 opens from every list that names a customer */}
              <Route path="customers/:customerId" element={<Customer360Page />} />
              {has('consultation') && <Route path="consultation" element={<RegisterConsultationPage />} />}
              {has('appointments') && <Route path="appointments" element={<AppointmentsPage />} />}
              {has('schedules') && <Route path="schedules" element={<SchedulesPage />} />}
              {has('visit-desk') && <Route path="visit-desk" element={<VisitDeskPage />} />}
              {has('follow-ups') && <Route path="follow-ups" element={<FollowUpQueuePage />} />}
              {has('complaints') && <Route path="complaints" element={<ComplaintWorkbenchPage />} />}
              {has('remedies') && <Route path="remedies" element={<RemediesPage />} />}
              {/* 客户意见周报: crm gives it to the complaint departments and the director, not to finance */}
              {has('complaints') && handlesComplaints && <Route path="complaints/opinion-report" element={<OpinionReportPage />} />}
              {has('key-accounts') && (
                <>
                  <Route path="key-accounts" element={<KeyAccountsPage />} />
                  <Route path="key-accounts/:keyAccountId" element={<KeyAccountPage />} />
                </>
              )}
              {has('messages') && <Route path="messages" element={<MessagesPage />} />}
              {has('personal-data') && <Route path="personal-data" element={<PersonalDataPage />} />}
              <Route path="*" element={<Navigate to={first} replace />} />
            </Routes>
          </CrmTabs>
        </CrmPagesContext>
      </CrmBaseContext>
    </AppConfigProvider>
  );
}
