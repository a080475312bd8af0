import { RouteTabs, useSession } from '@careline/frontend-shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditTab } from '../modules/audit/components/audit-tab.js';
import { DepartmentsTab } from '../modules/departments/components/departments-tab.js';
import { PartnersTab } from '../modules/partners/components/partners-tab.js';
import { StaffTab } from '../modules/staff/components/staff-tab.js';
import type { AdminTab } from './admin-tab.js';

/** The tabs the caller may open, one per route (`/admin/<tab>`), so a tab can be bookmarked. */
export function AdminTabs({ tabs, departmentCode }: { tabs: readonly AdminTab[]; departmentCode: string | undefined }) {
  const { t } = useTranslation('admin');
  const { staff } = useSession();
  const content: Record<AdminTab, () => ReactNode> = {
    // standalone there is no shell to say so: a department admin still gets their own department's staff
    staff: () => <StaffTab departmentCode={departmentCode ?? (staff?.role === 'DEPT_ADMIN' ? staff.departmentCode : undefined)} />,
    departments: () => <DepartmentsTab />,
    partners: () => <PartnersTab />,
    audit: () => <AuditTab />,
  };
  return (
    <RouteTabs
      keys={tabs}
      param="tab"
      title={t('title')}
      label={(key) => t(`tabs.${key}`)}
      render={(key) => content[key]()}
      testId="admin"
    />
  );
}
