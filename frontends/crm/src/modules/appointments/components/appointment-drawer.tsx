import { useMutation } from '@apollo/client/react';
import { readGraphqlError, useHospitalTime, useDepartmentName } from '@careline/frontend-shared';
import { Alert, Button, Descriptions, Drawer, Flex, Popconfirm, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffName } from '../../common/components/staff-name.js';
import { CustomerNameLink } from '../../customers/components/customer-name-link.js';
import type { AppointmentAction, CrmAppointmentFragment as Appointment } from '../../../gql/graphql';
import { CancelAppointmentDocument, ConfirmAppointmentDocument, MarkAppointmentNoShowDocument } from '../graphql/appointments.documents.js';
import { useDoctorLabel } from '../hooks/use-doctor-label.js';
import { appointmentStatusColors } from '../utils/appointment-status.js';
import { confirmationStateColors } from '../utils/confirmation-state.js';

/** One appointment: its facts, who it was handed to, and cancel / no-show while it is booked. */
export function AppointmentDrawer({
  appointment,
  onClose,
  onChanged,
}: {
  appointment: Appointment | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation('crm');
  const departmentName = useDepartmentName();
  const hospitalTime = useHospitalTime();
  const doctorLabel = useDoctorLabel();
  const [failure, setFailure] = useState<string | null>(null);
  const [cancel, cancelling] = useMutation(CancelAppointmentDocument);
  const [noShow, marking] = useMutation(MarkAppointmentNoShowDocument);
  const [confirm, confirming] = useMutation(ConfirmAppointmentDocument);
  const run = async (action: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await action();
      onChanged();
    } catch (error) {
      setFailure(readGraphqlError(error).message);
    }
  };
  // the steps crm will accept from this caller now (Appointment.viewerActions, the mutations' own rules)
  const may = (action: AppointmentAction) => appointment?.viewerActions.includes(action) ?? false;
  return (
    <Drawer
      open={appointment !== null}
      onClose={() => (setFailure(null), onClose())}
      size={520}
      title={appointment ? `${t(`visitTypes.${appointment.type}`)} · ${hospitalTime(appointment.slotStart).slice(0, 16)}` : ''}
      extra={appointment && <Tag color={appointmentStatusColors[appointment.status]}>{t(`appointmentStatus.${appointment.status}`)}</Tag>}
      data-testid="crm-appointment-drawer"
    >
      {appointment && (
        <Flex vertical gap={16}>
          {failure && <Alert type="error" showIcon title={failure} data-testid="crm-appointment-action-error" />}
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('appointments.customer')}>
              <CustomerNameLink id={appointment.customerId} />
            </Descriptions.Item>
            <Descriptions.Item label={t('appointments.slot')}>{hospitalTime(appointment.slotStart)}</Descriptions.Item>
            <Descriptions.Item label={t('appointments.doctor')}>
              <span data-testid="crm-appointment-drawer-doctor">{doctorLabel(appointment.doctorId, appointment.doctor)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('appointments.department')}>{departmentName(appointment.departmentCode)}</Descriptions.Item>
            <Descriptions.Item label={t('appointments.phoneConverted')}>
              {appointment.phoneConverted ? <Tag color="magenta">{t('appointments.phoneConvertedTag')}</Tag> : t('no')}
            </Descriptions.Item>
            <Descriptions.Item label={t('appointments.onsiteConsultant')}>
              <StaffName
                id={appointment.onsiteConsultantId}
                staff={appointment.onsiteConsultant}
                testId="crm-appointment-drawer-consultant"
              />
            </Descriptions.Item>
            <Descriptions.Item label={t('appointments.bookedBy')}>
              <StaffName id={appointment.bookedBy} staff={appointment.bookedByStaff} />
            </Descriptions.Item>
            <Descriptions.Item label={t('appointments.bookedAt')}>{hospitalTime(appointment.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('appointments.confirmation')}>
              <Tag color={confirmationStateColors[appointment.confirmation.state]} data-testid="crm-appointment-drawer-confirmation">
                {t(`confirmationState.${appointment.confirmation.state}`)}
              </Tag>
              {appointment.confirmation.source && t(`confirmationSource.${appointment.confirmation.source}`)}
            </Descriptions.Item>
            {appointment.confirmation.remindedAt && (
              <Descriptions.Item label={t('appointments.remindedAt')}>
                {hospitalTime(appointment.confirmation.remindedAt)}
              </Descriptions.Item>
            )}
            {appointment.confirmation.answeredAt && (
              <Descriptions.Item label={t('appointments.answeredAt')}>
                {hospitalTime(appointment.confirmation.answeredAt)}
              </Descriptions.Item>
            )}
            {appointment.cancelledAt && (
              <Descriptions.Item label={t('appointments.cancelledAt')}>{hospitalTime(appointment.cancelledAt)}</Descriptions.Item>
            )}
          </Descriptions>
          {(may('CONFIRM') || may('CANCEL') || may('NO_SHOW')) && (
            <Flex gap={8} wrap>
              {/* confirming a confirmed booking again changes nothing: not offered */}
              {may('CONFIRM') && appointment.confirmation.state !== 'CONFIRMED' && (
                <Button
                  type="primary"
                  loading={confirming.loading}
                  onClick={() => void run(() => confirm({ variables: { id: appointment.id } }))}
                  data-testid="crm-appointment-confirm"
                >
                  {t('appointments.confirm')}
                </Button>
              )}
              {may('CANCEL') && (
                <Popconfirm
                  title={t('appointments.cancelConfirm')}
                  onConfirm={() => run(() => cancel({ variables: { id: appointment.id } }))}
                >
                  <Button danger loading={cancelling.loading} data-testid="crm-appointment-cancel">
                    {t('appointments.cancel')}
                  </Button>
                </Popconfirm>
              )}
              {may('NO_SHOW') && (
                <Popconfirm
                  title={t('appointments.noShowConfirm')}
                  onConfirm={() => run(() => noShow({ variables: { id: appointment.id } }))}
                >
                  <Button loading={marking.loading} data-testid="crm-appointment-no-show">
                    {t('appointments.noShow')}
                  </Button>
                </Popconfirm>
              )}
            </Flex>
          )}
        </Flex>
      )}
    </Drawer>
  );
}
