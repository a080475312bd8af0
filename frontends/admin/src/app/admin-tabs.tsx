import { useSession } from '@careline/frontend-shared';
import { Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { AuditTab } from '../modules/audit/components/audit-tab.js';
import { DepartmentsTab } from '../modules/departments/components/departments-tab.js';
import { PartnersTab } from '../modules/partners/components/partners-tab.js';
import { StaffTab } from '../modules/staff/components/staff-tab.js';
import type { AdminTab } from './admin-tab.js';

/** The tabs the caller may open, one per route (`/admin/<tab>`), so a tab can be bookmarked. */
export function AdminTabs({ tabs, departmentCode }: { tabs: readonly AdminTab[]; departmentCode: string | undefined }) {
  const { t } = useTranslation('admin');
  const { tab } = useParams();
  const navigate = useNavigate();
  const { staff } = useSession();
  const current = tabs.find((candidate) => candidate === tab);
  if (!current) return <Navigate to={`../${tabs[0]}`} replace />;
  const content: Record<AdminTab, ReactNode> = {
    // standalone there is no shell to say so: a department admin still gets their own department's staff
    staff: <StaffTab departmentCode={departmentCode ?? (staff?.role === 'DEPT_ADMIN' ? staff.departmentCode : undefined)} />,
    departments: <DepartmentsTab />,
    partners: <PartnersTab />,
    audit: <AuditTab />,
  };
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('title')}
      </Typography.Title>
      <Tabs
        activeKey={current}
        destroyOnHidden
        onChange={(key) => void navigate(`../${key}`)}
        data-testid="admin-tabs"
        items={tabs.map((key) => ({
          key,
          label: <span data-testid={`admin-tab-${key}`}>{t(`tabs.${key}`)}</span>,
          children: content[key],
        }))}
      />
    </>
  );
}
