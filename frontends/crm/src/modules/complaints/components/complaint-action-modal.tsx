import { useMutation } from '@apollo/client/react';
import { readGraphqlError, useIdempotentSubmit, yuanToFen } from '@careline/frontend-shared';
import { Alert, Form, Input, Modal, Radio, Rate, Select, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AdvanceComplaintDocument,
  ApproveComplaintResolutionDocument,
  CloseComplaintDocument,
  ConfirmComplaintRefundDocument,
  EscalateComplaintEmergencyDocument,
  ProposeComplaintResolutionDocument,
  RecordComplaintResponsibilityDocument,
  RejectComplaintResolutionDocument,
  resolutionKinds,
} from '../graphql/complaints.documents.js';
import type { ComplaintAction, ResolutionKind } from '../../../gql/graphql';
import { ColleaguePicker } from '../../common/components/colleague-picker.js';
import { useDepartmentOptions } from '../../common/hooks/use-department-options.js';

interface Values {
  note?: string;
  participants?: string[];
  kind?: ResolutionKind;
  resolution?: string;
  amount?: string;
  receiptNumber?: string;
  satisfaction?: number;
  notifyDepartments?: string[];
  departmentCode?: string;
  staffId?: string | null;
  penalty?: string;
  announced?: boolean;
}

const blank = (value: string | null | undefined) => (value && value.trim() !== '' ? value.trim() : null);

/** One workflow action on a complaint, with the form that action needs (a note at least). */
export function ComplaintActionModal({
  complaintId,
  action,
  onClose,
  onDone,
}: {
  complaintId: string;
  action: ComplaintAction | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('crm');
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const [failure, setFailure] = useState<string | null>(null);
  const [advance] = useMutation(AdvanceComplaintDocument);
  const [propose] = useMutation(ProposeComplaintResolutionDocument);
  const [approve] = useMutation(ApproveComplaintResolutionDocument);
  const [reject] = useMutation(RejectComplaintResolutionDocument);
  const [confirm] = useMutation(ConfirmComplaintRefundDocument);
  const [emergency] = useMutation(EscalateComplaintEmergencyDocument);
  const [close] = useMutation(CloseComplaintDocument);
  const [responsibility] = useMutation(RecordComplaintResponsibilityDocument);
  const departmentOptions = useDepartmentOptions();

  const { submit, submitting } = useIdempotentSubmit(async (values: Values) => {
    if (!action) return false;
    setFailure(null);
    const note = blank(values.note);
    try {
      switch (action) {
        case 'PROPOSE_RESOLUTION':
          await propose({
            variables: {
              input: {
                complaintId,
                kind: values.kind ?? 'EXPLANATION',
                resolution: values.resolution?.trim() ?? '',
                // typed in yuan, sent as integer fen
                amountFen: values.kind === 'EXPLANATION' ? null : yuanToFen(blank(values.amount)),
                // a refund of a whole receipt names it: once finance confirms, members reverses its points
                receiptNumber: values.kind === 'REFUND' ? blank(values.receiptNumber) : null,
              },
            },
          });
          break;
        case 'DIRECTOR_APPROVE':
          await approve({ variables: { complaintId, note } });
          break;
        case 'DIRECTOR_REJECT':
          await reject({ variables: { complaintId, note } });
          break;
        case 'FINANCE_CONFIRM':
          await confirm({ variables: { complaintId, note } });
          break;
        case 'EMERGENCY':
          await emergency({ variables: { complaintId, note, notifyDepartments: values.notifyDepartments ?? [] } });
          break;
        case 'CLOSE':
          await close({ variables: { input: { complaintId, satisfaction: values.satisfaction ?? 0, note } } });
          break;
        case 'RECORD_RESPONSIBILITY':
          await responsibility({
            variables: {
              input: {
                complaintId,
                departmentCode: values.departmentCode ?? '',
                staffId: blank(values.staffId),
                penalty: blank(values.penalty),
                announced: values.announced ?? false,
              },
            },
          });
          break;
        default:
          await advance({
            variables: {
              input: {
                complaintId,
                action,
                note,
                participants: action === 'CONVENE_CONFERENCE' && values.participants?.length ? values.participants : null,
              },
            },
          });
      }
      form.resetFields();
      onDone();
      return true;
    } catch (error) {
      setFailure(readGraphqlError(error).message);
      return false;
    }
  });

  const cancel = () => {
    form.resetFields();
    setFailure(null);
    onClose();
  };

  return (
    <Modal
      open={action !== null}
      title={action ? t(`complaintActions.${action}`) : ''}
      okText={t('complaints.confirm')}
      onOk={() => form.submit()}
      confirmLoading={submitting}
      onCancel={cancel}
      destroyOnHidden
      data-testid="crm-complaint-action-modal"
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} data-testid="crm-complaint-action-error" />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'EXPLANATION', announced: false }}
        onFinish={(values) => void submit(values)}
      >
        {action === 'PROPOSE_RESOLUTION' && (
          <>
            <Form.Item name="kind" label={t('complaints.resolutionKind')} rules={[{ required: true, message: t('form.required') }]}>
              <Radio.Group
                optionType="button"
                options={resolutionKinds.map((value) => ({
                  value,
                  label: <span data-testid={`crm-complaint-resolution-kind-${value}`}>{t(`resolutionKinds.${value}`)}</span>,
                }))}
              />
            </Form.Item>
            <Form.Item
              name="resolution"
              label={t('complaints.resolution')}
              rules={[{ required: true, whitespace: true, message: t('form.required') }]}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} data-testid="crm-complaint-resolution" />
            </Form.Item>
            {kind !== 'EXPLANATION' && (
              <Form.Item
                name="amount"
                label={t('complaints.amount')}
                rules={[
                  { required: true, message: t('form.required') },
                  { pattern: /^\d+(\.\d{1,2})?$/, message: t('complaints.amountInvalid') },
                ]}
                extra={t('complaints.amountNeedsApproval')}
              >
                <Input prefix="¥" inputMode="decimal" placeholder="500.00" data-testid="crm-complaint-amount" />
              </Form.Item>
            )}
            {kind === 'REFUND' && (
              <Form.Item name="receiptNumber" label={t('complaints.refundReceipt')} extra={t('complaints.refundReceiptHint')}>
                <Input maxLength={64} data-testid="crm-complaint-receipt" />
              </Form.Item>
            )}
          </>
        )}
        {action === 'CONVENE_CONFERENCE' && (
          <Form.Item name="participants" label={t('complaints.participants')} extra={t('complaints.participantsHint')}>
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={departmentOptions}
              data-testid="crm-complaint-notify-departments"
            />
          </Form.Item>
        )}
        {action === 'CLOSE' && (
          <Form.Item name="satisfaction" label={t('complaints.satisfaction')} rules={[{ required: true, message: t('form.required') }]}>
            <Rate data-testid="crm-complaint-satisfaction" />
          </Form.Item>
        )}
        {action === 'EMERGENCY' && (
          <Form.Item name="notifyDepartments" label={t('complaints.notifyDepartments')} extra={t('complaints.departmentsHint')}>
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={departmentOptions}
              data-testid="crm-complaint-notify-departments"
            />
          </Form.Item>
        )}
        {action === 'RECORD_RESPONSIBILITY' ? (
          <>
            <Form.Item
              name="departmentCode"
              label={t('complaints.responsibleDepartment')}
              rules={[{ required: true, whitespace: true, message: t('form.required') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={departmentOptions}
                data-testid="crm-complaint-responsible-department"
              />
            </Form.Item>
            <Form.Item name="staffId" label={t('complaints.responsibleStaffId')}>
              <ColleaguePicker testId="crm-complaint-responsible-staff" />
            </Form.Item>
            <Form.Item name="penalty" label={t('complaints.penalty')}>
              <Input />
            </Form.Item>
            <Form.Item name="announced" label={t('complaints.announced')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </>
        ) : (
          action !== 'PROPOSE_RESOLUTION' && (
            <Form.Item name="note" label={t('complaints.note')}>
              <Input.TextArea autoFocus autoSize={{ minRows: 2, maxRows: 5 }} data-testid="crm-complaint-action-note" />
            </Form.Item>
          )
        )}
      </Form>
    </Modal>
  );
}
