import { ArrowLeftOutlined, CrownOutlined, GiftOutlined, ShoppingOutlined, SlidersOutlined } from '@ant-design/icons';
import { PageError, PageLoading, useLanguage, QueryError, useHospitalTime } from '@careline/frontend-shared';
import { Button, Card, Col, Descriptions, Flex, Row, Space, Statistic, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { MemberPage } from '../../../app/member-page.js';
import { useMemberPermissions } from '../../../app/use-member-permissions.js';
import { useMembersPath } from '../../../app/use-members-path.js';
import { MemberActivitiesPanel } from '../../activities/components/member-activities-panel.js';
import { formatPoints } from '../../common/utils/format-points.js';
import { ConsumptionsPanel } from '../../consumption/components/consumptions-panel.js';
import { RedemptionsPanel } from '../../gifts/components/redemptions-panel.js';
import { PointsLedger } from '../../points/components/points-ledger.js';
import { PointsLotsPanel } from '../../points/components/points-lots-panel.js';
import { ReferralsPanel } from '../../referral/components/referrals-panel.js';
import { useMember360 } from '../hooks/use-member-360.js';
import { CardsPanel } from './cards-panel.js';
import { DeveloperEditor } from './developer-editor.js';
import { HistoryPanel } from './history-panel.js';
import { MembershipActions } from './membership-actions.js';
import { MembershipStatusTag } from './membership-status-tag.js';
import { TierTag } from './tier-tag.js';

/**
 * 会员360: one member on one page: the person (crm), card, tier and its terms, status, key customer,
 * the points balance, and tabs for the ledger, consumptions, redemptions, activities, cards, history and
 * referrals (老带新: who referred the member, whom they referred, the rewards). The
 * buttons open 登记消费 / 礼品兑换 / 积分调整 for this member when the role may use them.
 */
export function Member360Page({ pages }: { pages: readonly MemberPage[] }) {
  const { t } = useTranslation('members');
  const { language } = useLanguage();
  const { membershipId = '' } = useParams();
  // the customer 360's timeline links here with ?tab=consumptions or ?tab=points
  const linkedTab = useSearchParams()[0].get('tab');
  const navigate = useNavigate();
  const path = useMembersPath();
  const time = useHospitalTime();
  const { membership, loading, error, refetch } = useMember360(membershipId);
  const permissions = useMemberPermissions();
  const mayWrite = permissions.records;

  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }} onClick={() => void navigate(-1)}>
      {t('member360.back')}
    </Button>
  );
  if (error && !membership) {
    return (
      <>
        {back}
        <QueryError error={error} title={t('member360.errorTitle')} onRetry={() => void refetch()} testId="members-360-error" />
      </>
    );
  }
  if (!membership) {
    if (loading) return <PageLoading testId="members-360-loading" />;
    return (
      <>
        {back}
        <PageError testId="members-360-not-found" title={t('member360.notFound')} />
      </>
    );
  }

  const open = (page: MemberPage) => void navigate(`${path(page)}?membership=${membership.id}`);
  const tier = membership.tierDetails;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="members-360">
      {back}
      <Card>
        <Row gutter={[24, 16]}>
          <Col xs={24} lg={16}>
            <Flex align="center" gap={12} wrap>
              <Typography.Title level={3} style={{ margin: 0 }} data-testid="members-360-name">
                {membership.customer.name}
              </Typography.Title>
              <TierTag tier={membership.tier} />
              <MembershipStatusTag status={membership.status} />
              {membership.isKeyCustomer && (
                <Tag icon={<CrownOutlined />} color="gold">
                  {t('member.keyCustomer')}
                </Tag>
              )}
            </Flex>
            <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginTop: 16 }}>
              <Descriptions.Item label={t('member.cardNumber')}>
                <span data-testid="members-360-card-number">{membership.cardNumber}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('member.phone')}>{membership.customer.phone}</Descriptions.Item>
              <Descriptions.Item label={t('member.joinedAt')}>{time(membership.joinedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('member360.tierSince')}>{time(membership.tierSince ?? membership.joinedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('developer.label')}>
                <DeveloperEditor
                  membershipId={membership.id}
                  developer={membership.developer}
                  mayChange={permissions.changesDeveloper && membership.status !== 'CANCELLED'}
                />
              </Descriptions.Item>
              <Descriptions.Item label={t('member360.currentCard')}>
                {membership.currentCard
                  ? `${membership.currentCard.number} · ${t(`cards.statuses.${membership.currentCard.status}`)}`
                  : t('member360.noCard')}
              </Descriptions.Item>
              {tier && (
                <Descriptions.Item label={t('member360.tierTerms')}>
                  {t('member360.terms', { multiplier: tier.multiplier, discount: tier.discountPercent })}
                </Descriptions.Item>
              )}
              {tier && tier.benefits.length > 0 && (
                <Descriptions.Item label={t('member360.benefits')} span={2}>
                  {tier.benefits.join(language === 'en' ? '; ' : '；')}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Col>
          <Col xs={24} lg={8}>
            <Statistic title={t('member.pointsBalance')} value={formatPoints(membership.pointsBalance)} data-testid="members-360-balance" />
            {mayWrite && (
              <Flex gap={8} wrap style={{ marginTop: 16 }}>
                {pages.includes('consumption') && (
                  <Button
                    type="primary"
                    icon={<ShoppingOutlined />}
                    onClick={() => open('consumption')}
                    data-testid="members-360-record-consumption"
                  >
                    {t('pages.consumption')}
                  </Button>
                )}
                {pages.includes('redeem') && (
                  <Button icon={<GiftOutlined />} onClick={() => open('redeem')} data-testid="members-360-redeem">
                    {t('pages.redeem')}
                  </Button>
                )}
                {pages.includes('adjustments') && (
                  <Button icon={<SlidersOutlined />} onClick={() => open('adjustments')} data-testid="members-360-adjust">
                    {t('member360.adjust')}
                  </Button>
                )}
                <MembershipActions membership={membership} />
              </Flex>
            )}
          </Col>
        </Row>
      </Card>
      <Card>
        <Tabs
          destroyOnHidden
          defaultActiveKey={linkedTab ?? undefined}
          data-testid="members-360-tabs"
          items={[
            { key: 'points', label: t('member360.tabs.points'), children: <PointsLedger membershipId={membership.id} /> },
            { key: 'lots', label: t('member360.tabs.lots'), children: <PointsLotsPanel membershipId={membership.id} /> },
            {
              key: 'consumptions',
              label: t('member360.tabs.consumptions'),
              children: <ConsumptionsPanel membershipId={membership.id} mayRefund={permissions.refunds} />,
            },
            {
              key: 'redemptions',
              label: t('member360.tabs.redemptions'),
              children: <RedemptionsPanel membershipId={membership.id} mayWrite={mayWrite} />,
            },
            { key: 'activities', label: t('member360.tabs.activities'), children: <MemberActivitiesPanel membershipId={membership.id} /> },
            { key: 'cards', label: t('member360.tabs.cards'), children: <CardsPanel cards={membership.cards} /> },
            { key: 'history', label: t('member360.tabs.history'), children: <HistoryPanel membershipId={membership.id} /> },
            { key: 'referrals', label: t('member360.tabs.referrals'), children: <ReferralsPanel customerId={membership.customer.id} /> },
          ]}
        />
      </Card>
    </Space>
  );
}
