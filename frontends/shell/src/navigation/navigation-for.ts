import type { StaffRole } from '@careline/frontend-shared';
import { adminTabs } from './admin-tab.js';
import type { MemberPage } from './member-page.js';
import type { NavigationItem } from './navigation-item.js';

const home = (moduleArriving = false): NavigationItem => ({ key: 'home', path: '/', testId: 'nav-home', moduleArriving });
const kpi = (departmentCode?: string): NavigationItem => ({
  key: 'kpi',
  path: '/kpi',
  testId: 'nav-kpi',
  ...(departmentCode ? { departmentCode } : {}),
});
const crm = (): NavigationItem => ({ key: 'crm', path: '/crm', testId: 'nav-crm' });
const members = (pages: readonly MemberPage[]): NavigationItem => ({ key: 'members', path: '/members', testId: 'nav-members', memberPages: pages });
const admin = (tabs: NavigationItem['adminTabs'], departmentCode?: string): NavigationItem => ({
  key: 'admin',
  path: '/admin',
  testId: 'nav-admin',
  adminTabs: tabs,
  ...(departmentCode ? { departmentCode } : {}),
});

/** 会员中心 and customer service (the member centre belongs to it) run the programme day to day. */
const MEMBER_DEPARTMENTS: readonly string[] = ['MEMBER_CENTRE', 'CUSTOMER_SERVICE'];
/** The departments whose daily work is the customer-service CRM (客户服务): search, 360, consultations, follow-ups, complaints. */
const CRM_DEPARTMENTS: readonly string[] = ['CUSTOMER_SERVICE', 'CONSULTATION', 'ONSITE', 'GUIDE', 'KEY_ACCOUNT'];
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
      return [home(), kpi(), crm(), members([...MEMBER_WORK, 'finance']), admin(adminTabs)];
    case 'DEPT_ADMIN':
      // their department's figures, the member centre when they run it, and their own department's staff
      return [
        home(),
        kpi(departmentCode),
        ...(isCrmDepartment(departmentCode) ? [crm()] : []),
        ...(isMemberDepartment(departmentCode) ? [members(MEMBER_WORK)] : []),
        admin(['staff'], departmentCode),
      ];
    case 'FINANCE':
      return [home(), kpi(), members(MEMBER_FINANCE)];
    case 'AUDITOR':
      return [home(), admin(['audit'])];
    case 'STAFF':
      // the CRM for the customer-service departments, member work for the member centre and customer service;
      // home still says when a department's own module is to come
      if (departmentCode === 'MEMBER_CENTRE') return [home(), members(MEMBER_WORK)];
      if (isCrmDepartment(departmentCode))
        return [home(), crm(), ...(isMemberDepartment(departmentCode) ? [members(MEMBER_WORK)] : [])];
      return [home(true)];
    default:
      return [home()];
  }
}

function isCrmDepartment(departmentCode: string | undefined): boolean {
  return departmentCode !== undefined && CRM_DEPARTMENTS.includes(departmentCode);
}

function isMemberDepartment(departmentCode: string | undefined): boolean {
  return departmentCode !== undefined && MEMBER_DEPARTMENTS.includes(departmentCode);
}
