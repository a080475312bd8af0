import { readGraphqlError, useIdempotentSubmit } from '@careline/frontend-shared';
import { Alert, App, DatePicker, Form, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMembersPath } from '../../../app/use-members-path.js';
import { hospitalNow, toHospitalInstant } from '../../common/utils/hospital-wall-clock.js';
import { useEnrollMember } from '../hooks/use-enroll-member.js';
import { useTiers } from '../hooks/use-tiers.js';
import type { MemberCustomer } from '../utils/member-row.js';

interface EnrolValues {
  tier: string;
  joinedAt?: Dayjs | null;
}

/**
 * 入会 for one customer: tier and, for a retroactive enrolment, when they should have joined (never in
 * the future; empty means now). On success it opens the new member's 会员360.
 */
export function EnrolModal({ customer, onClose }: { customer: MemberCustomer | null; onClose: () => void }) {
  const { t } = useTranslation('members');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const path = useMembersPath();
  const tiers = useTiers();
  const [form] = Form.useForm<EnrolValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const { enroll } = useEnrollMember();

  const { submit, submitting, changed } = useIdempotentSubmit(async (values: EnrolValues, idempotencyKey: string) => {
    if (!customer) return false;
    setFailure(null);
    try {
      const { data } = await enroll({
        variables: {
          input: {
            idempotencyKey,
            customerId: customer.id,
            tier: values.tier,
            joinedAt: values.joinedAt ? toHospitalInstant(values.joinedAt) : null,
          },
        },
      });
      const membership = data?.enrollMember;
      void message.success(t('enrol.done', { name: customer.name, cardNumber: membership?.cardNumber ?? '' }));
      onClose();
      if (membership) void navigate(path(`member/${membership.id}`));
      return true;
    } catch (error) {
      setFailure(readGraphqlError(error).message);
      return false;
    }
  });

  return (
    <Modal
      open={customer !== null}
      title={t('enrol.title', { name: customer?.name ?? '' })}
      okText={t('enrol.submit')}
      cancelText={t('actions.cancel')}
      confirmLoading={submitting}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'members-enrol-submit' }}
      data-testid="members-enrol-modal"
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} data-testid="members-enrol-error" />}
      <Typography.Paragraph type="secondary">{customer?.phone}</Typography.Paragraph>
      <Form<EnrolValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={changed}
        initialValues={{ tier: 'ORDINARY' }}
        preserve={false}
      >
        <Form.Item name="tier" label={t('member.tier')} rules={[{ required: true, message: t('form.required') }]}>
          <Select options={tiers.options} data-testid="members-enrol-tier" />
        </Form.Item>
        <Form.Item name="joinedAt" label={t('enrol.joinedAt')} extra={t('enrol.joinedAtHelp')}>
          <DatePicker
            showTime
            format="YYYY-MM-DD HH:mm:ss"
            style={{ width: '100%' }}
            disabledDate={(date) => date.isAfter(hospitalNow(), 'day')}
            data-testid="members-enrol-joined-at"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
