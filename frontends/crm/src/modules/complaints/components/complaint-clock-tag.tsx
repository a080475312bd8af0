import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CrmComplaintFragment as Complaint } from '../../../gql/graphql';
import { complaintClock, durationParts } from '../utils/complaint-clock.js';

/** "3 小时 20 分钟" / "3 h 20 min" */
export function useDuration() {
  const { t } = useTranslation('crm');
  return (ms: number) => {
    const { days, hours, minutes } = durationParts(ms);
    if (days > 0) return t('complaintClock.daysHours', { days, hours });
    if (hours > 0) return t('complaintClock.hoursMinutes', { hours, minutes });
    if (minutes > 0) return t('complaintClock.minutes', { minutes });
    return t('complaintClock.underAMinute');
  };
}

/** Time left at the complaint's stage, or how long it is overdue (test id `${testId}` with data-clock). */
export function ComplaintClockTag({
  complaint,
  now,
  testId,
}: {
  complaint: Pick<Complaint, 'dueAt' | 'overdue' | 'overdueAt' | 'timeLimitMinutes'>;
  now: number;
  testId?: string;
}) {
  const { t } = useTranslation('crm');
  const duration = useDuration();
  const clock = complaintClock(complaint, now);
  switch (clock.kind) {
    case 'NONE':
      return (
        <span data-testid={testId} data-clock="NONE">
          —
        </span>
      );
    case 'OVERDUE':
      return (
        <Tag color="red" data-testid={testId} data-clock="OVERDUE">
          {t('complaintClock.overdue', { duration: duration(clock.overMs) })}
        </Tag>
      );
    default:
      return (
        <Tag color={clock.kind === 'DUE_SOON' ? 'orange' : 'default'} data-testid={testId} data-clock={clock.kind}>
          {t('complaintClock.left', { duration: duration(clock.leftMs) })}
        </Tag>
      );
  }
}
