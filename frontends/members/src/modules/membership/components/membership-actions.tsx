import { DownOutlined } from '@ant-design/icons';
import { useSession } from '@careline/frontend-shared';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonModal } from '../../common/components/reason-modal.js';
import type { Member360Query } from '../../../gql/graphql';
import { useMembershipActions } from '../hooks/use-membership-actions.js';

type Member360 = NonNullable<Member360Query['membership']>;

type ReasonAction = 'reportCardLost' | 'replaceCard' | 'freeze' | 'unfreeze' | 'cancel';

/** 卡务与状态: issue / activate / report lost / replace the card; freeze, unfreeze, cancel; key customer. */
export function MembershipActions({ membership }: { membership: Member360 }) {
  const { t } = useTranslation('members');
  const { staff } = useSession();
  const actions = useMembershipActions(membership.id);
  const [asking, setAsking] = useState<ReasonAction | null>(null);
  const card = membership.currentCard;
  const cancelled = membership.status === 'CANCELLED';

  const items: MenuProps['items'] = [
    { key: 'issueCard', label: t('cardActions.issueCard'), disabled: cancelled || card !== null },
    { key: 'activateCard', label: t('cardActions.activateCard'), disabled: cancelled || card?.status !== 'ISSUED' },
    {
      key: 'reportCardLost',
      label: t('cardActions.reportCardLost'),
      disabled: cancelled || !card || !['ISSUED', 'ACTIVE'].includes(card.status),
    },
    { key: 'replaceCard', label: t('cardActions.replaceCard'), disabled: cancelled || card?.status !== 'LOST' },
    { type: 'divider' },
    { key: 'freeze', label: t('cardActions.freeze'), disabled: !['ACTIVE', 'LOST'].includes(membership.status) },
    { key: 'unfreeze', label: t('cardActions.unfreeze'), disabled: membership.status !== 'FROZEN' },
    {
      key: 'keyCustomer',
      label: t(membership.isKeyCustomer ? 'cardActions.clearKeyCustomer' : 'cardActions.setKeyCustomer'),
      disabled: cancelled,
    },
    { type: 'divider' },
    { key: 'cancel', label: t('cardActions.cancel'), danger: true, disabled: cancelled },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'issueCard') void actions.issueCard();
    else if (key === 'activateCard' && card) void actions.activateCard(card.id);
    else if (key === 'keyCustomer')
      void actions.setKeyCustomer(!membership.isKeyCustomer, membership.isKeyCustomer ? null : (staff?.id ?? null));
    else setAsking(key as ReasonAction);
  };

  const submitReason = async (reason: string) => {
    let done = false;
    if (asking === 'reportCardLost' && card) done = await actions.reportCardLost(card.id, reason);
    else if (asking === 'replaceCard' && card) done = await actions.replaceCard(card.id, reason);
    else if (asking === 'freeze') done = await actions.freeze(reason);
    else if (asking === 'unfreeze') done = await actions.unfreeze(reason);
    else if (asking === 'cancel') done = await actions.cancel(reason);
    if (done) setAsking(null);
  };

  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']}>
        <Button loading={actions.loading} data-testid="members-360-card-actions">
          {t('cardActions.title')} <DownOutlined />
        </Button>
      </Dropdown>
      <ReasonModal
        open={asking !== null}
        title={asking ? t(`cardActions.${asking}`) : ''}
        okText={t('actions.confirm')}
        danger={asking === 'cancel'}
        optional={asking === 'unfreeze'}
        loading={actions.loading}
        onClose={() => setAsking(null)}
        onSubmit={(reason) => void submitReason(reason)}
      />
    </>
  );
}
