import { useMutation, useQuery } from '@apollo/client/react';
import { readGraphqlError, useLanguage, useSession, useIdempotentSubmit } from '@careline/frontend-shared';
import { Alert, App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MemberPicker } from '../../membership/components/member-picker.js';
import { MemberSummaryCard } from '../../membership/components/member-summary-card.js';
import type { RequestPointsAdjustmentInput } from '../../../gql/graphql';
import { DepartmentsDocument, RequestPointsAdjustmentDocument } from '../graphql/points.documents.js';
import { ResponsibleStaffPicker } from './responsible-staff-picker.js';

/** The form's fields: the request without its idempotency key (one per submission). */
type AdjustmentValues = Omit<RequestPointsAdjustmentInput, 'idempotencyKey'>;

/**
 * 申请积分调整: a manual correction (positive credits, negative debits) with its reason and who is
 * responsible; someone other than the requester approves it. One idempotency key per submission.
 */
export function RequestAdjustmentModal({ open, membershipId, onClose }: { open: boolean; membershipId?: string; onClose: () => void }) {
  const { t } = useTranslation('members');
  const { language } = useLanguage();
  const { staff } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<AdjustmentValues>();
  const chosen = Form.useWatch('membershipId', form);
  const [failure, setFailure] = useState<string | null>(null);
  const { data: departments } = useQuery(DepartmentsDocument, { fetchPolicy: 'cache-first', skip: !open });
  const [request] = useMutation(RequestPointsAdjustmentDocument, { refetchQueries: ['PointsAdjustments'] });
  const perform = useCallback(
    async (values: AdjustmentValues, idempotencyKey: string) => {
      setFailure(null);
      try {
        await request({
          variables: {
            input: {
              membershipId: values.membershipId,
              points: values.points,
              reason: values.reason.trim(),
              responsibleDepartment: values.responsibleDepartment,
              responsibleStaffId: values.responsibleStaffId.trim(),
              idempotencyKey,
            },
          },
        });
        void message.success(t('adjustments.requested'));
        form.resetFields();
        onClose();
        return true;
      } catch (error) {
        setFailure(readGraphqlError(error).message);
        return false;
      }
    },
    [request, message, t, form, onClose],
  );
  const { submit, submitting, changed } = useIdempotentSubmit(perform);
  const required = { required: true, message: t('form.required') };

  return (
    <Modal
      open={open}
      title={t('adjustments.request')}
      okText={t('adjustments.submit')}
      cancelText={t('actions.cancel')}
      confirmLoading={submitting}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      okButtonProps={{ 'data-testid': 'members-adjustment-submit' }}
      data-testid="members-adjustment-modal"
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} data-testid="members-adjustment-error" />}
      <Form<AdjustmentValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={changed}
        initialValues={{ membershipId, responsibleDepartment: staff?.departmentCode }}
        preserve={false}
      >
        <Form.Item name="membershipId" label={t('form.member')} rules={[required]}>
          <MemberPicker testId="members-adjustment-member" />
        </Form.Item>
        {chosen && (
          <div style={{ marginBottom: 16 }}>
            <MemberSummaryCard membershipId={chosen} />
          </div>
        )}
        <Form.Item
          name="points"
          label={t('adjustments.points')}
          extra={t('adjustments.pointsHelp')}
          rules={[
            required,
            { validator: (_, value: number) => (value === 0 ? Promise.reject(new Error(t('adjustments.pointsZero'))) : Promise.resolve()) },
          ]}
        >
          <InputNumber precision={0} style={{ width: '100%' }} data-testid="members-adjustment-points" />
        </Form.Item>
        <Form.Item name="reason" label={t('adjustments.reason')} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea rows={2} maxLength={500} showCount data-testid="members-adjustment-reason" />
        </Form.Item>
        <Form.Item name="responsibleDepartment" label={t('adjustments.responsibleDepartment')} rules={[required]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={!departments}
            options={departments?.departments?.map((department) => ({
              value: department.code,
              label: language === 'en' ? department.nameEn : department.name,
            }))}
            data-testid="members-adjustment-department"
          />
        </Form.Item>
        <Form.Item name="responsibleStaffId" label={t('adjustments.responsibleStaff')} rules={[{ ...required, whitespace: true }]}>
          <ResponsibleStaffPicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
