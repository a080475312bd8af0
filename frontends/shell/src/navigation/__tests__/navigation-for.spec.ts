import { describe, expect, it } from 'vitest';
import { findNavigationItem } from '../find-navigation-item.js';
import { navigationFor } from '../navigation-for.js';

const keys = (role: Parameters<typeof navigationFor>[0], department = 'CUSTOMER_SERVICE') =>
  navigationFor(role, department).map((item) => item.key);
const adminTabsOf = (role: Parameters<typeof navigationFor>[0], department = 'CUSTOMER_SERVICE') =>
  navigationFor(role, department).find((item) => item.key === 'admin')?.adminTabs;

describe('navigationFor', () => {
  it('gives the operations director home, KPI and every admin tab, hospital-wide', () => {
    expect(keys('OPS_DIRECTOR')).toEqual(['home', 'kpi', 'admin']);
    expect(adminTabsOf('OPS_DIRECTOR')).toEqual(['staff', 'departments', 'partners', 'audit']);
    expect(navigationFor('OPS_DIRECTOR', 'OPERATIONS').every((item) => item.departmentCode === undefined)).toBe(true);
  });

  it("gives a department admin home, their department's KPI and their own department's staff", () => {
    const items = navigationFor('DEPT_ADMIN', 'MEMBER_CENTRE');
    expect(items.map((item) => item.key)).toEqual(['home', 'kpi', 'admin']);
    expect(items.find((item) => item.key === 'kpi')?.departmentCode).toBe('MEMBER_CENTRE');
    expect(items.find((item) => item.key === 'admin')).toMatchObject({ adminTabs: ['staff'], departmentCode: 'MEMBER_CENTRE' });
  });

  it('gives staff home alone, with the "module arrives soon" card', () => {
    expect(navigationFor('STAFF', 'CUSTOMER_SERVICE')).toEqual([
      { key: 'home', path: '/', testId: 'nav-home', moduleArriving: true },
    ]);
  });

  it('gives finance home and KPI, and no admin', () => {
    expect(keys('FINANCE', 'FINANCE')).toEqual(['home', 'kpi']);
    expect(adminTabsOf('FINANCE')).toBeUndefined();
  });

  it('gives the auditor home and the audit log only', () => {
    expect(keys('AUDITOR', 'OPERATIONS')).toEqual(['home', 'admin']);
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
  });

  it('finds nothing for a route the role may not open, nor for a look-alike path', () => {
    expect(findNavigationItem(navigationFor('STAFF', 'CUSTOMER_SERVICE'), '/kpi')).toBeUndefined();
    expect(findNavigationItem(director, '/kpiX')).toBeUndefined();
  });
});
