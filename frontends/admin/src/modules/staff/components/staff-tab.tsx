import { PlusOutlined } from '@ant-design/icons';
import { useLanguage, useCursorPages, PagedTable } from '@careline/frontend-shared';
import { Alert, Button, Flex, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDepartments } from '../../departments/hooks/use-departments.js';
import { useStaffMembers } from '../hooks/use-staff-members.js';
import { CreateStaffModal } from './create-staff-modal.js';
import { StaffTable } from './staff-table.js';

const pageSize = 20;

/**
 * 员工与角色: staff by name and department, paged; create staff, activate / deactivate. A department
 * admin (`departmentCode` set by the shell) sees and adds staff of their own department only.
 */
export function StaffTab({ departmentCode }: { departmentCode: string | undefined }) {
  const { t } = useTranslation('admin');
  const { language } = useLanguage();
  const english = language === 'en';
  const [search, setSearch] = useState('');
  const [chosenDepartment, setChosenDepartment] = useState<string | undefined>(undefined);
  const [creating, setCreating] = useState(false);
  const department = departmentCode ?? chosenDepartment;
  const pages = useCursorPages(`${search}|${department ?? ''}`);
  const { departments } = useDepartments();
  const { connection, loading, error, refetch } = useStaffMembers({
    search: search || null,
    departmentCode: department ?? null,
    first: pageSize,
    after: pages.after,
  });

  const body = (
    <PagedTable
      connection={connection}
      error={error}
      onRetry={() => void refetch()}
      errorTitle={t('staff.errorTitle')}
      empty={t('staff.empty')}
      paging={pages}
      pageSize={pageSize}
      testId="admin-staff"
    >
      {(nodes) => <StaffTable rows={nodes} loading={loading} />}
    </PagedTable>
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {departmentCode && <Alert type="info" showIcon title={t('staff.ownDepartment')} data-testid="admin-staff-own-department" />}
      <Flex justify="space-between" wrap gap={12}>
        <Flex gap={12} wrap>
          <Input.Search
            allowClear
            placeholder={t('staff.search')}
            aria-label={t('staff.search')}
            style={{ width: 240 }}
            onSearch={(value) => setSearch(value.trim())}
            data-testid="admin-staff-search"
          />
          <Select<string>
            allowClear
            disabled={departmentCode !== undefined}
            value={department}
            placeholder={t('staff.allDepartments')}
            aria-label={t('staff.department')}
            style={{ width: 200 }}
            loading={!departments}
            onChange={(value) => setChosenDepartment(value)}
            options={departments?.map((item) => ({ value: item.code, label: english ? item.nameEn : item.name }))}
            data-testid="admin-staff-department-filter"
          />
        </Flex>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="admin-staff-create">
          {t('staff.create')}
        </Button>
      </Flex>
      {body}
      <CreateStaffModal open={creating} departmentCode={departmentCode} onClose={() => setCreating(false)} />
    </Space>
  );
}
