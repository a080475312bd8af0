import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MembershipStatus } from '../../../gql/graphql';

const colors: Record<MembershipStatus, string> = { ACTIVE: 'green', FROZEN: 'blue', LOST: 'orange', CANCELLED: 'default' };

/** 正常 / 冻结 / 挂失 / 注销. */
export function MembershipStatusTag({ status }: { status: MembershipStatus }) {
  const { t } = useTranslation('members');
  return <Tag color={colors[status]}>{t(`status.${status}`, { defaultValue: status })}</Tag>;
}
