import dayjs from 'dayjs';
import type { PeriodInput } from '../../../gql/graphql';
import { hospitalToday } from '@careline/frontend-shared';

/** The last `days` hospital-local days, today included (the default view is the last 30). */
export function lastDaysPeriod(days: number, now: Date = new Date()): PeriodInput {
  const to = hospitalToday(now);
  return {
    from: dayjs(to)
      .subtract(days - 1, 'day')
      .format('YYYY-MM-DD'),
    to,
  };
}
