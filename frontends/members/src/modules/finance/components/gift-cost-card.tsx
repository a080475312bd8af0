import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { PageEmpty, PageLoading, QueryError, exportXlsx, formatFen } from '@careline/frontend-shared';
import { App, Button, Card, DatePicker, Flex, Input, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hospitalNow } from '../../common/utils/hospital-wall-clock.js';
import type { GiftCostReportQuery } from '../../../gql/graphql';
import { GiftCostReportDocument } from '../graphql/finance.documents.js';

type GiftCostLine = GiftCostReportQuery['giftCostReport']['lines'][number];

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
  // hospital days, both included: the first month's first day to the last month's last day
  const from = period[0].startOf('month').format('YYYY-MM-DD');
  const to = period[1].endOf('month').format('YYYY-MM-DD');
  const { data, previousData, loading, error, refetch } = useQuery(GiftCostReportDocument, {
    variables: { from, to },
    notifyOnNetworkStatusChange: true,
  });
  const report = (data ?? previousData)?.giftCostReport;
  const lines = report?.lines.filter((line) => line.gift.name.toLowerCase().includes(search.toLowerCase())) ?? [];
  const label = `${period[0].format('YYYY-MM')}${period[0].isSame(period[1], 'month') ? '' : `_${period[1].format('YYYY-MM')}`}`;

  const columns: ColumnsType<GiftCostLine> = [
    { key: 'gift', title: t('finance.giftCost.gift'), render: (_, line) => line.gift.name },
    { key: 'quantity', title: t('finance.giftCost.quantity'), align: 'right', dataIndex: 'quantity' },
    {
      key: 'uncosted',
      title: t('finance.giftCost.uncosted'),
      align: 'right',
      render: (_, line) => (line.uncostedQuantity > 0 ? <Typography.Text type="warning">{line.uncostedQuantity}</Typography.Text> : 0),
    },
    {
      key: 'unitCost',
      title: t('finance.giftCost.currentUnitCost'),
      align: 'right',
      render: (_, line) => formatFen(line.gift.unitCostFen, { fallback: t('finance.giftCost.noUnitCost') }),
    },
    { key: 'cost', title: t('finance.giftCost.cost'), align: 'right', render: (_, line) => formatFen(line.costFen) },
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
            { header: t('finance.giftCost.uncosted'), key: 'uncosted', width: 14 },
            { header: `${t('finance.giftCost.currentUnitCost')} (¥)`, key: 'unitCost', width: 16, numFmt: '#,##0.00' },
            { header: `${t('finance.giftCost.cost')} (¥)`, key: 'cost', width: 14, numFmt: '#,##0.00' },
          ],
          rows: [
            ...report.lines.map((line) => ({
              gift: line.gift.name,
              quantity: line.quantity,
              uncosted: line.uncostedQuantity,
              // yuan from the server's whole fen (fen / 100 is the nearest number to the exact amount);
              // Excel shows them with the number format above
              unitCost: line.gift.unitCostFen === null ? null : line.gift.unitCostFen / 100,
              cost: line.costFen / 100,
            })),
            {
              gift: t('finance.giftCost.total'),
              quantity: report.totalQuantity,
              uncosted: null,
              unitCost: null,
              cost: report.totalCostFen / 100,
            },
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
    body = (
      <QueryError error={error} title={t('finance.giftCost.errorTitle')} onRetry={() => void refetch()} testId="members-gift-cost-error" />
    );
  } else if (!report) {
    body = <PageLoading testId="members-gift-cost-loading" />;
  } else if (report.lines.length === 0) {
    body = <PageEmpty testId="members-gift-cost-empty" description={t('finance.giftCost.empty')} />;
  } else {
    body = (
      <Table<GiftCostLine>
        data-testid="members-gift-cost-table"
        size="middle"
        rowKey={(line) => line.gift.id}
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
        <Button
          icon={<DownloadOutlined />}
          loading={exporting}
          disabled={!report || report.lines.length === 0}
          onClick={() => void exportReport()}
          data-testid="members-gift-cost-export"
        >
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
          <Input.Search
            allowClear
            placeholder={t('finance.giftCost.search')}
            style={{ width: 220 }}
            onSearch={(value) => setSearch(value.trim())}
          />
        </Flex>
        {report && (
          <Statistic title={t('finance.giftCost.total')} value={formatFen(report.totalCostFen)} data-testid="members-gift-cost-total" />
        )}
      </Flex>
      {body}
    </Card>
  );
}
