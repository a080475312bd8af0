import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StaffMemberFieldsFragment as StaffMember } from '../../../gql/graphql';

/** 在职 / 已停用, and 已锁定 while too many failed sign-ins keep the account shut. */
export function StaffStatus({ staff }: { staff: StaffMember }) {
  const { t } = useTranslation('admin');
  const locked = staff.lockedUntil !== null && Date.parse(staff.lockedUntil) > Date.now();
  return (
    <>
      <Tag color={staff.active ? 'green' : 'default'}>{staff.active ? t('staff.active') : t('staff.inactive')}</Tag>
      {locked && <Tag color="red">{t('staff.locked')}</Tag>}
    </>
  );
}
