import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Card, Flex, Tooltip, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KpiSummaryFieldsFragment } from '../../../gql/graphql';
import { useKpiName } from '../hooks/use-kpi-name.js';
import { changeTone, meetsTarget, type ChangeTone } from '../utils/change-tone.js';
import { formatKpiChange, formatKpiValue } from '../utils/format-kpi.js';

const COMPLETION_KPIS = new Set<string>(['REVENUE_COMPLETION', 'PHONE_TO_SALE_ACHIEVEMENT', 'MEMBER_SPEND_COMPLETION']);

/**
 * One KPI of the period: its value, its target, and the change against the previous period coloured
 * by whether it is good news for this KPI (a falling complaint rate is green). Clicking it shows its
 * trend and breakdown below.
 */
export function KpiCard({ kpi, selected, onSelect }: { kpi: KpiSummaryFieldsFragment; selected: boolean; onSelect: () => void }) {
  const { t } = useTranslation('kpi');
  const { token } = theme.useToken();
  const name = useKpiName();
  const { definition, current, change } = kpi;
  const tone = changeTone(change, definition.direction);
  const toneColour: Record<ChangeTone, string> = {
    better: token.colorSuccess,
    worse: token.colorError,
    flat: token.colorTextSecondary,
    unknown: token.colorTextTertiary,
  };
  const target = current.target ?? definition.defaultTarget;
  // completion KPIs are held against the month's own target; every other KPI against the registry's documented default
  const registryDefault = !COMPLETION_KPIS.has(kpi.code) && target !== null;
  // SATISFACTION is a mean score, but its target is the share of scores ≥ 4: held against that share
  const byShare = kpi.code === 'SATISFACTION';
  const share = current.share ?? null;
  const targetUnit = byShare ? 'PERCENT' : definition.unit;
  const onTarget = meetsTarget(byShare ? share : current.value, target, definition.direction);
  const definitionText = definition.denominator
    ? t('dashboard.definition', { numerator: definition.numerator, denominator: definition.denominator })
    : definition.numerator;

  return (
    <Card
      size="small"
      hoverable
      onClick={onSelect}
      data-testid={`kpi-card-${kpi.code}`}
      aria-pressed={selected}
      style={selected ? { borderColor: token.colorPrimary, boxShadow: `0 0 0 1px ${token.colorPrimary}` } : undefined}
    >
      <Flex vertical gap={4}>
        <Tooltip title={definitionText}>
          <Typography.Text type="secondary" ellipsis>
            {name(definition)}
          </Typography.Text>
        </Tooltip>
        <Typography.Text strong style={{ fontSize: 24 }} data-testid={`kpi-card-value-${kpi.code}`}>
          {formatKpiValue(current.value, definition.unit)}
        </Typography.Text>
        {byShare ? (
          <Typography.Text type="secondary" data-testid={`kpi-card-share-${kpi.code}`}>
            {t('dashboard.share')}: {formatKpiValue(share, 'PERCENT')}
          </Typography.Text>
        ) : null}
        <Flex justify="space-between" gap={8} wrap>
          <Tooltip title={registryDefault ? definition.defaultTargetText : undefined}>
            <Typography.Text
              type={onTarget === undefined ? 'secondary' : onTarget ? 'success' : 'warning'}
              data-testid={`kpi-card-target-${kpi.code}`}
            >
              {registryDefault ? t('dashboard.defaultTarget') : t('dashboard.target')}: {formatKpiValue(target, targetUnit)}
            </Typography.Text>
          </Tooltip>
          <Tooltip
            title={t('dashboard.previous', { label: kpi.previousPeriod.label, value: formatKpiValue(kpi.previous.value, definition.unit) })}
          >
            <Typography.Text style={{ color: toneColour[tone] }} data-testid={`kpi-card-change-${kpi.code}`} data-tone={tone}>
              {change === null ? (
                t('dashboard.noChange')
              ) : (
                <>
                  {change > 0 ? <ArrowUpOutlined /> : change < 0 ? <ArrowDownOutlined /> : <MinusOutlined />}{' '}
                  {formatKpiChange(change, definition.unit, t('dashboard.points'))}
                </>
              )}
            </Typography.Text>
          </Tooltip>
        </Flex>
      </Flex>
    </Card>
  );
}
