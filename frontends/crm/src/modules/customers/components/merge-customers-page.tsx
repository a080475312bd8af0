import { ArrowLeftOutlined, SwapOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { QueryError, readGraphqlError, useHospitalTime } from '@careline/frontend-shared';
import { Alert, App, Button, Card, Empty, Flex, Form, Input, Popconfirm, Radio, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { useState, type HTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCrmPath } from '../../../app/use-crm-path.js';
import type { CustomerMergeSideFragment as Side, MergeField } from '../../../gql/graphql';
import { CustomerMergeSideDocument, MergeCustomersDocument } from '../graphql/customer-merge.documents.js';
import { CustomerPicker } from './customer-picker.js';

type Pick = 'survivor' | 'merged';

/** The fields the screen lets one choose, in the order the profile shows them; each read from a record for display. */
const FIELDS: { field: MergeField; label: string; value: (side: Side, t: TFunction<'crm'>) => string | null }[] = [
  { field: 'NAME', label: 'customer.name', value: (side) => side.name },
  { field: 'PHONE', label: 'customer.phone', value: (side) => side.phone },
  { field: 'GENDER', label: 'customer.gender', value: (side, t) => t(`genders.${side.gender}`) },
  { field: 'CHANNEL', label: 'customer.channel', value: (side, t) => t(`channels.${side.channel}`) },
  { field: 'REGION', label: 'customerMerge.fields.region', value: (side) => side.region ?? null },
  { field: 'BIRTH_DATE', label: 'customerMerge.fields.birthDate', value: (side) => side.birthDate ?? null },
  { field: 'WECHAT_ID', label: 'customerMerge.fields.wechatId', value: (side) => side.wechatId ?? null },
  { field: 'ADDRESS', label: 'customerMerge.fields.address', value: (side) => side.address ?? null },
  {
    field: 'CUSTOMER_CLASS',
    label: 'customer.class',
    value: (side, t) => (side.customerClass ? t(`classes.${side.customerClass}`) : null),
  },
  { field: 'HIDDEN_NEEDS', label: 'customerMerge.fields.hiddenNeeds', value: (side) => side.hiddenNeeds ?? null },
  {
    field: 'MARKETING_CONSENT',
    label: 'customerMerge.fields.marketingConsent',
    // "no consent" is what a merge fills from the other record, like an empty field
    value: (side, t) => (side.marketingConsent ? t('customerMerge.consentYes') : null),
  },
];

interface Row {
  field: MergeField;
  label: string;
  survivor: string | null;
  merged: string | null;
  differs: boolean;
  /** the survivor has nothing here: the merge takes the duplicate's value whatever is chosen */
  fixed: boolean;
}

function useSide(id: string | null) {
  const { data, loading, error, refetch } = useQuery(CustomerMergeSideDocument, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'network-only',
  });
  return { side: id ? (data?.customer ?? null) : null, loading, error, refetch };
}

/**
 * 合并重复客户: pick the record that stays and its duplicate, compare them field by field (the fields
 * that differ highlighted), choose per field which value stays, confirm, and land on the survivor's
 * 客户360. The duplicate's consultations, bookings, visits, deals, follow-ups and complaints move to the
 * survivor; tags are combined. crm refuses the merge to roles that may not write customers.
 */
export function MergeCustomersPage() {
  const { t } = useTranslation('crm');
  const path = useCrmPath();
  const navigate = useNavigate();
  const hospitalTime = useHospitalTime();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const [survivorId, setSurvivorId] = useState<string | null>(params.get('survivor'));
  const [mergedId, setMergedId] = useState<string | null>(null);
  // the choices of one pair: a new pair starts from the server's defaults again
  const pair = `${survivorId ?? ''}|${mergedId ?? ''}`;
  const [chosen, setChosen] = useState<{ pair: string; picks: Partial<Record<MergeField, Pick>> }>({ pair, picks: {} });
  const picks = chosen.pair === pair ? chosen.picks : {};
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const survivor = useSide(survivorId);
  const merged = useSide(mergedId);
  const [merge, { loading: merging }] = useMutation(MergeCustomersDocument);

  const same = Boolean(survivorId && survivorId === mergedId);
  const a = survivor.side;
  const b = merged.side;
  const rows: Row[] =
    a && b
      ? FIELDS.map(({ field, label, value }) => {
          const left = value(a, t);
          const right = value(b, t);
          return { field, label: t(label), survivor: left, merged: right, differs: left !== right, fixed: !left && Boolean(right) };
        })
      : [];
  const pickOf = (row: Row): Pick => (row.fixed ? 'merged' : (picks[row.field] ?? 'survivor'));
  const keepFromMerged = rows.filter((row) => row.differs && !row.fixed && pickOf(row) === 'merged').map((row) => row.field);

  const submit = async () => {
    if (!a || !b) return;
    setFailure(null);
    try {
      await merge({ variables: { input: { survivorId: a.id, mergedId: b.id, keepFromMerged, reason: reason.trim() || null } } });
      void message.success(t('customerMerge.done', { name: keepFromMerged.includes('NAME') ? b.name : a.name }));
      void navigate(path(`customers/${a.id}`));
    } catch (error) {
      setFailure(readGraphqlError(error).message);
    }
  };

  const cell = (row: Row, side: Pick) => {
    const text = side === 'survivor' ? row.survivor : row.merged;
    const label = text ?? <Typography.Text type="secondary">{t('customerMerge.empty')}</Typography.Text>;
    if (!row.differs) return label;
    return (
      <Radio
        checked={pickOf(row) === side}
        disabled={row.fixed && side === 'survivor'}
        onChange={() => setChosen({ pair, picks: { ...picks, [row.field]: side } })}
        data-testid={`crm-merge-pick-${row.field}-${side}`}
      >
        {label}
      </Radio>
    );
  };
  const columns: ColumnsType<Row> = [
    {
      title: t('customerMerge.field'),
      dataIndex: 'label',
      width: 160,
      render: (label: string, row) => (
        <Flex gap={6} align="center">
          {label}
          {row.differs && <Tag color="orange">{t('customerMerge.differs')}</Tag>}
        </Flex>
      ),
    },
    { title: t('customerMerge.survivor'), key: 'survivor', render: (_, row) => cell(row, 'survivor') },
    { title: t('customerMerge.merged'), key: 'merged', render: (_, row) => cell(row, 'merged') },
  ];

  const loadError = survivor.error ?? merged.error;
  const loading = (survivor.loading && !a) || (merged.loading && !b);
  let comparison: ReactNode;
  if (loadError)
    comparison = (
      <QueryError
        error={loadError}
        title={t('customerMerge.errorTitle')}
        onRetry={() => void (survivor.refetch(), merged.refetch())}
        testId="crm-merge-error"
      />
    );
  else if (same) comparison = <Alert type="warning" showIcon message={t('customerMerge.same')} data-testid="crm-merge-same" />;
  else if (loading) comparison = <Spin />;
  else if (!a || !b)
    comparison = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customerMerge.pickBoth')} data-testid="crm-merge-empty" />;
  else {
    const tags = [...new Set([...a.tags, ...b.tags])];
    comparison = (
      <Flex vertical gap={12}>
        <Table<Row>
          rowKey="field"
          size="middle"
          pagination={false}
          columns={columns}
          dataSource={rows}
          onRow={(row) =>
            ({
              'data-testid': `crm-merge-row-${row.field}`,
              'data-differs': String(row.differs),
              style: row.differs ? { background: '#fff7e6' } : undefined,
            }) as HTMLAttributes<HTMLElement>
          }
          data-testid="crm-merge-compare"
        />
        <Typography.Text data-testid="crm-merge-tags">
          {t('customerMerge.tags', { tags: tags.length ? tags.join('、') : t('customerMerge.empty') })}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('customerMerge.records', {
            survivorDeals: a.dealCount,
            mergedDeals: b.dealCount,
            survivorSince: hospitalTime(a.createdAt),
            mergedSince: hospitalTime(b.createdAt),
          })}
        </Typography.Text>
        <Alert type="info" showIcon message={t('customerMerge.moves', { name: b.name })} />
        <Form layout="vertical">
          <Form.Item label={t('customerMerge.reason')}>
            <Input
              maxLength={200}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              placeholder={t('customerMerge.reasonPlaceholder')}
              data-testid="crm-merge-reason"
            />
          </Form.Item>
        </Form>
        {failure && <Alert type="error" showIcon message={failure} data-testid="crm-merge-failure" />}
        <div>
          <Popconfirm
            title={t('customerMerge.confirmTitle')}
            description={t('customerMerge.confirm', { merged: b.name, survivor: a.name })}
            okText={t('customerMerge.submit')}
            cancelText={t('customerMerge.cancel')}
            okButtonProps={{ 'data-testid': 'crm-merge-confirm', loading: merging }}
            onConfirm={() => submit()}
          >
            <Button type="primary" danger loading={merging} data-testid="crm-merge-submit">
              {t('customerMerge.submit')}
            </Button>
          </Popconfirm>
        </div>
      </Flex>
    );
  }

  return (
    <Card
      title={
        <Flex align="center" gap={8}>
          <Link to={path(survivorId && !mergedId ? `customers/${survivorId}` : 'customers')} data-testid="crm-merge-back">
            <Button type="link" icon={<ArrowLeftOutlined />} />
          </Link>
          {t('customerMerge.title')}
        </Flex>
      }
      data-testid="crm-merge-page"
    >
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{t('customerMerge.help')}</Typography.Text>
        <Flex gap={12} align="center" wrap="wrap">
          <Flex vertical gap={4}>
            <Typography.Text strong>{t('customerMerge.survivor')}</Typography.Text>
            <div style={{ width: 300 }}>
              <CustomerPicker
                // the id only once its name is there to show (never the bare id)
                value={a ? a.id : null}
                onChange={setSurvivorId}
                initialLabel={a ? `${a.name} · ${a.phone}` : undefined}
                testId="crm-merge-survivor"
              />
            </div>
          </Flex>
          <Button
            icon={<SwapOutlined />}
            style={{ alignSelf: 'flex-end' }}
            disabled={!survivorId && !mergedId}
            onClick={() => (setSurvivorId(mergedId), setMergedId(survivorId))}
            data-testid="crm-merge-swap"
          >
            {t('customerMerge.swap')}
          </Button>
          <Flex vertical gap={4}>
            <Typography.Text strong>{t('customerMerge.merged')}</Typography.Text>
            <div style={{ width: 300 }}>
              <CustomerPicker
                value={b ? b.id : null}
                onChange={setMergedId}
                initialLabel={b ? `${b.name} · ${b.phone}` : undefined}
                testId="crm-merge-duplicate"
              />
            </div>
          </Flex>
        </Flex>
        {comparison}
      </Flex>
    </Card>
  );
}
