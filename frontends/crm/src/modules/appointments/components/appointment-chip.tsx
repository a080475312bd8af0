import { Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { hospitalClockOf } from '../../common/utils/hospital-calendar.js';
import { CustomerNameText } from '../../customers/components/customer-name-text.js';
import type { CrmAppointmentFragment as Appointment } from '../../../gql/graphql';
import { appointmentStatusColors } from '../utils/appointment-status.js';

/** An appointment in a grid cell: time, customer, type, status and the 电转 mark; opens on click. */
export function AppointmentChip({
  appointment,
  showTime,
  onOpen,
}: {
  appointment: Appointment;
  showTime?: boolean;
  onOpen: (a: Appointment) => void;
}) {
  const { t } = useTranslation('crm');
  const { token } = theme.useToken();
  const cancelled = appointment.status === 'CANCELLED';
  return (
    <div
      role="button"
      tabIndex={0}
      onClick={() => onOpen(appointment)}
      onKeyDown={(event) => event.key === 'Enter' && onOpen(appointment)}
      data-testid={`crm-appointment-${appointment.id}`}
      data-status={appointment.status}
      style={{
        cursor: 'pointer',
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusSM,
        padding: '2px 6px',
        marginBottom: 4,
        opacity: cancelled ? 0.55 : 1,
        background: token.colorBgContainer,
        minWidth: 120,
      }}
    >
      <Typography.Text strong delete={cancelled} style={{ fontSize: 12 }}>
        {showTime && `${hospitalClockOf(appointment.slotStart)} `}
        <CustomerNameText id={appointment.customerId} />
      </Typography.Text>
      <div style={{ fontSize: 11 }}>
        {t(`visitTypes.${appointment.type}`)}{' '}
        <Tag color={appointmentStatusColors[appointment.status]} style={{ fontSize: 11, marginInlineEnd: 2 }}>
          {t(`appointmentStatus.${appointment.status}`)}
        </Tag>
        {appointment.phoneConverted && (
          <Tag color="magenta" style={{ fontSize: 11, marginInlineEnd: 0 }}>
            {t('appointments.phoneConvertedShort')}
          </Tag>
        )}
      </div>
    </div>
  );
}
