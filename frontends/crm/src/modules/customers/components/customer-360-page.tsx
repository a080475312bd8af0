import { PageEmpty, PageLoading, QueryError, useHospitalTime } from '@careline/frontend-shared';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Empty, Flex, Row, Space, Statistic, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useCrmPath } from '../../../app/use-crm-path.js';
import { ReceiveComplaintModal } from '../../complaints/components/receive-complaint-modal.js';
import type { CustomerAction, Customer360Fragment as Customer360 } from '../../../gql/graphql';
import { useCustomer360 } from '../hooks/use-customer-360.js';
import { CustomerConsultations, CustomerVisits } from './customer-timeline.js';
import { CustomerTimeline } from './customer-360-timeline.js';
import { CustomerClassTag, CustomerStageTag } from './customer-tags.js';
import { EditCustomerDrawer } from './edit-customer-drawer.js';
import { ClassHistory, ReclassifyCustomerModal } from './reclassify-customer-modal.js';

/** the member's 会员360 in the members remote (the shell mounts it at /members; frontends/members MembersApp) */
const memberPage = (membershipId: string) => `/members/member/${membershipId}`;

const membershipColors: Record<NonNullable<Customer360['membership']>['status'], string> = {
  ACTIVE: 'green',
  FROZEN: 'blue',
  LOST: 'orange',
  CANCELLED: 'default',
};

/**
 * 客户360: the profile (personal fields masked or withheld as the server returns them), A / B / C with
 * its history, tags, key account, membership (members' fields through the gateway), and the timeline
 * of every kind of record (crm's and members', merged by time: customer-360-timeline.tsx), with the
 * consultations and visits also as their own tables.
 */
export function Customer360Page() {
  const { t } = useTranslation('crm');
  const path = useCrmPath();
  const hospitalTime = useHospitalTime();
  const customerId = useParams()['customerId'] ?? '';
  // ?tab=consultations | visits: the timeline's consultation, visit and deal entries open their tables here
  const [params, setParams] = useSearchParams();
  const { customer, error, refetch } = useCustomer360(customerId);
  const navigate = useNavigate();
  const [receiving, setReceiving] = useState(false);
  const [editing, setEditing] = useState(false);
  const [reclassifying, setReclassifying] = useState(false);
  const back = (
    <Link to={path('customers')} data-testid="crm-360-back">
      <Button type="link" icon={<ArrowLeftOutlined />}>
        {t('c360.back')}
      </Button>
    </Link>
  );

  if (error && !customer)
    return (
      <>
        {back}
        <QueryError error={error} title={t('c360.errorTitle')} onRetry={() => void refetch()} testId="crm-360-error" />
      </>
    );
  if (customer === undefined) return <PageLoading testId="crm-360-loading" />;
  if (customer === null)
    return (
      <>
        {back}
        <PageEmpty testId="crm-360-not-found" description={t('c360.notFound')} />
      </>
    );

  const dash = (value: string | null | undefined) => (value === null || value === undefined || value === '' ? '—' : value);
  const { membership } = customer;
  const may = (action: CustomerAction) => customer.viewerActions.includes(action);
  return (
    <Flex vertical gap={16} data-testid="crm-360-page">
      <Flex align="center" gap={8}>
        {back}
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="crm-360-name">
          {customer.name}
        </Typography.Title>
        <CustomerClassTag value={customer.customerClass} />
        <CustomerStageTag value={customer.stage} />
        {customer.keyAccount && <Tag color="purple">{t('c360.keyAccountTag', { name: customer.keyAccount.name })}</Tag>}
        <Flex gap={8} style={{ marginLeft: 'auto' }}>
          {/* the changes crm will accept from this caller (Customer.viewerActions, the mutations' own rule) */}
          {may('EDIT') && (
            <Button onClick={() => setEditing(true)} data-testid="crm-360-edit">
              {t('customerForm.edit')}
            </Button>
          )}
          {may('RECLASSIFY') && (
            <Button onClick={() => setReclassifying(true)} data-testid="crm-360-reclassify">
              {t('reclassify.open')}
            </Button>
          )}
          {may('MERGE') && (
            <Button onClick={() => void navigate(path(`customers/merge?survivor=${customer.id}`))} data-testid="crm-360-merge">
              {t('customerMerge.open')}
            </Button>
          )}
          <Button onClick={() => void navigate(path('consultation'))} data-testid="crm-360-register-consultation">
            {t('pages.consultation')}
          </Button>
          <Button onClick={() => setReceiving(true)} data-testid="crm-360-receive-complaint">
            {t('complaints.receive')}
          </Button>
        </Flex>
      </Flex>
      {(may('EDIT') || may('RECLASSIFY')) && (
        <>
          <EditCustomerDrawer
            customer={customer}
            open={editing}
            onClose={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              void refetch();
            }}
          />
          <ReclassifyCustomerModal
            customer={customer}
            open={reclassifying}
            onClose={() => setReclassifying(false)}
            onSaved={() => {
              setReclassifying(false);
              void refetch();
            }}
          />
        </>
      )}
      <ReceiveComplaintModal
        open={receiving}
        customerId={customer.id}
        onClose={() => setReceiving(false)}
        onDone={() => {
          setReceiving(false);
          void navigate(path('complaints'));
        }}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={t('c360.profile')} size="small" data-testid="crm-360-profile">
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label={t('customer.phone')}>{customer.phone}</Descriptions.Item>
              <Descriptions.Item label={t('customer.gender')}>{t(`genders.${customer.gender}`)}</Descriptions.Item>
              <Descriptions.Item label={t('customer.birthDate')}>{dash(customer.birthDate)}</Descriptions.Item>
              <Descriptions.Item label={t('customer.wechatId')}>{dash(customer.wechatId)}</Descriptions.Item>
              <Descriptions.Item label={t('customer.region')}>{dash(customer.region)}</Descriptions.Item>
              <Descriptions.Item label={t('customer.address')}>{dash(customer.address)}</Descriptions.Item>
              <Descriptions.Item label={t('customer.channel')}>{t(`channels.${customer.channel}`)}</Descriptions.Item>
              <Descriptions.Item label={t('customer.dealCount')}>{customer.dealCount}</Descriptions.Item>
              <Descriptions.Item label={t('customer.keyAccount')}>
                {customer.keyAccount ? `${customer.keyAccount.name}（${t(`keyAccountKinds.${customer.keyAccount.kind}`)}）` : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('customer.referrer')}>
                {customer.referrer ? <Link to={path(`customers/${customer.referrer.id}`)}>{customer.referrer.name}</Link> : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('customer.marketingConsent')}>{t(customer.marketingConsent ? 'yes' : 'no')}</Descriptions.Item>
              <Descriptions.Item label={t('customer.createdAt')}>{hospitalTime(customer.createdAt)}</Descriptions.Item>
              <Descriptions.Item label={t('customer.tags')} span={2}>
                {customer.tags.length > 0 ? (
                  <Space size={[0, 4]} wrap>
                    {customer.tags.map((tag) => (
                      <Tag key={tag}>{tag}</Tag>
                    ))}
                  </Space>
                ) : (
                  '—'
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('customer.hiddenNeeds')} span={2}>
                {dash(customer.hiddenNeeds)}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <Card title={t('c360.membership')} size="small" data-testid="crm-360-membership">
              {membership ? (
                <Flex vertical gap={8}>
                  <Descriptions column={1} size="small">
                    <Descriptions.Item label={t('membership.cardNumber')}>
                      <Link to={memberPage(membership.id)} data-testid="crm-360-member-link">
                        {membership.cardNumber}
                      </Link>
                    </Descriptions.Item>
                    <Descriptions.Item label={t('membership.tier')}>
                      {t(`tiers.${membership.tier}`, { defaultValue: membership.tier })}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('membership.status')}>
                      <Tag color={membershipColors[membership.status]}>{t(`membershipStatus.${membership.status}`)}</Tag>
                    </Descriptions.Item>
                  </Descriptions>
                  <Statistic title={t('membership.pointsBalance')} value={membership.pointsBalance} />
                </Flex>
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('c360.notMember')} />
              )}
            </Card>
            <Card title={t('c360.classHistory')} size="small" data-testid="crm-360-class-history">
              <ClassHistory history={customer.classHistory} testId="crm-360-class-history-list" />
            </Card>
          </Flex>
        </Col>
      </Row>
      <Card size="small" title={t('c360.timeline')}>
        <Tabs
          activeKey={params.get('tab') ?? 'all'}
          onChange={(key) => setParams(key === 'all' ? {} : { tab: key }, { replace: true })}
          data-testid="crm-360-tabs"
          items={[
            { key: 'all', label: t('timeline.title'), children: <CustomerTimeline customerId={customer.id} /> },
            { key: 'consultations', label: t('c360.consultations.title'), children: <CustomerConsultations customerId={customer.id} /> },
            { key: 'visits', label: t('c360.visits.title'), children: <CustomerVisits customerId={customer.id} /> },
          ]}
        />
      </Card>
    </Flex>
  );
}
