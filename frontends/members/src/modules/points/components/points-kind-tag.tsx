import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PointsEntryKind } from '../../../gql/graphql';

const colors: Record<PointsEntryKind, string> = { EARN: 'green', REDEEM: 'blue', ADJUST: 'purple', EXPIRE: 'default', REVERSE: 'orange' };

/** 消费积分 / 礼品兑换 / 人工调整 / 过期 / 退款冲减. */
export function PointsKindTag({ kind }: { kind: PointsEntryKind }) {
  const { t } = useTranslation('members');
  return <Tag color={colors[kind]}>{t(`points.kinds.${kind}`, { defaultValue: kind })}</Tag>;
}
