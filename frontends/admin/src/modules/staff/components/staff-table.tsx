import { useLanguage, useSession, useHospitalTime } from '@careline/frontend-shared';
import { Button, Popconfirm, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { StaffMemberFieldsFragment as StaffMember } from '../../../gql/graphql';
import { useSetStaffActive } from '../hooks/use-set-staff-active.js';
import { SpecialitiesCell } from './specialities-cell.js';
import { StaffStatus } from './staff-status.js';

const roleColors: Record<string, string> = {
  OPS_DIRECTOR: 'purple',
  DEPT_ADMIN: 'blue',
  FINANCE: 'gold',
  AUDITOR: 'cyan',
  STAFF: 'default',
};

const nowrap = { whiteSpace: 'nowrap' } as const;

/** One page of staff with their department, position, role and status; activate / deactivate per row. */
export function StaffTable({ rows, loading }: { rows: StaffMember[]; loading: boolean }) {
  const { t } = useTranslation('admin');
  const { language } = useLanguage();
  const { t: tSession } = useTranslation('session');
  const english = language === 'en';
  const time = useHospitalTime();
  const { staff: me } = useSession();
  const { setActive, loading: saving } = useSetStaffActive();
  const columns: ColumnsType<StaffMember> = [
    { key: 'name', title: t('staff.columns.name'), dataIndex: 'name', render: (name: string) => <span style={nowrap}>{name}</span> },
    { key: 'username', title: t('staff.columns.username'), dataIndex: 'username' },
    {
      key: 'department',
      title: t('staff.columns.department'),
      render: (_, staff) => (english ? staff.department.nameEn : staff.department.name),
    },
    {
      key: 'position',
      title: t('staff.columns.position'),
      render: (_, staff) => (english ? staff.positionInfo.nameEn : staff.positionInfo.name),
    },
    {
      key: 'specialities',
      title: t('staff.columns.specialities'),
      render: (_, staff) => <SpecialitiesCell staff={staff} editable={staff.id !== me?.id} />,
    },
    {
      key: 'role',
      title: t('staff.columns.role'),
      render: (_, staff) => <Tag color={roleColors[staff.role]}>{tSession(`roles.${staff.role}`, { defaultValue: staff.role })}</Tag>,
    },
    { key: 'status', title: t('staff.columns.status'), render: (_, staff) => <StaffStatus staff={staff} /> },
    {
      key: 'lastLogin',
      title: t('staff.columns.lastLogin'),
      render: (_, staff) => <span style={nowrap}>{time(staff.lastLoginAt, t('staff.never'))}</span>,
    },
    {
      key: 'actions',
      title: t('staff.columns.actions'),
      render: (_, staff) =>
        // no one deactivates themselves by accident: that would end the session they are using
        staff.id === me?.id ? null : (
          <Popconfirm
            title={t(staff.active ? 'staff.deactivateConfirm' : 'staff.activateConfirm', { name: staff.name })}
            okText={t(staff.active ? 'staff.deactivate' : 'staff.activate')}
            cancelText={t('actions.cancel')}
            okButtonProps={{ danger: staff.active }}
            onConfirm={() => setActive(staff, !staff.active)}
          >
            <Button size="small" type="link" danger={staff.active} disabled={saving} data-testid={`admin-staff-toggle-${staff.username}`}>
              {t(staff.active ? 'staff.deactivate' : 'staff.activate')}
            </Button>
          </Popconfirm>
        ),
    },
  ];
  return (
    <Table<StaffMember>
      data-testid="admin-staff-table"
      size="middle"
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 1000 }}
    />
  );
}
