import type { AdminTab } from './admin-tab.js';
import type { CrmPage } from './crm-page.js';
import type { MemberPage } from './member-page.js';

/** One entry of the side navigation, and the route it opens. */
export interface NavigationItem {
  key: 'home' | 'kpi' | 'crm' | 'members' | 'admin';
  /** the route it opens; its sub-routes belong to it too */
  path: string;
  /** `nav-<key>`: stable for end-to-end tests */
  testId: string;
  /** admin only: the tabs this role may open */
  adminTabs?: readonly AdminTab[];
  /** crm only: the CRM pages this role may open */
  crmPages?: readonly CrmPage[];
  /** members only: the member-centre pages this role may open */
  memberPages?: readonly MemberPage[];
  /** kpi and admin: the department the view is limited to; absent for hospital-wide views */
  departmentCode?: string;
  /** home only: the role's own department module is still to come, so home says so */
  moduleArriving?: boolean;
}
