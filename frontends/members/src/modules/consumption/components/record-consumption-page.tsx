import { useMutation } from '@apollo/client/react';
import { formatFen, readGraphqlError, useIdempotentSubmit, yuanToFen } from '@careline/frontend-shared';
import { Alert, Button, Col, DatePicker, Form, Input, InputNumber, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMembershipParam } from '../../common/hooks/use-membership-param.js';
import { formatPoints } from '../../common/utils/format-points.js';
import { hospitalNow, toHospitalInstant } from '../../common/utils/hospital-wall-clock.js';
import { MemberPicker } from '../../membership/components/member-picker.js';
import { MemberSummaryCard } from '../../membership/components/member-summary-card.js';
import type { ConsumptionFieldsFragment as Consumption } from '../../../gql/graphql';
import { RecordConsumptionDocument } from '../graphql/consumption.documents.js';

interface ConsumptionValues {
  membershipId: string;
  receiptNumber: string;
  amount: string;
  occurredAt: Dayjs;
}

/**
 * 登记消费: a member's paid receipt (number, amount in yuan, when, in hospital time). The receipt earns
 * points once: the submission carries one idempotency key however often it is clicked or retried,
 * and members refuses a receipt number it has already recorded.
 */
export function RecordConsumptionPage() {
  const { t } = useTranslation('members');
  const [form] = Form.useForm<ConsumptionValues>();
  const membershipId = Form.useWatch('membershipId', form);
  const [done, setDone] = useState<Consumption | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [record] = useMutation(RecordConsumptionDocument, {
    refetchQueries: ['MemberSummary', 'MemberConsumptions', 'MemberPointsEntries'],
  });
  const initialMembership = useMembershipParam();

  const perform = useCallback(
    async (values: ConsumptionValues, idempotencyKey: string) => {
      setFailure(null);
      setDone(null);
      const amountFen = yuanToFen(values.amount);
      if (amountFen === null) {
        setFailure(t('form.amountInvalid'));
        return false;
      }
      try {
        const { data } = await record({
          variables: {
            input: {
              membershipId: values.membershipId,
              receiptNumber: values.receiptNumber.trim(),
              amountFen,
              occurredAt: toHospitalInstant(values.occurredAt),
              idempotencyKey,
            },
          },
        });
        setDone(data?.recordConsumption ?? null);
        form.setFieldsValue({ receiptNumber: '', amount: undefined, occurredAt: hospitalNow() });
        return true;
      } catch (error) {
        setFailure(readGraphqlError(error).message);
        return false;
      }
    },
    [record, form, t],
  );
  const { submit, submitting, changed } = useIdempotentSubmit(perform);

  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} lg={14}>
        {done && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="members-consumption-done"
            title={t('consumption.done', {
              receiptNumber: done.receiptNumber,
              amount: formatFen(done.amountFen),
              points: formatPoints(done.pointsEarned),
            })}
          />
        )}
        {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} data-testid="members-consumption-error" />}
        <Form<ConsumptionValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          onValuesChange={changed}
          initialValues={{ membershipId: initialMembership, occurredAt: hospitalNow() }}
          style={{ maxWidth: 520 }}
          data-testid="members-consumption-form"
        >
          <Form.Item name="membershipId" label={t('form.member')} rules={[{ required: true, message: t('form.required') }]}>
            <MemberPicker testId="members-consumption-member" />
          </Form.Item>
          <Form.Item
            name="receiptNumber"
            label={t('consumption.receiptNumber')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input maxLength={64} autoComplete="off" data-testid="members-consumption-receipt" />
          </Form.Item>
          <Form.Item name="amount" label={t('consumption.amount')} rules={[{ required: true, message: t('form.required') }]}>
            <InputNumber<string>
              stringMode
              min="0.01"
              precision={2}
              prefix="¥"
              style={{ width: '100%' }}
              data-testid="members-consumption-amount"
            />
          </Form.Item>
          <Form.Item
            name="occurredAt"
            label={t('consumption.occurredAt')}
            extra={t('form.hospitalTime')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <DatePicker showTime format="YYYY-MM-DD HH:mm:ss" style={{ width: '100%' }} data-testid="members-consumption-occurred-at" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={submitting} data-testid="members-consumption-submit">
            {t('consumption.submit')}
          </Button>
        </Form>
      </Col>
      <Col xs={24} lg={10}>
        <MemberSummaryCard membershipId={membershipId} />
      </Col>
    </Row>
  );
}
