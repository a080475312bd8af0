import type { StaffRole } from '@careline/frontend-shared';

/** The KPI remote's pages, in the order their tabs are shown. */
export const kpiPages = ['dashboard', 'new-customers', 'targets', 'scorecards', 'members'] as const;

export type KpiPage = (typeof kpiPages)[number];

/**
 * The pages a role may open. It mirrors analytics' rules for convenience only (the server refuses
 * anything else): the director and department admins read the KPIs and targets (a department admin
 * their own department's), and only the director sets targets; scorecards (绩效考核) likewise, the
 * judged scores entered by either for their staff; 会员分析 (RFM and cohorts) likewise, though analytics
 * would also answer staff and finance; everyone the shell lets in sees new customers.
 */
export function kpiPagesFor(role: StaffRole | undefined): readonly KpiPage[] {
  switch (role) {
    case 'OPS_DIRECTOR':
    case 'DEPT_ADMIN':
      return kpiPages;
    default:
      return ['new-customers'];
  }
}
