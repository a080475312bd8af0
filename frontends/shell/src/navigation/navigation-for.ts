import type { StaffRole } from '@careline/frontend-shared';
import { adminTabs } from './admin-tab.js';
import { crmPages, type CrmPage } from './crm-page.js';
import type { MemberPage } from './member-page.js';
import type { NavigationItem } from './navigation-item.js';

const home = (moduleArriving = false): NavigationItem => ({ key: 'home', path: '/', testId: 'nav-home', moduleArriving });
const kpi = (departmentCode?: string): NavigationItem => ({
  key: 'kpi',
  path: '/kpi',
  testId: 'nav-kpi',
  ...(departmentCode ? { departmentCode } : {}),
});
const crm = (pages: readonly CrmPage[]): NavigationItem => ({ key: 'crm', path: '/crm', testId: 'nav-crm', crmPages: pages });
const members = (pages: readonly MemberPage[]): NavigationItem => ({
  key: 'members',
  path: '/members',
  testId: 'nav-members',
  memberPages: pages,
});
const admin = (tabs: NavigationItem['adminTabs'], departmentCode?: string): NavigationItem => ({
  key: 'admin',
  path: '/admin',
  testId: 'nav-admin',
  adminTabs: tabs,
  ...(departmentCode ? { departmentCode } : {}),
});

/** 会员中心 and customer service (the member centre belongs to it) run the programme day to day. */
const MEMBER_DEPARTMENTS: readonly string[] = ['MEMBER_CENTRE', 'CUSTOMER_SERVICE'];
/**
 * The CRM pages of each customer-service department, as crm's department rules allow them: customer
 * service consults, follows up, handles complaints and (its admins) sends messages; the consultation
 * centre consults and books; on-site books, receives visitors, records deals and handles complaints
 * first; guides book and register arrivals; key-account managers keep their accounts. Customer service
 * takes a person's export and erasure requests (个人信息权利); the director decides them.
 */
const CRM_PAGES: Record<string, { staff: readonly CrmPage[]; admin: readonly CrmPage[] }> = {
  CUSTOMER_SERVICE: {
    staff: ['customers', 'consultation', 'follow-ups', 'complaints', 'personal-data'],
    admin: ['customers', 'consultation', 'follow-ups', 'complaints', 'messages', 'personal-data'],
  },
  CONSULTATION: { staff: ['customers', 'consultation', 'appointments'], admin: ['customers', 'consultation', 'appointments'] },
  ONSITE: {
    staff: ['customers', 'appointments', 'visit-desk', 'complaints'],
    admin: ['customers', 'appointments', 'visit-desk', 'complaints'],
  },
  GUIDE: { staff: ['customers', 'appointments', 'visit-desk'], admin: ['customers', 'appointments', 'visit-desk'] },
  KEY_ACCOUNT: { staff: ['customers', 'key-accounts'], admin: ['customers', 'key-accounts'] },
  // the member centre's admins check a remedy's member record (its staff work in members only)
  MEMBER_CENTRE: { staff: [], admin: ['remedies'] },
  // the clinical departments' admins keep their doctors' schedules (排班)
  DENTAL: { staff: [], admin: ['schedules'] },
  AESTHETIC: { staff: [], admin: ['schedules'] },
  PHYSICAL_EXAM: { staff: [], admin: ['schedules'] },
};
/** Finance confirms approved refunds and compensation in the complaint workbench (退款确认) and approves remedies. */
const CRM_FINANCE: readonly CrmPage[] = ['complaints', 'remedies'];
/** Day-to-day member work: everything but finance's figures. */
const MEMBER_WORK: readonly MemberPage[] = ['search', 'enrol', 'consumption', 'redeem', 'adjustments', 'gifts', 'activities', 'birthdays'];
/** Finance: looks members up (and refunds), follows adjustments, keeps the catalogue and its costs, sees liability and gift cost. */
const MEMBER_FINANCE: readonly MemberPage[] = ['search', 'adjustments', 'gifts', 'finance'];

/**
 * What a role sees in the portal: the one place the shell decides it (menu, routes, admin tabs).
 * It mirrors the server's rules for convenience only; the gateway refuses anything a role may not do,
 * whatever the browser shows. An unknown role sees home alone.
 */
export function navigationFor(role: StaffRole | undefined, departmentCode: string | undefined): NavigationItem[] {
  switch (role) {
    case 'OPS_DIRECTOR':
      return [home(), kpi(), crm(crmPages), members([...MEMBER_WORK, 'finance']), admin(adminTabs)];
    case 'DEPT_ADMIN':
      // their department's figures, the member centre when they run it, and their own department's staff
      return [
        home(),
        kpi(departmentCode),
        ...crmOf(departmentCode, 'admin'),
        ...(isMemberDepartment(departmentCode) ? [members(MEMBER_WORK)] : []),
        admin(['staff'], departmentCode),
      ];
    case 'FINANCE':
      return [home(), kpi(), crm(CRM_FINANCE), members(MEMBER_FINANCE)];
    case 'AUDITOR':
      return [home(), admin(['audit'])];
    case 'STAFF':
      // the CRM for the customer-service departments, member work for the member centre and customer service;
      // home still says when a department's own module is to come
      if (departmentCode === 'MEMBER_CENTRE') return [home(), members(MEMBER_WORK)];
      if (crmOf(departmentCode, 'staff').length)
        return [home(), ...crmOf(departmentCode, 'staff'), ...(isMemberDepartment(departmentCode) ? [members(MEMBER_WORK)] : [])];
      return [home(true)];
    default:
      return [home()];
  }
}

/** The CRM entry with the department's pages, or none when the department has no CRM work. */
function crmOf(departmentCode: string | undefined, as: 'staff' | 'admin'): NavigationItem[] {
  const pages = departmentCode !== undefined && Object.hasOwn(CRM_PAGES, departmentCode) ? CRM_PAGES[departmentCode]![as] : undefined;
  return pages?.length ? [crm(pages)] : [];
}

function isMemberDepartment(departmentCode: string | undefined): boolean {
  return departmentCode !== undefined && MEMBER_DEPARTMENTS.includes(departmentCode);
}
