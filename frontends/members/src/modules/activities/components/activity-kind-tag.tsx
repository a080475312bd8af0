import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityKind } from '../../../gql/graphql';

const colors: Record<ActivityKind, string> = { LECTURE: 'blue', PROMOTION: 'volcano', GALA: 'magenta', CHECKUP: 'green' };

/** 讲座 / 促销 / 联谊 / 义诊. */
export function ActivityKindTag({ kind }: { kind: ActivityKind }) {
  const { t } = useTranslation('members');
  return <Tag color={colors[kind]}>{t(`activities.kinds.${kind}`, { defaultValue: kind })}</Tag>;
}
