import { Card, Descriptions, Skeleton, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMembersPath } from '../../../app/use-members-path.js';
import { formatPoints } from '../../common/utils/format-points.js';
import { useMemberSummary } from '../hooks/use-member-summary.js';
import { MembershipStatusTag } from './membership-status-tag.js';
import { TierTag } from './tier-tag.js';

/** The chosen member beside a form: name, card, tier, status and the points balance as it stands now. */
export function MemberSummaryCard({ membershipId }: { membershipId: string | undefined }) {
  const { t } = useTranslation('members');
  const path = useMembersPath();
  const { membership, loading } = useMemberSummary(membershipId);
  if (!membershipId) return null;
  return (
    <Card size="small" data-testid="members-summary">
      {!membership ? (
        <Skeleton active loading={loading} paragraph={{ rows: 2 }} />
      ) : (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('member.name')}>
            <Link to={path(`member/${membership.id}`)}>{membership.customer.name}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('member.cardNumber')}>{membership.cardNumber}</Descriptions.Item>
          <Descriptions.Item label={t('member.tier')}>
            <TierTag tier={membership.tier} />
          </Descriptions.Item>
          <Descriptions.Item label={t('member.status')}>
            <MembershipStatusTag status={membership.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('member.pointsBalance')}>
            <Statistic
              value={formatPoints(membership.pointsBalance)}
              styles={{ content: { fontSize: 20 } }}
              data-testid="members-summary-balance"
            />
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
