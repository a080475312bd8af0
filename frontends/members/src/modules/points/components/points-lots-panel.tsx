import { useQuery } from '@apollo/client/react';
import { PagedTable, useCursorPages, useHospitalTime } from '@careline/frontend-shared';
import { Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPoints } from '../../common/utils/format-points.js';
import type { MemberPointsLotsQuery } from '../../../gql/graphql';
import { MemberPointsLotsDocument } from '../graphql/points-lots.documents.js';
import { lotState, NEAR_EXPIRY_DAYS } from '../utils/lot-state.js';

type PointsLot = NonNullable<MemberPointsLotsQuery['membership']>['pointsLots']['nodes'][number];

const pageSize = 20;
const nowrap = { whiteSpace: 'nowrap' } as const;

/**
 * 积分批次: each credit's points, what is left of them and when they expire, newest first; lots running
 * out within NEAR_EXPIRY_DAYS are highlighted with the days left. By default only lots with points
 * left; the switch adds the spent and expired ones.
 */
export function PointsLotsPanel({ membershipId }: { membershipId: string }) {
  const { t } = useTranslation('members');
  const time = useHospitalTime();
  const [all, setAll] = useState(false);
  const pages = useCursorPages(`${membershipId}|${all}`);
  const { data, previousData, loading, error, refetch } = useQuery(MemberPointsLotsDocument, {
    variables: { id: membershipId, openOnly: all ? null : true, first: pageSize, after: pages.after },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.membership?.pointsLots;
  // the moment the page was answered: the days left do not tick while it is on screen
  const [now] = useState(() => Date.now());
  const columns: ColumnsType<PointsLot> = [
    { key: 'creditedAt', title: t('lots.columns.creditedAt'), render: (_, lot) => <span style={nowrap}>{time(lot.creditedAt)}</span> },
    { key: 'points', title: t('lots.columns.points'), align: 'right', render: (_, lot) => formatPoints(lot.points) },
    {
      key: 'remaining',
      title: t('lots.columns.remaining'),
      align: 'right',
      render: (_, lot) => <span data-testid="members-lot-remaining">{formatPoints(lot.remaining)}</span>,
    },
    { key: 'expiresAt', title: t('lots.columns.expiresAt'), render: (_, lot) => <span style={nowrap}>{time(lot.expiresAt)}</span> },
    {
      key: 'state',
      title: t('lots.columns.state'),
      render: (_, lot) => {
        const { state, daysLeft } = lotState(lot, now);
        if (state === 'NEAR_EXPIRY')
          return (
            <Tag color="orange" data-testid="members-lot-state">
              {t('lots.nearExpiry', { days: daysLeft })}
            </Tag>
          );
        if (state === 'OPEN') return <span data-testid="members-lot-state">{t('lots.open')}</span>;
        return (
          <Tag color={state === 'EXPIRED' ? 'red' : 'default'} data-testid="members-lot-state">
            {t(`lots.states.${state}`)}
          </Tag>
        );
      },
    },
  ];
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap>
        <Space size={4}>
          <Switch checked={all} onChange={setAll} data-testid="members-lots-all" />
          {t('lots.showAll')}
        </Space>
        <Typography.Text type="secondary">{t('lots.help', { days: NEAR_EXPIRY_DAYS })}</Typography.Text>
      </Space>
      <PagedTable
        connection={connection}
        error={error}
        onRetry={() => void refetch()}
        errorTitle={t('lots.errorTitle')}
        empty={t(all ? 'lots.emptyAll' : 'lots.empty')}
        paging={pages}
        pageSize={pageSize}
        testId="members-lots"
      >
        {(nodes) => (
          <Table<PointsLot>
            data-testid="members-lots-table"
            size="small"
            rowKey="id"
            columns={columns}
            dataSource={nodes}
            loading={loading}
            pagination={false}
            scroll={{ x: 720 }}
            onRow={(lot) => {
              const { state } = lotState(lot, now);
              // near expiry: the row itself stands out, not only its tag
              return {
                'data-lot-state': state,
                style: state === 'NEAR_EXPIRY' ? { background: '#fff7e6' } : undefined,
              } as never;
            }}
          />
        )}
      </PagedTable>
    </Space>
  );
}
