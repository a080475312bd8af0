import { DatePicker, Flex, Segmented } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { NewCustomersGroupBy, PeriodInput } from '../../../gql/graphql';
import { hospitalToday } from '@careline/frontend-shared';

const format = 'YYYY-MM-DD';
/** analytics answers periods of at most 366 days, both ends included */
const maxDays = 366;

/** Period picker (with the usual presets) and the by-day / by-channel switch. */
export function NewCustomersFilters({
  period,
  groupBy,
  onPeriodChange,
  onGroupByChange,
}: {
  period: PeriodInput;
  groupBy: NewCustomersGroupBy;
  onPeriodChange: (period: PeriodInput) => void;
  onGroupByChange: (groupBy: NewCustomersGroupBy) => void;
}) {
  const { t } = useTranslation('kpi');
  // the picker works in browser-local dates; anchoring "today" on the hospital's date keeps presets right
  const today = dayjs(hospitalToday());
  const presets: { label: string; value: [Dayjs, Dayjs] }[] = [
    { label: t('newCustomers.presets.last7'), value: [today.subtract(6, 'day'), today] },
    { label: t('newCustomers.presets.last30'), value: [today.subtract(29, 'day'), today] },
    { label: t('newCustomers.presets.last90'), value: [today.subtract(89, 'day'), today] },
    { label: t('newCustomers.presets.thisMonth'), value: [today.startOf('month'), today] },
  ];
  return (
    <Flex gap={12} wrap align="center">
      <DatePicker.RangePicker
        aria-label={t('newCustomers.period')}
        data-testid="kpi-period-picker"
        allowClear={false}
        value={[dayjs(period.from), dayjs(period.to)]}
        presets={presets}
        disabledDate={(date, info) =>
          date.isAfter(today, 'day') || (info.from !== undefined && Math.abs(date.diff(info.from, 'day')) >= maxDays)
        }
        onChange={(range) => {
          const [from, to] = range ?? [];
          if (from && to) onPeriodChange({ from: from.format(format), to: to.format(format) });
        }}
      />
      <Segmented<NewCustomersGroupBy>
        aria-label={t('newCustomers.groupBy')}
        data-testid="kpi-group-by"
        value={groupBy}
        options={[
          { value: 'DAY', label: t('newCustomers.byDay') },
          { value: 'CHANNEL', label: t('newCustomers.byChannel') },
        ]}
        onChange={onGroupByChange}
      />
    </Flex>
  );
}
