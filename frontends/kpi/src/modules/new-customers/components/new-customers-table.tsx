import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { NewCustomersGroupBy, NewCustomersRowFieldsFragment as NewCustomersRow } from '../../../gql/graphql';

/** The figures row by row, with the period's totals underneath. */
export function NewCustomersTable({
  rows,
  groupBy,
  label,
  totals,
  loading,
}: {
  rows: NewCustomersRow[];
  groupBy: NewCustomersGroupBy;
  label: (key: string) => string;
  totals: { newCustomers: number; newMembers: number };
  loading: boolean;
}) {
  const { t } = useTranslation('kpi');
  const columns: ColumnsType<NewCustomersRow> = [
    {
      key: 'key',
      title: groupBy === 'DAY' ? t('newCustomers.columnDay') : t('newCustomers.columnChannel'),
      dataIndex: 'key',
      render: (key: string) => label(key),
    },
    {
      key: 'newCustomers',
      title: t('newCustomers.columnNewCustomers'),
      dataIndex: 'newCustomers',
      align: 'right',
      sorter: (a, b) => a.newCustomers - b.newCustomers,
    },
    {
      key: 'newMembers',
      title: t('newCustomers.columnNewMembers'),
      dataIndex: 'newMembers',
      align: 'right',
      sorter: (a, b) => a.newMembers - b.newMembers,
    },
  ];
  return (
    <div data-testid="kpi-new-customers-table">
      <Table<NewCustomersRow>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        // a long period scrolls inside the card; the totals row stays in view
        scroll={rows.length > 12 ? { y: 420 } : undefined}
        summary={() => (
          <Table.Summary fixed>
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>{t('newCustomers.total')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <Typography.Text strong>{totals.newCustomers}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                <Typography.Text strong>{totals.newMembers}</Typography.Text>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          </Table.Summary>
        )}
      />
    </div>
  );
}
