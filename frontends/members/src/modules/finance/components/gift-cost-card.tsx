import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { PageEmpty, PageLoading } from '@careline/frontend-shared';
import { App, Button, Card, DatePicker, Flex, Input, Statistic, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../common/components/query-error.js';
import { exportXlsx } from '../../common/utils/export-xlsx.js';
import { formatPoints } from '../../common/utils/format-points.js';
import { formatYuan } from '../../common/utils/format-yuan.js';
import { hospitalMidnight, hospitalNow } from '../../common/utils/hospital-wall-clock.js';
import { GiftCostReportDocument, type GiftCostLine } from '../graphql/finance.documents.js';

/**
 * 礼品成本: what the gifts handed over in the chosen months cost (hospital calendar: from the first
 * month's first day to the end of the last), per gift and in all; exported as .xlsx.
 */
export function GiftCostCard() {
  const { t } = useTranslation('members');
  const { message } = App.useApp();
  const [period, setPeriod] = useState<[Dayjs, Dayjs]>(() => {
    const month = hospitalNow().startOf('month');
    return [month, month];
  });
  const [search, setSearch] = useState('');
  const [exporting, setExporting] = useState(false);
  const from = hospitalMidnight(period[0].startOf('month'));
  const to = hospitalMidnight(period[1].add(1, 'month').startOf('month'));
  const { data, previousData, loading, error, refetch } = useQuery(GiftCostReportDocument, {
    variables: { from, to },
    notifyOnNetworkStatusChange: true,
  });
  const report = (data ?? previousData)?.giftCostReport;
  const lines = report?.lines.filter((line) => line.giftName.toLowerCase().includes(search.toLowerCase())) ?? [];
  const label = `${period[0].format('YYYY-MM')}${period[0].isSame(period[1], 'month') ? '' : `_${period[1].format('YYYY-MM')}`}`;

  const columns: ColumnsType<GiftCostLine> = [
    { key: 'gift', title: t('finance.giftCost.gift'), dataIndex: 'giftName' },
    { key: 'quantity', title: t('finance.giftCost.quantity'), align: 'right', dataIndex: 'quantity' },
    { key: 'points', title: t('finance.giftCost.points'), align: 'right', render: (_, line) => formatPoints(line.points) },
    { key: 'unitCost', title: t('gifts.columns.unitCost'), align: 'right', render: (_, line) => formatYuan(line.unitCost, t('finance.giftCost.noUnitCost')) },
    { key: 'cost', title: t('finance.giftCost.cost'), align: 'right', render: (_, line) => formatYuan(line.cost) },
  ];

  const exportReport = async () => {
    if (!report) return;
    setExporting(true);
    try {
      await exportXlsx(`gift-cost_${label}.xlsx`, [
        {
          name: t('finance.giftCost.title'),
          columns: [
            { header: t('finance.giftCost.gift'), key: 'gift', width: 28 },
            { header: t('finance.giftCost.quantity'), key: 'quantity', width: 10 },
            { header: t('finance.giftCost.points'), key: 'points', width: 12 },
            { header: `${t('gifts.columns.unitCost')} (¥)`, key: 'unitCost', width: 14, numFmt: '#,##0.00' },
            { header: `${t('finance.giftCost.cost')} (¥)`, key: 'cost', width: 14, numFmt: '#,##0.00' },
          ],
          rows: [
            ...report.lines.map((line) => ({
              gift: line.giftName,
              quantity: line.quantity,
              points: line.points,
              // exact decimals from the server; Excel shows them with the number format above
              unitCost: line.unitCost === null ? null : Number(line.unitCost),
              cost: Number(line.cost),
            })),
            { gift: t('finance.giftCost.total'), quantity: null, points: null, unitCost: null, cost: Number(report.totalCost) },
          ],
        },
      ]);
    } catch (failure) {
      void message.error(`${t('finance.exportFailed')}: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setExporting(false);
    }
  };

  let body;
  if (error && !report) {
    body = <QueryError error={error} title={t('finance.giftCost.errorTitle')} onRetry={() => void refetch()} testId="members-gift-cost-error" />;
  } else if (!report) {
    body = <PageLoading testId="members-gift-cost-loading" />;
  } else if (report.lines.length === 0) {
    body = <PageEmpty testId="members-gift-cost-empty" description={t('finance.giftCost.empty')} />;
  } else {
    body = (
      <Table<GiftCostLine>
        data-testid="members-gift-cost-table"
        size="middle"
        rowKey="giftId"
        columns={columns}
        dataSource={lines}
        loading={loading}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('finance.giftCost.lines', { total }) }}
      />
    );
  }

  return (
    <Card
      title={t('finance.giftCost.title')}
      extra={
        <Button icon={<DownloadOutlined />} loading={exporting} disabled={!report || report.lines.length === 0} onClick={() => void exportReport()} data-testid="members-gift-cost-export">
          {t('finance.export')}
        </Button>
      }
    >
      <Flex gap={12} wrap align="center" justify="space-between" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap>
          <DatePicker.RangePicker
            picker="month"
            value={period}
            allowClear={false}
            onChange={(value) => value?.[0] && value[1] && setPeriod([value[0], value[1]])}
            data-testid="members-gift-cost-period"
          />
          <Input.Search allowClear placeholder={t('finance.giftCost.search')} style={{ width: 220 }} onSearch={(value) => setSearch(value.trim())} />
        </Flex>
        {report && <Statistic title={t('finance.giftCost.total')} value={formatYuan(report.totalCost)} data-testid="members-gift-cost-total" />}
      </Flex>
      {body}
    </Card>
  );
}
