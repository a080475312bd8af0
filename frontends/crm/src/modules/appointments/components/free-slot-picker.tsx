import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { PageLoading, QueryError, hospitalDayOf, hospitalInstant, hospitalToday } from '@careline/frontend-shared';
import { Alert, Button, Col, DatePicker, Empty, Flex, Row, Select, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, hospitalClockOf, weekdayOf } from '../../common/utils/hospital-calendar.js';
import { DoctorFreeSlotsDocument, DoctorScheduleDocument } from '../graphql/appointments.documents.js';
import { slotClocks } from '../utils/slots.js';

/** how many days the picker shows at once */
const SPAN = 7;

/**
 * 号源: a doctor's free slots, a week at a time, grouped by hospital day (crm's `doctorFreeSlots`:
 * booked and past slots are never offered). The value is the chosen slot's start (an ISO instant).
 * A doctor without a schedule (排班) yet is booked by day and time, as before schedules existed.
 */
export function FreeSlotPicker({
  doctorId,
  startDay,
  value,
  onChange,
}: {
  doctorId: string;
  /** the first day shown (the grid's day when booking from it) */
  startDay?: string;
  value?: string;
  onChange?: (slotStart: string | undefined) => void;
}) {
  const { t } = useTranslation('crm');
  const today = hospitalToday();
  const [from, setFrom] = useState(() => (startDay && startDay > today ? startDay : today));
  const to = addDays(from, SPAN - 1);
  const schedule = useQuery(DoctorScheduleDocument, { variables: { doctorId }, fetchPolicy: 'cache-and-network' });
  const free = useQuery(DoctorFreeSlotsDocument, { variables: { doctorId, from, to }, fetchPolicy: 'network-only' });
  const byDay = useMemo(() => {
    const days = new Map<string, string[]>();
    for (let i = 0; i < SPAN; i++) days.set(addDays(from, i), []);
    for (const slot of free.data?.doctorFreeSlots.slots ?? []) days.get(hospitalDayOf(slot))?.push(slot);
    return [...days.entries()];
  }, [free.data, from]);
  const chosen = value ? new Date(value).getTime() : null;
  const weekdays = t('appointments.weekdays', { returnObjects: true }) as string[];

  if (schedule.data && schedule.data.doctorSchedule === null) {
    // no schedule yet: any day and half-hour, the old way (crm refuses only a slot already taken)
    const day = value ? hospitalDayOf(value) : undefined;
    const clock = value ? hospitalClockOf(value) : undefined;
    return (
      <Flex vertical gap={8} data-testid="crm-book-no-schedule">
        <Alert type="info" showIcon title={t('appointments.noSchedule')} />
        <Row gutter={12}>
          <Col span={12}>
            <DatePicker
              style={{ width: '100%' }}
              allowClear={false}
              value={day ? dayjs(day) : null}
              onChange={(picked) => picked && onChange?.(hospitalInstant(picked.format('YYYY-MM-DD'), clock ?? slotClocks[0]))}
              data-testid="crm-book-day"
            />
          </Col>
          <Col span={12}>
            <Select
              style={{ width: '100%' }}
              value={clock}
              placeholder={t('appointments.time')}
              options={slotClocks.map((option) => ({ value: option, label: option }))}
              onChange={(picked: string) => onChange?.(hospitalInstant(day ?? today, picked))}
              data-testid="crm-book-time"
            />
          </Col>
        </Row>
      </Flex>
    );
  }

  return (
    <Flex vertical gap={8} data-testid="crm-book-slots">
      <Flex gap={8} align="center">
        <Button
          size="small"
          icon={<LeftOutlined />}
          aria-label={t('appointments.previous')}
          disabled={from <= today}
          onClick={() => setFrom(addDays(from, -SPAN) < today ? today : addDays(from, -SPAN))}
          data-testid="crm-book-slots-previous"
        />
        <Typography.Text>{t('appointments.slotsRange', { from, to })}</Typography.Text>
        <Button
          size="small"
          icon={<RightOutlined />}
          aria-label={t('appointments.next')}
          onClick={() => setFrom(addDays(from, SPAN))}
          data-testid="crm-book-slots-next"
        />
      </Flex>
      {free.error ? (
        <QueryError
          error={free.error}
          title={t('appointments.slotsError')}
          onRetry={() => void free.refetch()}
          testId="crm-book-slots-error"
        />
      ) : !free.data ? (
        <PageLoading testId="crm-book-slots-loading" />
      ) : free.data.doctorFreeSlots.slots.length === 0 ? (
        <Empty description={t('appointments.noFreeSlots')} data-testid="crm-book-slots-empty" />
      ) : (
        <div style={{ maxHeight: 280, overflowY: 'auto' }}>
          {byDay
            .filter(([, slots]) => slots.length > 0)
            .map(([day, slots]) => (
              <div key={day} style={{ marginBottom: 8 }} data-testid={`crm-book-slots-day-${day}`}>
                <Typography.Text strong>
                  {day} {weekdays[weekdayOf(day)]}
                </Typography.Text>
                <Flex wrap gap={4} style={{ marginTop: 4 }}>
                  {slots.map((slot) => {
                    const clock = hospitalClockOf(slot);
                    const selected = chosen === new Date(slot).getTime();
                    return (
                      <Tag.CheckableTag
                        key={slot}
                        checked={selected}
                        onChange={() => onChange?.(slot)}
                        data-testid={`crm-book-slot-${day}-${clock.replace(':', '')}`}
                      >
                        {clock}
                      </Tag.CheckableTag>
                    );
                  })}
                </Flex>
              </div>
            ))}
        </div>
      )}
      {value && (
        <Typography.Text type="secondary" data-testid="crm-book-slot-chosen">
          {t('appointments.slotChosen', { day: hospitalDayOf(value), clock: hospitalClockOf(value) })}
        </Typography.Text>
      )}
    </Flex>
  );
}
