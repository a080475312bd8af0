import type { StaffRole } from '@careline/frontend-shared';
import { adminTabs } from './admin-tab.js';
import type { NavigationItem } from './navigation-item.js';

const home = (moduleArriving = false): NavigationItem => ({ key: 'home', path: '/', testId: 'nav-home', moduleArriving });
const kpi = (departmentCode?: string): NavigationItem => ({
  key: 'kpi',
  path: '/kpi',
  testId: 'nav-kpi',
  ...(departmentCode ? { departmentCode } : {}),
});
const admin = (tabs: NavigationItem['adminTabs'], departmentCode?: string): NavigationItem => ({
  key: 'admin',
  path: '/admin',
  testId: 'nav-admin',
  adminTabs: tabs,
  ...(departmentCode ? { departmentCode } : {}),
});

/**
 * What a role sees in the portal: the one place the shell decides it (menu, routes, admin tabs).
 * It mirrors the server's rules for convenience only; the gateway refuses anything a role may not do,
 * whatever the browser shows. An unknown role sees home alone.
 */
export function navigationFor(role: StaffRole | undefined, departmentCode: string | undefined): NavigationItem[] {
  switch (role) {
    case 'OPS_DIRECTOR':
      return [home(), kpi(), admin(adminTabs)];
    case 'DEPT_ADMIN':
      // their department's figures, and their own department's staff
      return [home(), kpi(departmentCode), admin(['staff'], departmentCode)];
    case 'FINANCE':
      return [home(), kpi()];
    case 'AUDITOR':
      return [home(), admin(['audit'])];
    case 'STAFF':
      // their department's module comes with a later release: home tells them so
      return [home(true)];
    default:
      return [home()];
  }
}
