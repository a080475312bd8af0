import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GiftKind } from '../../../gql/graphql';

/** 实物 (purchased goods) / 服务项目 (an in-house service). */
export function GiftKindTag({ kind }: { kind: GiftKind }) {
  const { t } = useTranslation('members');
  return <Tag color={kind === 'GOODS' ? 'cyan' : 'magenta'}>{t(`gifts.kinds.${kind}`, { defaultValue: kind })}</Tag>;
}
