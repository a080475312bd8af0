import { useQuery } from '@apollo/client/react';
import { formatFen, hospitalToday, PageEmpty, QueryError, useLanguage } from '@careline/frontend-shared';
import { Card, DatePicker, Skeleton, Table } from 'antd';
import dayjs from 'dayjs';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MemberRfmDocument } from '../graphql/members-analytics.documents.js';
import { rfmChartOption, type RfmSegment } from '../utils/members-chart-options.js';
import { percent } from '../utils/months.js';
import { LazyMembersChart } from './lazy-members-chart.js';

/** RFM 会员分群 on a day: members per segment as a bar chart, and the segments' figures as a table. */
export function RfmCard() {
  const { t } = useTranslation('kpi');
  const { language } = useLanguage();
  const today = hospitalToday();
  const [asOf, setAsOf] = useState(today);
  const { data, previousData, loading, error, refetch } = useQuery(MemberRfmDocument, {
    variables: { asOf },
    notifyOnNetworkStatusChange: true,
  });
  const segments = useMemo(() => (data ?? previousData)?.memberRfm ?? null, [data, previousData]);
  // analytics names every segment in both languages
  const label = (segment: RfmSegment) => (language === 'en' ? segment.labelEn : segment.labelZh);
  const option = useMemo(
    () =>
      segments
        ? rfmChartOption(segments, (segment) => (language === 'en' ? segment.labelEn : segment.labelZh), t('members.rfm.members'))
        : null,
    [segments, language, t],
  );
  const total = segments?.reduce((sum, segment) => sum + segment.members, 0) ?? 0;

  let body;
  if (error && !segments) {
    body = <QueryError error={error} title={t('members.rfm.errorTitle')} onRetry={() => void refetch()} testId="kpi-rfm-error" />;
  } else if (!segments || !option) {
    body = <Skeleton active paragraph={{ rows: 7 }} />;
  } else if (total === 0) {
    body = <PageEmpty testId="kpi-rfm-empty" description={t('members.rfm.empty')} />;
  } else {
    body = (
      <>
        <Suspense fallback={<Skeleton active paragraph={{ rows: 7 }} />}>
          <LazyMembersChart option={option} testId="kpi-rfm-chart" />
        </Suspense>
        <Table<RfmSegment>
          rowKey="segment"
          size="small"
          pagination={false}
          loading={loading}
          dataSource={segments}
          scroll={{ x: 'max-content' }}
          data-testid="kpi-rfm-table"
          onRow={(row) => ({ 'data-segment': row.segment }) as never}
          columns={[
            { title: t('members.rfm.segment'), key: 'segment', render: (_, row) => label(row) },
            { title: t('members.rfm.members'), dataIndex: 'members', align: 'right' },
            { title: t('members.rfm.share'), dataIndex: 'share', align: 'right', render: (value: number | null) => percent(value) },
            { title: t('members.rfm.spend'), dataIndex: 'spendFen', align: 'right', render: (value: number) => formatFen(value) },
            {
              title: t('members.rfm.recency'),
              dataIndex: 'averageRecencyDays',
              align: 'right',
              render: (value: number | null) => (value === null ? '—' : t('members.rfm.days', { days: Math.round(value) })),
            },
            {
              title: t('members.rfm.frequency'),
              dataIndex: 'averageFrequency',
              align: 'right',
              render: (value: number | null) => (value === null ? '—' : value.toFixed(1)),
            },
            {
              title: t('members.rfm.averageSpend'),
              dataIndex: 'averageSpendFen',
              align: 'right',
              render: (value: number | null) => (value === null ? '—' : formatFen(value)),
            },
          ]}
        />
      </>
    );
  }

  return (
    <Card
      size="small"
      title={t('members.rfm.title')}
      extra={
        <DatePicker
          allowClear={false}
          value={dayjs(asOf, 'YYYY-MM-DD')}
          format="YYYY-MM-DD"
          disabledDate={(value) => value.format('YYYY-MM-DD') > today}
          onChange={(value) => value && setAsOf(value.format('YYYY-MM-DD'))}
          data-testid="kpi-rfm-as-of"
        />
      }
      data-testid="kpi-rfm"
    >
      <p style={{ marginTop: 0, color: 'rgba(0,0,0,0.45)' }}>{t('members.rfm.help')}</p>
      {body}
    </Card>
  );
}
