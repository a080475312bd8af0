import { describe, expect, it } from 'vitest';
import { findNavigationItem } from '../find-navigation-item.js';
import { navigationFor } from '../navigation-for.js';

const keys = (role: Parameters<typeof navigationFor>[0], department = 'CUSTOMER_SERVICE') =>
  navigationFor(role, department).map((item) => item.key);
const adminTabsOf = (role: Parameters<typeof navigationFor>[0], department = 'CUSTOMER_SERVICE') =>
  navigationFor(role, department).find((item) => item.key === 'admin')?.adminTabs;
const memberPagesOf = (role: Parameters<typeof navigationFor>[0], department = 'CUSTOMER_SERVICE') =>
  navigationFor(role, department).find((item) => item.key === 'members')?.memberPages;
const crmPagesOf = (role: Parameters<typeof navigationFor>[0], department = 'CUSTOMER_SERVICE') =>
  navigationFor(role, department).find((item) => item.key === 'crm')?.crmPages;
const MEMBER_WORK = ['search', 'enrol', 'consumption', 'redeem', 'adjustments', 'gifts', 'activities', 'birthdays'];
const CRM_ALL = [
  'customers',
  'consultation',
  'appointments',
  'schedules',
  'visit-desk',
  'follow-ups',
  'complaints',
  'remedies',
  'key-accounts',
  'messages',
  'personal-data',
];
const CS_STAFF_CRM = ['customers', 'consultation', 'follow-ups', 'complaints', 'personal-data'];

describe('navigationFor', () => {
  it('gives the operations director home, KPI, every member-centre page and every admin tab, hospital-wide', () => {
    expect(keys('OPS_DIRECTOR')).toEqual(['home', 'kpi', 'crm', 'members', 'admin']);
    expect(memberPagesOf('OPS_DIRECTOR')).toEqual([...MEMBER_WORK, 'finance']);
    expect(adminTabsOf('OPS_DIRECTOR')).toEqual(['staff', 'departments', 'partners', 'audit']);
    expect(navigationFor('OPS_DIRECTOR', 'OPERATIONS').every((item) => item.departmentCode === undefined)).toBe(true);
  });

  it("gives a department admin home, their department's KPI and their own department's staff", () => {
    const items = navigationFor('DEPT_ADMIN', 'MEMBER_CENTRE');
    expect(items.map((item) => item.key)).toEqual(['home', 'kpi', 'crm', 'members', 'admin']);
    expect(items.find((item) => item.key === 'kpi')?.departmentCode).toBe('MEMBER_CENTRE');
    expect(items.find((item) => item.key === 'admin')).toMatchObject({ adminTabs: ['staff'], departmentCode: 'MEMBER_CENTRE' });
  });

  it("gives the member centre's and customer service's admins and staff the member centre's daily work, without finance's page", () => {
    for (const department of ['MEMBER_CENTRE', 'CUSTOMER_SERVICE']) {
      expect(memberPagesOf('DEPT_ADMIN', department)).toEqual(MEMBER_WORK);
      expect(memberPagesOf('STAFF', department)).toEqual(MEMBER_WORK);
    }
  });

  it('gives the CRM to the admins and staff of customer service, consultation, on-site, guide and key accounts', () => {
    for (const department of ['CUSTOMER_SERVICE', 'CONSULTATION', 'ONSITE', 'GUIDE', 'KEY_ACCOUNT']) {
      expect(keys('DEPT_ADMIN', department)).toContain('crm');
      expect(keys('STAFF', department)).toContain('crm');
    }
    expect(keys('DEPT_ADMIN', 'CONSULTATION')).toEqual(['home', 'kpi', 'crm', 'admin']);
    expect(navigationFor('STAFF', 'GUIDE')).toEqual([
      { key: 'home', path: '/', testId: 'nav-home', moduleArriving: false },
      { key: 'crm', path: '/crm', testId: 'nav-crm', crmPages: ['customers', 'appointments', 'visit-desk'] },
    ]);
    for (const department of ['MEMBER_CENTRE', 'DENTAL', 'FINANCE']) expect(keys('STAFF', department)).not.toContain('crm');
    for (const department of ['FINANCE']) expect(keys('DEPT_ADMIN', department)).not.toContain('crm');
    expect(keys('AUDITOR', 'OPERATIONS')).not.toContain('crm');
  });

  it('gives each department the CRM pages crm lets it use, every page to the director, finance the complaint workbench and remedies, the member centre’s admins remedies', () => {
    expect(crmPagesOf('OPS_DIRECTOR', 'OPERATIONS')).toEqual(CRM_ALL);
    expect(crmPagesOf('STAFF', 'CUSTOMER_SERVICE')).toEqual(CS_STAFF_CRM);
    expect(crmPagesOf('DEPT_ADMIN', 'CUSTOMER_SERVICE')).toEqual([
      'customers',
      'consultation',
      'follow-ups',
      'complaints',
      'messages',
      'personal-data',
    ]);
    expect(crmPagesOf('STAFF', 'CONSULTATION')).toEqual(['customers', 'consultation', 'appointments']);
    expect(crmPagesOf('STAFF', 'ONSITE')).toEqual(['customers', 'appointments', 'visit-desk', 'complaints']);
    expect(crmPagesOf('STAFF', 'KEY_ACCOUNT')).toEqual(['customers', 'key-accounts']);
    expect(keys('FINANCE', 'FINANCE')).toEqual(['home', 'kpi', 'crm', 'members']);
    expect(crmPagesOf('FINANCE', 'FINANCE')).toEqual(['complaints', 'remedies']);
    // a remedy's record check (docs/domain.md §3): the member centre's admins, not its staff
    expect(crmPagesOf('DEPT_ADMIN', 'MEMBER_CENTRE')).toEqual(['remedies']);
    expect(crmPagesOf('STAFF', 'MEMBER_CENTRE')).toBeUndefined();
  });

  it('gives no member centre to admins and staff of other departments', () => {
    expect(keys('DEPT_ADMIN', 'DENTAL')).toEqual(['home', 'kpi', 'crm', 'admin']);
    // a clinical department's admin keeps their doctors' schedules (排班), nothing else of the CRM
    expect(crmPagesOf('DEPT_ADMIN', 'DENTAL')).toEqual(['schedules']);
    expect(keys('STAFF', 'DENTAL')).toEqual(['home']);
    expect(navigationFor('STAFF', undefined).map((item) => item.key)).toEqual(['home']);
  });

  it('gives customer-service staff the CRM as their module and the member centre, so home no longer says it arrives soon', () => {
    expect(navigationFor('STAFF', 'CUSTOMER_SERVICE')).toEqual([
      { key: 'home', path: '/', testId: 'nav-home', moduleArriving: false },
      { key: 'crm', path: '/crm', testId: 'nav-crm', crmPages: CS_STAFF_CRM },
      { key: 'members', path: '/members', testId: 'nav-members', memberPages: MEMBER_WORK },
    ]);
  });

  it('gives member-centre staff the member centre as their module, so home no longer says it arrives soon', () => {
    expect(navigationFor('STAFF', 'MEMBER_CENTRE')).toEqual([
      { key: 'home', path: '/', testId: 'nav-home', moduleArriving: false },
      { key: 'members', path: '/members', testId: 'nav-members', memberPages: MEMBER_WORK },
    ]);
  });

  it('gives other staff home alone, with the "module arrives soon" card', () => {
    expect(navigationFor('STAFF', 'DENTAL')).toEqual([{ key: 'home', path: '/', testId: 'nav-home', moduleArriving: true }]);
  });

  it('gives finance home, KPI, refund confirmation in the CRM and the member centre with its liability and gift cost page, and no admin', () => {
    expect(keys('FINANCE', 'FINANCE')).toEqual(['home', 'kpi', 'crm', 'members']);
    expect(memberPagesOf('FINANCE', 'FINANCE')).toEqual(['search', 'adjustments', 'gifts', 'finance']);
    expect(adminTabsOf('FINANCE')).toBeUndefined();
  });

  it('gives the auditor home and the audit log only', () => {
    expect(keys('AUDITOR', 'OPERATIONS')).toEqual(['home', 'admin']);
    expect(memberPagesOf('AUDITOR', 'OPERATIONS')).toBeUndefined();
    expect(adminTabsOf('AUDITOR')).toEqual(['audit']);
  });

  it('gives an unknown or missing role home alone', () => {
    expect(keys(undefined)).toEqual(['home']);
    expect(keys('SOMETHING_NEW' as never)).toEqual(['home']);
  });

  it('names every item with its stable test id and route', () => {
    expect(navigationFor('OPS_DIRECTOR', undefined).map(({ testId, path }) => [testId, path])).toEqual([
      ['nav-home', '/'],
      ['nav-kpi', '/kpi'],
      ['nav-crm', '/crm'],
      ['nav-members', '/members'],
      ['nav-admin', '/admin'],
    ]);
  });
});

describe('findNavigationItem', () => {
  const director = navigationFor('OPS_DIRECTOR', undefined);

  it('finds the item owning a route and its sub-routes', () => {
    expect(findNavigationItem(director, '/')?.key).toBe('home');
    expect(findNavigationItem(director, '/kpi')?.key).toBe('kpi');
    expect(findNavigationItem(director, '/admin/audit')?.key).toBe('admin');
    expect(findNavigationItem(director, '/members/member/42')?.key).toBe('members');
    expect(findNavigationItem(director, '/crm/customers/7')?.key).toBe('crm');
  });

  it('finds nothing for a route the role may not open, nor for a look-alike path', () => {
    expect(findNavigationItem(navigationFor('STAFF', 'CUSTOMER_SERVICE'), '/kpi')).toBeUndefined();
    expect(findNavigationItem(navigationFor('AUDITOR', 'OPERATIONS'), '/members')).toBeUndefined();
    expect(findNavigationItem(navigationFor('STAFF', 'MEMBER_CENTRE'), '/crm')).toBeUndefined();
    expect(findNavigationItem(director, '/kpiX')).toBeUndefined();
  });
});
