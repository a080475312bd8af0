import { lazyPage } from './lazy-page.js';

// One lazily loaded chunk per screen (import() per route).
export const CustomerSearchPage = lazyPage(
  async () => (await import('../modules/customers/components/customer-search-page.js')).CustomerSearchPage,
);
export const Customer360Page = lazyPage(async () => (await import('../modules/customers/components/customer-360-page.js')).Customer360Page);
export const MergeCustomersPage = lazyPage(
  async () => (await import('../modules/customers/components/merge-customers-page.js')).MergeCustomersPage,
);
export const CreateCustomerPage = lazyPage(
  async () => (await import('../modules/customers/components/create-customer-page.js')).CreateCustomerPage,
);
export const RegisterConsultationPage = lazyPage(
  async () => (await import('../modules/consultations/components/register-consultation-page.js')).RegisterConsultationPage,
);
export const AppointmentsPage = lazyPage(
  async () => (await import('../modules/appointments/components/appointments-page.js')).AppointmentsPage,
);
export const SchedulesPage = lazyPage(async () => (await import('../modules/appointments/components/schedules-page.js')).SchedulesPage);
export const VisitDeskPage = lazyPage(async () => (await import('../modules/visits/components/visit-desk-page.js')).VisitDeskPage);
export const FollowUpQueuePage = lazyPage(
  async () => (await import('../modules/follow-ups/components/follow-up-queue-page.js')).FollowUpQueuePage,
);
export const ComplaintWorkbenchPage = lazyPage(
  async () => (await import('../modules/complaints/components/complaint-workbench-page.js')).ComplaintWorkbenchPage,
);
export const OpinionReportPage = lazyPage(
  async () => (await import('../modules/complaints/components/opinion-report-page.js')).OpinionReportPage,
);
export const KeyAccountsPage = lazyPage(
  async () => (await import('../modules/key-accounts/components/key-accounts-page.js')).KeyAccountsPage,
);
export const KeyAccountPage = lazyPage(async () => (await import('../modules/key-accounts/components/key-account-page.js')).KeyAccountPage);
export const MessagesPage = lazyPage(async () => (await import('../modules/messages/components/messages-page.js')).MessagesPage);
export const PersonalDataPage = lazyPage(
  async () => (await import('../modules/personal-data/components/personal-data-page.js')).PersonalDataPage,
);
export const RemediesPage = lazyPage(async () => (await import('../modules/remedies/components/remedies-page.js')).RemediesPage);
