import { useCursorPages, useHospitalTime, PagedTable } from '@careline/frontend-shared';
import { Button, Card, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCrmPath } from '../../../app/use-crm-path.js';
import { useCrmPermissions } from '../../../app/use-crm-permissions.js';
import type { CustomerClass, CustomerFilter, CustomerRowFragment as CustomerRow, CustomerStage, SourceChannel } from '../../../gql/graphql';
import { customerClasses, customerStages, sourceChannels } from '../graphql/customers.documents.js';
import { useCustomers } from '../hooks/use-customers.js';
import { CustomerClassTag, CustomerStageTag } from './customer-tags.js';
import { ImportCustomersModal } from './import-customers-modal.js';

const pageSize = 20;

/** What the filter bar has applied (the text fields apply on Enter / search, the selects at once). */
interface Criteria {
  search: string;
  phoneTail: string;
  customerClass?: CustomerClass;
  stage?: CustomerStage;
  channel?: SourceChannel;
  tag: string;
}

const noCriteria: Criteria = { search: '', phoneTail: '', tag: '' };

/**
 * 客户查询: crm's customers, newest first, by name (汉字, full pinyin or initials) or phone digits, by
 * the phone's last digits, and narrowed by class, stage, channel and tag. The name opens 客户360.
 */
export function CustomerSearchPage() {
  const { t } = useTranslation('crm');
  const path = useCrmPath();
  const hospitalTime = useHospitalTime();
  const { writesCustomers } = useCrmPermissions();
  const [criteria, setCriteria] = useState<Criteria>(noCriteria);
  const [searchText, setSearchText] = useState('');
  const [phoneTailText, setPhoneTailText] = useState('');
  const [tagText, setTagText] = useState('');
  const filter: CustomerFilter = {
    phoneTail: criteria.phoneTail || null,
    customerClass: criteria.customerClass ?? null,
    stage: criteria.stage ?? null,
    channel: criteria.channel ?? null,
    tag: criteria.tag || null,
  };
  const pages = useCursorPages(JSON.stringify(criteria));
  const { connection, loading, error, refetch } = useCustomers({
    search: criteria.search || null,
    filter,
    first: pageSize,
    after: pages.after,
  });
  const [importing, setImporting] = useState(false);
  const onImported = useCallback(() => void refetch(), [refetch]);
  const update = (patch: Partial<Criteria>) => setCriteria((current) => ({ ...current, ...patch }));
  const applyText = () => update({ search: searchText.trim(), phoneTail: phoneTailText.replace(/\D/g, ''), tag: tagText.trim() });
  const reset = () => {
    setSearchText('');
    setPhoneTailText('');
    setTagText('');
    setCriteria(noCriteria);
  };
  const narrowed = JSON.stringify(criteria) !== JSON.stringify(noCriteria);

  const columns: ColumnsType<CustomerRow> = [
    {
      title: t('customer.name'),
      dataIndex: 'name',
      render: (_, row) => (
        <Link to={path(`customers/${row.id}`)} data-testid={`crm-customer-link-${row.id}`}>
          {row.name}
        </Link>
      ),
    },
    { title: t('customer.phone'), dataIndex: 'phone' },
    { title: t('customer.gender'), dataIndex: 'gender', render: (value: CustomerRow['gender']) => t(`genders.${value}`) },
    {
      title: t('customer.class'),
      dataIndex: 'customerClass',
      render: (value: CustomerRow['customerClass']) => <CustomerClassTag value={value} />,
    },
    { title: t('customer.stage'), dataIndex: 'stage', render: (value: CustomerStage) => <CustomerStageTag value={value} /> },
    { title: t('customer.channel'), dataIndex: 'channel', render: (value: SourceChannel) => t(`channels.${value}`) },
    {
      title: t('customer.tags'),
      dataIndex: 'tags',
      render: (tags: string[]) => (
        <Space size={[0, 4]} wrap>
          {tags.map((tag) => (
            <Tag key={tag} style={{ cursor: 'pointer' }} onClick={() => (setTagText(tag), update({ tag }))}>
              {tag}
            </Tag>
          ))}
        </Space>
      ),
    },
    { title: t('customer.keyAccount'), dataIndex: 'keyAccount', render: (value: CustomerRow['keyAccount']) => value?.name ?? '—' },
    { title: t('customer.dealCount'), dataIndex: 'dealCount', align: 'right' },
    { title: t('customer.createdAt'), dataIndex: 'createdAt', render: (value: string) => hospitalTime(value) },
  ];

  const body = (
    <PagedTable
      connection={connection}
      error={error}
      onRetry={() => void refetch()}
      errorTitle={t('search.errorTitle')}
      empty={t(narrowed ? 'search.emptyFiltered' : 'search.empty')}
      paging={pages}
      pageSize={pageSize}
      testId="crm-search"
    >
      {(nodes) => (
        <Table<CustomerRow>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={nodes}
          loading={loading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="crm-search-table"
        />
      )}
    </PagedTable>
  );

  return (
    <Card
      title={t('pages.customers')}
      extra={
        writesCustomers && (
          <Space>
            <Button onClick={() => setImporting(true)} data-testid="crm-search-import">
              {t('customerImport.open')}
            </Button>
            <Link to={path('customers/merge')} data-testid="crm-search-merge">
              <Button>{t('customerMerge.open')}</Button>
            </Link>
            <Link to={path('customers/new')} data-testid="crm-search-new">
              <Button type="primary">{t('customerForm.title')}</Button>
            </Link>
          </Space>
        )
      }
      data-testid="crm-search-page"
    >
      <Flex vertical gap={12}>
        <Flex gap={8} wrap="wrap" align="center">
          <Input.Search
            allowClear
            style={{ width: 280 }}
            placeholder={t('search.placeholder')}
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
            onSearch={applyText}
            data-testid="crm-search-input"
          />
          <Input
            allowClear
            style={{ width: 140 }}
            inputMode="numeric"
            maxLength={11}
            placeholder={t('search.phoneTail')}
            value={phoneTailText}
            onChange={(event) => setPhoneTailText(event.target.value)}
            onPressEnter={applyText}
            data-testid="crm-search-phone-tail"
          />
          <Select<CustomerClass>
            allowClear
            style={{ width: 120 }}
            placeholder={t('customer.class')}
            value={criteria.customerClass}
            onChange={(value) => update({ customerClass: value })}
            options={customerClasses.map((value) => ({ value, label: t(`classes.${value}`) }))}
            data-testid="crm-search-class"
          />
          <Select<CustomerStage>
            allowClear
            style={{ width: 140 }}
            placeholder={t('customer.stage')}
            value={criteria.stage}
            onChange={(value) => update({ stage: value })}
            options={customerStages.map((value) => ({ value, label: t(`stages.${value}`) }))}
            data-testid="crm-search-stage"
          />
          <Select<SourceChannel>
            allowClear
            style={{ width: 140 }}
            placeholder={t('customer.channel')}
            value={criteria.channel}
            onChange={(value) => update({ channel: value })}
            options={sourceChannels.map((value) => ({ value, label: t(`channels.${value}`) }))}
            data-testid="crm-search-channel"
          />
          <Input
            allowClear
            style={{ width: 140 }}
            placeholder={t('customer.tag')}
            value={tagText}
            onChange={(event) => setTagText(event.target.value)}
            onPressEnter={applyText}
            data-testid="crm-search-tag"
          />
          <Button type="primary" onClick={applyText} data-testid="crm-search-submit">
            {t('search.submit')}
          </Button>
          <Button onClick={reset} disabled={!narrowed && !searchText && !phoneTailText && !tagText} data-testid="crm-search-reset">
            {t('search.reset')}
          </Button>
        </Flex>
        <Typography.Text type="secondary">{t('search.hint')}</Typography.Text>
        {body}
      </Flex>
      {writesCustomers && <ImportCustomersModal open={importing} onClose={() => setImporting(false)} onImported={onImported} />}
    </Card>
  );
}
