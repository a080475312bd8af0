import { useLanguage } from '@careline/frontend-shared';
import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { formatKpiValue } from '../../dashboard/utils/format-kpi.js';
import { isKpiUnit } from '../../dashboard/utils/kpi-enum-values.js';
import type { ScorecardRowItemFieldsFragment as ScorecardRowItem } from '../../../gql/graphql';

const statusColour: Record<ScorecardRowItem['status'], string | undefined> = {
  OK: undefined,
  NO_DATA: 'default',
  NO_TARGET: 'orange',
  NOT_ENTERED: 'gold',
};

/** A measured figure in its unit (rates as %, money in yuan); a judged score as entered. */
function figure(value: number | null, item: ScorecardRowItem): string {
  if (value === null) return '—';
  return item.kind === 'JUDGED' || !isKpiUnit(item.unit) ? String(value) : formatKpiValue(value, item.unit);
}

/** One staff member's items: figure, target, item score, weights (as given and normalised) and weighted score. */
export function ItemBreakdown({ items }: { items: ScorecardRowItem[] }) {
  const { t } = useTranslation('kpi');
  const { language } = useLanguage();
  const columns: ColumnsType<ScorecardRowItem> = [
    { key: 'name', title: t('scorecards.item'), render: (_, item) => (language === 'en' ? item.nameEn : item.nameZh) },
    {
      key: 'kind',
      title: t('scorecards.kind'),
      render: (_, item) => <Tag color={item.kind === 'JUDGED' ? 'purple' : 'blue'}>{t(`scorecards.kinds.${item.kind}`)}</Tag>,
    },
    { key: 'value', title: t('scorecards.value'), align: 'right', render: (_, item) => figure(item.value, item) },
    {
      key: 'target',
      title: t('scorecards.target'),
      align: 'right',
      render: (_, item) =>
        item.target === null ? (
          '—'
        ) : (
          <>
            {item.kind === 'JUDGED'
              ? String(item.target)
              : `${item.direction === 'LOWER_IS_BETTER' ? '≤ ' : ''}${figure(item.target, item)}`}
            {item.targetIsDefault ? (
              <Tag style={{ marginInlineStart: 8 }} data-testid="kpi-scorecard-default-target">
                {t('scorecards.registryDefaultTarget')}
              </Tag>
            ) : null}
          </>
        ),
    },
    { key: 'score', title: t('scorecards.itemScore'), align: 'right', render: (_, item) => item.score.toFixed(1) },
    {
      key: 'weight',
      title: t('scorecards.weight'),
      align: 'right',
      render: (_, item) =>
        item.weight === item.normalisedWeight ? `${item.weight}%` : `${item.weight}% → ${item.normalisedWeight.toFixed(2)}%`,
    },
    { key: 'weighted', title: t('scorecards.weightedScore'), align: 'right', render: (_, item) => item.weightedScore.toFixed(2) },
    {
      key: 'status',
      title: t('scorecards.status'),
      render: (_, item) =>
        item.status === 'OK' ? null : <Tag color={statusColour[item.status]}>{t(`scorecards.statuses.${item.status}`)}</Tag>,
    },
  ];
  return (
    <Table<ScorecardRowItem>
      size="small"
      rowKey="code"
      columns={columns}
      dataSource={items}
      pagination={false}
      data-testid="kpi-scorecard-items"
    />
  );
}
