import { DatePicker, Flex, Segmented, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { hospitalToday } from '@careline/frontend-shared';
import type { KpiPeriodFieldsFragment, KpiPeriodInput, PeriodKind } from '../../../gql/graphql';
import { periodKinds } from '../utils/kpi-enum-values.js';

const format = 'YYYY-MM-DD';
/** analytics answers custom periods of at most 366 days, both ends included */
const maxDays = 366;

/**
 * Day / week / month / custom, and the day (or range) in it. The server settles the period's bounds
 * in the hospital's time zone from any day in it; `shown` is the period it answered, so the label
 * under the picker is the server's, not the browser's idea of a week.
 */
export function PeriodPicker({
  value,
  shown,
  onChange,
}: {
  value: KpiPeriodInput;
  shown: KpiPeriodFieldsFragment | undefined;
  onChange: (period: KpiPeriodInput) => void;
}) {
  const { t } = useTranslation('kpi');
  // the picker works in browser-local dates; anchoring "today" on the hospital's date keeps it right
  const today = dayjs(hospitalToday());
  const setKind = (kind: PeriodKind) =>
    onChange(
      kind === 'CUSTOM' ? { kind, date: dayjs(value.date).startOf('month').format(format), to: value.date } : { kind, date: value.date },
    );
  const future = (date: dayjs.Dayjs) => date.isAfter(today, 'day');

  return (
    <Flex vertical gap={4} align="flex-end">
      <Flex gap={8} wrap align="center" data-testid="kpi-dashboard-period">
        <Segmented<PeriodKind>
          aria-label={t('dashboard.periodKind')}
          data-testid="kpi-period-kind"
          value={value.kind}
          options={periodKinds.map((kind) => ({
            value: kind,
            label: <span data-testid={`kpi-period-kind-${kind}`}>{t(`dashboard.kinds.${kind}`)}</span>,
          }))}
          onChange={setKind}
        />
        {value.kind === 'CUSTOM' ? (
          <DatePicker.RangePicker
            aria-label={t('dashboard.period')}
            data-testid="kpi-period-range"
            allowClear={false}
            value={[dayjs(value.date), dayjs(value.to ?? value.date)]}
            disabledDate={(date, info) => future(date) || (info.from !== undefined && Math.abs(date.diff(info.from, 'day')) >= maxDays)}
            onChange={(range) => {
              const [from, to] = range ?? [];
              if (from && to) onChange({ kind: 'CUSTOM', date: from.format(format), to: to.format(format) });
            }}
          />
        ) : (
          <DatePicker
            aria-label={t('dashboard.period')}
            data-testid="kpi-period-date"
            allowClear={false}
            picker={value.kind === 'DAY' ? 'date' : value.kind === 'WEEK' ? 'week' : 'month'}
            value={dayjs(value.date)}
            disabledDate={future}
            onChange={(date) => {
              if (!date) return;
              // a week or month picked in the picker is its first day; today's week or month is today
              const picked = date.isAfter(today, 'day') ? today : date;
              onChange({ kind: value.kind, date: picked.format(format) });
            }}
          />
        )}
      </Flex>
      {shown ? (
        <Typography.Text type="secondary" data-testid="kpi-period-label">
          {t('dashboard.periodShown', { label: shown.label, from: shown.from, to: shown.to })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
